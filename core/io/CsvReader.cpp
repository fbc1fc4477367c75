#include "CsvReader.h"

#include <QHash>
#include <QStringDecoder>

namespace xianjie {

namespace {
/** Strict decoding: any byte sequence the encoding does not allow is an error, not a replacement character. */
std::optional<QString> decodeStrict(const QByteArray &bytes, const char *encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
} // namespace

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8Bom:
        return tr("UTF-8 with a byte-order mark (Excel's \"CSV UTF-8\")");
    case Encoding::Gb18030:
        return tr("GB18030 / GBK (Chinese Excel's \"CSV\")");
    }
    return {};
}

Result<CsvReader::Decoded> CsvReader::decode(QByteArray bytes, std::optional<Encoding> encoding)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom)
        bytes.remove(0, 3);
    const bool wantsGb = encoding == Encoding::Gb18030;
    if (!wantsGb) {
        if (auto text = decodeStrict(bytes, "UTF-8"))
            return Decoded{*text, bom ? Encoding::Utf8Bom : Encoding::Utf8};
        if (encoding || bom)
            return makeError(Error::Kind::Invalid, tr("The file is not UTF-8 text as chosen. Choose GB18030 (the "
                                                      "encoding Chinese Excel saves CSV in) and try again."));
    }
    if (auto text = decodeStrict(bytes, "GB18030"))
        return Decoded{*text, Encoding::Gb18030};
    return makeError(Error::Kind::Invalid,
                     tr("The file is neither UTF-8 nor GB18030 text. Open it in Excel and save it "
                        "as \"CSV UTF-8\", or as an Excel workbook, and try again."));
}

QChar CsvReader::detectSeparator(const QString &text)
{
    // Counted outside quotes on the first lines that have any: the separator that splits them most often into the
    // same number of fields wins; a comma when none does.
    const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (QChar separator : candidates) {
        QList<qsizetype> widths;
        for (const QStringList &row : parse(text.left(64 * 1024), separator)) {
            if (row.size() > 1)
                widths << row.size();
            if (widths.size() == 20)
                break;
        }
        if (widths.isEmpty())
            continue;
        // The most common width, times how often it comes.
        QHash<qsizetype, int> counts;
        for (qsizetype w : widths)
            ++counts[w];
        int score = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            score = std::max(score, int(it.key()) * it.value());
        if (score > bestScore) {
            bestScore = score;
            best = separator;
        }
    }
    return best;
}

Result<QString> CsvReader::decodeUtf8(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) // Excel writes a byte-order mark
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(Error::Kind::Invalid,
                         tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));
    return text;
}

QList<QStringList> CsvReader::parse(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            } else {
                rows << QStringList(); // keep row numbers right for blank lines
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace xianjie
