#include "CasebookCheck.h"

#include "AuditLog.h"
#include "Database.h"
#include "Schema.h"

#include <QRegularExpression>

namespace xianjie {

Result<QStringList> CasebookCheck::run(const QSqlDatabase &db)
{
    QStringList faults;
    auto integrity = Database::exec(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return QStringList{integrity.message()};
    // SQLite's own lines ("Page 25: btreeInitPage() returns error code 11") mean nothing to a social worker: they
    // are summed up in one sentence, with the pages for whoever repairs the file.
    int problems = 0;
    QList<int> pages;
    static const QRegularExpression page(QStringLiteral("[Pp]age (\\d+)"));
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        ++problems;
        for (auto m = page.globalMatch(line); m.hasNext();)
            if (const int n = m.next().captured(1).toInt(); !pages.contains(n) && pages.size() < 10)
                pages << n;
    }
    if (problems > 0) {
        QStringList where;
        for (int n : std::as_const(pages))
            where << QString::number(n);
        return QStringList{
            (where.isEmpty() ? tr("The casebook file is damaged (%n problem(s) found in how its records are stored).",
                                  nullptr, problems)
                             : tr("The casebook file is damaged (%n problem(s) found in how its records are stored, "
                                  "at pages %1 of the file).",
                                  nullptr, problems)
                                   .arg(where.join(QStringLiteral(", ")))) +
            QLatin1Char(' ') +
            tr("Nothing more is written to it. Restore it from the newest backup and tell your county office.")};
    }

    auto fk = Database::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk->next())
        faults << tr("A record in %1 (row %2) refers to a missing record in %3.")
                      .arg(fk->value(0).toString(), fk->value(1).toString(), fk->value(2).toString());

    // A synced record written here without its change-log op would never reach the county. Records that came from
    // another casebook (a station's bundle at the county) have their ops in that casebook's log.
    for (const QString &table : Schema::syncedTables()) {
        auto missing = Database::scalar(
            db, QStringLiteral("SELECT count(*) FROM %1 r WHERE r.station_id = (SELECT value FROM station_settings "
                               "WHERE key = 'station_id') AND r.updated_at > coalesce((SELECT value FROM "
                               "station_settings WHERE key = 'acknowledged_hlc'), '') AND NOT EXISTS (SELECT 1 FROM "
                               "change_log c WHERE c.record_id = r.id AND c.hlc = r.updated_at) AND NOT EXISTS (SELECT "
                               "1 FROM field_clock f WHERE f.table_name = '%1' AND f.record_id = r.id AND f.hlc = "
                               "r.updated_at AND f.station_id <> r.station_id)")
                    .arg(table));
        if (!missing)
            return missing.error();
        if (missing->toLongLong() > 0)
            faults << tr("%1 records in %2 were changed without a change-log entry, so they would not be sent to "
                         "the county.")
                          .arg(missing->toLongLong())
                          .arg(table);
    }
    auto chain = AuditLog::verify(db);
    if (!chain)
        return chain.error();
    if (!chain->isEmpty())
        faults << *chain;
    auto stations = AuditLog::verifyStations(db);
    if (!stations)
        return stations.error();
    faults << *stations;
    // The county holds the station's audit log up to an entry it named in its last bundle: that entry must still
    // be here, unchanged. A chain that verifies but ends earlier has lost its newest entries.
    auto held = Database::exec(db, QStringLiteral("SELECT (SELECT value FROM station_settings WHERE key = "
                                                  "'county_audit_seq'), (SELECT value FROM station_settings WHERE "
                                                  "key = 'county_audit_hash')"));
    if (!held)
        return held.error();
    if (held->next() && !held->value(0).isNull()) {
        const qint64 seq = held->value(0).toLongLong();
        auto hash = Database::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq});
        if (!hash)
            return hash.error();
        // A casebook restored from a backup older than its last sync looks the same from here.
        const QString restored =
            tr("If this casebook was restored from a backup, that is why; tell the county office.");
        if (hash->isNull())
            faults << tr("The audit log has been cut short: the county holds entry No. %1 of this casebook, which is "
                         "no longer here.")
                              .arg(seq) +
                          QLatin1Char(' ') + restored;
        else if (hash->toString() != held->value(1).toString())
            faults << tr("The audit log has been rewritten: entry No. %1 differs from the copy the county holds.")
                              .arg(seq) +
                          QLatin1Char(' ') + restored;
    }

    auto unindexed = Database::scalar(
        db, QStringLiteral("SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM household_fts f "
                           "WHERE f.rowid = h.rid)"));
    if (!unindexed)
        return unindexed.error();
    if (unindexed->toLongLong() > 0)
        faults << tr("%1 households are missing from the search index.").arg(unindexed->toLongLong());
    return faults;
}

Result<QList<QPair<QString, qint64>>> CasebookCheck::counts(const QSqlDatabase &db)
{
    QList<QPair<QString, qint64>> out;
    QStringList tables = Schema::syncedTables();
    tables << QStringLiteral("change_log") << QStringLiteral("audit_log");
    for (const QString &table : std::as_const(tables)) {
        auto n = Database::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!n)
            return n.error();
        out << qMakePair(table, n->toLongLong());
    }
    return out;
}

} // namespace xianjie
