#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xianjie {

class Casebook;

/**
 * The sync bookkeeping a casebook keeps about bundles: at a station, what left in which bundle (`bundle_sent`,
 * the outbox marks in `change_log`) and what the county acknowledged; at the county, the receipts of every
 * bundle applied (`bundle_receipt`), the downstream bundles written (`downstream_sent`) and its copy of each
 * station's audit log (`station_audit`); at a station, the county's bundles applied (`downstream_receipt`).
 * The sync services decide; this class only reads and writes those rows, inside the caller's transaction.
 */
class SyncLedger
{
public:
    // ---- Station: the outbox
    /** Changes not yet in a bundle. */
    static Result<int> waitingCount(const Casebook &station);
    /** Changes in bundles the county has not acknowledged yet. */
    static Result<int> unacknowledgedCount(const Casebook &station);

    struct SentFile
    {
        QString fileName;
        QByteArray bytes;
    };
    /** The bundles written and not yet acknowledged whose bytes the station keeps, oldest first. */
    static Result<QList<SentFile>> unacknowledgedFiles(const Casebook &station);

    struct Sent
    {
        QString bundleId;
        qint64 seqFrom = 0;
        qint64 seqTo = 0;
        QString fileHash;
        QByteArray file;
        QString fileName;
        qint64 auditTo = 0; ///< the last audit entry the bundle carries
    };
    /** Marks the changes seqFrom..seqTo as sent in @p sent and makes it the bundle the next one follows. */
    static Result<void> recordSent(Casebook &station, const Sent &sent);
    /** Undoes recordSent when the bundle could not be written: its changes wait again, the chain is as before. */
    static Result<void> forgetSent(Casebook &station, const Sent &sent, const QString &previousHash,
                                   qint64 previousAuditSeq);
    /** Marks one bundle as acknowledged; returns whether it was waiting. */
    static Result<int> acknowledge(Casebook &station, const QString &bundleId);
    /**
     * The county holds every change up to @p seqTo (its last bundle's hash @p fileHash): those bundles are
     * acknowledged, their kept bytes dropped, and the next bundle follows the county's last one unless later ones
     * were written here already.
     */
    static Result<void> acknowledgeThrough(Casebook &station, qint64 seqTo, const QString &fileHash);
    /** The last change the county has acknowledged (0 when none). */
    static Result<qint64> acknowledgedThrough(const Casebook &station);
    /** Acknowledged changes (and those up to @p seqTo) leave the outbox; the newest of them is remembered. */
    static Result<void> dropAcknowledged(Casebook &station, qint64 seqTo);

    /** Records an alert for the Sync tab unless one with @p id is there already; returns 1 when it was new. */
    static Result<int> raiseAlert(Casebook &station, const QString &id, const QString &kind, const QString &recordId,
                                  const QString &text);

    struct StationTimes
    {
        QDateTime lastWritten;
        QDateTime lastAcknowledged;
        QDateTime lastDownstream;
        int openAlerts = 0;
    };
    static Result<StationTimes> stationTimes(const Casebook &station);

    // ---- Receipts, both sides
    enum class Direction
    {
        Upstream,  ///< a station's bundle at the county (bundle_receipt)
        Downstream ///< the county's bundle at a station (downstream_receipt)
    };
    struct Receipt
    {
        bool found = false;
        QString fileHash;
        int ops = 0;
        qint64 seqTo = 0;
    };
    /** County: a station that sends bundles, as enrolled. */
    struct Sender
    {
        bool enrolled = false;
        QString name;
        QString code;
        QString signPublicKey;
        QString revokedOn; ///< empty while its key is valid
    };
    static Result<Sender> sender(const Casebook &county, const QString &stationId);
    /** The receipt of bundle @p bundleId, if it was applied. */
    static Result<Receipt> receipt(const Casebook &casebook, Direction direction, const QString &bundleId);
    /** County: the receipt of the station's latest bundle (found false when none was applied). */
    static Result<Receipt> lastReceipt(const Casebook &county, const QString &stationId);

    struct Applied
    {
        QString bundleId;
        QString stationId; ///< upstream only
        qint64 seqFrom = 0;
        qint64 seqTo = 0;
        QString fileHash;
        int ops = 0;
        qint64 downstreamSeq = 0; ///< upstream: the county's changes the station had applied when it wrote it
    };
    static Result<void> recordReceipt(Casebook &casebook, Direction direction, const Applied &applied);

    // ---- Held bundles: kept until the bundles before them arrive
    struct Held
    {
        QString bundleId;
        QString fileName;
        QByteArray file;
    };
    static Result<void> hold(Casebook &casebook, const QString &bundleId, const QString &sender, qint64 seqFrom,
                             const QByteArray &file, const QString &fileName);
    /** The bundles held from @p sender, in their order. */
    static Result<QList<Held>> held(const Casebook &casebook, const QString &sender);
    struct HeldRange
    {
        QString bundleId;
        qint64 seqFrom = 0;
    };
    /** The same, without their bytes: what the county tells a station online. */
    static Result<QList<HeldRange>> heldRanges(const Casebook &casebook, const QString &sender);
    static Result<void> release(Casebook &casebook, const QString &bundleId);

    // ---- County: what goes back to a station
    struct Ack
    {
        QString bundleId;
        qint64 seqTo = 0;
        QString fileHash;
    };
    static Result<QList<Ack>> receiptsOf(const Casebook &county, const QString &stationId);
    /** The last county change the station reported having applied. */
    static Result<qint64> downstreamApplied(const Casebook &county, const QString &stationId);
    /**
     * Whether a downstream bundle for the station would tell it something it does not know: acknowledgements past
     * @p acknowledgedThrough, or a same-person alert raised since its last downstream bundle. (County changes it
     * needs are found by building the bundle.)
     */
    static Result<bool> hasNewsFor(const Casebook &county, const QString &stationId, qint64 acknowledgedThrough);
    static Result<void> recordDownstreamSent(Casebook &county, const QString &bundleId, const QString &stationId,
                                             qint64 seqFrom, qint64 seqTo, const QString &fileHash);

    // ---- County: its copy of each station's audit log
    struct AuditHead
    {
        qint64 seq = 0; ///< 0 when the county holds no entry of the station
        QString hash;
    };
    static Result<AuditHead> stationAuditHead(const Casebook &county, const QString &stationId);
    /** The hash of the station's entry @p seq where a part of the county's copy ends there; null otherwise. */
    static Result<QVariant> stationAuditHashAt(const Casebook &county, const QString &stationId, qint64 seq);
    static Result<void> appendStationAudit(Casebook &county, const QString &stationId, qint64 seqFrom, qint64 seqTo,
                                           const QString &lastHash, const QByteArray &compressedEntries);
};

} // namespace xianjie
