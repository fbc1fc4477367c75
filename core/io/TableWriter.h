#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

class QFile;

namespace xianjie {

/**
 * Writes one table (a header row and rows of cells) to an Excel workbook (XLSX, libxlsxwriter) or to CSV that
 * Chinese Excel opens as it is (UTF-8 with a byte-order mark, CRLF). Text stays text — an 18-digit ID number keeps
 * every digit —, dates are dates, amounts are numbers in yuan with two decimals. The file appears whole when
 * finish() succeeds, or not at all: nothing half-written is left under its name.
 */
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::TableWriter)
    Q_DISABLE_COPY_MOVE(TableWriter)

public:
    enum class Format
    {
        Xlsx,
        Csv
    };
    /** What a column holds. */
    enum class Kind
    {
        Text,
        Number,
        Date,
        Yuan ///< an amount in fen, written in yuan
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        int width = 12; ///< in characters, for the workbook
    };

    /** The format a file name asks for: .xlsx or .csv; nothing for any other. */
    static std::optional<Format> formatOf(const QString &path);

    /** Starts the file @p path (written beside it under a temporary name until finish()). */
    static Result<std::unique_ptr<TableWriter>> create(const QString &path, Format format, const QString &sheetName,
                                                       const QList<Column> &columns);
    ~TableWriter();

    /**
     * One row, a cell per column: QString for text, a number, a QDate, qint64 fen for Yuan; a null QVariant leaves
     * the cell empty.
     */
    Result<void> addRow(const QVariantList &cells);
    /** Closes the file and moves it to its name. */
    Result<void> finish();
    qint64 rows() const { return m_rows; }

private:
    TableWriter() = default;
    struct Xlsx;
    Format m_format = Format::Xlsx;
    QString m_path;
    QString m_partPath;
    QList<Column> m_columns;
    qint64 m_rows = 0;
    std::unique_ptr<Xlsx> m_xlsx;
    std::unique_ptr<QFile> m_csv;
    bool m_finished = false;
};

} // namespace xianjie
