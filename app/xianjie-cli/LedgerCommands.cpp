// xianjie-cli import-ledger and ledger-imports: the spreadsheet ledgers stations keep today, into the casebook.
#include "CommandLine.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/LedgerImporter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace xianjie {

int CommandLine::importLedger(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("sheet"), QString(), QStringLiteral("n")});
    p.addOption({QStringLiteral("mapping"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("save-mapping"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("encoding"), QString(), QStringLiteral("encoding")});
    p.addOption({QStringLiteral("dry-run"), QString()});
    p.addOption({QStringLiteral("only-valid"), QString()});
    p.addOption({QStringLiteral("update"), QString()});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(tr("Name the casebook and the ledger file (.xlsx or .csv)."));
    int sheetIndex = 0;
    if (p.isSet(QStringLiteral("sheet"))) {
        bool ok = false;
        sheetIndex = p.value(QStringLiteral("sheet")).toInt(&ok) - 1;
        if (!ok || sheetIndex < 0)
            return usage(tr("--sheet is the sheet's number, 1 for the first."));
    }
    std::optional<CsvReader::Encoding> encoding;
    if (const QString e = p.value(QStringLiteral("encoding")).toLower(); !e.isEmpty()) {
        if (e == QLatin1String("utf8") || e == QLatin1String("utf-8"))
            encoding = CsvReader::Encoding::Utf8;
        else if (e == QLatin1String("gb18030") || e == QLatin1String("gbk"))
            encoding = CsvReader::Encoding::Gb18030;
        else
            return usage(tr("--encoding is utf8 or gb18030."));
    }
    auto cb = Casebook::open(pos.at(0));
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto sheet = LedgerImporter::read(pos.at(1), sheetIndex, encoding);
    if (!sheet)
        return fail(sheet.message());
    LedgerImporter importer(**cb);
    LedgerMapping mapping = importer.suggest(*sheet);
    if (const QString file = p.value(QStringLiteral("mapping")); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the mapping %1: %2").arg(file, f.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isObject())
            return fail(tr("The mapping %1 is not JSON: %2").arg(file, error.errorString()));
        auto m = LedgerMapping::fromJson(doc.object());
        if (!m)
            return fail(m.message());
        mapping = *m;
    }
    if (const QString file = p.value(QStringLiteral("save-mapping")); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(mapping.toJson()).toJson()) < 0)
            return fail(tr("Cannot write the mapping %1: %2").arg(file, f.errorString()));
    }
    m_out << tr("File: %1").arg(sheet->fileName);
    if (!sheet->encoding.isEmpty())
        m_out << tr(" (%1)").arg(sheet->encoding);
    else
        m_out << tr(", sheet %1 of %2: %3")
                     .arg(sheet->sheet + 1)
                     .arg(sheet->sheetNames.size())
                     .arg(sheet->sheetNames.value(sheet->sheet));
    m_out << Qt::endl;
    if (mapping.headerRow >= 0) {
        m_out << tr("Header row %1; columns:").arg(mapping.headerRow + 1) << Qt::endl;
        for (int c = 0; c < mapping.columns.size(); ++c)
            if (mapping.columns[c] != LedgerWords::Field::Ignore)
                m_out << QStringLiteral("  ") << LedgerImporter::columnName(*sheet, mapping, c) << QStringLiteral(" → ")
                      << LedgerWords::fieldLabel(mapping.columns[c]) << Qt::endl;
    }
    LedgerImporter::Options options;
    options.existing =
        p.isSet(QStringLiteral("update")) ? LedgerImporter::Existing::Update : LedgerImporter::Existing::Skip;
    options.onlyValid = p.isSet(QStringLiteral("only-valid"));
    const bool dry = p.isSet(QStringLiteral("dry-run"));
    auto report = importer.dryRun(*sheet, mapping, options);
    if (!report)
        return fail(report.message());
    for (const LedgerImporter::RowReport &r : report->rows) {
        if (r.outcome == LedgerImporter::Outcome::Skipped && r.reason == LedgerImporter::tr("Blank row."))
            continue;
        QStringList parts = {tr("Row %1").arg(r.row), LedgerImporter::outcomeLabel(r.outcome)};
        if (!r.who.isEmpty())
            parts << r.who;
        if (r.column >= 0)
            parts << tr("cell %1").arg(LedgerImporter::columnName(*sheet, mapping, r.column));
        if (!r.reason.isEmpty())
            parts << r.reason;
        m_out << parts.join(QStringLiteral(" · ")) << Qt::endl;
    }
    if (!report->unknownVillages.isEmpty())
        m_out << tr("Villages not on the station's list: %1").arg(report->unknownVillages.join(tr(", "))) << Qt::endl;
    if (!report->notInCasebook.isEmpty())
        m_out << tr("People not in the casebook: %1").arg(report->notInCasebook.join(tr("; "))) << Qt::endl;
    const bool refused = report->anyRefused();
    if (dry) {
        m_out << tr("Dry run, nothing written.") << QLatin1Char(' ') << report->summary() << Qt::endl;
        return refused ? Failed : Ok;
    }
    if (refused && !options.onlyValid) {
        m_out << report->summary() << Qt::endl;
        m_err << tr("Nothing was imported: correct the refused rows, or import only the valid ones with --only-valid.")
              << Qt::endl;
        return Failed;
    }
    auto done = importer.import(*sheet, mapping, options);
    if (!done)
        return fail(done.message());
    m_out << tr("Imported as batch %1.").arg(done->batchId) << QLatin1Char(' ') << done->summary() << Qt::endl;
    return refused ? Failed : Ok;
}

int CommandLine::ledgerImports(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("batch"), QString(), QStringLiteral("id")});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return usage(tr("Name the casebook."));
    auto cb = Casebook::open(pos.at(0));
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    LedgerImporter importer(**cb);
    if (const QString batch = p.value(QStringLiteral("batch")); !batch.isEmpty()) {
        auto records = importer.batchRecords(batch);
        if (!records)
            return fail(records.message());
        if (records->isEmpty())
            return fail(tr("No import batch %1 in this casebook.").arg(batch));
        for (const LedgerImporter::BatchRecord &r : *records)
            m_out << tr("Row %1").arg(r.row) << QLatin1Char('\t') << Labels::tableLabel(r.table) << QLatin1Char('\t')
                  << r.recordId << QLatin1Char('\t')
                  << (r.action == QLatin1String("insert") ? tr("added") : tr("updated")) << Qt::endl;
        return Ok;
    }
    auto list = importer.batches();
    if (!list)
        return fail(list.message());
    for (const LedgerImporter::Batch &b : *list)
        m_out << b.id << QLatin1Char('\t') << b.fileName << QLatin1Char('\t') << b.userName << QLatin1Char('\t')
              << tr("%1 rows; households added %2, updated %3; people added %4; payments %5; refused %6")
                     .arg(b.rowsRead)
                     .arg(b.householdsAdded)
                     .arg(b.householdsUpdated)
                     .arg(b.peopleAdded)
                     .arg(b.paymentsAdded)
                     .arg(b.rowsRefused)
              << Qt::endl;
    return Ok;
}

} // namespace xianjie
