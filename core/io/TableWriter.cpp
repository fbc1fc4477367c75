#include "TableWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <xlsxwriter.h>

namespace xianjie {

struct TableWriter::Xlsx
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *yuan = nullptr;
    QByteArray tmpdir;
};

namespace {
QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

bool allDigits(const QString &text)
{
    if (text.size() < 11)
        return false;
    for (QChar c : text)
        if (!c.isDigit() && c != QLatin1Char('X'))
            return false;
    return true;
}
} // namespace

std::optional<TableWriter::Format> TableWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString &path, Format format, const QString &sheetName,
                                                         const QList<Column> &columns)
{
    std::unique_ptr<TableWriter> w(new TableWriter);
    w->m_format = format;
    w->m_path = QFileInfo(path).absoluteFilePath();
    w->m_columns = columns;
    const QFileInfo info(w->m_path);
    if (!info.dir().exists())
        return makeError(Error::Kind::Io, tr("Cannot write %1: the folder %2 does not exist.")
                                              .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    // A hidden name beside the file, so the move at the end stays on one disk.
    w->m_partPath = info.dir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (format == Format::Csv) {
        w->m_csv = std::make_unique<QFile>(w->m_partPath);
        if (!w->m_csv->open(QIODevice::WriteOnly))
            return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(info.fileName(), w->m_csv->errorString()));
        QStringList titles;
        for (const Column &c : columns)
            titles << csvField(c.title);
        // The byte-order mark tells Excel the file is UTF-8.
        const QByteArray head = QByteArrayLiteral("\xEF\xBB\xBF") + titles.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (w->m_csv->write(head) != head.size())
            return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(info.fileName(), w->m_csv->errorString()));
        return w;
    }
    w->m_xlsx = std::make_unique<Xlsx>();
    Xlsx &x = *w->m_xlsx;
    x.tmpdir = QDir::toNativeSeparators(info.absolutePath()).toLocal8Bit();
    // Rows go to disk as they come: 100,000 households do not sit in memory.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = x.tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    x.book = workbook_new_opt(QFile::encodeName(w->m_partPath).constData(), &options);
    if (!x.book)
        return makeError(Error::Kind::Io, tr("Cannot write %1.").arg(info.fileName()));
    x.sheet = workbook_add_worksheet(x.book, sheetName.left(31).toUtf8().constData());
    x.header = workbook_add_format(x.book);
    format_set_bold(x.header);
    format_set_bg_color(x.header, 0xEEEEEE);
    format_set_text_wrap(x.header);
    x.text = workbook_add_format(x.book);
    format_set_num_format(x.text, "@");
    x.date = workbook_add_format(x.book);
    format_set_num_format(x.date, "yyyy-mm-dd");
    x.yuan = workbook_add_format(x.book);
    format_set_num_format(x.yuan, "#,##0.00");
    for (int c = 0; c < columns.size(); ++c) {
        const Column &col = columns.at(c);
        worksheet_set_column(x.sheet, lxw_col_t(c), lxw_col_t(c), col.width,
                             col.kind == Kind::Text   ? x.text
                             : col.kind == Kind::Date ? x.date
                             : col.kind == Kind::Yuan ? x.yuan
                                                      : nullptr);
        worksheet_write_string(x.sheet, 0, lxw_col_t(c), col.title.toUtf8().constData(), x.header);
    }
    worksheet_freeze_panes(x.sheet, 1, 0);
    return w;
}

TableWriter::~TableWriter()
{
    if (m_finished)
        return;
    // Not finished: nothing is left behind.
    if (m_xlsx && m_xlsx->book)
        workbook_close(m_xlsx->book);
    if (m_csv)
        m_csv->close();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

Result<void> TableWriter::addRow(const QVariantList &cells)
{
    ++m_rows;
    if (m_format == Format::Csv) {
        QStringList fields;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant v = cells.value(c);
            const Kind kind = m_columns.at(c).kind;
            if (v.isNull())
                fields << QString();
            else if (kind == Kind::Date)
                fields << v.toDate().toString(Qt::ISODate);
            else if (kind == Kind::Yuan)
                fields << QString::number(double(v.toLongLong()) / 100.0, 'f', 2);
            else if (kind == Kind::Number)
                fields << v.toString();
            else if (allDigits(v.toString()))
                // Excel reads a long run of digits in a CSV as a number and drops what passes 15 digits; as a
                // formula that yields text, the ID number stays whole.
                fields << QStringLiteral("=\"%1\"").arg(v.toString());
            else
                fields << csvField(v.toString());
        }
        const QByteArray line = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (m_csv->write(line) != line.size())
            return makeError(Error::Kind::Io,
                             tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_csv->errorString()));
        return {};
    }
    Xlsx &x = *m_xlsx;
    const auto row = lxw_row_t(m_rows);
    if (row >= LXW_ROW_MAX)
        return makeError(Error::Kind::Invalid, tr("The list has more rows than an Excel sheet holds."));
    for (int c = 0; c < m_columns.size(); ++c) {
        const QVariant v = cells.value(c);
        if (v.isNull())
            continue;
        const auto col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        switch (m_columns.at(c).kind) {
        case Kind::Text:
            e = worksheet_write_string(x.sheet, row, col, v.toString().toUtf8().constData(), x.text);
            break;
        case Kind::Number:
            e = worksheet_write_number(x.sheet, row, col, v.toDouble(), nullptr);
            break;
        case Kind::Yuan:
            e = worksheet_write_number(x.sheet, row, col, double(v.toLongLong()) / 100.0, x.yuan);
            break;
        case Kind::Date: {
            const QDate d = v.toDate();
            if (!d.isValid())
                break;
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            e = worksheet_write_datetime(x.sheet, row, col, &dt, x.date);
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return makeError(
                Error::Kind::Io,
                tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), QString::fromUtf8(lxw_strerror(e))));
    }
    return {};
}

Result<void> TableWriter::finish()
{
    const QString name = QFileInfo(m_path).fileName();
    if (m_format == Format::Csv) {
        if (!m_csv->flush())
            return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(name, m_csv->errorString()));
        m_csv->close();
    } else {
        const lxw_error e = workbook_close(m_xlsx->book);
        m_xlsx->book = nullptr;
        if (e != LXW_NO_ERROR)
            return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(name, QString::fromUtf8(lxw_strerror(e))));
    }
    // Onto the disk, then under its name in one step (QSaveFile does both and replaces an older file).
    QFile part(m_partPath);
    QSaveFile out(m_path);
    if (!part.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(name, out.errorString()));
    while (!part.atEnd()) {
        const QByteArray chunk = part.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(name, out.errorString()));
    }
    if (!out.commit())
        return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(name, out.errorString()));
    part.close();
    QFile::remove(m_partPath);
    m_finished = true;
    return {};
}

} // namespace xianjie
