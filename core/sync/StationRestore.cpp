#include "StationRestore.h"

#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SearchIndex.h"
#include "storage/SyncLedger.h"
#include "storage/Transaction.h"
#include "sync/BundleCodec.h"
#include "sync/OpApplier.h"

#include <QCborValue>
#include <QJsonDocument>
#include <QSqlRecord>

namespace xianjie {

namespace {
QString nowText(const Casebook &casebook)
{
    return casebook.clock().now().toString(Qt::ISODate);
}

QDateTime when(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

/** The county's copy of one station's audit log, as its stored parts. */
struct Part
{
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    QString lastHash;
    QByteArray entries;
};

Result<QList<Part>> partsAfter(const Casebook &county, const QString &stationId, qint64 seq)
{
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT seq_from, seq_to, last_hash, entries FROM station_audit WHERE "
                                           "station_id = ? AND seq_to > ? ORDER BY seq_to"),
                            {stationId, seq});
    if (!q)
        return q.error();
    QList<Part> parts;
    while (q->next())
        parts << Part{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                      q->value(3).toByteArray()};
    return parts;
}

QCborArray entriesOf(const QByteArray &compressed)
{
    return QCborValue::fromCbor(qUncompress(compressed)).toArray();
}

QByteArray packed(const QCborArray &entries)
{
    return qCompress(QCborValue(entries).toCbor());
}

/** The hash of entry @p seq in the county's copy of the station's log; null when the copy does not hold it. */
Result<QVariant> countyHashAt(const Casebook &county, const QString &stationId, qint64 seq)
{
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT seq_to, last_hash, entries FROM station_audit WHERE station_id = ? "
                                           "AND seq_from <= ? AND seq_to >= ?"),
                            {stationId, seq, seq});
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    if (q->value(0).toLongLong() == seq)
        return QVariant(q->value(1).toString());
    for (const QCborValue &v : entriesOf(q->value(2).toByteArray())) {
        const AuditEntry e = AuditLog::fromCbor(v.toArray());
        if (e.seq == seq)
            return QVariant(e.hash);
    }
    return QVariant();
}

/** A column's value as an op carries it: NULL stays null (not an empty text). */
QVariant fieldValue(const QSqlRecord &r, const QString &field)
{
    const QVariant v = r.value(field);
    return v.isNull() ? QVariant::fromValue(nullptr) : v;
}

/** The columns a record's op carries as fields (what RecordWriter logs), and its local ones. */
struct Columns
{
    QStringList fields;
    QStringList local;
};

Result<Columns> columnsOf(const Casebook &casebook, const QString &table)
{
    auto q = Database::exec(casebook.db(), QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!q)
        return q.error();
    static const QStringList skipped = {QStringLiteral("rid"),        QStringLiteral("id"),
                                        QStringLiteral("station_id"), QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"), QStringLiteral("version")};
    Columns c;
    while (q->next()) {
        const QString name = q->value(0).toString();
        if (skipped.contains(name))
            continue;
        if (Schema::localColumns(table).contains(name)) {
            if (table != QLatin1String("user")) // a password never travels
                c.local << name;
            continue;
        }
        c.fields << name;
    }
    return c;
}

/**
 * Every record of the station that changed after @p after (the backup's clock), as the county holds it: an insert
 * with the record's creation stamp, and an update for each later write with that write's stamp and writer, so that
 * the station's own merge rules put each field where it belongs.
 */
Result<QCborArray> lostRecords(const Casebook &county, const QString &stationId, const QString &after)
{
    QList<std::pair<QString, QCborMap>> items; // by stamp: the order in which they were written
    for (const QString &table : Schema::syncedTables()) {
        auto columns = columnsOf(county, table);
        if (!columns)
            return columns.error();
        auto rows = Database::exec(
            county.db(),
            QStringLiteral("SELECT * FROM %1 WHERE (station_id = ? AND updated_at > ?) OR id IN (SELECT record_id "
                           "FROM field_clock WHERE table_name = ? AND station_id = ? AND hlc > ?) ORDER BY "
                           "created_at")
                .arg(table),
            {stationId, after, table, stationId, after});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QSqlRecord r = rows->record();
            Op insert;
            insert.table = table;
            insert.recordId = r.value(QStringLiteral("id")).toString();
            insert.op = QStringLiteral("insert");
            insert.version = r.value(QStringLiteral("version")).toInt();
            insert.hlc = r.value(QStringLiteral("created_at")).toString();
            const QString writer = r.value(QStringLiteral("station_id")).toString();
            for (const QString &f : std::as_const(columns->fields))
                insert.fields.insert(f, fieldValue(r, f));
            QCborMap item{{QStringLiteral("op"), BundleCodec::encodeOp(insert)}, {QStringLiteral("s"), writer}};
            QCborMap local;
            for (const QString &l : std::as_const(columns->local))
                if (!r.value(l).isNull())
                    local.insert(l, QCborValue::fromVariant(r.value(l)));
            if (!local.isEmpty())
                item.insert(QStringLiteral("l"), local);
            items.append({insert.hlc, item});
            // The later writes, one op per write, with the values the record holds now.
            auto clocks = Database::exec(county.db(),
                                         QStringLiteral("SELECT hlc, station_id, group_concat(field, ',') FROM "
                                                        "field_clock WHERE table_name = ? AND record_id = ? AND hlc > "
                                                        "? GROUP BY hlc, station_id ORDER BY hlc"),
                                         {table, insert.recordId, insert.hlc});
            if (!clocks)
                return clocks.error();
            while (clocks->next()) {
                Op update = insert;
                update.op = QStringLiteral("update");
                update.hlc = clocks->value(0).toString();
                update.baseHlc = update.hlc; // no concurrent write to report: the county has decided already
                update.fields.clear();
                for (const QString &f : clocks->value(2).toString().split(QLatin1Char(',')))
                    if (columns->fields.contains(f))
                        update.fields.insert(f, fieldValue(r, f));
                if (update.fields.isEmpty())
                    continue;
                items.append({update.hlc, QCborMap{{QStringLiteral("op"), BundleCodec::encodeOp(update)},
                                                   {QStringLiteral("s"), clocks->value(1).toString()}}});
            }
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QCborArray out;
    for (const auto &item : std::as_const(items))
        out.append(item.second);
    return out;
}

/**
 * A record the county sends back whose ID number or code a record entered here since the restore also holds: that
 * repeat (not sent yet, so nobody else has it) is marked removed, here and in the insert waiting in the outbox, so
 * that it reaches the county as a removed record and never collides there. Returns how many gave way.
 */
Result<int> giveWay(Casebook &station, const Op &returned)
{
    static const QHash<QString, QString> keys = {{QStringLiteral("person"), QStringLiteral("id_number")},
                                                 {QStringLiteral("village"), QStringLiteral("code")},
                                                 {QStringLiteral("charity_org"), QStringLiteral("credit_code")}};
    const QString key = keys.value(returned.table);
    const QVariant value = returned.fields.value(key);
    if (key.isEmpty() || value.isNull() || value.toString().isEmpty())
        return 0;
    auto q = Database::exec(station.db(),
                            QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND station_id = ? AND deleted = 0 AND id "
                                           "<> ? AND id IN (SELECT record_id FROM change_log WHERE op = 'insert' AND "
                                           "bundle_id IS NULL)")
                                .arg(returned.table, key),
                            {value, station.stationId(), returned.recordId});
    if (!q)
        return q.error();
    QStringList repeats;
    while (q->next())
        repeats << q->value(0).toString();
    for (const QString &id : std::as_const(repeats)) {
        if (auto r = Database::run(station.db(),
                                   QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(returned.table), {id});
            !r)
            return r.error();
        if (auto r = Database::run(station.db(),
                                   QStringLiteral("UPDATE change_log SET fields = json_set(fields, '$.deleted', 1) "
                                                  "WHERE record_id = ? AND op = 'insert' AND bundle_id IS NULL"),
                                   {id});
            !r)
            return r.error();
    }
    return int(repeats.size());
}

struct Decided
{
    qint64 auditSeq = 0;
    QString auditHash;
    QString hlc;
    qint64 downstreamSeq = 0;
    qint64 countySeq = 0;
    QString countyBundleHash;
    QString decidedAt;
    QString restoredAt;
};

/** The station's restore the county has decided on and the station has not confirmed yet. */
Result<std::optional<Decided>> openDecision(const Casebook &county, const QString &stationId)
{
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT audit_seq, audit_hash, hlc, downstream_seq, county_seq, "
                                           "county_bundle_hash, decided_at, restored_at FROM station_restore WHERE "
                                           "station_id = ? "
                                           "AND decided_at IS NOT NULL AND confirmed_at IS NULL ORDER BY decided_at "
                                           "DESC LIMIT 1"),
                            {stationId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Decided>();
    return std::optional<Decided>(Decided{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toString(),
                                          q->value(6).toString(), q->value(7).toString()});
}
} // namespace

QString StationRestore::markKey()
{
    return QStringLiteral("restored_from");
}

const char *StationRestore::markSql()
{
    return "INSERT INTO station_settings (key, value) SELECT 'restored_from', json_object("
           "'audit_seq', (SELECT max(seq) FROM audit_log), "
           "'audit_hash', (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), "
           "'change_seq', coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0), "
           "'hlc', max(coalesce((SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1), ''), "
           "coalesce((SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1), '')), "
           "'downstream_seq', coalesce((SELECT CAST(value AS INTEGER) FROM station_settings WHERE key = "
           "'downstream_seq'), 0), "
           "'restored_at', ?1) "
           "WHERE EXISTS (SELECT 1 FROM station_settings WHERE key = 'role' AND value = 'station') "
           "AND EXISTS (SELECT 1 FROM station_settings WHERE key = 'county_sign_public_key' AND value <> '') "
           "AND EXISTS (SELECT 1 FROM audit_log) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
}

QJsonObject StationRestore::pendingMark(const Casebook &station)
{
    const QString text = station.setting(markKey());
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

Result<void> StationRestore::forgetMarkIfCurrent(Casebook &station, qint64 countyAuditSeq,
                                                 const QString &countyAuditHash)
{
    const QJsonObject mark = pendingMark(station);
    if (mark.isEmpty() || countyAuditSeq <= 0)
        return {};
    auto own =
        Database::scalar(station.db(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {countyAuditSeq});
    if (!own)
        return own.error();
    // The county holds nothing past what this casebook has: the restore cost the county nothing.
    if (!own->isNull() && own->toString() == countyAuditHash &&
        countyAuditSeq <= mark.value(QStringLiteral("audit_seq")).toInteger())
        return Database::run(station.db(), QStringLiteral("DELETE FROM station_settings WHERE key = ?"), {markKey()});
    return {};
}

Result<bool> StationRestore::applyDecision(Casebook &station, const QCborMap &decision, const QCborArray &returned,
                                           BundleImportResult &result)
{
    const QJsonObject mark = pendingMark(station);
    const qint64 auditSeq = decision.value(QStringLiteral("audit_seq")).toInteger();
    if (mark.isEmpty() || mark.value(QStringLiteral("audit_seq")).toInteger() != auditSeq ||
        mark.value(QStringLiteral("audit_hash")).toString() !=
            decision.value(QStringLiteral("audit_hash")).toString() ||
        mark.value(QStringLiteral("restored_at")).toString() !=
            decision.value(QStringLiteral("restored_at")).toString())
        return false; // not the restore this casebook came from, or taken in already
    const qint64 countySeq = decision.value(QStringLiteral("county_seq")).toInteger();
    const QString countyHash = decision.value(QStringLiteral("county_bundle_hash")).toString();
    const qint64 backupSeq = mark.value(QStringLiteral("change_seq")).toInteger();
    const qint64 shift = qMax<qint64>(0, countySeq - backupSeq);
    const QString now = nowText(station);
    Transaction tx(station);
    if (!tx.isActive())
        return tx.error();
    // The changes the backup held the county has (they were sent before or after it was made); those recorded since
    // the restore follow the county's last, in their order (negative first: no number is taken twice on the way).
    const QList<std::pair<QString, QVariantList>> steps = {
        {QStringLiteral("DELETE FROM change_log WHERE seq <= ?"), {backupSeq}},
        {QStringLiteral("UPDATE change_log SET bundle_id = NULL, seq = -(seq + ?) WHERE seq > ?"), {shift, backupSeq}},
        {QStringLiteral("UPDATE change_log SET seq = -seq WHERE seq < 0"), {}},
        {QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'change_log', 0 WHERE NOT EXISTS (SELECT 1 "
                        "FROM sqlite_sequence WHERE name = 'change_log')"),
         {}},
        {QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?, (SELECT coalesce(max(seq), 0) FROM "
                        "change_log)) WHERE name = 'change_log'"),
         {countySeq}},
        // The bundles written since the restore were refused; the county's last receipt is where the next follows.
        {QStringLiteral("DELETE FROM bundle_sent"), {}},
        {QStringLiteral("INSERT INTO bundle_sent (bundle_id, seq_from, seq_to, file_hash, written_at, "
                        "acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("restore-taken-in-%1").arg(auditSeq), countySeq, countySeq, countyHash, now, now}},
        {QStringLiteral("DELETE FROM station_settings WHERE key = ?"), {markKey()}},
        {QStringLiteral("UPDATE alert SET seen_at = ? WHERE kind = 'behind_county' AND seen_at IS NULL"), {now}},
    };
    for (const auto &[sql, values] : steps)
        if (auto r = Database::run(station.db(), sql, values); !r)
            return r.error();
    if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), countyHash); !r)
        return r.error();
    if (auto r = station.storeSystemSetting(QStringLiteral("audit_sent_seq"), QString::number(auditSeq)); !r)
        return r.error();
    if (auto r = station.storeSystemSetting(
            QStringLiteral("restore_taken_in"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("audit_seq"), auditSeq},
                                                        {QStringLiteral("county_seq"), countySeq},
                                                        {QStringLiteral("applied_at"), now}})
                                  .toJson(QJsonDocument::Compact)));
        !r)
        return r.error();

    // The records the backup did not have, as the county holds them; what was changed here since the restore stays.
    QList<Op> ops;
    ops.reserve(returned.size());
    for (const QCborValue &v : returned) {
        const QCborMap item = v.toMap();
        auto op = BundleCodec::decodeOp(item.value(QStringLiteral("op")).toMap());
        if (!op)
            return makeError(Error::Kind::Invalid,
                             tr("The county's bundle is incomplete or damaged (a returned record cannot be read)."));
        op->stationId = item.value(QStringLiteral("s")).toString();
        const QCborMap local = item.value(QStringLiteral("l")).toMap();
        for (auto it = local.cbegin(); it != local.cend(); ++it)
            op->local.insert(it.key().toString(), it.value().toVariant());
        ops << *op;
    }
    OpApplier::Options options;
    options.keepUnsentLocalChanges = true;
    auto applied = OpApplier::apply(station, ops, options);
    int repeats = 0;
    int notBack = 0;
    if (!applied) {
        // One at a time: someone may have entered a lost record again since the restore (the same ID number or
        // code). The county's record is kept — it is the one with the history — and the repeat entered here, which
        // nobody else has seen yet, is marked removed before it is ever sent.
        applied = OpApplier::Applied();
        for (const Op &op : std::as_const(ops)) {
            auto one = OpApplier::apply(station, QList<Op>{op}, options);
            if (!one && op.op == QLatin1String("insert")) {
                auto gave = giveWay(station, op);
                if (!gave)
                    return gave.error();
                if (*gave > 0) {
                    repeats += *gave;
                    one = OpApplier::apply(station, QList<Op>{op}, options);
                }
            }
            if (!one) {
                ++notBack;
                continue;
            }
            applied->changed += one->changed;
            applied->conflicts += one->conflicts;
            applied->households.unite(one->households);
        }
    }
    // What came back the county holds already: acknowledged, as if this casebook had sent it (which it had).
    QString newest = station.setting(QStringLiteral("acknowledged_hlc"));
    for (const Op &op : std::as_const(ops))
        if (op.stationId == station.stationId() && op.hlc > newest)
            newest = op.hlc;
    if (auto r = station.storeSystemSetting(QStringLiteral("acknowledged_hlc"), newest); !r)
        return r.error();
    if (auto r = SearchIndex::refresh(station.db(), applied->households); !r)
        return r.error();
    const QString text = tr("The county took in this restored casebook: %1 records that the backup did not have came "
                            "back from the county, and the changes made here since the restore are sent from No. %2 "
                            "on. The audit log continues from entry No. %3.")
                             .arg(applied->changed)
                             .arg(countySeq + 1)
                             .arg(auditSeq);
    QString said = text;
    if (repeats > 0)
        said += QLatin1Char(' ') + tr("%1 records entered here since the restore repeated records that came back (the "
                                      "same ID number or code): the county's are kept and the repeats are marked "
                                      "removed. Look for households left without members.")
                                       .arg(repeats);
    if (notBack > 0)
        said += QLatin1Char(' ') + tr("%1 records could not come back because a record entered here since the restore "
                                      "stands in their way (for example an account with the same user name); tell "
                                      "the county office.")
                                       .arg(notBack);
    auto raised = SyncLedger::raiseAlert(station, QStringLiteral("restore-taken-in-%1").arg(auditSeq),
                                         QStringLiteral("restore_taken_in"), QString(), said);
    if (!raised)
        return raised.error();
    result.alerts += *raised;
    if (auto r = AuditLog::append(station, QStringLiteral("restore"), QStringLiteral("station"), station.stationId(),
                                  {}, {}, said);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<StationRestore::Turn> StationRestore::upstreamTurn(Casebook &county, const QString &stationId,
                                                          const QJsonObject &mark, QString *reason)
{
    const qint64 auditSeq = mark.value(QStringLiteral("audit_seq")).toInteger();
    const QString auditHash = mark.value(QStringLiteral("audit_hash")).toString();
    const QString restoredAt = mark.value(QStringLiteral("restored_at")).toString();
    const QString stale = tr("This bundle was written before the station applied the county's decision to take in "
                             "its restored casebook. Import the county's latest bundle at the station and export "
                             "again; this one is not needed.");
    // A decision on a restore from this very backup point that the station has not applied yet: it holds for the
    // casebook restored from it again, too.
    auto open = openDecision(county, stationId);
    if (!open)
        return open.error();
    if (*open && (*open)->auditSeq == auditSeq && (*open)->auditHash == auditHash) {
        if ((*open)->restoredAt != restoredAt)
            if (auto r = Database::run(county.db(),
                                       QStringLiteral("UPDATE station_restore SET restored_at = ? WHERE station_id = ? "
                                                      "AND audit_seq = ? AND audit_hash = ? AND restored_at = ?"),
                                       {restoredAt, stationId, auditSeq, auditHash, (*open)->restoredAt});
                !r)
                return r.error();
        *reason = stale;
        return Turn::Stale;
    }
    auto decided = Database::scalar(county.db(),
                                    QStringLiteral("SELECT coalesce(decided_at, '') FROM station_restore WHERE "
                                                   "station_id = ? AND audit_seq = ? AND audit_hash = ? AND "
                                                   "restored_at = ?"),
                                    {stationId, auditSeq, auditHash, restoredAt});
    if (!decided)
        return decided.error();
    if (!decided->isNull() && !decided->toString().isEmpty()) {
        *reason = stale;
        return Turn::Stale;
    }
    auto head = SyncLedger::stationAuditHead(county, stationId);
    if (!head)
        return head.error();
    if (head->seq <= auditSeq)
        return Turn::Fits;
    if (decided->isNull())
        if (auto r = Database::run(
                county.db(),
                QStringLiteral("INSERT OR IGNORE INTO station_restore (station_id, audit_seq, audit_hash, change_seq, "
                               "hlc, downstream_seq, restored_at, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {stationId, auditSeq, auditHash, mark.value(QStringLiteral("change_seq")).toInteger(),
                 mark.value(QStringLiteral("hlc")).toString(), mark.value(QStringLiteral("downstream_seq")).toInteger(),
                 mark.value(QStringLiteral("restored_at")).toString(), nowText(county)});
            !r)
            return r.error();
    *reason = tr("The station's casebook was restored from a backup that ends at audit entry No. %1; the county holds "
                 "%2 later entries of the station and changes the backup did not have. Its bundles wait for county "
                 "staff to take in the restored casebook (Sync tab: choose the station, then \"Take in a restored "
                 "casebook…\"); the county then sends the station what it lost.")
                  .arg(auditSeq)
                  .arg(head->seq - auditSeq);
    return Turn::Waiting;
}

Result<void> StationRestore::confirm(Casebook &county, const QString &stationId)
{
    return Database::run(county.db(),
                         QStringLiteral("UPDATE station_restore SET confirmed_at = ? WHERE station_id = ? AND "
                                        "decided_at IS NOT NULL AND confirmed_at IS NULL"),
                         {nowText(county), stationId});
}

Result<QList<StationRestore::Waiting>> StationRestore::restores(const Casebook &county, bool open)
{
    auto q = Database::exec(
        county.db(),
        QStringLiteral("SELECT r.station_id, s.code, s.name, r.audit_seq, (SELECT coalesce(max(seq_to), 0) FROM "
                       "station_audit a WHERE a.station_id = r.station_id), coalesce(r.county_seq, (SELECT "
                       "coalesce(max(seq_to), 0) FROM bundle_receipt b WHERE b.station_id = r.station_id)), "
                       "r.change_seq, r.restored_at, r.noticed_at, r.decided_at, r.confirmed_at, "
                       "r.superseded_entries FROM station_restore r JOIN station s ON s.station_id = r.station_id "
                       "WHERE (? = 0 OR r.confirmed_at IS NULL) ORDER BY r.noticed_at DESC"),
        {open ? 1 : 0});
    if (!q)
        return q.error();
    QList<Waiting> out;
    while (q->next()) {
        Waiting w;
        w.stationId = q->value(0).toString();
        w.code = q->value(1).toString();
        w.name = q->value(2).toString();
        w.auditSeq = q->value(3).toLongLong();
        w.lostEntries =
            q->value(11).isNull() ? qMax<qint64>(0, q->value(4).toLongLong() - w.auditSeq) : q->value(11).toLongLong();
        w.lostChanges = qMax<qint64>(0, q->value(5).toLongLong() - q->value(6).toLongLong());
        w.restoredAt = when(q->value(7));
        w.noticedAt = when(q->value(8));
        w.decidedAt = when(q->value(9));
        w.confirmedAt = when(q->value(10));
        out << w;
    }
    return out;
}

Result<StationRestore::TakenIn> StationRestore::takeIn(Casebook &county, const QString &stationCode)
{
    if (auto r = county.require(Action::Enrol); !r)
        return r.error();
    if (county.identity().role != Casebook::Role::County)
        return makeError(Error::Kind::Invalid, tr("A restored station is taken in at the county casebook."));
    auto station = Database::exec(
        county.db(), QStringLiteral("SELECT station_id, name FROM station WHERE code = ? AND revoked_on IS NULL"),
        {stationCode});
    if (!station)
        return station.error();
    if (!station->next())
        return makeError(
            Error::Kind::NotFound,
            tr("No enrolled station has the code %1.").arg(stationCode.isEmpty() ? QStringLiteral("-") : stationCode));
    const QString stationId = station->value(0).toString();
    const QString name = station->value(1).toString();
    auto waiting = Database::exec(county.db(),
                                  QStringLiteral("SELECT audit_seq, audit_hash, hlc, change_seq, restored_at FROM "
                                                 "station_restore "
                                                 "WHERE station_id = ? AND decided_at IS NULL ORDER BY noticed_at DESC "
                                                 "LIMIT 1"),
                                  {stationId});
    if (!waiting)
        return waiting.error();
    if (!waiting->next())
        return makeError(Error::Kind::NotFound,
                         tr("No restored casebook of station %1 waits to be taken in. The county learns of a restore "
                            "from the station's first bundle after it: import that bundle first.")
                             .arg(name));
    const qint64 auditSeq = waiting->value(0).toLongLong();
    const QString auditHash = waiting->value(1).toString();
    const QString backupClock = waiting->value(2).toString();
    const QString restoredAt = waiting->value(4).toString();
    // The restored log must be the beginning of the county's copy: the same entries up to the backup's last.
    auto kept = countyHashAt(county, stationId, auditSeq);
    if (!kept)
        return kept.error();
    if (kept->isNull() || kept->toString() != auditHash)
        return makeError(Error::Kind::Invalid,
                         tr("The restored casebook's audit log does not match the county's copy of station %1's log "
                            "at entry No. %2: the backup is not one of this station's, or its log was changed. "
                            "Nothing was decided.")
                             .arg(name)
                             .arg(auditSeq));
    auto last = SyncLedger::lastReceipt(county, stationId);
    if (!last)
        return last.error();
    auto returned = lostRecords(county, stationId, backupClock);
    if (!returned)
        return returned.error();

    Transaction tx(county);
    if (!tx.isActive())
        return tx.error();
    auto parts = partsAfter(county, stationId, auditSeq);
    if (!parts)
        return parts.error();
    TakenIn taken;
    const QString now = nowText(county);
    for (const Part &p : std::as_const(*parts)) {
        // Entries after the backup's last are kept aside; a part that straddles it is split there.
        QCborArray later = entriesOf(p.entries);
        if (p.seqFrom <= auditSeq) {
            QCborArray before;
            QCborArray after;
            for (const QCborValue &v : std::as_const(later))
                (AuditLog::fromCbor(v.toArray()).seq <= auditSeq ? before : after).append(v);
            later = after;
            if (auto r = Database::run(county.db(),
                                       QStringLiteral("INSERT INTO station_audit (station_id, seq_from, seq_to, "
                                                      "last_hash, entries) VALUES (?, ?, ?, ?, ?)"),
                                       {stationId, p.seqFrom, auditSeq, auditHash, packed(before)});
                !r)
                return r.error();
        }
        if (!later.isEmpty())
            if (auto r = Database::run(county.db(),
                                       QStringLiteral("INSERT INTO station_audit_superseded (station_id, "
                                                      "restore_audit_seq, seq_from, seq_to, last_hash, entries, "
                                                      "superseded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                       {stationId, auditSeq, AuditLog::fromCbor(later.first().toArray()).seq, p.seqTo,
                                        p.lastHash, packed(later), now});
                !r)
                return r.error();
        taken.supersededEntries += later.size();
        if (auto r = Database::run(county.db(),
                                   QStringLiteral("DELETE FROM station_audit WHERE station_id = ? AND seq_to = ?"),
                                   {stationId, p.seqTo});
            !r)
            return r.error();
    }
    taken.returnedRecords = 0;
    for (const QCborValue &v : std::as_const(*returned))
        if (BundleCodec::decodeOp(v.toMap().value(QStringLiteral("op")).toMap())->op == QLatin1String("insert"))
            ++taken.returnedRecords;
    taken.renumberFrom = last->seqTo + 1;
    if (auto r = Database::run(county.db(),
                               QStringLiteral("UPDATE station_restore SET decided_at = ?, decided_by = ?, county_seq = "
                                              "?, county_bundle_hash = ?, superseded_entries = ?, returned_records = ? "
                                              "WHERE station_id = ? AND audit_seq = ? AND audit_hash = ? AND "
                                              "restored_at = ?"),
                               {now, county.user()->id, last->seqTo, last->fileHash, taken.supersededEntries,
                                taken.returnedRecords, stationId, auditSeq, auditHash, restoredAt});
        !r)
        return r.error();
    // Bundles the restored casebook wrote before the decision are numbered anew by the station: none is kept.
    if (auto r = Database::run(county.db(), QStringLiteral("DELETE FROM held_bundle WHERE sender = ?"), {stationId});
        !r)
        return r.error();
    if (auto r = AuditLog::append(
            county, QStringLiteral("restore"), QStringLiteral("station"), stationId, {}, {},
            tr("Took in the restored casebook of station %1 (%2): its audit log continues from entry No. %3 (the %4 "
               "later entries the county held are kept aside); its changes since the restore continue from No. %5; "
               "%6 records go back to it with the next bundle for it.")
                .arg(name, stationCode)
                .arg(auditSeq)
                .arg(taken.supersededEntries)
                .arg(taken.renumberFrom)
                .arg(taken.returnedRecords));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return taken;
}

Result<std::optional<QCborMap>> StationRestore::decisionFor(const Casebook &county, const QString &stationId,
                                                            QCborArray &returned, qint64 *downstreamAfter)
{
    auto open = openDecision(county, stationId);
    if (!open)
        return open.error();
    if (!*open)
        return std::optional<QCborMap>();
    const Decided &d = **open;
    auto lost = lostRecords(county, stationId, d.hlc);
    if (!lost)
        return lost.error();
    returned = std::move(*lost);
    *downstreamAfter = d.downstreamSeq;
    return std::optional<QCborMap>(QCborMap{{QStringLiteral("audit_seq"), d.auditSeq},
                                            {QStringLiteral("audit_hash"), d.auditHash},
                                            {QStringLiteral("county_seq"), d.countySeq},
                                            {QStringLiteral("county_bundle_hash"), d.countyBundleHash},
                                            {QStringLiteral("decided_at"), d.decidedAt},
                                            {QStringLiteral("restored_at"), d.restoredAt}});
}

} // namespace xianjie
