#include "LinkageReport.h"

#include "report/Aggregates.h"
#include "report/Paper.h"
#include "rules/Labels.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace xianjie {

QString LinkageReport::days(const std::optional<double> &d)
{
    return d ? QLocale().toString(*d, 'f', *d == std::floor(*d) ? 0 : 1) : QStringLiteral("—");
}

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}

/**
 * A table of figures with a header row, at 10.5 pt so that a row of numbers fits the width; @p widths in percent, one
 * per column. Numbers and dates stand right and do not break.
 */
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QString &empty)
{
    static const QRegularExpression figure(QStringLiteral("^[0-9.,/ —-]+$"));
    QString html = QStringLiteral("<table width=\"100%\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th class=\"dense\" width=\"%1%\">%2</th>")
                    .arg(widths.value(i))
                    .arg(Paper::esc(headers.at(i)));
    html += QStringLiteral("</tr></thead>");
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td class=\"dense\" colspan=\"%1\">%2</td></tr>")
                    .arg(headers.size())
                    .arg(Paper::esc(empty));
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += i > 0 && figure.match(row.at(i)).hasMatch()
                        ? QStringLiteral("<td class=\"densenum\" align=\"right\">%1</td>").arg(Paper::esc(row.at(i)))
                        : QStringLiteral("<td class=\"dense\">%1</td>").arg(Paper::esc(row.at(i)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/** Pairs of words and numbers, two pairs to a row, for the overview. */
QString figureGrid(const QList<QPair<QString, QString>> &figures)
{
    QString html = QStringLiteral("<table width=\"100%\">");
    for (int i = 0; i < figures.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < i + 2; ++j) {
            if (j < figures.size())
                html += QStringLiteral("<td width=\"30%\">%1</td><td class=\"num\" width=\"20%\" "
                                       "align=\"right\"><b>%2</b></td>")
                            .arg(Paper::esc(figures.at(j).first), Paper::esc(figures.at(j).second));
            else
                html += QStringLiteral("<td width=\"30%\"></td><td width=\"20%\"></td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString chart(const PaperChart &c)
{
    return QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(c.name)
        .arg(c.width)
        .arg(c.height);
}

} // namespace

QString LinkageReport::yuan(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

QString LinkageReport::periodText(const ReportScope &scope)
{
    if (scope.from.day() == 1 && scope.to == scope.from.addMonths(1).addDays(-1)) {
        if (QLocale().language() == QLocale::Chinese)
            return scope.from.toString(QStringLiteral("yyyy年M月"));
        return QLocale(QLocale::English).toString(scope.from, QStringLiteral("MMMM yyyy"));
    }
    return tr("%1 to %2").arg(Paper::date(scope.from), Paper::date(scope.to));
}

Result<PaperWithCharts> LinkageReport::build(Casebook &casebook, const ReportScope &scope)
{
    auto figures = Aggregates::compute(casebook, scope);
    if (!figures)
        return figures.error();
    PaperWithCharts out = paper(*figures, casebook.identity().role == Casebook::Role::County);
    if (auto r = recordPrinted(casebook, *figures); !r)
        return r.error();
    return out;
}

Result<void> LinkageReport::recordPrinted(Casebook &casebook, const LinkageFigures &figures)
{
    Transaction tx(casebook);
    if (auto r = AuditLog::append(casebook, QStringLiteral("print"), QStringLiteral("report"), QString(), {}, {},
                                  tr("Linkage report, %1, %2").arg(periodText(figures.scope), figures.areaName));
        !r)
        return r.error();
    return tx.commit();
}

PaperWithCharts LinkageReport::paper(const LinkageFigures &f, bool county)
{
    PaperWithCharts out;
    out.title = tr("Linkage report, %1").arg(periodText(f.scope));
    PaperChart funnel;
    funnel.name = QStringLiteral("funnel");
    funnel.title = tr("Referrals sent in the period and how far they went");
    funnel.unit = tr("referrals");
    QList<double> funnelValues;
    for (const auto &[code, label] : Aggregates::chartedStages()) {
        funnel.categories << label;
        funnelValues << f.funnel.stage(code);
    }
    funnel.series << qMakePair(tr("Referrals"), funnelValues);
    out.charts << funnel;

    PaperChart help2;
    help2.name = QStringLiteral("help");
    help2.title = tr("Help received by source and form (yuan)");
    help2.unit = tr("yuan");
    QList<double> government, charity;
    for (const auto &[form, label] : Labels::outcomeForms()) {
        help2.categories << label;
        for (const HelpFigures &h : f.help)
            if (h.form == form)
                (h.source == QLatin1String("government") ? government : charity) << double(h.fen) / 100.0;
    }
    help2.series << qMakePair(tr("Government"), government) << qMakePair(tr("Charity"), charity);
    help2.height = 210;
    out.charts << help2;

    PaperChart needChart;
    needChart.name = QStringLiteral("needs");
    needChart.title = tr("Needs identified and met in the period, by type");
    needChart.unit = tr("needs");
    QList<double> identified, met;
    for (const NeedFigures &n : f.needs) {
        needChart.categories << n.label;
        identified << n.identified;
        met << n.met;
    }
    needChart.series << qMakePair(tr("Identified"), identified) << qMakePair(tr("Met"), met);
    needChart.horizontal = true;
    needChart.height = 290;
    out.charts << needChart;
    QString html = Paper::begin(tr("Report on the linkage of government assistance and charity help"));
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(Paper::esc(tr("%1 · %2").arg(f.areaName, periodText(f.scope))));
    html += Paper::para(tr("Period: %1 to %2. Prepared on %3 from the casebook. Counts only: this report names no "
                           "person and shows no ID number.")
                            .arg(Paper::date(f.scope.from), Paper::date(f.scope.to), Paper::date(f.computedOn)),
                        QStringLiteral("note"));

    html += Paper::heading(tr("1. Overview"));
    html += figureGrid({
        {tr("Households on the books"), num(f.households)},
        {tr("People in them"), num(f.people)},
        {tr("Households registered"), num(f.registered)},
        {tr("Households closed"), num(f.closed)},
        {tr("Needs identified"), num(f.needsIdentified)},
        {tr("Needs met"), num(f.needsMet)},
        {tr("Referrals to charities sent"), num(f.funnel.sent)},
        {tr("Referrals completed"), num(f.funnel.completed)},
        {tr("Leads reported by charities"), num(f.leads.reported)},
        {tr("Leads approved for assistance"), num(f.leads.approved)},
        {tr("Government help (yuan)"), yuan(f.governmentFen)},
        {tr("Charity help (yuan)"), yuan(f.charityFen)},
        {tr("Visits done / due"), tr("%1 / %2").arg(f.visitsDone).arg(f.visitsDue)},
        {tr("Visits overdue"), num(f.visitsOverdue)},
    });

    html += Paper::heading(tr("2. Households and people"));
    QList<QStringList> groups;
    for (int i = 0; i < std::max(f.categories.size(), f.focusGroups.size()); ++i)
        groups << QStringList{i < f.categories.size() ? f.categories.at(i).label : QString(),
                              i < f.categories.size() ? num(f.categories.at(i).value) : QString(),
                              i < f.focusGroups.size() ? f.focusGroups.at(i).label : QString(),
                              i < f.focusGroups.size() ? num(f.focusGroups.at(i).value) : QString()};
    html +=
        table({tr("Category"), tr("Households"), tr("Focus group"), tr("People")}, groups, {34, 14, 38, 14}, QString());

    html += Paper::heading(tr("3. Needs"));
    QList<QStringList> needs;
    for (const NeedFigures &n : f.needs)
        if (n.identified || n.met || n.open)
            needs << QStringList{n.label, num(n.identified), num(n.met), num(n.open)};
    needs << QStringList{tr("Total"), num(f.needsIdentified), num(f.needsMet), num(f.needsOpen)};
    html += table({tr("Need"), tr("Identified"), tr("Met"), tr("Open at the end")}, needs, {40, 20, 20, 20}, QString());
    html += chart(out.charts.at(2));

    html += Paper::heading(tr("4. Referrals to charities"));
    html += Paper::para(
        tr("%1 referrals sent; %2 accepted, %3 completed, %4 declined, %5 returned, %6 still open. "
           "Days to the charity's answer: median %7, 90% within %8. Days to completion: median %9.")
            .arg(f.funnel.sent)
            .arg(f.funnel.accepted)
            .arg(f.funnel.completed)
            .arg(f.funnel.declined)
            .arg(f.funnel.returned)
            .arg(f.funnel.open)
            .arg(days(f.funnel.toAnswer.median), days(f.funnel.toAnswer.p90), days(f.funnel.toCompletion.median)));
    html += chart(out.charts.at(0));
    QList<QStringList> charities;
    for (const ReferralFunnel &c : f.charities)
        charities << QStringList{c.orgName,
                                 num(c.sent),
                                 num(c.accepted),
                                 num(c.completed),
                                 num(c.declined + c.returned),
                                 days(c.toAnswer.median),
                                 days(c.toAnswer.p90),
                                 days(c.toCompletion.median)};
    html += table({tr("Charity"), tr("Sent"), tr("Accepted"), tr("Completed"), tr("Declined or returned"),
                   tr("Days to answer, median"), tr("Days to answer, 90%"), tr("Days to complete, median")},
                  charities, {28, 8, 10, 10, 11, 11, 11, 11}, tr("No referral was sent in this period."));

    html += Paper::heading(tr("5. Leads from charities"));
    QList<QStringList> leads;
    for (const LeadOutcomes &l : f.leadsByCharity)
        leads << QStringList{l.orgName,       num(l.reported),    num(l.screening), num(l.assisted),
                             num(l.approved), num(l.notEligible), num(l.withdrawn)};
    html += table({tr("Charity"), tr("Reported"), tr("Being checked"), tr("Application assisted"), tr("Approved"),
                   tr("Not eligible"), tr("Withdrawn")},
                  leads, {30, 10, 12, 14, 10, 12, 12}, tr("No charity reported anyone in this period."));

    html += Paper::heading(tr("6. Help received"));
    QList<QStringList> help;
    for (const HelpFigures &h : f.help)
        if (h.entries)
            help << QStringList{h.label, num(h.entries), num(h.households), h.fen ? yuan(h.fen) : QStringLiteral("—")};
    help << QStringList{tr("Total"), QString(), QString(), yuan(f.governmentFen + f.charityFen)};
    html += table({tr("Source and form"), tr("Entries"), tr("Households"), tr("Amount (yuan)")}, help, {40, 18, 18, 24},
                  QString());
    html += chart(out.charts.at(1));

    html += Paper::heading(tr("7. Campaigns"));
    QList<QStringList> campaigns;
    for (const CampaignFigures &c : f.campaigns)
        campaigns << QStringList{c.tag, num(c.referrals), num(c.completed), yuan(c.helpFen)};
    html += table({tr("Campaign"), tr("Referrals"), tr("Completed"), tr("Help (yuan)")}, campaigns, {40, 18, 18, 24},
                  tr("No referral to a campaign project was sent in this period."));

    if (county && !f.stations.isEmpty()) {
        html += Paper::heading(tr("8. Stations"));
        QList<QStringList> stations;
        for (const StationFigures &s : f.stations)
            stations << QStringList{
                s.name,           num(s.households),
                num(s.sent),      num(s.accepted),
                num(s.completed), s.lastContact.isValid() ? Labels::dateTime(s.lastContact) : tr("never")};
        html += table({tr("Station"), tr("Households"), tr("Sent"), tr("Accepted"), tr("Completed"), tr("Last bundle")},
                      stations, {30, 13, 10, 12, 12, 23}, QString());
    }

    html += Paper::heading(county ? tr("9. To follow up") : tr("8. To follow up"));
    html += Paper::para(tr("Visits overdue: %1. Category reviews due in the period: %2, done: %3, overdue: %4.")
                            .arg(f.visitsOverdue)
                            .arg(f.reviewsDue)
                            .arg(f.reviewsDone)
                            .arg(f.reviewsOverdue));
    QList<QStringList> overdue;
    for (const ReferralProblem &p : f.overdueReferrals)
        overdue << QStringList{p.number,
                               p.orgName,
                               Labels::label(Labels::referralStatuses(), p.status),
                               Labels::date(p.sentOn),
                               Labels::date(p.dueOn),
                               num(p.daysOverdue)};
    html += Paper::para(tr("Referrals still waiting for the charity's answer past its due date (%n):", nullptr,
                           int(f.overdueReferrals.size())));
    html += table({tr("Referral"), tr("Charity"), tr("Status"), tr("Sent"), tr("Answer due"), tr("Days over")}, overdue,
                  {17, 31, 11, 16, 16, 9}, tr("None."));
    QList<QStringList> declined;
    for (const ReferralProblem &p : f.declinedReferrals)
        declined << QStringList{p.number, p.orgName, Labels::label(Labels::referralStatuses(), p.status),
                                Labels::date(p.sentOn), Labels::date(p.closedOn)};
    html +=
        Paper::para(tr("Referrals declined or returned in the period (%n):", nullptr, int(f.declinedReferrals.size())));
    html += table({tr("Referral"), tr("Charity"), tr("Status"), tr("Sent"), tr("Closed")}, declined,
                  {17, 39, 12, 16, 16}, tr("None."));
    html += Paper::para(tr("Prepared by: %1    Checked by: %2").arg(Paper::blank(12), Paper::blank(12)),
                        QStringLiteral("gap"));
    html += Paper::end();
    out.html = html;

    return out;
}

} // namespace xianjie
