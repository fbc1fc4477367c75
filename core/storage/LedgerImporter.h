#pragma once

#include "Result.h"
#include "io/CsvReader.h"
#include "io/LedgerWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace xianjie {

class Casebook;

/** One cell of a ledger as read from its file. */
struct LedgerCell
{
    QString text;        ///< what the cell shows
    bool number = false; ///< Excel stored it as a number (an ID number stored so has lost its last digits)
    QDate date;          ///< a cell Excel formats as a date
};

/** A sheet of a ledger file: its rows as in the spreadsheet (blank rows kept, so row numbers are the file's). */
struct LedgerSheet
{
    QString fileName; ///< without the folder, for the report and the audit log
    QStringList sheetNames;
    int sheet = 0;
    QString encoding; ///< a CSV file's encoding in words; empty for a workbook
    QList<QList<LedgerCell>> rows;
    int columnCount() const;
};

/** Which column holds what, and where the table starts. */
struct LedgerMapping
{
    enum class Kind
    {
        Households, ///< the roll: households and their members (one row per person or per household)
        Payments    ///< a payment list (发放台账): name, ID number, amount, month, programme
    };
    Kind kind = Kind::Households;
    int headerRow = -1; ///< 0-based; the rows above it are titles and notes
    QList<LedgerWords::Field> columns;

    int column(LedgerWords::Field field) const { return int(columns.indexOf(field)); }
    bool has(LedgerWords::Field field) const { return columns.contains(field); }
    QJsonObject toJson() const;
    static Result<LedgerMapping> fromJson(const QJsonObject &json);
};

/**
 * Imports the ledgers stations keep in spreadsheets: the roll of households (低保, 特困 and the others) and payment
 * lists. The file is read (CSV in any of its encodings, or a sheet of a workbook), the header row and the columns
 * are guessed from the heading words and remembered for files of the same layout, and every row is judged before
 * anything is written: to be added, already in the casebook (same ID number: updated or skipped, never a second
 * household), or refused with the cell and the reason. The import itself writes through the repositories, so the
 * usual rules, change log and audit apply, all in one transaction with one more audit entry naming the file and its
 * counts and an import batch that lists what came from the file. Nothing is half-imported: a stop, a refused write
 * or a failure rolls everything back.
 */
class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::LedgerImporter)

public:
    explicit LedgerImporter(Casebook &casebook) : m_casebook(casebook) {}

    /** Reads sheet @p sheet of a workbook (.xlsx), or a CSV file in @p encoding (found when not given). */
    static Result<LedgerSheet> read(const QString &path, int sheet = 0,
                                    std::optional<CsvReader::Encoding> encoding = std::nullopt);
    /** The header row (the first of the first 30 rows naming at least two known columns, one of them the name). */
    static int findHeaderRow(const LedgerSheet &sheet);
    /** The mapping the headings suggest: header row, each column's field, and whether it is a payment list. */
    static LedgerMapping guess(const LedgerSheet &sheet);
    /** The words of the header row, which tell files of the same layout. */
    static QString layoutKey(const LedgerSheet &sheet, int headerRow);
    /** The mapping last used for a file of this layout, when there was one. */
    std::optional<LedgerMapping> remembered(const LedgerSheet &sheet) const;
    /** guess(), unless a mapping was remembered for this layout. */
    LedgerMapping suggest(const LedgerSheet &sheet) const;
    Result<void> remember(const LedgerSheet &sheet, const LedgerMapping &mapping);

    enum class Outcome
    {
        Add,          ///< a new household or member, or a payment not recorded yet
        Update,       ///< already in the casebook; the ledger adds or changes something
        AlreadyThere, ///< already in the casebook (same ID number); nothing to write
        Invalid,      ///< refused: the cell and the reason
        Skipped       ///< not a person's row: blank, a totals row, a note
    };
    static QString outcomeLabel(Outcome outcome);
    /** A column as the spreadsheet names it: its letter and heading ("C 身份证号码"). */
    static QString columnName(const LedgerSheet &sheet, const LedgerMapping &mapping, int column);

    struct RowReport
    {
        int row = 0;     ///< the row's number in the spreadsheet (1 first)
        int column = -1; ///< 0-based column of the cell at fault, -1 for the row as a whole
        Outcome outcome = Outcome::Skipped;
        QString who; ///< the person, masked (张**)
        QString reason;
    };
    struct Report
    {
        LedgerMapping::Kind kind = LedgerMapping::Kind::Households;
        QList<RowReport> rows;
        int householdsAdded = 0;
        int householdsUpdated = 0;
        int householdsAlreadyThere = 0;
        int peopleAdded = 0;
        int categoriesAdded = 0;
        int paymentsAdded = 0;
        QStringList unknownVillages; ///< village names of the file not on the station's list
        QStringList notInCasebook;   ///< payment rows whose person is not in the casebook: "Row 7: 张**"
        bool imported = false;       ///< written (not a dry run, not stopped)
        bool stopped = false;
        QString batchId;

        int count(Outcome outcome) const;
        bool anyRefused() const { return count(Outcome::Invalid) > 0; }
        /** The counts in one sentence, for the end of a report. */
        QString summary() const;
    };

    enum class Existing
    {
        Skip,  ///< a household already in the casebook is left as it is
        Update ///< it gets the ledger's address, phone and village, its new members and a category it lacks
    };
    struct Options
    {
        Existing existing = Existing::Skip;
        bool onlyValid = false; ///< import the valid rows and leave the refused ones; otherwise refuse all
    };
    /** Called between units of work; return false to stop (nothing is written). */
    using Progress = std::function<bool(int done, int total)>;

    /** What an import would do, row by row. Writes nothing. */
    Result<Report> dryRun(const LedgerSheet &sheet, const LedgerMapping &mapping, const Options &options,
                          const Progress &progress = {});
    /**
     * Imports: refused in words when rows are refused and @p options does not say to import only the valid ones.
     * The report says what was written; when stopped, nothing was.
     */
    Result<Report> import(const LedgerSheet &sheet, const LedgerMapping &mapping, const Options &options,
                          const Progress &progress = {});

    /** An earlier import, for the list of what came from which file. */
    struct Batch
    {
        QString id;
        QString fileName;
        QString sheet;
        LedgerMapping::Kind kind = LedgerMapping::Kind::Households;
        QString importedAt; ///< HLC stamp
        QString userName;
        int rowsRead = 0;
        int householdsAdded = 0;
        int householdsUpdated = 0;
        int peopleAdded = 0;
        int paymentsAdded = 0;
        int rowsRefused = 0;
    };
    Result<QList<Batch>> batches() const;
    struct BatchRecord
    {
        int row = 0;
        QString table;
        QString recordId;
        QString action; ///< "insert" or "update"
    };
    Result<QList<BatchRecord>> batchRecords(const QString &batchId) const;

private:
    struct Plan;
    Result<Plan> plan(const LedgerSheet &sheet, const LedgerMapping &mapping, const Options &options,
                      const Progress &progress);
    static Report tally(const Plan &plan, const LedgerMapping &mapping, const Options &options);

    Casebook &m_casebook;
};

} // namespace xianjie
