#pragma once

#include "Result.h"
#include "sync/BundleImportResult.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace xianjie {

class Casebook;

/**
 * A station restored from a backup older than what the county holds of it, taken in by the county.
 *
 * After such a restore the station's audit log is cut short (the county holds entries it no longer has) and its
 * change numbers start again below the county's: its bundles cannot be applied as they are. The restore leaves a
 * mark in the restored casebook (what the backup held: its last audit entry and change number, its clock, the
 * county's changes it had applied), and the station's bundles carry that mark until the county has decided.
 *
 * At the county the first such bundle is refused and noted; county staff then take in the restored casebook — a
 * decision of their own, audited: the county's copy of the station's audit log is cut back to the backup's last
 * entry (the entries after it are kept aside, not deleted), and the county's next bundle for the station carries the
 * decision and every record of the station changed after the backup, as the county holds it. The station, applying
 * that bundle, renumbers the changes it recorded since the restore to follow the county's last, continues its chain
 * from the backup's last entry, and gets back the records it had lost. Its next bundle confirms the decision.
 */
class StationRestore
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::StationRestore)

public:
    /** The setting in a restored casebook that holds the mark (JSON), until the county has taken the restore in. */
    static QString markKey();
    /**
     * SQL that writes the mark into a restored casebook (Backup::restore runs it on the restored file before it is
     * put in place; one parameter: the time of the restore). Written only where the casebook was enrolled.
     */
    static const char *markSql();

    // ---- Station
    /** The mark the station's bundles carry while the county has not taken the restore in (empty when none). */
    static QJsonObject pendingMark(const Casebook &station);
    /**
     * Applies the county's decision that a downstream bundle carries (inside that bundle's transaction): the changes
     * recorded since the restore follow the county's last, the chain continues from the backup's last entry, the
     * records the backup did not have come back. Returns whether it was applied now (false: not for this restore, or
     * applied before).
     */
    static Result<bool> applyDecision(Casebook &station, const QCborMap &decision, const QCborArray &returned,
                                      BundleImportResult &result);
    /** The county's audit head is one this casebook has: a restore that cost the county nothing needs no decision. */
    static Result<void> forgetMarkIfCurrent(Casebook &station, qint64 countyAuditSeq, const QString &countyAuditHash);

    // ---- County
    enum class Turn
    {
        Fits,    ///< the county holds nothing past the backup: applied as usual
        Waiting, ///< refused until county staff take the restore in (noted)
        Stale    ///< written before the station applied the county's decision: refused
    };
    /** What to do with an upstream bundle that carries a restore mark; notes a new restore. */
    static Result<Turn> upstreamTurn(Casebook &county, const QString &stationId, const QJsonObject &mark,
                                     QString *reason);
    /** A station's bundle without a mark after a decision: the station has applied it. */
    static Result<void> confirm(Casebook &county, const QString &stationId);

    struct Waiting
    {
        QString stationId;
        QString code;
        QString name;
        qint64 auditSeq = 0;    ///< the backup's last audit entry
        qint64 lostEntries = 0; ///< entries the county holds after it
        qint64 lostChanges = 0; ///< changes the county holds after the backup's last
        QDateTime restoredAt;
        QDateTime noticedAt;
        QDateTime decidedAt; ///< invalid while waiting for the decision
        QDateTime confirmedAt;
    };
    /** Restores the county has noticed, newest first; with @p open only those not yet confirmed. */
    static Result<QList<Waiting>> restores(const Casebook &county, bool open = true);

    struct TakenIn
    {
        qint64 supersededEntries = 0;
        int returnedRecords = 0;
        qint64 renumberFrom = 0; ///< the station's changes since the restore continue from this number
    };
    /** County staff take in station @p stationCode's restored casebook. Audited. */
    static Result<TakenIn> takeIn(Casebook &county, const QString &stationCode);
    /**
     * For the station's next downstream bundle: the decision not yet confirmed (nullopt when none), the records to
     * return in @p returned, and the county change the bundle starts after in @p downstreamFrom.
     */
    static Result<std::optional<QCborMap>> decisionFor(const Casebook &county, const QString &stationId,
                                                       QCborArray &returned, qint64 *downstreamAfter);
};

} // namespace xianjie
