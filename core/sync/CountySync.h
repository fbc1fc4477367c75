#pragma once

#include "Result.h"
#include "sync/BundleCodec.h"
#include "sync/BundleImportResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

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
