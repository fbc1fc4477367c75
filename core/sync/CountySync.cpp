#include "CountySync.h"

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
#include <future>

namespace xianjie {

using bundlefile::sha256;
using bundlefile::unb64;

namespace {
/** Whether a county change-log op concerns a station: its villages, the directory, its own records. */
Result<bool> concerns(const Casebook &county, const Op &op, const QString &stationId, const QString &stationCode)
{
    if (op.table == QLatin1String("charity_org") || op.table == QLatin1String("charity_project"))
        return true;
    if (op.table == QLatin1String("village")) {
        auto code =
            Database::scalar(county.db(), QStringLiteral("SELECT code FROM village WHERE id = ?"), {op.recordId});
        if (!code)
            return code.error();
        return code->toString().startsWith(stationCode.left(9));
    }
    if (op.table == QLatin1String("user")) // county staff named in referral events the station receives
        return true;
    QString sql = QStringLiteral("SELECT station_id FROM %1 WHERE id = ?").arg(op.table);
    if (op.table == QLatin1String("referral_event"))
        sql = QStringLiteral("SELECT r.station_id FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE "
                             "e.id = ?");
    auto owner = Database::scalar(county.db(), sql, {op.recordId});
    if (!owner)
        return owner.error();
    return owner->toString() == stationId;
}
} // namespace

namespace {
/** The station's audit entries of one bundle, read and checked against the county's copy of its chain. */
struct Chain
{
    qint64 cutAt = 0; ///< the entry where the chain breaks; 0 when it holds
    bool damaged = false;
    QCborArray fresh; ///< the entries the county did not have yet
    bool allFresh = true;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString lastHash;
};

Chain checkChain(const QByteArray &compressed, const QCborArray &oldFormatEntries, const SyncLedger::AuditHead &held)
{
    Chain chain;
    chain.lastSeq = held.seq;
    chain.lastHash = held.seq > 0 ? held.hash : QString(64, QLatin1Char('0'));
    QCborArray entries = oldFormatEntries;
    if (!compressed.isEmpty()) {
        const QByteArray plain = qUncompress(compressed);
        QCborParserError error;
        const QCborValue value = QCborValue::fromCbor(plain, &error);
        if (error.error == QCborError::NoError) // a value from damaged bytes is never used (see BundleCodec)
            entries = value.toArray();
        if (plain.isEmpty() || error.error != QCborError::NoError || entries.isEmpty()) {
            chain.damaged = true;
            return chain;
        }
    }
    for (const QCborValue &v : std::as_const(entries)) {
        const AuditEntry e = AuditLog::fromCbor(v.toArray());
        if (e.seq <= chain.lastSeq) {
            chain.allFresh = false;
            continue; // sent again after an interrupted export; the county keeps its copy
        }
        if (e.prevHash != chain.lastHash || AuditLog::computeHash(e) != e.hash) {
            chain.cutAt = e.seq;
            return chain;
        }
        chain.fresh.append(v);
        if (chain.fresh.size() == 1)
            chain.firstSeq = e.seq;
        chain.lastSeq = e.seq;
        chain.lastHash = e.hash;
    }
    return chain;
}

Error auditCut(qint64 seq)
{
    return makeError(Error::Kind::Invalid,
                     CountySync::tr("The station's audit log does not continue from the entries the county already "
                                    "holds (at entry No. %1): entries were removed or changed at the station. The "
                                    "bundle is refused; ask the county to look at the station.")
                         .arg(seq));
}

/** Scans of new attachments travel beside their records' ops. */
void attachScans(QList<Op> &ops, const QCborArray &attachments, const QString &stationId)
{
    QHash<QString, QByteArray> scans;
    for (const QCborValue &v : attachments)
        scans.insert(v.toMap().value(QStringLiteral("id")).toString(),
                     v.toMap().value(QStringLiteral("content")).toByteArray());
    for (Op &op : ops) {
        op.stationId = stationId;
        if (op.table == QLatin1String("attachment") && scans.contains(op.recordId))
            op.local.insert(QStringLiteral("content"), scans.value(op.recordId));
    }
}
/** The same person at two stations: both stations hear of it, without names. */
Result<QCborArray> samePersonAlerts(const Casebook &county, const QString &stationId)
{
    QCborArray alerts;
    auto same = Database::exec(
        county.db(),
        QStringLiteral("SELECT c.id, c.record_id, c.kept_station, c.other_value, c.other_station, p.id_number, "
                       "ks.name, os.name FROM conflict c JOIN person p ON p.id = c.record_id LEFT JOIN station ks ON "
                       "ks.station_id = c.kept_station LEFT JOIN station os ON os.station_id = c.other_station WHERE "
                       "c.kind = 'same_person' AND c.resolved_at IS NULL AND (c.kept_station = ? OR c.other_station = "
                       "?)"),
        {stationId, stationId});
    if (!same)
        return same.error();
    while (same->next()) {
        const bool mine = same->value(2).toString() == stationId;
        const QString ours = mine ? same->value(1).toString() : same->value(3).toString();
        const QString otherName = mine ? same->value(7).toString() : same->value(6).toString();
        const QString tail = same->value(5).toString().right(4);
        alerts.append(
            QCborMap{{QStringLiteral("id"), QStringLiteral("%1-%2").arg(county.stationId(), same->value(0).toString())},
                     {QStringLiteral("kind"), QStringLiteral("same_person")},
                     {QStringLiteral("record_id"), ours},
                     {QStringLiteral("text"),
                      CountySync::tr("The ID number ending %1 is also registered at %2. Agree with that station "
                                     "which registration stays.")
                          .arg(tail, otherName.isEmpty() ? CountySync::tr("another station") : otherName)}});
    }
    return alerts;
}
} // namespace

Result<void> CountySync::applyUpstream(Casebook &county, const QJsonObject &m, BundleCodec::Content &body,
                                       BundleImportResult &result, const std::function<void(int, int)> &progress)
{
    const QString stationId = m.value(QStringLiteral("station_id")).toString();
    const QCborMap &content = body.rest;
    QList<Op> &ops = body.ops;
    attachScans(ops, content.value(QStringLiteral("attachments")).toArray(), stationId);
    // The station's audit log must continue exactly where the county's copy of it ends.
    auto held = SyncLedger::stationAuditHead(county, stationId);
    if (!held)
        return held.error();
    const QCborMap anchor = content.value(QStringLiteral("audit_anchor")).toMap();
    if (const qint64 seq = anchor.value(QStringLiteral("seq")).toInteger(); seq > 0) {
        auto kept = SyncLedger::stationAuditHashAt(county, stationId, seq);
        if (!kept)
            return kept.error();
        if (!kept->isNull() && kept->toString() != anchor.value(QStringLiteral("hash")).toString())
            return auditCut(seq);
    }
    // The entries are read and their chain checked on a second thread while this one merges: neither needs the
    // other, and a chain that does not hold refuses the bundle all the same (the transaction is rolled back).
    const QByteArray auditBytes = content.value(QStringLiteral("audit_z")).toByteArray();
    auto checking = std::async(std::launch::async, checkChain, auditBytes,
                               content.value(QStringLiteral("audit")).toArray(), *held); // "audit": format 2

    OpApplier::Options options;
    options.restateKeptValues = true;
    options.findSamePerson = true;
    options.progress = progress;
    auto applied = OpApplier::apply(county, ops, options);
    if (!applied)
        return applied.error();
    if (auto r = SearchIndex::refresh(county.db(), applied->households); !r)
        return r.error();

    const Chain chain = checking.get();
    if (chain.damaged)
        return makeError(Error::Kind::Invalid,
                         tr("The bundle is incomplete or damaged (its audit entries cannot be read)."));
    if (chain.cutAt > 0)
        return auditCut(chain.cutAt);
    if (!chain.fresh.isEmpty())
        if (auto r = SyncLedger::appendStationAudit(
                county, stationId, chain.firstSeq, chain.lastSeq, chain.lastHash,
                // as the station compressed them, unless some were here already
                chain.allFresh && !auditBytes.isEmpty() ? auditBytes : qCompress(QCborValue(chain.fresh).toCbor(), 1));
            !r)
            return r;
    if (!m.contains(QStringLiteral("restored_from"))) // the station has applied a decision on its restore, if any
        if (auto r = StationRestore::confirm(county, stationId); !r)
            return r;
    result.ops = int(ops.size());
    result.conflicts = applied->conflicts;
    result.flagged = applied->flagged;
    result.alerts = applied->samePerson;
    return {};
}

Result<std::optional<CountySync::Downstream>> CountySync::buildDownstream(Casebook &county, const QString &stationCode,
                                                                          qint64 after, qint64 onlyIfNewAfter)
{
    if (auto r = county.require(Action::EditHouseholds); !r)
        return r.error();
    if (county.identity().role != Casebook::Role::County)
        return makeError(Error::Kind::Invalid, tr("Bundles for stations are written by the county casebook."));
    auto station = Database::exec(county.db(),
                                  QStringLiteral("SELECT station_id, name, box_public_key FROM station WHERE code = ? "
                                                 "AND revoked_on IS NULL"),
                                  {stationCode});
    if (!station)
        return station.error();
    if (!station->next())
        return makeError(
            Error::Kind::NotFound,
            tr("No enrolled station has the code %1.").arg(stationCode.isEmpty() ? QStringLiteral("-") : stationCode));
    const QString stationId = station->value(0).toString();
    const QByteArray stationKey = unb64(station->value(2).toString());
    // A restore taken in and not yet confirmed: the decision, the records the station lost, and everything since the
    // county change its backup had applied.
    QCborArray returned;
    qint64 restoredAfter = 0;
    auto decision = StationRestore::decisionFor(county, stationId, returned, &restoredAfter);
    if (!decision)
        return decision.error();
    // Everything since what the station last reported having applied: a lost stick costs nothing.
    qint64 from = after + 1;
    if (*decision && after < 0)
        from = restoredAfter + 1;
    else if (after < 0) {
        auto since = SyncLedger::downstreamApplied(county, stationId);
        if (!since)
            return since.error();
        from = *since + 1;
    }
    auto top = Database::scalar(county.db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!top)
        return top.error();
    const qint64 to = qMax(top->toLongLong(), from - 1);
    auto all = OpApplier::outbox(county, from - 1);
    if (!all)
        return all.error();
    QCborArray ops;
    QHash<QString, int> counts;
    for (const Op &op : std::as_const(*all)) {
        auto wanted = concerns(county, op, stationId, stationCode);
        if (!wanted)
            return wanted.error();
        if (!*wanted)
            continue;
        ops.append(BundleCodec::encodeOp(op));
        counts[op.table] += 1;
    }
    if (onlyIfNewAfter >= 0 && ops.isEmpty() && !*decision) {
        auto news = SyncLedger::hasNewsFor(county, stationId, onlyIfNewAfter);
        if (!news)
            return news.error();
        if (!*news)
            return std::optional<Downstream>();
    }
    QCborArray acks;
    auto receipts = SyncLedger::receiptsOf(county, stationId);
    if (!receipts)
        return receipts.error();
    for (const SyncLedger::Ack &a : std::as_const(*receipts))
        acks.append(QCborMap{{QStringLiteral("bundle_id"), a.bundleId},
                             {QStringLiteral("seq_to"), a.seqTo},
                             {QStringLiteral("file_hash"), a.fileHash}});
    auto alerts = samePersonAlerts(county, stationId);
    if (!alerts)
        return alerts.error();
    QCborMap auditHead;
    auto head = SyncLedger::stationAuditHead(county, stationId);
    if (!head)
        return head.error();
    if (head->seq > 0) {
        auditHead.insert(QStringLiteral("seq"), head->seq);
        auditHead.insert(QStringLiteral("hash"), head->hash);
    }
    QCborMap content{{QStringLiteral("ops"), ops},
                     {QStringLiteral("acks"), acks},
                     {QStringLiteral("alerts"), *alerts},
                     {QStringLiteral("audit_head"), auditHead}};
    if (*decision) {
        content.insert(QStringLiteral("restore"), **decision);
        content.insert(QStringLiteral("returned"), returned);
    }
    const QString bundleId = Uuid::v7(county.clock().now());
    const QJsonObject manifest{{QStringLiteral("version"), BundleCodec::kFormatVersion},
                               {QStringLiteral("direction"), QStringLiteral("down")},
                               {QStringLiteral("schema_version"), Schema::currentVersion()},
                               {QStringLiteral("county_id"), county.stationId()},
                               {QStringLiteral("county_code"), county.identity().code},
                               {QStringLiteral("county_name"), county.identity().name},
                               {QStringLiteral("station_id"), stationId},
                               {QStringLiteral("station_code"), stationCode},
                               {QStringLiteral("bundle_id"), bundleId},
                               {QStringLiteral("seq_from"), from},
                               {QStringLiteral("seq_to"), to},
                               {QStringLiteral("ops"), int(ops.size())},
                               {QStringLiteral("counts"), BundleCodec::countsJson(counts)},
                               {QStringLiteral("acks"), int(acks.size())},
                               {QStringLiteral("alerts"), int(alerts->size())},
                               {QStringLiteral("created_at"), county.clock().now().toString(Qt::ISODateWithMs)}};
    auto file = bundlefile::build(manifest, QCborValue(content).toCbor(),
                                  unb64(county.setting(QStringLiteral("sign_secret_key"))), stationKey);
    if (!file)
        return file.error();
    Downstream built;
    built.bundleId = bundleId;
    built.stationId = stationId;
    built.stationCode = stationCode;
    built.fileName = QStringLiteral("xianjie-down-%1-%2-%3.bundle")
                         .arg(stationCode)
                         .arg(to, 10, 10, QLatin1Char('0'))
                         .arg(bundleId.right(8));
    built.file = std::move(*file);
    built.seqFrom = from;
    built.seqTo = to;
    built.ops = int(ops.size());
    return std::optional<Downstream>(std::move(built));
}

Result<void> CountySync::recordDownstream(Casebook &county, const Downstream &d)
{
    Transaction tx(county);
    if (auto r = SyncLedger::recordDownstreamSent(county, d.bundleId, d.stationId, d.seqFrom, d.seqTo, sha256(d.file));
        !r)
        return r.error();
    if (auto r = AuditLog::append(
            county, QStringLiteral("export"), QStringLiteral("bundle"), d.bundleId, {}, {},
            tr("For station %1, county changes %2 to %3").arg(d.stationCode).arg(d.seqFrom).arg(d.seqTo));
        !r)
        return r.error();
    return tx.commit();
}

Result<QString> CountySync::exportDownstream(Casebook &county, const QString &stationCode, const QString &folder)
{
    auto built = buildDownstream(county, stationCode);
    if (!built)
        return built.error();
    if (!QDir().mkpath(folder))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const Downstream &d = **built;
    const QString path = QDir(folder).filePath(d.fileName);
    if (auto r = bundlefile::writeSafely(path, d.file); !r)
        return r.error();
    if (auto r = recordDownstream(county, d); !r)
        return r.error();
    return path;
}

Result<QStringList> CountySync::exportDownstreamForAll(Casebook &county, const QString &folder,
                                                       const std::function<void(int, int)> &progress,
                                                       const std::function<bool()> &stop)
{
    if (auto r = county.require(Action::EditHouseholds); !r)
        return r.error();
    if (county.identity().role != Casebook::Role::County)
        return makeError(Error::Kind::Invalid, tr("Bundles for stations are written by the county casebook."));
    auto q = Database::exec(county.db(), QStringLiteral("SELECT code FROM station WHERE revoked_on IS NULL ORDER BY "
                                                        "code"));
    if (!q)
        return q.error();
    QStringList codes;
    while (q->next())
        codes << q->value(0).toString();
    if (codes.isEmpty())
        return makeError(Error::Kind::NotFound, tr("No station is enrolled with this county, or every station's key "
                                                   "is revoked: there is no bundle to write."));
    QStringList paths;
    for (const QString &code : std::as_const(codes)) {
        if (stop && stop())
            break;
        auto path = exportDownstream(county, code, folder);
        if (!path)
            return path.error();
        paths << *path;
        if (progress)
            progress(int(paths.size()), int(codes.size()));
    }
    return paths;
}

} // namespace xianjie
