#include "Aggregates.h"

#include "rules/Labels.h"
#include "rules/VisitPolicy.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "sync/SyncOverview.h"

#include <QHash>
#include <QScopeGuard>
#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace xianjie {

ReportScope ReportScope::month(int year, int month)
{
    ReportScope s;
    s.from = QDate(year, month, 1);
    s.to = s.from.isValid() ? s.from.addMonths(1).addDays(-1) : QDate();
    return s;
}

ReportScope ReportScope::year(int year)
{
    ReportScope s;
    s.from = QDate(year, 1, 1);
    s.to = QDate(year, 12, 31);
    return s;
}

namespace {

/** A piece of SQL with its bound values, in order. */
struct Sql
{
    QString text;
    QVariantList values;

    Sql &add(const QString &more, const QVariantList &moreValues = {})
    {
        text += more;
        values += moreValues;
        return *this;
    }
    Sql &add(const Sql &more) { return add(more.text, more.values); }
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/** The last day an overdue figure looks at: the period's end, or yesterday while the period is still running. */
QDate cutoff(const ReportScope &s, const QDate &today)
{
    return std::min(s.to, today.addDays(-1));
}

/** The area, on a household aliased h. */
Sql area(const ReportScope &s)
{
    Sql sql;
    if (!s.stationId.isEmpty())
        sql.add(QStringLiteral(" AND h.station_id = ?"), {s.stationId});
    if (!s.villageCode.isEmpty())
        sql.add(QStringLiteral(" AND h.village_id IN (SELECT id FROM village WHERE code = ? AND deleted = 0)"),
                {s.villageCode});
    return sql;
}

/** Households on the books during the period, in its area (alias h). */
Sql onBooks(const ReportScope &s)
{
    Sql sql;
    // Registered by the period's last day: the stamp (2026-11-30T…) sorts before the next day's date.
    sql.add(QStringLiteral("h.deleted = 0 AND (h.closed_on IS NULL OR h.closed_on >= ?) AND "
                           "(h.created_at < ? OR EXISTS (SELECT 1 FROM category_membership c0 WHERE "
                           "c0.household_id = h.id AND c0.deleted = 0 AND c0.start_date <= ?))"),
            {iso(s.from), iso(s.to.addDays(1)), iso(s.to)});
    return sql.add(area(s));
}

/** A category held on some day of the period (alias c). */
Sql categoryHeld(const ReportScope &s)
{
    return Sql{QStringLiteral("c.deleted = 0 AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)"),
               {iso(s.to), iso(s.from)}};
}

/** A person (alias p) in a focus group on the period's last day: the SQL form of Matching::groupsOf. */
Sql focusGroup(const QString &group, const ReportScope &s)
{
    // The birth dates that make 60 and 18 on the last day, worked out here as Person::ageOn counts (someone born on
    // 29 February has their birthday on 1 March in other years), not by SQLite for every member.
    if (group == QLatin1String("elderly_dependent"))
        return {QStringLiteral("p.birth_date <= ? AND p.self_care IN ('partial', 'lost')"), {iso(s.to.addYears(-60))}};
    if (group == QLatin1String("minor"))
        return {QStringLiteral("p.birth_date > ? AND p.birth_date <= ?"), {iso(s.to.addYears(-18)), iso(s.to)}};
    if (group == QLatin1String("disabled"))
        return {QStringLiteral("p.disability_category > 0"), {}};
    return {QStringLiteral("p.health = 'serious'"), {}};
}

const QStringList &focusGroups()
{
    static const QStringList groups = {QStringLiteral("elderly_dependent"), QStringLiteral("minor"),
                                       QStringLiteral("disabled"), QStringLiteral("seriously_ill")};
    return groups;
}

/** A need (alias n) by what happened to it in the period. */
Sql needIn(const QString &what, const ReportScope &s)
{
    if (what == QLatin1String("need_identified"))
        return {QStringLiteral("n.identified_on BETWEEN ? AND ?"), {iso(s.from), iso(s.to)}};
    if (what == QLatin1String("need_met"))
        return {QStringLiteral("n.status = 'met' AND n.closed_on BETWEEN ? AND ?"), {iso(s.from), iso(s.to)}};
    return {QStringLiteral("n.identified_on <= ? AND (n.closed_on IS NULL OR n.closed_on > ?)"),
            {iso(s.to), iso(s.to)}};
}

/** Referrals to charities sent in the period, in its area (alias r, household h). */
Sql referralsSent(const ReportScope &s)
{
    Sql sql{QStringLiteral("r.direction = 'to_charity' AND r.deleted = 0 AND r.sent_on BETWEEN ? AND ?"),
            {iso(s.from), iso(s.to)}};
    return sql.add(area(s));
}

QString reached(const char *status)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id AND e.deleted = 0 AND "
                          "e.to_status = '%1')")
        .arg(QLatin1String(status));
}

/** How far a referral (alias r) went: one condition per funnel stage. */
QString stage(const QString &code)
{
    if (code == QLatin1String("sent"))
        return QStringLiteral("1");
    if (code == QLatin1String("accepted"))
        return QStringLiteral("(r.status IN ('accepted', 'helping', 'completed') OR %1)").arg(reached("accepted"));
    if (code == QLatin1String("helping"))
        return QStringLiteral("(r.status = 'helping' OR %1)").arg(reached("helping"));
    if (code == QLatin1String("open"))
        return QStringLiteral("r.status IN ('sent', 'accepted', 'helping')");
    static const QStringList ends = {QStringLiteral("completed"), QStringLiteral("declined"),
                                     QStringLiteral("returned"), QStringLiteral("cancelled"),
                                     QStringLiteral("consent_withdrawn")};
    if (ends.contains(code))
        return QStringLiteral("r.status = '%1'").arg(code);
    return QString();
}

/** The entry that stands for a help or visit record: the latest amendment, not what it corrected. */
QString current(const char *table, const char *alias)
{
    // NOT IN over the list of corrected ids is built once per statement; amends_id has no index to probe.
    return QStringLiteral("%2.deleted = 0 AND %2.id NOT IN (SELECT x.amends_id FROM %1 x WHERE x.amends_id IS NOT "
                          "NULL AND x.deleted = 0)")
        .arg(QLatin1String(table), QLatin1String(alias));
}

/** Help given for a period starting in the report's period, in its area (alias a, household h). */
Sql helpIn(const ReportScope &s)
{
    Sql sql{current("assistance", "a") + QStringLiteral(" AND a.period_start BETWEEN ? AND ?"),
            {iso(s.from), iso(s.to)}};
    if (!s.stationId.isEmpty() || !s.villageCode.isEmpty())
        sql.add(QStringLiteral(" AND a.household_id IN (SELECT h.id FROM household h WHERE 1"))
            .add(area(s))
            .add(QStringLiteral(")"));
    return sql;
}

/** A visit (alias v) counted as @p what; @p currentOnly adds that it is not a corrected entry (the counts say that
 * once, in their WHERE, rather than in each of their three sums). */
Sql visitIn(const QString &what, const ReportScope &s, const QDate &today, bool currentOnly = true)
{
    Sql sql{currentOnly ? current("visit", "v") + QStringLiteral(" AND ") : QString(), {}};
    if (what == QLatin1String("visits_due"))
        sql.add(QStringLiteral("v.due_on BETWEEN ? AND ?"), {iso(s.from), iso(s.to)});
    else if (what == QLatin1String("visits_done"))
        sql.add(QStringLiteral("v.status = 'done' AND v.done_on BETWEEN ? AND ?"), {iso(s.from), iso(s.to)});
    else {
        const QString c = iso(cutoff(s, today));
        sql.add(QStringLiteral("v.due_on <= ? AND (v.status = 'planned' OR v.done_on > ?)"), {c, c});
    }
    return sql;
}

qint64 count(const QSqlDatabase &db, const Sql &sql, std::optional<Error> *error)
{
    auto v = Database::scalar(db, sql.text, sql.values);
    if (!v) {
        *error = v.error();
        return 0;
    }
    return v->toLongLong();
}

int days(const QString &from, const QString &to)
{
    return int(QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate)));
}

/** Every statement of compute(), built once so that benchmarks run exactly the same SQL. */
struct Queries
{
    QList<Sql> setup; ///< the households on the books, once, into a temporary table the counts start from
    Sql households, categories, focus, needs, funnel, leads, help, visits, campaigns, problems;
};

Queries queriesFor(const ReportScope &scope, const QDate &today)
{
    Queries q;
    const QString from = iso(scope.from), to = iso(scope.to), last = iso(cutoff(scope, today));
    // The households on the books drive the joins into their records (each table has an index by household that
    // holds what is counted): probing by household costs a fraction of looking up the household of every record,
    // and the rule of being on the books is worked out once, not once for every table.
    q.setup << Sql{QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_households (id TEXT PRIMARY KEY) WITHOUT "
                                  "ROWID"),
                   {}}
            << Sql{QStringLiteral("DELETE FROM temp.report_households"), {}}
            << Sql{QStringLiteral("INSERT INTO temp.report_households SELECT h.id FROM household h WHERE "), {}}.add(
                   onBooks(scope));
    q.households = Sql{
        QStringLiteral("SELECT count(*), coalesce(sum(h.created_at >= ? AND h.created_at < ?), 0), "
                       "coalesce(sum(h.closed_on BETWEEN ? AND ?), 0) FROM household h WHERE "),
        {from, iso(scope.to.addDays(1)), from,
         to}}.add(onBooks(scope));
    q.categories = Sql{QStringLiteral("SELECT c.category, count(DISTINCT c.household_id), coalesce(sum(c.review_on "
                                      "BETWEEN ? AND ?), 0), coalesce(sum(c.reviewed_on BETWEEN ? AND ?), 0), "
                                      "coalesce(sum(c.review_on <= ?), 0) FROM temp.report_households s CROSS JOIN "
                                      "category_membership c ON c.household_id = s.id WHERE "),
                       {from, to, from, to, last}}
                       .add(categoryHeld(scope))
                       .add(QStringLiteral(" GROUP BY c.category"));
    q.focus = Sql{QStringLiteral("SELECT count(*)"), {}};
    for (const QString &g : focusGroups()) {
        const Sql cond = focusGroup(g, scope);
        q.focus.add(QStringLiteral(", coalesce(sum(%1), 0)").arg(cond.text), cond.values);
    }
    q.focus.add(QStringLiteral(" FROM temp.report_households s CROSS JOIN person p ON p.household_id = s.id WHERE "
                               "p.deleted = 0"));
    q.needs = Sql{QStringLiteral("SELECT n.need_type"), {}};
    for (const char *what : {"need_identified", "need_met", "need_open"}) {
        const Sql cond = needIn(QLatin1String(what), scope);
        q.needs.add(QStringLiteral(", coalesce(sum(%1), 0)").arg(cond.text), cond.values);
    }
    // Needs and visits are counted on the second connection, which has no temporary table: they join the households.
    q.needs.add(QStringLiteral(" FROM household h CROSS JOIN need n ON n.household_id = h.id WHERE n.deleted = 0 AND "))
        .add(onBooks(scope))
        .add(QStringLiteral(" GROUP BY n.need_type"));
    q.funnel = Sql{
        QStringLiteral("SELECT r.org_id, coalesce(o.name, ''), r.status, r.sent_on, "
                       "(SELECT min(e.happened_on) FROM referral_event e WHERE e.referral_id = r.id AND "
                       "e.deleted = 0 AND e.to_status IN ('accepted', 'declined', 'returned')), "
                       "(SELECT min(e.happened_on) FROM referral_event e WHERE e.referral_id = r.id AND "
                       "e.deleted = 0 AND e.to_status = 'completed'), r.closed_on, %1, %2, r.station_id "
                       "FROM referral r JOIN household h ON h.id = r.household_id LEFT JOIN charity_org o ON "
                       "o.id = r.org_id WHERE ")
            .arg(stage(QStringLiteral("accepted")), stage(QStringLiteral("helping"))),
        {}}.add(referralsSent(scope));
    q.leads =
        Sql{QStringLiteral("SELECT r.org_id, coalesce(o.name, ''), r.status, count(*) FROM referral r LEFT JOIN "
                           "household h ON h.id = r.household_id LEFT JOIN charity_org o ON o.id = r.org_id WHERE "
                           "r.direction = 'from_charity' AND r.deleted = 0 AND r.reported_on BETWEEN ? AND ?"),
            {from, to}};
    if (!scope.stationId.isEmpty())
        q.leads.add(QStringLiteral(" AND r.station_id = ?"), {scope.stationId});
    if (!scope.villageCode.isEmpty())
        q.leads.add(QStringLiteral(" AND (h.village_id IN (SELECT id FROM village WHERE code = ? AND deleted = 0) OR "
                                   "(r.household_id IS NULL AND (r.lead_village = ? OR r.lead_village IN (SELECT name "
                                   "FROM village WHERE code = ? AND deleted = 0))))"),
                    {scope.villageCode, scope.villageCode, scope.villageCode});
    q.leads.add(QStringLiteral(" GROUP BY r.org_id, r.status"));
    q.help = Sql{QStringLiteral("SELECT a.source, a.form, count(*), count(DISTINCT a.household_id), "
                                "coalesce(sum(a.amount_fen), 0) FROM assistance a WHERE "),
                 {}}
                 .add(helpIn(scope))
                 .add(QStringLiteral(" GROUP BY a.source, a.form"));
    q.visits = Sql{QStringLiteral("SELECT "), {}};
    for (const char *what : {"visits_due", "visits_done", "visits_overdue"}) {
        const Sql cond = visitIn(QLatin1String(what), scope, today, false);
        q.visits.add(QStringLiteral("coalesce(sum(%1), 0), ").arg(cond.text), cond.values);
    }
    q.visits.text.chop(2);
    q.visits.add(QStringLiteral(" FROM household h CROSS JOIN visit v ON v.household_id = h.id WHERE "))
        .add(onBooks(scope))
        .add(QStringLiteral(" AND ") + current("visit", "v"));
    // The help each referral brought, summed once for all referrals rather than looked up for each.
    q.campaigns = Sql{
        QStringLiteral("SELECT p.campaign_tags, r.status, coalesce(help.fen, 0) FROM referral r JOIN "
                       "household h ON h.id = r.household_id JOIN charity_project p ON p.id = "
                       "r.project_id LEFT JOIN (SELECT a.referral_id, sum(a.amount_fen) AS fen FROM "
                       "assistance a WHERE a.referral_id IS NOT NULL AND ") +
            current("assistance", "a") +
            QStringLiteral(" GROUP BY a.referral_id) help ON help.referral_id = r.id WHERE "
                           "p.campaign_tags <> '' AND "),
        {}}.add(referralsSent(scope));
    q.problems =
        Sql{QStringLiteral("SELECT r.id, r.number, coalesce(o.name, ''), r.status, r.sent_on, r.due_on, "
                           "r.closed_on FROM referral r JOIN household h ON h.id = r.household_id LEFT JOIN "
                           "charity_org o ON o.id = r.org_id WHERE r.direction = 'to_charity' AND r.deleted = 0 "
                           "AND ((r.status = 'sent' AND r.due_on <= ?) OR (r.status IN "
                           "('declined', 'returned') AND r.closed_on BETWEEN ? AND ?))"),
            {last, from, to}}
            .add(area(scope))
            .add(QStringLiteral(" ORDER BY r.due_on, r.number"));
    return q;
}

} // namespace

QList<QPair<QString, QVariantList>> Aggregates::statements(const ReportScope &scope, const QDate &today)
{
    const Queries q = queriesFor(scope, today);
    QList<QPair<QString, QVariantList>> out;
    for (const Sql &sql : q.setup)
        out << qMakePair(sql.text, sql.values);
    for (const Sql *sql : {&q.households, &q.categories, &q.focus, &q.needs, &q.funnel, &q.leads, &q.help, &q.visits,
                           &q.campaigns, &q.problems})
        out << qMakePair(sql->text, sql->values);
    return out;
}

DaysSummary Aggregates::summarise(QList<int> days)
{
    DaysSummary s;
    s.count = int(days.size());
    if (days.isEmpty())
        return s;
    std::sort(days.begin(), days.end());
    const qsizetype n = days.size();
    // The median of an even count is the mean of the middle two; the 90th percentile is the nearest rank.
    s.median = n % 2 ? double(days.at(n / 2)) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
    s.p90 = double(days.at(std::max<qsizetype>(0, qsizetype(std::ceil(0.9 * double(n))) - 1)));
    return s;
}

QList<QPair<QString, QString>> Aggregates::funnelStages()
{
    return {
        {QStringLiteral("sent"), tr("Sent")},           {QStringLiteral("accepted"), tr("Accepted")},
        {QStringLiteral("helping"), tr("Helping")},     {QStringLiteral("completed"), tr("Completed")},
        {QStringLiteral("declined"), tr("Declined")},   {QStringLiteral("returned"), tr("Returned")},
        {QStringLiteral("cancelled"), tr("Cancelled")}, {QStringLiteral("consent_withdrawn"), tr("Consent withdrawn")},
        {QStringLiteral("open"), tr("Still open")}};
}

QString Aggregates::areaName(const Casebook &casebook, const ReportScope &scope)
{
    const QSqlDatabase db = casebook.db();
    QString name = casebook.identity().name;
    if (!scope.stationId.isEmpty()) {
        auto station =
            Database::scalar(db, QStringLiteral("SELECT name FROM station WHERE station_id = ?"), {scope.stationId});
        if (station && !station->isNull())
            name = station->toString();
    }
    if (!scope.villageCode.isEmpty()) {
        auto village = Database::scalar(
            db, QStringLiteral("SELECT name FROM village WHERE code = ? AND deleted = 0 ORDER BY rid LIMIT 1"),
            {scope.villageCode});
        if (village && !village->isNull())
            name = tr("%1, %2").arg(name, village->toString());
    }
    return name;
}

Result<LinkageFigures> Aggregates::compute(const Casebook &casebook, const ReportScope &scope)
{
    if (!scope.isValid())
        return makeError(Error::Kind::Invalid, tr("Choose a period whose first day comes before its last."));
    const QSqlDatabase db = casebook.db();
    const QDate today = casebook.clock().today();
    const bool county = casebook.identity().role == Casebook::Role::County;
    std::optional<Error> error;
    LinkageFigures f;
    f.scope = scope;
    f.areaName = areaName(casebook, scope);
    f.computedOn = today;
    const Queries queries = queriesFor(scope, today);
    for (const Sql &sql : queries.setup)
        if (auto r = Database::run(db, sql.text, sql.values); !r)
            return r.error();
    // The report reads most of the casebook's case tables several times: a larger page cache for these statements
    // keeps them in memory instead of asking the system for the same pages again.
    auto cacheSize = Database::scalar(db, QStringLiteral("PRAGMA cache_size"));
    if (cacheSize && !cacheSize->isNull())
        (void)Database::run(db, QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restore = qScopeGuard([&] {
        if (cacheSize && !cacheSize->isNull())
            (void)Database::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize->toLongLong()));
    });

    // What the figures need besides the households and their people runs at the same time on a second connection
    // (the machines are small, but they have two cores and the window waits for neither).
    auto others = [&](const QSqlDatabase &db) -> std::optional<Error> {
        // Households and people on the books, registered and closed.
        {
            const Sql &sql = queries.households;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            if (q->next()) {
                f.households = q->value(0).toInt();
                f.registered = q->value(1).toInt();
                f.closed = q->value(2).toInt();
            }
        }
        // Needs by type.
        {
            const Sql &sql = queries.needs;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            QHash<QString, NeedFigures> byType;
            while (q->next())
                byType.insert(q->value(0).toString(), NeedFigures{QString(), QString(), q->value(1).toInt(),
                                                                  q->value(2).toInt(), q->value(3).toInt()});
            for (const auto &[code, label] : Labels::needTypes()) {
                NeedFigures n = byType.value(code);
                n.type = code;
                n.label = label;
                f.needs << n;
                f.needsIdentified += n.identified;
                f.needsMet += n.met;
                f.needsOpen += n.open;
            }
        }
        // Leads reported by charities.
        {
            const Sql &sql = queries.leads;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            QHash<QString, LeadOutcomes> byOrg;
            while (q->next()) {
                LeadOutcomes &o = byOrg[q->value(0).toString()];
                o.orgId = q->value(0).toString();
                o.orgName = q->value(1).toString();
                const QString status = q->value(2).toString();
                const int n = q->value(3).toInt();
                for (LeadOutcomes *l : {&f.leads, &o}) {
                    l->reported += n;
                    if (status == QLatin1String("screening"))
                        l->screening += n;
                    else if (status == QLatin1String("application_assisted"))
                        l->assisted += n;
                    else if (status == QLatin1String("approved"))
                        l->approved += n;
                    else if (status == QLatin1String("not_eligible"))
                        l->notEligible += n;
                    else
                        l->withdrawn += n;
                }
            }
            f.leadsByCharity = byOrg.values();
            std::sort(f.leadsByCharity.begin(), f.leadsByCharity.end(),
                      [](const LeadOutcomes &a, const LeadOutcomes &b) {
                          return a.reported != b.reported ? a.reported > b.reported : a.orgName < b.orgName;
                      });
        }
        // Help received, by source and form.
        {
            const Sql &sql = queries.help;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            QHash<QString, HelpFigures> by;
            while (q->next())
                by.insert(q->value(0).toString() + QLatin1Char('/') + q->value(1).toString(),
                          HelpFigures{q->value(0).toString(), q->value(1).toString(), QString(), q->value(2).toInt(),
                                      q->value(3).toInt(), q->value(4).toLongLong()});
            for (const char *source : {"government", "charity"})
                for (const auto &[form, formLabel] : Labels::outcomeForms()) {
                    HelpFigures h = by.value(QLatin1String(source) + QLatin1Char('/') + form);
                    h.source = QLatin1String(source);
                    h.form = form;
                    h.label = tr("%1, %2").arg(Labels::valueLabel(QStringLiteral("source"), h.source), formLabel);
                    (h.source == QLatin1String("government") ? f.governmentFen : f.charityFen) += h.fen;
                    f.help << h;
                }
        }
        // Visits.
        {
            const Sql &sql = queries.visits;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            q->next();
            f.visitsDue = q->value(0).toInt();
            f.visitsDone = q->value(1).toInt();
            f.visitsOverdue = q->value(2).toInt();
        }
        // Campaigns: referrals sent in the period to projects with a campaign tag, and the help they brought.
        {
            const Sql &sql = queries.campaigns;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            QMap<QString, CampaignFigures> byTag;
            while (q->next())
                for (const QString &tag : q->value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    CampaignFigures &c = byTag[tag];
                    c.tag = tag;
                    ++c.referrals;
                    c.completed += q->value(1).toString() == QLatin1String("completed");
                    c.helpFen += q->value(2).toLongLong();
                }
            f.campaigns = byTag.values();
            std::sort(f.campaigns.begin(), f.campaigns.end(), [](const CampaignFigures &a, const CampaignFigures &b) {
                return a.referrals != b.referrals ? a.referrals > b.referrals : a.tag < b.tag;
            });
        }
        // Problems: referrals still waiting for the charity's answer past its due date (as
        // ReferralRepository::isOverdue says), and those declined or returned in the period.
        {
            const Sql &sql = queries.problems;
            auto q = Database::exec(db, sql.text, sql.values);
            if (!q)
                return q.error();
            while (q->next()) {
                ReferralProblem p{q->value(0).toString(),
                                  q->value(1).toString(),
                                  q->value(2).toString(),
                                  q->value(3).toString(),
                                  QDate::fromString(q->value(4).toString(), Qt::ISODate),
                                  QDate::fromString(q->value(5).toString(), Qt::ISODate),
                                  QDate::fromString(q->value(6).toString(), Qt::ISODate),
                                  0};
                if (p.status == QLatin1String("declined") || p.status == QLatin1String("returned")) {
                    f.declinedReferrals << p;
                } else {
                    p.daysOverdue = int(p.dueOn.daysTo(cutoff(scope, today)));
                    f.overdueReferrals << p;
                }
            }
        }
        return std::nullopt;
    };
    std::optional<Error> otherError;
    std::thread second([&] {
        const QString name = Database::uniqueConnectionName(QStringLiteral("report"));
        {
            auto other = Casebook::openReadConnection(casebook.path(), name);
            if (!other) {
                otherError = other.error();
            } else {
                (void)Database::run(*other, QStringLiteral("PRAGMA cache_size = -65536"));
                otherError = others(*other);
            }
        }
        Database::forgetConnection(name);
        QSqlDatabase::removeDatabase(name);
    });
    // Whatever happens on this thread, the second one is waited for before its captures go.
    auto join = qScopeGuard([&] { second.join(); });
    // Households per category, and the category reviews.
    {
        const Sql &sql = queries.categories;
        auto q = Database::exec(db, sql.text, sql.values);
        if (!q)
            return q.error();
        QHash<QString, qint64> byCategory;
        while (q->next()) {
            byCategory.insert(q->value(0).toString(), q->value(1).toLongLong());
            f.reviewsDue += q->value(2).toInt();
            f.reviewsDone += q->value(3).toInt();
            f.reviewsOverdue += q->value(4).toInt();
        }
        for (const auto &[code, label] : Labels::categories())
            f.categories << FigureCount{code, label, byCategory.value(code)};
    }
    // People, and people per focus group, in one pass over the members.
    {
        const Sql &sql = queries.focus;
        auto q = Database::exec(db, sql.text, sql.values);
        if (!q)
            return q.error();
        q->next();
        f.people = q->value(0).toInt();
        for (int i = 0; i < focusGroups().size(); ++i)
            f.focusGroups << FigureCount{focusGroups().at(i),
                                         Labels::label(Labels::targetGroups(), focusGroups().at(i)),
                                         q->value(i + 1).toLongLong()};
    }
    // The referral funnel: one row per referral sent in the period, how far it went and when it was answered.
    {
        const Sql &sql = queries.funnel;
        auto q = Database::exec(db, sql.text, sql.values);
        if (!q)
            return q.error();
        QHash<QString, ReferralFunnel> byOrg;
        QHash<QString, QList<int>> answerDays, completionDays;
        QList<int> allAnswer, allCompletion;
        QHash<QString, StationFigures> byStation;
        while (q->next()) {
            const QString org = q->value(0).toString();
            const QString status = q->value(2).toString();
            const QString sent = q->value(3).toString();
            ReferralFunnel &o = byOrg[org];
            o.orgId = org;
            o.orgName = q->value(1).toString();
            StationFigures &st = byStation[q->value(9).toString()];
            for (ReferralFunnel *fun : {&f.funnel, &o}) {
                ++fun->sent;
                fun->accepted += q->value(7).toInt() != 0;
                fun->helping += q->value(8).toInt() != 0;
                fun->completed += status == QLatin1String("completed");
                fun->declined += status == QLatin1String("declined");
                fun->returned += status == QLatin1String("returned");
                fun->cancelled += status == QLatin1String("cancelled");
                fun->consentWithdrawn += status == QLatin1String("consent_withdrawn");
                fun->open += status == QLatin1String("sent") || status == QLatin1String("accepted") ||
                             status == QLatin1String("helping");
            }
            ++st.sent;
            st.accepted += q->value(7).toInt() != 0;
            st.completed += status == QLatin1String("completed");
            if (!q->value(4).isNull()) {
                const int d = days(sent, q->value(4).toString());
                answerDays[org] << d;
                allAnswer << d;
            }
            if (status == QLatin1String("completed")) {
                const QString done = q->value(5).isNull() ? q->value(6).toString() : q->value(5).toString();
                const int d = days(sent, done);
                completionDays[org] << d;
                allCompletion << d;
            }
        }
        f.funnel.toAnswer = summarise(allAnswer);
        f.funnel.toCompletion = summarise(allCompletion);
        for (auto it = byOrg.begin(); it != byOrg.end(); ++it) {
            it->toAnswer = summarise(answerDays.value(it.key()));
            it->toCompletion = summarise(completionDays.value(it.key()));
            f.charities << *it;
        }
        std::sort(f.charities.begin(), f.charities.end(), [](const ReferralFunnel &a, const ReferralFunnel &b) {
            return a.sent != b.sent ? a.sent > b.sent : a.orgName < b.orgName;
        });
        if (county) {
            auto stations = SyncOverview::stations(casebook);
            if (!stations)
                return stations.error();
            Sql households{QStringLiteral("SELECT h.station_id, count(*) FROM household h WHERE "), {}};
            ReportScope all = scope;
            all.stationId.clear();
            households.add(onBooks(all)).add(QStringLiteral(" GROUP BY h.station_id"));
            auto hq = Database::exec(db, households.text, households.values);
            if (!hq)
                return hq.error();
            QHash<QString, int> householdsOf;
            while (hq->next())
                householdsOf.insert(hq->value(0).toString(), hq->value(1).toInt());
            auto held = Database::exec(db, QStringLiteral("SELECT sender, count(*) FROM held_bundle GROUP BY sender"));
            if (!held)
                return held.error();
            QHash<QString, int> heldOf;
            while (held->next())
                heldOf.insert(held->value(0).toString(), held->value(1).toInt());
            for (const StationSummary &s : *stations) {
                if (!scope.stationId.isEmpty() && s.stationId != scope.stationId)
                    continue;
                StationFigures st = byStation.value(s.stationId);
                st.stationId = s.stationId;
                st.code = s.code;
                st.name = s.name;
                st.revoked = s.revokedOn.isValid();
                st.lastContact = s.lastImport;
                st.heldBundles = heldOf.value(s.stationId);
                st.openReviews = s.openReviews;
                st.households = householdsOf.value(s.stationId);
                f.stations << st;
            }
            f.duplicateAlerts = int(count(
                db,
                {QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'same_person' AND resolved_at IS NULL"),
                 {}},
                &error));
        }
    }
    join.dismiss();
    second.join();
    if (otherError)
        return *otherError;
    if (error)
        return *error;
    return f;
}

Result<FigureList> Aggregates::list(const Casebook &casebook, const ReportScope &scope, const QString &figure,
                                    const QString &code, int limit)
{
    if (!scope.isValid())
        return makeError(Error::Kind::Invalid, tr("Choose a period whose first day comes before its last."));
    const QDate today = casebook.clock().today();
    FigureList out;
    Sql sql;
    // The household columns every list shows: its number, its head, its village.
    const QString household = QStringLiteral("h.rid, coalesce((SELECT name FROM person WHERE household_id = h.id AND "
                                             "relation = 'self' AND deleted = 0), ''), coalesce((SELECT name FROM "
                                             "village WHERE id = h.village_id), '')");
    const QStringList householdHeaders = {tr("No."), tr("Head of household"), tr("Village")};
    if (figure == QLatin1String("households") || figure == QLatin1String("category") ||
        figure == QLatin1String("focus") || figure.startsWith(QLatin1String("need_")) ||
        figure == QLatin1String("help")) {
        out.kind = FigureList::Kind::Households;
        out.headers = householdHeaders;
        if (figure == QLatin1String("help")) {
            const QString source = code.section(QLatin1Char('/'), 0, 0);
            const QString form = code.section(QLatin1Char('/'), 1, 1);
            out.headers << tr("Entries") << tr("Amount (yuan)");
            sql.add(QStringLiteral("SELECT h.id, %1, count(*), printf('%.2f', coalesce(sum(a.amount_fen), 0) / 100.0) "
                                   "FROM assistance a JOIN household h ON h.id = a.household_id WHERE ")
                        .arg(household));
            sql.add(helpIn(scope))
                .add(QStringLiteral(" AND a.source = ? AND a.form = ? GROUP BY h.id ORDER BY h.rid"), {source, form});
        } else {
            sql.add(QStringLiteral("SELECT h.id, %1 FROM household h WHERE ").arg(household)).add(onBooks(scope));
            if (figure == QLatin1String("category"))
                sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM category_membership c WHERE c.household_id = h.id "
                                       "AND c.category = ? AND "),
                        {code})
                    .add(categoryHeld(scope))
                    .add(QStringLiteral(")"));
            else if (figure == QLatin1String("focus"))
                sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND "
                                       "p.deleted = 0 AND "))
                    .add(focusGroup(code, scope))
                    .add(QStringLiteral(")"));
            else if (figure.startsWith(QLatin1String("need_"))) {
                sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM need n WHERE n.household_id = h.id AND n.deleted = "
                                       "0 AND "))
                    .add(needIn(figure, scope));
                if (!code.isEmpty())
                    sql.add(QStringLiteral(" AND n.need_type = ?"), {code});
                sql.add(QStringLiteral(")"));
            }
            sql.add(QStringLiteral(" ORDER BY h.rid"));
        }
    } else if (figure == QLatin1String("referrals")) {
        out.kind = FigureList::Kind::Referrals;
        const QString stageCode = code.section(QLatin1Char('/'), 0, 0);
        const QString org = code.section(QLatin1Char('/'), 1, 1);
        const QString cond = stage(stageCode.isEmpty() ? QStringLiteral("sent") : stageCode);
        if (cond.isEmpty())
            return makeError(Error::Kind::Invalid, tr("There is no such figure."));
        out.headers = QStringList{tr("Referral")} + householdHeaders +
                      QStringList{tr("Organisation"), tr("Status"), tr("Sent"), tr("Answer due")};
        sql.add(QStringLiteral("SELECT h.id, r.number, %1, coalesce(o.name, ''), r.status, r.sent_on, "
                               "coalesce(r.due_on, '') FROM referral r JOIN household h ON h.id = r.household_id "
                               "LEFT JOIN charity_org o ON o.id = r.org_id WHERE ")
                    .arg(household))
            .add(referralsSent(scope))
            .add(QStringLiteral(" AND ") + cond);
        if (!org.isEmpty())
            sql.add(QStringLiteral(" AND r.org_id = ?"), {org});
        sql.add(QStringLiteral(" ORDER BY r.sent_on, r.number"));
    } else if (figure.startsWith(QLatin1String("visits_"))) {
        out.kind = FigureList::Kind::Visits;
        out.headers = QStringList{tr("Due")} + householdHeaders + QStringList{tr("Kind"), tr("Status"), tr("Done")};
        sql.add(QStringLiteral("SELECT h.id, v.due_on, %1, v.kind, v.status, coalesce(v.done_on, '') FROM visit v "
                               "JOIN household h ON h.id = v.household_id WHERE ")
                    .arg(household))
            .add(visitIn(figure, scope, today))
            .add(QStringLiteral(" AND "))
            .add(onBooks(scope))
            .add(QStringLiteral(" ORDER BY v.due_on, h.rid"));
    } else {
        return makeError(Error::Kind::Invalid, tr("There is no such figure."));
    }
    sql.add(QStringLiteral(" LIMIT ?"), {limit + 1});
    auto q = Database::exec(casebook.db(), sql.text, sql.values);
    if (!q)
        return q.error();
    const int columns = int(out.headers.size());
    while (q->next()) {
        if (out.rows.size() == limit) {
            out.truncated = true;
            break;
        }
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << q->value(c + 1).toString();
        if (out.kind == FigureList::Kind::Referrals)
            row[5] = Labels::label(Labels::referralStatuses(), row.at(5));
        if (out.kind == FigureList::Kind::Visits) {
            row[4] = VisitPolicy::kindLabel(row.at(4));
            row[5] = Labels::valueLabel(QStringLiteral("status"), row.at(5));
        }
        out.rows << row;
        out.householdIds << q->value(0).toString();
    }
    return out;
}

} // namespace xianjie
