#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace xianjie {

/**
 * Prints the HTML documents core builds (letters, consent forms, notices) to A4 PDF files, with a Chinese
 * font so the text stays readable and searchable. The file is written whole or not at all.
 */
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::PdfDocument)

public:
    static Result<void> write(const QString &html, const QString &path, const QString &title);
};

} // namespace xianjie
