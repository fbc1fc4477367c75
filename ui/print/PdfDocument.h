#pragma once

#include "Result.h"
#include "report/LinkageReport.h"

#include <QCoreApplication>
#include <QImage>

namespace xianjie {

/**
 * Prints the HTML papers core builds (letters, consent forms, visit lists, notices) to A4 PDF files, with a Chinese
 * font so the text stays readable and searchable. The text is laid out at the printer's own resolution, so 12 pt in
 * the paper is 12 pt on the page; a paper longer than a page is numbered "page 1 of 2" at the foot of each page. The
 * file is written whole or not at all. Needs a QGuiApplication (the CLI makes one for `print`); no widgets.
 */
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::PdfDocument)

public:
    enum class Orientation
    {
        Portrait,
        Landscape
    };
    static Result<void> write(const QString &html, const QString &path, const QString &title,
                              Orientation orientation = Orientation::Portrait);
    /** A paper with charts: each chart is painted (ChartPainter) where the HTML names it. */
    static Result<void> write(const PaperWithCharts &paper, const QString &path,
                              Orientation orientation = Orientation::Portrait);

private:
    using Images = QList<QPair<QString, QImage>>;
    static Result<void> write(const QString &html, const Images &images, const QString &path, const QString &title,
                              Orientation orientation);
};

} // namespace xianjie
