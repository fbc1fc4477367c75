#include "SyncLedger.h"

#include "storage/Casebook.h"
#include "storage/Database.h"

namespace xianjie {

namespace {
QString nowText(const Casebook &casebook)
{
    return casebook.clock().now().toString(Qt::ISODate);
}

Result<int> count(const Casebook &casebook, const QString &sql)
{
    auto n = Database::scalar(casebook.db(), sql);
    if (!n)
        return n.error();
    return n->toInt();
}
} // namespace

Result<int> SyncLedger::waitingCount(const Casebook &station)
{
    return count(station, QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"));
}

Result<int> SyncLedger::unacknowledgedCount(const Casebook &station)
{
    return count(station, QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NOT NULL"));
}

Result<QList<SyncLedger::SentFile>> SyncLedger::unacknowledgedFiles(const Casebook &station)
{
    auto q =
        Database::exec(station.db(), QStringLiteral("SELECT file_name, file FROM bundle_sent WHERE "
                                                    "acknowledged_at IS NULL AND file IS NOT NULL ORDER BY seq_to"));
    if (!q)
        return q.error();
    QList<SentFile> files;
    while (q->next())
        files << SentFile{q->value(0).toString(), q->value(1).toByteArray()};
    return files;
}

Result<void> SyncLedger::recordSent(Casebook &station, const Sent &sent)
{
    if (auto r = Database::run(station.db(),
                               QStringLiteral("UPDATE change_log SET bundle_id = ? WHERE seq BETWEEN ? AND ? AND "
                                              "bundle_id IS NULL"),
                               {sent.bundleId, sent.seqFrom, sent.seqTo});
        !r)
        return r;
    if (auto r = Database::run(
            station.db(),
            QStringLiteral("INSERT INTO bundle_sent (bundle_id, seq_from, seq_to, file_hash, "
                           "written_at, file, file_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sent.bundleId, sent.seqFrom, sent.seqTo, sent.fileHash, nowText(station), sent.file, sent.fileName});
        !r)
        return r;
    if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), sent.fileHash); !r)
        return r;
    return station.storeSystemSetting(QStringLiteral("audit_sent_seq"), QString::number(sent.auditTo));
}

Result<void> SyncLedger::forgetSent(Casebook &station, const Sent &sent, const QString &previousHash,
                                    qint64 previousAuditSeq)
{
    if (auto r =
            Database::run(station.db(), QStringLiteral("UPDATE change_log SET bundle_id = NULL WHERE bundle_id = ?"),
                          {sent.bundleId});
        !r)
        return r;
    if (auto r =
            Database::run(station.db(), QStringLiteral("DELETE FROM bundle_sent WHERE bundle_id = ?"), {sent.bundleId});
        !r)
        return r;
    if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), previousHash); !r)
        return r;
    return station.storeSystemSetting(QStringLiteral("audit_sent_seq"), QString::number(previousAuditSeq));
}

Result<int> SyncLedger::acknowledge(Casebook &station, const QString &bundleId)
{
    auto q = Database::exec(station.db(),
                            QStringLiteral("UPDATE bundle_sent SET acknowledged_at = ? WHERE bundle_id = ? AND "
                                           "acknowledged_at IS NULL"),
                            {nowText(station), bundleId});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<void> SyncLedger::acknowledgeThrough(Casebook &station, qint64 seqTo, const QString &fileHash)
{
    if (auto r = Database::run(station.db(),
                               QStringLiteral("UPDATE bundle_sent SET acknowledged_at = ? WHERE acknowledged_at IS "
                                              "NULL AND seq_to <= ?"),
                               {nowText(station), seqTo});
        !r)
        return r;
    if (auto r = Database::run(station.db(), QStringLiteral("UPDATE bundle_sent SET file = NULL WHERE "
                                                            "acknowledged_at IS NOT NULL AND file IS NOT NULL"));
        !r)
        return r;
    auto later =
        Database::scalar(station.db(), QStringLiteral("SELECT count(*) FROM bundle_sent WHERE seq_to > ?"), {seqTo});
    if (!later)
        return later.error();
    if (later->toInt() == 0 && !fileHash.isEmpty())
        return station.storeSystemSetting(QStringLiteral("last_bundle_hash"), fileHash);
    return {};
}

Result<void> SyncLedger::dropAcknowledged(Casebook &station, qint64 seqTo)
{
    auto newest = Database::scalar(station.db(),
                                   QStringLiteral("SELECT max(hlc) FROM change_log WHERE seq <= ? OR bundle_id IN "
                                                  "(SELECT bundle_id FROM bundle_sent WHERE acknowledged_at IS NOT "
                                                  "NULL)"),
                                   {seqTo});
    if (!newest)
        return newest.error();
    if (!newest->isNull() && newest->toString() > station.setting(QStringLiteral("acknowledged_hlc")))
        if (auto r = station.storeSystemSetting(QStringLiteral("acknowledged_hlc"), newest->toString()); !r)
            return r;
    return Database::run(station.db(),
                         QStringLiteral("DELETE FROM change_log WHERE seq <= ? OR bundle_id IN (SELECT bundle_id "
                                        "FROM bundle_sent WHERE acknowledged_at IS NOT NULL)"),
                         {seqTo});
}

Result<int> SyncLedger::raiseAlert(Casebook &station, const QString &id, const QString &kind, const QString &recordId,
                                   const QString &text)
{
    auto q =
        Database::exec(station.db(),
                       QStringLiteral("INSERT OR IGNORE INTO alert (id, kind, record_id, text, raised_at) VALUES "
                                      "(?, ?, ?, ?, ?)"),
                       {id, kind, recordId.isNull() ? QString(QLatin1String("")) : recordId, text, nowText(station)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<SyncLedger::StationTimes> SyncLedger::stationTimes(const Casebook &station)
{
    auto q = Database::exec(station.db(), QStringLiteral("SELECT (SELECT max(written_at) FROM bundle_sent), (SELECT "
                                                         "max(acknowledged_at) FROM bundle_sent), (SELECT "
                                                         "max(applied_at) FROM downstream_receipt), (SELECT count(*) "
                                                         "FROM alert WHERE seen_at IS NULL)"));
    if (!q)
        return q.error();
    StationTimes t;
    if (q->next()) {
        t.lastWritten = QDateTime::fromString(q->value(0).toString(), Qt::ISODate);
        t.lastAcknowledged = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        t.lastDownstream = QDateTime::fromString(q->value(2).toString(), Qt::ISODate);
        t.openAlerts = q->value(3).toInt();
    }
    return t;
}

Result<SyncLedger::Sender> SyncLedger::sender(const Casebook &county, const QString &stationId)
{
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT name, code, sign_public_key, revoked_on FROM station WHERE "
                                           "station_id = ?"),
                            {stationId});
    if (!q)
        return q.error();
    Sender s;
    if (q->next())
        s = Sender{true, q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                   q->value(3).isNull() ? QString() : q->value(3).toString()};
    return s;
}

namespace {
// The receipt the query's first row holds (file_hash, ops, seq_to), or none.
Result<SyncLedger::Receipt> firstReceipt(const Casebook &casebook, const QString &sql, const QString &key)
{
    auto q = Database::exec(casebook.db(), sql, {key});
    if (!q)
        return q.error();
    SyncLedger::Receipt r;
    if (q->next())
        r = SyncLedger::Receipt{true, q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong()};
    return r;
}
} // namespace

Result<SyncLedger::Receipt> SyncLedger::receipt(const Casebook &casebook, Direction direction, const QString &bundleId)
{
    return firstReceipt(casebook,
                        direction == Direction::Upstream
                            ? QStringLiteral("SELECT file_hash, ops, seq_to FROM bundle_receipt WHERE bundle_id = ?")
                            : QStringLiteral("SELECT file_hash, ops, seq_to FROM downstream_receipt WHERE "
                                             "bundle_id = ?"),
                        bundleId);
}

Result<SyncLedger::Receipt> SyncLedger::lastReceipt(const Casebook &county, const QString &stationId)
{
    return firstReceipt(county,
                        QStringLiteral("SELECT file_hash, ops, seq_to FROM bundle_receipt WHERE station_id = ? ORDER "
                                       "BY seq_to DESC LIMIT 1"),
                        stationId);
}

Result<void> SyncLedger::recordReceipt(Casebook &casebook, Direction direction, const Applied &a)
{
    if (direction == Direction::Downstream)
        return Database::run(casebook.db(),
                             QStringLiteral("INSERT INTO downstream_receipt (bundle_id, seq_from, seq_to, file_hash, "
                                            "ops, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {a.bundleId, a.seqFrom, a.seqTo, a.fileHash, a.ops, nowText(casebook)});
    return Database::run(
        casebook.db(),
        QStringLiteral("INSERT INTO bundle_receipt (bundle_id, station_id, seq_from, seq_to, "
                       "file_hash, ops, applied_at, downstream_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.bundleId, a.stationId, a.seqFrom, a.seqTo, a.fileHash, a.ops, nowText(casebook), a.downstreamSeq});
}

Result<void> SyncLedger::hold(Casebook &casebook, const QString &bundleId, const QString &sender, qint64 seqFrom,
                              const QByteArray &file, const QString &fileName)
{
    return Database::run(
        casebook.db(),
        QStringLiteral("INSERT OR IGNORE INTO held_bundle (bundle_id, sender, seq_from, file, file_name, "
                       "held_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {bundleId, sender, seqFrom, file, fileName, nowText(casebook)});
}

Result<QList<SyncLedger::Held>> SyncLedger::held(const Casebook &casebook, const QString &sender)
{
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT bundle_id, file_name, file FROM held_bundle WHERE sender = ? ORDER "
                                           "BY seq_from"),
                            {sender});
    if (!q)
        return q.error();
    QList<Held> held;
    while (q->next())
        held << Held{q->value(0).toString(), q->value(1).toString(), q->value(2).toByteArray()};
    return held;
}

Result<QList<SyncLedger::HeldRange>> SyncLedger::heldRanges(const Casebook &casebook, const QString &sender)
{
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT bundle_id, seq_from FROM held_bundle WHERE sender = ? ORDER BY "
                                           "seq_from"),
                            {sender});
    if (!q)
        return q.error();
    QList<HeldRange> held;
    while (q->next())
        held << HeldRange{q->value(0).toString(), q->value(1).toLongLong()};
    return held;
}

Result<qint64> SyncLedger::acknowledgedThrough(const Casebook &station)
{
    auto top = Database::scalar(
        station.db(),
        QStringLiteral("SELECT coalesce(max(seq_to), 0) FROM bundle_sent WHERE acknowledged_at IS NOT NULL"));
    if (!top)
        return top.error();
    return top->toLongLong();
}

Result<bool> SyncLedger::hasNewsFor(const Casebook &county, const QString &stationId, qint64 acknowledgedThrough)
{
    auto acks = Database::scalar(
        county.db(), QStringLiteral("SELECT count(*) FROM bundle_receipt WHERE station_id = ? AND seq_to > ?"),
        {stationId, acknowledgedThrough});
    if (!acks)
        return acks.error();
    if (acks->toInt() > 0)
        return true;
    auto alerts = Database::scalar(
        county.db(),
        QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'same_person' AND resolved_at IS NULL AND "
                       "(kept_station = ? OR other_station = ?) AND detected_at > coalesce((SELECT max(written_at) "
                       "FROM downstream_sent WHERE station_id = ?), '')"),
        {stationId, stationId, stationId});
    if (!alerts)
        return alerts.error();
    return alerts->toInt() > 0;
}

Result<void> SyncLedger::release(Casebook &casebook, const QString &bundleId)
{
    return Database::run(casebook.db(), QStringLiteral("DELETE FROM held_bundle WHERE bundle_id = ?"), {bundleId});
}

Result<QList<SyncLedger::Ack>> SyncLedger::receiptsOf(const Casebook &county, const QString &stationId)
{
    auto q = Database::exec(
        county.db(),
        QStringLiteral("SELECT bundle_id, seq_to, file_hash FROM bundle_receipt WHERE station_id = ? ORDER BY seq_to"),
        {stationId});
    if (!q)
        return q.error();
    QList<Ack> acks;
    while (q->next())
        acks << Ack{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString()};
    return acks;
}

Result<qint64> SyncLedger::downstreamApplied(const Casebook &county, const QString &stationId)
{
    auto since = Database::scalar(
        county.db(), QStringLiteral("SELECT coalesce(max(downstream_seq), 0) FROM bundle_receipt WHERE station_id = ?"),
        {stationId});
    if (!since)
        return since.error();
    return since->toLongLong();
}

Result<void> SyncLedger::recordDownstreamSent(Casebook &county, const QString &bundleId, const QString &stationId,
                                              qint64 seqFrom, qint64 seqTo, const QString &fileHash)
{
    return Database::run(county.db(),
                         QStringLiteral("INSERT INTO downstream_sent (bundle_id, station_id, seq_from, seq_to, "
                                        "file_hash, written_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {bundleId, stationId, seqFrom, seqTo, fileHash, nowText(county)});
}

Result<SyncLedger::AuditHead> SyncLedger::stationAuditHead(const Casebook &county, const QString &stationId)
{
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT seq_to, last_hash FROM station_audit WHERE station_id = ? ORDER "
                                           "BY seq_to DESC LIMIT 1"),
                            {stationId});
    if (!q)
        return q.error();
    AuditHead head;
    if (q->next())
        head = AuditHead{q->value(0).toLongLong(), q->value(1).toString()};
    return head;
}

Result<QVariant> SyncLedger::stationAuditHashAt(const Casebook &county, const QString &stationId, qint64 seq)
{
    return Database::scalar(county.db(),
                            QStringLiteral("SELECT last_hash FROM station_audit WHERE station_id = ? AND seq_to = ?"),
                            {stationId, seq});
}

Result<void> SyncLedger::appendStationAudit(Casebook &county, const QString &stationId, qint64 seqFrom, qint64 seqTo,
                                            const QString &lastHash, const QByteArray &compressedEntries)
{
    return Database::run(county.db(),
                         QStringLiteral("INSERT INTO station_audit (station_id, seq_from, seq_to, last_hash, entries) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {stationId, seqFrom, seqTo, lastHash, compressedEntries});
}

} // namespace xianjie
