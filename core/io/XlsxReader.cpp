#include "XlsxReader.h"

#include "io/ZipReader.h"

#include <QFile>
#include <QHash>
#include <QPoint>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <cmath>

namespace xianjie {

namespace {

// A ledger is a few megabytes; a part that unpacks to more than this is not one (or is a zip bomb).
constexpr qint64 kMaxPart = 256LL * 1024 * 1024;
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

Error notAWorkbook(const QString &why = {})
{
    return makeError(Error::Kind::Invalid,
                     why.isEmpty() ? XlsxReader::tr("The file is not an Excel workbook (.xlsx). Open it in Excel and "
                                                    "save it as an Excel workbook, or as CSV.")
                                   : XlsxReader::tr("The Excel workbook cannot be read: %1").arg(why));
}

/** One part of the workbook's zip, whole, or an error. */
Result<QByteArray> part(const ZipReader &zip, const QString &name)
{
    if (!zip.contains(name))
        return notAWorkbook(XlsxReader::tr("the part %1 is missing").arg(name));
    auto bytes = zip.read(name, kMaxPart);
    if (!bytes)
        return notAWorkbook(XlsxReader::tr("the part %1 is damaged or too large for a ledger").arg(name));
    return bytes;
}

Result<ZipReader> openZip(const QByteArray &bytes)
{
    if (bytes.size() > kMaxPart)
        return notAWorkbook(XlsxReader::tr("the file is too large for a ledger"));
    auto zip = ZipReader::open(bytes);
    if (!zip)
        return notAWorkbook();
    return zip;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, XlsxReader::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPart)
        return notAWorkbook(XlsxReader::tr("the file is too large for a ledger"));
    return file.readAll();
}

struct SheetRef
{
    QString name;
    QString target; ///< path inside the zip
};

Result<QList<SheetRef>> sheets(const ZipReader &zip)
{
    auto workbook = part(zip, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return notAWorkbook();
    auto rels = part(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader r(*rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship")) {
            QString target = r.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            targets.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QList<SheetRef> out;
    QXmlStreamReader w(*workbook);
    while (!w.atEnd()) {
        w.readNext();
        if (w.isStartElement() && w.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &a : w.attributes())
                if (a.name() == QLatin1String("id")) // r:id
                    id = a.value().toString();
            out << SheetRef{w.attributes().value(QLatin1String("name")).toString(), targets.value(id)};
        }
    }
    if (w.hasError() || out.isEmpty())
        return notAWorkbook(XlsxReader::tr("its list of sheets is damaged"));
    return out;
}

QStringList sharedStrings(const ZipReader &zip)
{
    QStringList out;
    auto bytes = part(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (!bytes) // a workbook without any text has none
        return out;
    QXmlStreamReader r(*bytes);
    QString current;
    bool inPhonetic = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si"))
                current.clear();
            else if (r.name() == QLatin1String("rPh"))
                inPhonetic = true; // pinyin guides over the text: not part of it
            else if (r.name() == QLatin1String("t") && !inPhonetic)
                current += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si"))
                out << current;
            else if (r.name() == QLatin1String("rPh"))
                inPhonetic = false;
        }
    }
    return out;
}

/** Which cell styles show dates: built-in date formats and custom formats with day, month or year codes. */
QSet<int> dateStyles(const ZipReader &zip)
{
    QSet<int> out;
    auto bytes = part(zip, QStringLiteral("xl/styles.xml"));
    if (!bytes)
        return out;
    static const QSet<int> builtIn = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34,
                                      35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
    QSet<int> customDates;
    QXmlStreamReader r(*bytes);
    bool inCellXfs = false;
    int xf = 0;
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("numFmt")) {
            QString code = r.attributes().value(QLatin1String("formatCode")).toString();
            code.remove(quoted);
            if (code.contains(QLatin1Char('y'), Qt::CaseInsensitive) ||
                code.contains(QLatin1Char('d'), Qt::CaseInsensitive) || code.contains(QStringLiteral("年")) ||
                code.contains(QStringLiteral("日")))
                customDates.insert(r.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (r.isStartElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && r.isStartElement() && r.name() == QLatin1String("xf")) {
            const int fmt = r.attributes().value(QLatin1String("numFmtId")).toInt();
            if (builtIn.contains(fmt) || customDates.contains(fmt))
                out.insert(xf);
            ++xf;
        }
    }
    return out;
}

/** "C12" → column 2, row 11 (both from 0); false when it is not a cell reference. */
bool reference(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    // Letters A to Z only (Chinese characters are letters too), and no more of them than a sheet has columns: a
    // damaged reference such as "AAAAAAAAAA1" must not overflow (found by fuzz_xlsx).
    while (i < ref.size() && ref.at(i).unicode() < 128 && ref.at(i).isLetter()) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (c > kMaxColumns)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || c > kMaxColumns || r < 1 || r > kMaxRows)
        return false;
    *column = c - 1;
    *row = r - 1;
    return true;
}

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

QDate XlsxReader::serialDate(double serial)
{
    // Excel counts from 30 December 1899 (its day 60, a 29 February 1900 that never was, makes the early days one
    // off; ledgers do not reach back that far).
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
}

QList<QStringList> XlsxReader::texts(const QList<Row> &rows)
{
    QList<QStringList> out;
    for (const Row &row : rows) {
        QStringList r;
        for (const Cell &c : row)
            r << c.text;
        out << r;
    }
    return out;
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return sheetNamesOf(*bytes);
}

Result<QList<XlsxReader::Row>> XlsxReader::readSheet(const QString &path, int index)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return readSheetOf(*bytes, index);
}

Result<QStringList> XlsxReader::sheetNamesOf(const QByteArray &workbook)
{
    auto zip = openZip(workbook);
    if (!zip)
        return zip.error();
    auto list = sheets(*zip);
    if (!list)
        return list.error();
    QStringList names;
    for (const SheetRef &s : *list)
        names << s.name;
    return names;
}

Result<QList<XlsxReader::Row>> XlsxReader::readSheetOf(const QByteArray &workbook, int index)
{
    auto zip = openZip(workbook);
    if (!zip)
        return zip.error();
    auto list = sheets(*zip);
    if (!list)
        return list.error();
    if (index < 0 || index >= list->size())
        return makeError(Error::Kind::NotFound,
                         tr("The workbook has no sheet %1; it has %2.").arg(index + 1).arg(list->size()));
    auto bytes = part(*zip, list->at(index).target);
    if (!bytes)
        return bytes.error();
    const QStringList strings = sharedStrings(*zip);
    const QSet<int> dates = dateStyles(*zip);

    QList<Row> rows;
    QList<std::pair<QPoint, QPoint>> merged; // top-left, bottom-right as (column, row)
    QXmlStreamReader r(*bytes);
    int rowIndex = -1;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("row")) {
            bool ok = false;
            const int n = r.attributes().value(QLatin1String("r")).toInt(&ok);
            rowIndex = ok ? n - 1 : rowIndex + 1;
            if (rowIndex < 0 || rowIndex >= kMaxRows)
                return notAWorkbook(tr("a row number is out of range"));
            while (rows.size() <= rowIndex)
                rows << Row();
        } else if (r.name() == QLatin1String("c")) {
            int column = 0, row = 0;
            if (!reference(r.attributes().value(QLatin1String("r")), &column, &row)) {
                column = rowIndex >= 0 ? int(rows.value(rowIndex).size()) : 0;
                row = std::max(rowIndex, 0);
            }
            const QString type = r.attributes().value(QLatin1String("t")).toString();
            const int style = r.attributes().value(QLatin1String("s")).toInt();
            QString value;
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("v"))
                    value = r.readElementText();
                else if (r.name() == QLatin1String("is")) {
                    QString inline_;
                    while (r.readNextStartElement()) {
                        if (r.name() == QLatin1String("t"))
                            inline_ += r.readElementText();
                        else if (r.name() == QLatin1String("r")) {
                            while (r.readNextStartElement())
                                if (r.name() == QLatin1String("t"))
                                    inline_ += r.readElementText();
                                else
                                    r.skipCurrentElement();
                        } else
                            r.skipCurrentElement();
                    }
                    value = inline_;
                } else
                    r.skipCurrentElement();
            }
            Cell cell;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= strings.size())
                    return notAWorkbook(tr("a cell refers to text that is not there"));
                cell.kind = Cell::Kind::Text;
                cell.text = strings.at(i);
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
                       type == QLatin1String("e")) {
                cell.kind = value.isEmpty() ? Cell::Kind::Empty : Cell::Kind::Text;
                cell.text = value;
            } else if (type == QLatin1String("b")) {
                cell.kind = Cell::Kind::Boolean;
                cell.text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (!value.isEmpty()) {
                bool ok = false;
                cell.number = value.toDouble(&ok);
                if (!ok)
                    return notAWorkbook(tr("a number cell holds \"%1\"").arg(value.left(40)));
                cell.kind = Cell::Kind::Number;
                cell.text = numberText(cell.number);
                if (dates.contains(style)) {
                    cell.date = serialDate(cell.number);
                    if (cell.date.isValid()) {
                        cell.kind = Cell::Kind::Date;
                        cell.text = cell.date.toString(Qt::ISODate);
                    }
                }
            }
            while (rows.size() <= row)
                rows << Row();
            Row &target = rows[row];
            while (target.size() < column)
                target << Cell();
            if (target.size() == column)
                target << cell;
            else
                target[column] = cell;
        } else if (r.name() == QLatin1String("mergeCell")) {
            const QStringList ends = r.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
            int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
            if (ends.size() == 2 && reference(ends.at(0), &c1, &r1) && reference(ends.at(1), &c2, &r2) && c1 <= c2 &&
                r1 <= r2 && qint64(c2 - c1 + 1) * (r2 - r1 + 1) <= 1000000)
                merged << std::pair{QPoint(c1, r1), QPoint(c2, r2)};
        }
    }
    if (r.hasError())
        return notAWorkbook(tr("sheet %1 is damaged (%2)").arg(list->at(index).name, r.errorString()));
    // A merged area shows one value over all its cells: give it to each of them.
    for (const auto &[from, to] : std::as_const(merged)) {
        const Cell value = from.y() < rows.size() ? rows.at(from.y()).value(from.x()) : Cell();
        for (int y = from.y(); y <= to.y(); ++y) {
            while (rows.size() <= y)
                rows << Row();
            Row &row = rows[y];
            while (row.size() <= to.x())
                row << Cell();
            for (int x = from.x(); x <= to.x(); ++x)
                row[x] = value;
        }
    }
    return rows;
}

} // namespace xianjie
