#pragma once

#include "Result.h"
#include "sync/OpApplier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>

namespace xianjie {

class Casebook;

/**
 * Sync bundles, one file format for a USB stick and for the network (see BundleFile.h for the bytes).
 *
 * Upstream (station → county) a bundle carries the station's change-log ops with their bases, the scans of new
 * attachments and the new entries of the station's audit log; it is signed by the station and sealed to the
 * county. Downstream (county → one station) it carries acknowledgements of the station's bundles, the county's
 * changes the station needs (villages, charity directory, referral status updates, values kept in conflicts),
 * alerts (the same person registered at two stations) and the last audit entry the county holds of the station;
 * it is signed by the county and sealed to that station. The manifest is readable without keys; nothing else is.
 */
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Bundle)

public:
    static constexpr int kMaxOpsPerBundle = 20000;
    static constexpr qint64 kMaxBytesPerBundle = 32LL * 1024 * 1024;

    /**
     * Station: writes the ops not yet in a bundle to bundles in @p folder (split above kMaxOpsPerBundle ops or
     * kMaxBytesPerBundle bytes). Each file is written to a temporary name, flushed, renamed and read back and
     * verified before its ops are marked as sent. Returns the paths written; none when there is nothing to send.
     * @p progress is called after each bundle with the ops written so far and the ops that were waiting.
     */
    static Result<QStringList> exportPending(Casebook &station, const QString &folder,
                                             qint64 maxBytes = kMaxBytesPerBundle,
                                             const std::function<void(int written, int waiting)> &progress = {});
    /**
     * Station: writes again, to @p folder, every bundle the county has not acknowledged yet (the station keeps their
     * bytes until then), so that a lost or broken stick loses nothing. The county takes a bundle it already has as
     * "already had". Returns the paths written.
     */
    static Result<QStringList> rewriteUnacknowledged(Casebook &station, const QString &folder);
    /** County: the downstream bundle for one station (by its 12-digit code), written to @p folder. */
    static Result<QString> exportDownstream(Casebook &county, const QString &stationCode, const QString &folder);
    /** County: a downstream bundle for every enrolled station; the paths written. */
    static Result<QStringList> exportDownstreamForAll(Casebook &county, const QString &folder);

    /** Anyone: the manifest of a bundle file, without decrypting anything. */
    static Result<QJsonObject> inspect(const QByteArray &file);

    /** What happened to a bundle at import. */
    enum class Outcome
    {
        Applied,
        AlreadyHad,
        Held,
        Refused
    };
    struct Imported
    {
        Outcome outcome = Outcome::Refused;
        QString file; ///< set by importFiles
        QString bundleId;
        QString station; ///< the station's code (upstream) or the county's name (downstream)
        qint64 seqFrom = 0;
        int ops = 0;
        int conflicts = 0;
        int flagged = 0;
        int alerts = 0;
        int acknowledged = 0;
        QString reason; ///< for held and refused bundles, in words
    };
    static QString outcomeLabel(Outcome outcome);

    /**
     * County (upstream bundles) or station (downstream bundles): verifies everything before touching live tables
     * (format, sender and revocation, signature, hashes, decryption), then applies the bundle in one transaction
     * with the merge rules and records the receipt. A bundle seen before is acknowledged again and changes nothing;
     * the same id with other content is refused; a bundle after a gap is held and the missing range named.
     */
    static Imported import(Casebook &casebook, const QByteArray &file);
    /**
     * Imports many files (a folder, a drive) in the order that needs the fewest holds: by sender and sequence, and
     * a held bundle is tried again once an earlier one has been applied. @p progress is called after each file
     * with the number done and the total; when it returns false the import stops before the next file (each file
     * is applied whole or not at all). @p withinFile is called while a file's changes are applied, every few
     * hundred, with the number applied and the file's total (a window keeps painting).
     */
    static QList<Imported> importFiles(Casebook &casebook, const QStringList &paths,
                                       const std::function<bool(int, int)> &progress = {},
                                       const std::function<void(int, int)> &withinFile = {});

    /** A station's sync state, for the status line and the Sync menu. */
    struct Status
    {
        int waiting = 0;        ///< ops not yet in a bundle
        int unacknowledged = 0; ///< ops in bundles the county has not acknowledged
        QDateTime lastWritten;
        QDateTime lastAcknowledged;
        QDateTime lastDownstream;
        int openAlerts = 0;
    };
    static Result<Status> status(const Casebook &station);
};

} // namespace xianjie
