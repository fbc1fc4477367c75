#pragma once

#include "Result.h"
#include "sync/BundleCodec.h"
#include "sync/BundleImportResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>

namespace xianjie {

class Casebook;

/**
 * The station's side of sync. Upstream bundles carry the station's change-log ops with their bases, the scans of
 * new attachments and the new entries of the station's audit log; they are signed by the station and sealed to the
 * county. The county's downstream bundle is applied here: acknowledgements, the county's changes the station needs,
 * alerts, and the last audit entry the county holds of this station.
 */
class StationSync
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::StationSync)

public:
    static constexpr int kMaxOpsPerBundle = 20000;
    static constexpr qint64 kMaxBytesPerBundle = 32LL * 1024 * 1024;

    /**
     * Writes the ops not yet in a bundle to bundles in @p folder (split above kMaxOpsPerBundle ops or
     * kMaxBytesPerBundle bytes). Each file is written to a temporary name, flushed, renamed and read back and
     * verified before its ops are marked as sent. Returns the paths written; none when there is nothing to send.
     * @p progress is called after each bundle with the ops written so far and the ops that were waiting; when
     * @p stop says so, the export ends after the bundle just written (each bundle is whole and recorded as sent).
     */
    static Result<QStringList> exportPending(Casebook &station, const QString &folder,
                                             qint64 maxBytes = kMaxBytesPerBundle,
                                             const std::function<void(int written, int waiting)> &progress = {},
                                             const std::function<bool()> &stop = {});
    /**
     * Writes again, to @p folder, every bundle the county has not acknowledged yet (the station keeps their bytes
     * until then), so that a lost or broken stick loses nothing. The county takes a bundle it already has as
     * "already had". Returns the paths written.
     */
    static Result<QStringList> rewriteUnacknowledged(Casebook &station, const QString &folder);

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

    /** Applies a verified downstream bundle's content (BundleImporter calls it inside the bundle's transaction). */
    static Result<void> applyDownstream(Casebook &station, const QJsonObject &manifest, BundleCodec::Content &body,
                                        BundleImportResult &result, const std::function<void(int, int)> &progress);
};

} // namespace xianjie
