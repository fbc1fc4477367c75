#pragma once

#include "Result.h"
#include "report/LinkageFigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace xianjie {

class Casebook;

/** The rows behind one bar, slice or number of a dashboard: households, referrals or visits. */
struct FigureList
{
    enum class Kind
    {
        Households,
        Referrals,
        Visits
    };
    Kind kind = Kind::Households;
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QStringList householdIds; ///< one per row, to open the household
    bool truncated = false;   ///< more rows matched than were listed
};

/**
 * The figures of linkage work for a period and an area: one set of queries that the dashboards, the monthly
 * linkage report and the lists behind their figures all read (DESIGN.md, core/report).
 *
 * The rules of counting, once:
 * - a household is *on the books* in a period when it was registered (or held a category) by the period's end and
 *   was not closed before its start; its members count as people, their focus groups as Matching::groupsOf says
 *   on the period's last day;
 * - a category counts a household when it held the category on any day of the period;
 * - a need counts as identified on the day it was identified, met on the day it was closed as met, and open at the
 *   period's end when it was identified by then and not closed by then;
 * - a referral to a charity counts in the period it was sent in; how far it went is as of today; the days to an
 *   answer run from sending to the first acceptance, refusal or return, the days to completion from sending to
 *   completion; leads count in the period they were reported in;
 * - help counts by the first day of the period it was given for, amended entries by their amendment;
 * - a visit is overdue when it was due by the period's end (or yesterday, for a period still running) and was not
 *   done by then.
 * Nothing here names a person except the lists behind a figure, which show what the household list shows.
 * Reads only; safe on a worker thread with its own connection.
 */
class Aggregates
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Aggregates)

public:
    /** Every figure for @p scope. */
    static Result<LinkageFigures> compute(const Casebook &casebook, const ReportScope &scope);

    /**
     * The rows behind one figure: @p figure is one of "households", "category" (code: category), "focus" (code:
     * focus group), "need_identified", "need_met", "need_open" (code: need type or empty), "referrals" (code: a
     * funnel stage — sent, accepted, helping, completed, declined, returned, cancelled, consent_withdrawn, open —
     * with an optional organisation id after a slash: "sent/ORG"), "help" (code: "source/form"), "visits_due",
     * "visits_done", "visits_overdue". At most @p limit rows.
     */
    static Result<FigureList> list(const Casebook &casebook, const ReportScope &scope, const QString &figure,
                                   const QString &code, int limit = 5000);

    /** The name of the area of @p scope: the station or county, or the village. */
    static QString areaName(const Casebook &casebook, const ReportScope &scope);

    /** The statements compute() runs for @p scope, with their values: for benchmarks to run the same SQL. */
    static QList<QPair<QString, QVariantList>> statements(const ReportScope &scope, const QDate &today);

    /** The median and 90th percentile (nearest rank) of @p days. */
    static DaysSummary summarise(QList<int> days);

    /** The funnel stages in order, with their words. */
    static QList<QPair<QString, QString>> funnelStages();
    /** The stages a funnel chart shows: sent, accepted, helping, completed, declined, returned. */
    static QList<QPair<QString, QString>> chartedStages() { return funnelStages().mid(0, 6); }
};

} // namespace xianjie
