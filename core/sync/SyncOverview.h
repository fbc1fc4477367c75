#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace xianjie {

class Casebook;

/** A station as the county's sync screens show it. */
struct StationSummary
{
    QString stationId;
    QString code;
    QString name;
    QDate enrolledOn;
    QDate revokedOn;
    int bundles = 0;
    qint64 ops = 0;
    QDateTime lastImport;
    QDateTime lastDownstream;
    int openReviews = 0;
};

/** One entry of the review queue, in words, sensitive values masked. */
struct ReviewItem
{
    qint64 id = 0;
    QString kind; ///< field, status, future, same_person
    QString kindLabel;
    QString table;
    QString recordId;
    QString record; ///< what the record is, e.g. the household it belongs to
    QString field;
    QString fieldLabel;
    QString base;
    QString kept;
    QString keptBy;
    QString other;
    QString otherBy;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    QString resolution;
};

/** An alert a station received from the county. */
struct SyncAlert
{
    QString id;
    QString recordId;
    QString householdId;
    QString text;
    QDateTime raisedAt;
    QDateTime seenAt;
};

/**
 * What the sync screens read and the decisions they record: the county's stations with their last imports, the
 * review queue (fields both sides changed, statuses that diverged, stamps from the future, the same person at two
 * stations) and its resolution, and a station's alerts.
 */
class SyncOverview
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::SyncOverview)

public:
    static Result<QList<StationSummary>> stations(const Casebook &county);
    static Result<QList<ReviewItem>> reviewQueue(Casebook &casebook, bool openOnly);
    static Result<int> openReviews(const Casebook &casebook);

    enum class Decision
    {
        KeepKept, ///< the value merging kept stays
        UseOther, ///< the other side's value replaces it (a new change, sent to the station with the next bundle)
        Reviewed  ///< looked at; nothing to change (future stamps, the same person at two stations)
    };
    /** County staff decide an entry; the decision and who took it are recorded and audited. */
    static Result<void> resolve(Casebook &county, qint64 id, Decision decision, const QString &note);

    static Result<QList<SyncAlert>> alerts(const Casebook &station, bool unseenOnly);
    static Result<void> markAlertSeen(Casebook &station, const QString &alertId);
};

} // namespace xianjie
