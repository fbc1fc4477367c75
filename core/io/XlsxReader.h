#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace xianjie {

/**
 * Reads the sheets of an Excel workbook (.xlsx) as stations keep their ledgers in them: shared and inline strings,
 * numbers, dates (a number whose cell has a date format, read as the date it shows), merged cells (the value of
 * the merged area in each of its cells, so a household number merged over its members' rows is on every row), and
 * several sheets. A cell remembers whether Excel stored it as a number, because an ID number stored as a number has
 * lost its last digits. Not a workbook, damaged, or too large to be a ledger: refused in words.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::XlsxReader)

public:
    struct Cell
    {
        enum class Kind
        {
            Empty,
            Text,
            Number,
            Date,
            Boolean
        };
        Kind kind = Kind::Empty;
        QString text; ///< what the cell shows: text, a number without a needless ".0", a date as yyyy-MM-dd
        double number = 0;
        QDate date;
    };
    using Row = QList<Cell>;

    /** The sheets' names, in the workbook's order. */
    static Result<QStringList> sheetNames(const QString &path);
    /** Every row of sheet @p index (0 first), blank rows kept as empty rows so row numbers are Excel's. */
    static Result<QList<Row>> readSheet(const QString &path, int index);
    /** The same, of a workbook already in memory (the bytes of an .xlsx file). */
    static Result<QStringList> sheetNamesOf(const QByteArray &workbook);
    static Result<QList<Row>> readSheetOf(const QByteArray &workbook, int index);
    /** The rows as text only. */
    static QList<QStringList> texts(const QList<Row> &rows);
    /** An Excel serial day (1900 system) as a date. */
    static QDate serialDate(double serial);
};

} // namespace xianjie
