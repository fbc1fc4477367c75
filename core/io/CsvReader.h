#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace xianjie {

/**
 * CSV as people save it from a spreadsheet: text decoded (a byte-order mark dropped), then split into rows of
 * fields following RFC 4180 — quoted fields, doubled quotes, commas and line breaks inside quotes. Blank lines stay
 * as empty rows, so a row's number is its line in the spreadsheet.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CsvReader)

public:
    /** UTF-8 text, with or without a byte-order mark; refused in words when the bytes are not UTF-8. */
    static Result<QString> decodeUtf8(QByteArray bytes);
    /** Splits @p text into rows of fields. */
    static QList<QStringList> parse(const QString &text);
};

} // namespace xianjie
