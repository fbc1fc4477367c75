#pragma once

#include "Result.h"
#include "sync/BundleCodec.h"
#include "sync/BundleImportResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace xianjie {

class Casebook;

/**
 * The county's side of sync: applies the stations' bundles (after BundleImporter has verified them) and writes
 * one downstream bundle per station — acknowledgements of its bundles, the county's changes it needs (villages,
 * charity directory, referral status updates, values kept in conflicts), alerts (the same person registered at two
 * stations) and the last audit entry the county holds of it — signed by the county and sealed to that station.
 */
class CountySync
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CountySync)

public:
    /** A downstream bundle built in memory, not yet recorded as sent. */
    struct Downstream
    {
        QString bundleId;
        QString stationId;
        QString stationCode;
        QString fileName;
        QByteArray file;
        qint64 seqFrom = 0;
        qint64 seqTo = 0;
        int ops = 0;
    };
    /**
     * Builds the downstream bundle for one station. @p after is the last county change the station has applied (as
     * it says online); -1 takes what its last bundle reported. With @p onlyIfNewAfter >= 0 (the last change of the
     * station's that it knows acknowledged), nothing is built when the bundle would tell it nothing new: no county
     * change it needs, no acknowledgement, no new alert.
     */
    static Result<std::optional<Downstream>> buildDownstream(Casebook &county, const QString &stationCode,
                                                             qint64 after = -1, qint64 onlyIfNewAfter = -1);
    /** Records a built bundle as sent, with its audit entry. */
    static Result<void> recordDownstream(Casebook &county, const Downstream &bundle);
    /** The downstream bundle for one station (by its 12-digit code), written to @p folder. */
    static Result<QString> exportDownstream(Casebook &county, const QString &stationCode, const QString &folder);
    /**
     * A downstream bundle for every enrolled station; the paths written. @p progress is told after each station;
     * when @p stop says so, no further station's bundle is written.
     */
    static Result<QStringList> exportDownstreamForAll(Casebook &county, const QString &folder,
                                                      const std::function<void(int done, int stations)> &progress = {},
                                                      const std::function<bool()> &stop = {});

    /** Applies a verified upstream bundle's content (BundleImporter calls it inside the bundle's transaction). */
    static Result<void> applyUpstream(Casebook &county, const QJsonObject &manifest, BundleCodec::Content &body,
                                      BundleImportResult &result, const std::function<void(int, int)> &progress);
};

} // namespace xianjie
