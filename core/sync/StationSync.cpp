#include "StationSync.h"

#include "Uuid.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SearchIndex.h"
#include "storage/SyncLedger.h"
#include "storage/Transaction.h"
#include "sync/BundleFile.h"
#include "sync/StationRestore.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>

namespace xianjie {

using bundlefile::sha256;
using bundlefile::unb64;

Result<QStringList> StationSync::rewriteUnacknowledged(Casebook &station, const QString &folder)
{
    if (auto r = station.require(Action::EditHouseholds); !r)
        return r.error();
    auto files = SyncLedger::unacknowledgedFiles(station);
    if (!files)
        return files.error();
    QStringList written;
    for (const SyncLedger::SentFile &f : std::as_const(*files)) {
        if (written.isEmpty() && !QDir().mkpath(folder))
            return makeError(Error::Kind::Io,
                             tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        const QString path = QDir(folder).filePath(f.fileName);
        if (auto r = bundlefile::writeSafely(path, f.bytes); !r)
            return r.error();
        written << path;
    }
    return written;
}

Result<QStringList> StationSync::exportPending(Casebook &station, const QString &folder, qint64 maxBytes,
                                               const std::function<void(int written, int waiting)> &progress,
                                               const std::function<bool()> &stop)
{
    if (auto r = station.require(Action::EditHouseholds); !r)
        return r.error();
    if (station.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Bundles for the county are written by a station casebook."));
    if (station.setting(QStringLiteral("county_box_public_key")).isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enrol the station with its county first."));
    if (!QDir().mkpath(folder))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    auto waiting = SyncLedger::waitingCount(station);
    if (!waiting)
        return waiting.error();
    int opsWritten = 0;
    QStringList written;
    for (;;) {
        auto pending = OpApplier::outbox(station, 0, true, kMaxOpsPerBundle);
        if (!pending)
            return pending.error();
        QList<Op> ops = *pending;
        if (ops.isEmpty())
            return written;
        // Scans of new attachments travel with their records; a bundle stops growing at the size limit.
        QCborArray opArray;
        QCborArray attachments;
        QHash<QString, int> counts;
        qint64 bytes = 0;
        int taken = 0;
        for (const Op &op : std::as_const(ops)) {
            QByteArray content;
            if (op.table == QLatin1String("attachment") && op.op == QLatin1String("insert")) {
                auto c = Database::scalar(station.db(), QStringLiteral("SELECT content FROM attachment WHERE id = ?"),
                                          {op.recordId});
                if (!c)
                    return c.error();
                content = c->toByteArray();
            }
            const qint64 size = 200 + op.fields.size() * 40 + content.size();
            if (taken > 0 && bytes + size > maxBytes)
                break;
            bytes += size;
            ++taken;
            opArray.append(BundleCodec::encodeOp(op));
            counts[op.table] += 1;
            if (!content.isNull())
                attachments.append(QCborMap{{QStringLiteral("id"), op.recordId}, {QStringLiteral("content"), content}});
        }
        ops = ops.mid(0, taken);
        const qint64 from = ops.first().seq;
        const qint64 to = ops.last().seq;
        // The audit log's new entries ride along, so the county holds the chain and notices a cut.
        const qint64 auditFrom = station.setting(QStringLiteral("audit_sent_seq"), QStringLiteral("0")).toLongLong();
        auto audit = AuditLog::entriesAfter(station.db(), auditFrom);
        if (!audit)
            return audit.error();
        QCborArray auditArray;
        qint64 auditTo = auditFrom;
        for (const AuditEntry &e : std::as_const(*audit)) {
            auditArray.append(AuditLog::toCbor(e));
            auditTo = e.seq;
        }
        // The entry the county got last time, as it stands here now: a cut or rewrite shows even with nothing new.
        QCborMap anchor;
        if (auditFrom > 0) {
            auto hash =
                Database::scalar(station.db(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {auditFrom});
            if (!hash)
                return hash.error();
            anchor.insert(QStringLiteral("seq"), auditFrom);
            anchor.insert(QStringLiteral("hash"), hash->toString());
        }
        // Compressed here once: the county keeps these very bytes as its copy of the entries.
        const QByteArray auditBytes = auditArray.isEmpty() ? QByteArray() : qCompress(QCborValue(auditArray).toCbor());
        const QCborMap content{{QStringLiteral("ops"), opArray},
                               {QStringLiteral("audit_z"), auditBytes},
                               {QStringLiteral("audit_anchor"), anchor},
                               {QStringLiteral("attachments"), attachments}};
        const QString bundleId = Uuid::v7(station.clock().now());
        QJsonObject manifest{{QStringLiteral("version"), BundleCodec::kFormatVersion},
                             {QStringLiteral("direction"), QStringLiteral("up")},
                             {QStringLiteral("schema_version"), Schema::currentVersion()},
                             {QStringLiteral("station_id"), station.stationId()},
                             {QStringLiteral("station_code"), station.identity().code},
                             {QStringLiteral("station_name"), station.identity().name},
                             {QStringLiteral("bundle_id"), bundleId},
                             {QStringLiteral("seq_from"), from},
                             {QStringLiteral("seq_to"), to},
                             {QStringLiteral("prev_bundle_hash"), station.setting(QStringLiteral("last_bundle_hash"))},
                             {QStringLiteral("downstream_seq_applied"),
                              station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong()},
                             {QStringLiteral("ops"), int(ops.size())},
                             {QStringLiteral("counts"), BundleCodec::countsJson(counts)},
                             {QStringLiteral("audit_entries"), int(auditArray.size())},
                             {QStringLiteral("attachments"), int(attachments.size())},
                             {QStringLiteral("created_at"), station.clock().now().toString(Qt::ISODateWithMs)}};
        if (const QJsonObject mark = StationRestore::pendingMark(station); !mark.isEmpty())
            manifest.insert(QStringLiteral("restored_from"), mark); // until the county has taken the restore in
        auto file = bundlefile::build(manifest, QCborValue(content).toCbor(),
                                      unb64(station.setting(QStringLiteral("sign_secret_key"))),
                                      unb64(station.setting(QStringLiteral("county_box_public_key"))));
        if (!file)
            return file.error();
        const QString name = QStringLiteral("xianjie-%1-%2-%3.bundle")
                                 .arg(station.identity().code)
                                 .arg(to, 10, 10, QLatin1Char('0'))
                                 .arg(bundleId.right(8));
        const QString path = QDir(folder).filePath(name);
        // Recorded first, with its bytes, and only then made visible: a process killed at any instant leaves either
        // no bundle (nothing recorded, no file) or a recorded one that the next export writes again under the same
        // id — never a complete bundle on the stick whose changes the next export would send again under a new id.
        const SyncLedger::Sent sent{bundleId, from, to, sha256(*file), *file, name, auditTo};
        const QString previousHash = station.setting(QStringLiteral("last_bundle_hash"));
        {
            Transaction tx(station);
            if (auto r = SyncLedger::recordSent(station, sent); !r)
                return r.error();
            if (auto r = tx.commit(); !r)
                return r.error();
        }
        if (auto r = bundlefile::writeSafely(path, *file); !r) {
            // Not on the stick (a full or failing drive): nothing stays marked as sent.
            Transaction undo(station);
            if (auto u = SyncLedger::forgetSent(station, sent, previousHash, auditFrom); u)
                (void)undo.commit();
            return r.error();
        }
        written << path;
        opsWritten += int(ops.size());
        if (progress)
            progress(opsWritten, *waiting);
        if (stop && stop())
            return written;
    }
}

namespace {
/**
 * A casebook restored from a backup made before bundles the county holds: the last audit entry the county has of
 * this station is not here (or differs). Its change numbers since the restore repeat numbers the county holds for
 * other changes, so nothing may be acknowledged by number. Returns whether this casebook is behind; raises the alert.
 */
Result<bool> behindCounty(Casebook &station, const QCborMap &head, BundleImportResult &result)
{
    const qint64 seq = head.value(QStringLiteral("seq")).toInteger();
    if (seq <= 0)
        return false;
    auto own = Database::scalar(station.db(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq});
    if (!own)
        return own.error();
    if (!own->isNull() && own->toString() == head.value(QStringLiteral("hash")).toString())
        return false;
    auto raised = SyncLedger::raiseAlert(
        station, QStringLiteral("behind-county-%1").arg(seq), QStringLiteral("behind_county"), QString(),
        StationSync::tr("This casebook is behind the county: the county holds changes and audit-log entries of this "
                        "station (up to entry No. %1) that are not here, as happens when a casebook is restored from "
                        "a backup. Nothing recorded here since has been dropped: those changes stay in the outbox. "
                        "Tell the county office; the county has to take in the restored casebook before the "
                        "station's next bundle can be applied.")
            .arg(seq));
    if (!raised)
        return raised.error();
    result.alerts += *raised;
    return true;
}

/**
 * Acknowledged bundles leave the outbox; what they carried is safe at the county. The county's receipts are the
 * truth: changes up to the last one it holds are acknowledged even when they reached it in a bundle this station no
 * longer knows of (written, then the station was killed before it marked the changes as sent) — unless this
 * casebook is @p behind the county, when only bundles it knows by their id are.
 */
Result<void> takeAcknowledgements(Casebook &station, const QCborArray &acks, bool behind, BundleImportResult &result)
{
    qint64 countyHas = 0;
    QString countyHash;
    for (const QCborValue &v : acks) {
        const QCborMap ack = v.toMap();
        auto n = SyncLedger::acknowledge(station, ack.value(QStringLiteral("bundle_id")).toString());
        if (!n)
            return n.error();
        result.acknowledged += *n;
        if (!behind && ack.value(QStringLiteral("seq_to")).toInteger() > countyHas) {
            countyHas = ack.value(QStringLiteral("seq_to")).toInteger();
            countyHash = ack.value(QStringLiteral("file_hash")).toString();
        }
    }
    if (countyHas > 0)
        if (auto r = SyncLedger::acknowledgeThrough(station, countyHas, countyHash); !r)
            return r;
    return SyncLedger::dropAcknowledged(station, countyHas);
}

/** The last audit entry the county holds of this station (`check` notices if it disappears here). */
Result<void> rememberCountyHead(Casebook &station, const QCborMap &head)
{
    if (head.value(QStringLiteral("seq")).toInteger() <= 0)
        return {};
    if (auto r = station.storeSystemSetting(QStringLiteral("county_audit_seq"),
                                            QString::number(head.value(QStringLiteral("seq")).toInteger()));
        !r)
        return r;
    return station.storeSystemSetting(QStringLiteral("county_audit_hash"),
                                      head.value(QStringLiteral("hash")).toString());
}
} // namespace

Result<void> StationSync::applyDownstream(Casebook &station, const QJsonObject &m, BundleCodec::Content &body,
                                          BundleImportResult &result, const std::function<void(int, int)> &progress)
{
    const QString countyId = m.value(QStringLiteral("county_id")).toString();
    const QCborMap &content = body.rest;
    QList<Op> &ops = body.ops;
    for (Op &op : ops)
        op.stationId = countyId;
    OpApplier::Options options;
    options.keepUnsentLocalChanges = true;
    options.progress = progress;
    auto applied = OpApplier::apply(station, ops, options);
    if (!applied)
        return applied.error();
    if (auto r = SearchIndex::refresh(station.db(), applied->households); !r)
        return r.error();
    result.ops = int(ops.size());
    result.conflicts = applied->conflicts;

    // The county took in this casebook after its restore: the changes since follow the county's, lost records return.
    const QCborMap decision = content.value(QStringLiteral("restore")).toMap();
    if (!decision.isEmpty())
        if (auto r = StationRestore::applyDecision(station, decision,
                                                   content.value(QStringLiteral("returned")).toArray(), result);
            !r)
            return r.error();
    const QCborMap head = content.value(QStringLiteral("audit_head")).toMap();
    auto behind = behindCounty(station, head, result);
    if (!behind)
        return behind.error();
    // A county that decided on a restore of this station (perhaps of an earlier restore from the same backup) has
    // cut its copy back to the backup: that is no sign the restore cost it nothing.
    if (!*behind && decision.isEmpty())
        if (auto r = StationRestore::forgetMarkIfCurrent(station, head.value(QStringLiteral("seq")).toInteger(),
                                                         head.value(QStringLiteral("hash")).toString());
            !r)
            return r;
    // A restore the county has not taken in here yet: its change numbers may repeat the county's, so only bundles
    // known by their id are acknowledged (as when behind).
    const bool restorePending = !StationRestore::pendingMark(station).isEmpty();
    if (auto r = takeAcknowledgements(station, content.value(QStringLiteral("acks")).toArray(),
                                      *behind || restorePending, result);
        !r)
        return r;
    for (const QCborValue &v : content.value(QStringLiteral("alerts")).toArray()) {
        const QCborMap a = v.toMap();
        auto raised = SyncLedger::raiseAlert(
            station, a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("kind")).toString(),
            a.value(QStringLiteral("record_id")).toString(), a.value(QStringLiteral("text")).toString());
        if (!raised)
            return raised.error();
        result.alerts += *raised;
    }
    if (auto r = rememberCountyHead(station, head); !r)
        return r;
    const qint64 to = m.value(QStringLiteral("seq_to")).toInteger();
    if (to > station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong())
        return station.storeSystemSetting(QStringLiteral("downstream_seq"), QString::number(to));
    return {};
}

Result<StationSync::Status> StationSync::status(const Casebook &station)
{
    Status s;
    auto waiting = SyncLedger::waitingCount(station);
    if (!waiting)
        return waiting.error();
    s.waiting = *waiting;
    auto unacked = SyncLedger::unacknowledgedCount(station);
    if (!unacked)
        return unacked.error();
    s.unacknowledged = *unacked;
    auto times = SyncLedger::stationTimes(station);
    if (!times)
        return times.error();
    s.lastWritten = times->lastWritten;
    s.lastAcknowledged = times->lastAcknowledged;
    s.lastDownstream = times->lastDownstream;
    s.openAlerts = times->openAlerts;
    return s;
}

} // namespace xianjie
