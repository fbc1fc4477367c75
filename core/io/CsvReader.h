#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace xianjie {

/**
 * CSV as people save it from a spreadsheet: the encoding found (UTF-8 with or without a byte-order mark, or the
 * GB18030/GBK that Chinese Excel writes by default), the separator found (comma, tab or semicolon), then rows of
 * fields following RFC 4180 — quoted fields, doubled quotes, separators and line breaks inside quotes. Blank lines
 * stay as empty rows, so a row's number is its line in the spreadsheet.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CsvReader)

public:
    enum class Encoding
    {
        Utf8,    ///< without a byte-order mark
        Utf8Bom, ///< "CSV UTF-8" from Excel
        Gb18030  ///< Chinese Excel's plain "CSV" (GBK is a subset)
    };
    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };
    /**
     * The text of @p bytes: in @p encoding when the user chose one, else the encoding found — UTF-8 when the bytes
     * are valid UTF-8, else GB18030. Refused in words when the bytes are neither (or not the encoding chosen).
     */
    static Result<Decoded> decode(QByteArray bytes, std::optional<Encoding> encoding = std::nullopt);
    /** UTF-8 text only, with or without a byte-order mark. */
    static Result<QString> decodeUtf8(QByteArray bytes);
    /** The encoding's name as the user sees it. */
    static QString encodingName(Encoding encoding);

    /** The separator of @p text: the one of comma, tab and semicolon found most consistently on its first lines. */
    static QChar detectSeparator(const QString &text);
    /** Splits @p text into rows of fields at @p separator. */
    static QList<QStringList> parse(const QString &text, QChar separator = QLatin1Char(','));
};

} // namespace xianjie
