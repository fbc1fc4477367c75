#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantMap>
#include <functional>

class QSqlDatabase;

namespace xianjie {

class Casebook;

/** One change of one synced record, as the change log holds it and as a bundle carries it. */
struct Op
{
    QString table;
    QString recordId;
    QString op; ///< insert, update, delete
    int version = 1;
    QString hlc;
    QString stationId;
    QVariantMap fields;
    qint64 seq = 0;         ///< position in the writing casebook's change log (0 when not read from one)
    QString baseHlc;        ///< updates: the record's clock when the writer changed it (what it had seen)
    QVariantMap baseValues; ///< updates: the changed fields' values before the write
    QVariantMap local;      ///< inserts: columns kept out of the change log but carried by a bundle (a scan's bytes)
};

/**
 * Applies ops from another casebook (a station's bundle at the county, the county's downstream bundle at a
 * station) in one transaction, with the database's own rules in force: any op the casebook refuses — a row no
 * consent covers, a column that does not exist — rolls back every op and names the op and the reason.
 *
 * Merge rules (DESIGN.md): each field is last-writer-wins by hybrid logical clock (ties by station id), and
 * when both sides changed a field since the writer's base a review-queue entry (`conflict`) keeps both values;
 * a consent's withdrawal always wins and the first withdrawal stays; a referral's status only moves forward
 * (a step the other side already passed is ignored, a move after a withdrawal never happens); a tombstone stays.
 * Applying the same ops again changes nothing, and the result does not depend on the order in which different
 * writers' ops arrive. Timestamps more than a day ahead of this casebook's clock are flagged for review.
 */
class OpApplier
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::OpApplier)

public:
    struct Options
    {
        /** Station: a field with a local change not yet in a bundle is left as it is (the county decides). */
        bool keepUnsentLocalChanges = false;
        /** County: when a station's value loses, restate the kept value for the next downstream bundle. */
        bool restateKeptValues = false;
        /** County: look for the same ID number registered at another station. */
        bool findSamePerson = false;
        /** Called every few hundred ops and at the end with the ops done and the total (a window keeps painting). */
        std::function<void(int done, int total)> progress;
    };
    struct Applied
    {
        int changed = 0;   ///< ops that changed something
        int conflicts = 0; ///< new review-queue entries (both sides changed a field, diverging statuses)
        int flagged = 0;   ///< ops stamped more than a day in the future
        int samePerson = 0;
        QSet<QString> households; ///< households whose records changed (for the search index)
    };

    static Result<Applied> apply(Casebook &casebook, const QList<Op> &ops, const Options &options);
    static Result<Applied> apply(Casebook &casebook, const QList<Op> &ops) { return apply(casebook, ops, Options()); }
    /**
     * The casebook's outbox (change_log) after @p afterSeq, oldest first; with @p unsentOnly only the ops not yet
     * in a bundle; at most @p limit ops (0: all).
     */
    static Result<QList<Op>> outbox(const Casebook &casebook, qint64 afterSeq = 0, bool unsentOnly = false,
                                    int limit = 0);
};

} // namespace xianjie
