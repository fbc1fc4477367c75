#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QVariantMap>

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
    qint64 seq = 0; ///< position in the writing casebook's change log (0 when not read from one)
};

/**
 * Applies ops from elsewhere (another casebook's change log, later a bundle) to a casebook, all in one
 * transaction: any op the casebook refuses — a row no consent covers, a backward referral status, a column that
 * does not exist — rolls back every op and names the op and the reason. An op already applied (same record,
 * same or newer version) changes nothing, so applying twice is harmless. The merge rules between stations
 * come with the sync bundles; this is the write path they will use, with the database's own rules in force.
 */
class OpApplier
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::OpApplier)

public:
    /** Applies @p ops in order; returns how many changed something. */
    static Result<int> apply(Casebook &casebook, const QList<Op> &ops);
    /**
     * The casebook's outbox (change_log) after @p afterSeq, oldest first; with @p unsentOnly only the ops not yet
     * in a bundle; at most @p limit ops (0: all).
     */
    static Result<QList<Op>> outbox(const Casebook &casebook, qint64 afterSeq = 0, bool unsentOnly = false,
                                    int limit = 0);
};

} // namespace xianjie
