#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace xianjie {

/** The period and area a set of figures is about. */
struct ReportScope
{
    QDate from;          ///< first day, inclusive
    QDate to;            ///< last day, inclusive
    QString stationId;   ///< at the county: one station; empty: every station (at a station: the station itself)
    QString villageCode; ///< 12-digit code of one village or community; empty: the whole area

    /** A calendar month. */
    static ReportScope month(int year, int month);
    static ReportScope year(int year);
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

/** One bar of a chart or one line of a table: a code, its words and a number. */
struct FigureCount
{
    QString code;
    QString label;
    qint64 value = 0;
};

/** Days from a referral's sending to an answer or to completion, summarised. */
struct DaysSummary
{
    int count = 0;
    std::optional<double> median;
    std::optional<double> p90;
};

/** Referrals to charities sent in the period and how far they went, for all charities or for one. */
struct ReferralFunnel
{
    QString orgId; ///< empty for the total
    QString orgName;
    int sent = 0;     ///< sent in the period
    int accepted = 0; ///< of those, accepted by the charity at some point
    int helping = 0;  ///< reached "helping"
    int completed = 0;
    int declined = 0;
    int returned = 0;
    int cancelled = 0;
    int consentWithdrawn = 0;
    int open = 0;             ///< still sent, accepted or helping today
    DaysSummary toAnswer;     ///< sending → accepted, declined or returned
    DaysSummary toCompletion; ///< sending → completed

    /** The count of one stage by its code (Aggregates::funnelStages()); 0 for an unknown code. */
    int stage(const QString &code) const
    {
        const std::pair<const char *, int> counts[] = {{"sent", sent},
                                                       {"accepted", accepted},
                                                       {"helping", helping},
                                                       {"completed", completed},
                                                       {"declined", declined},
                                                       {"returned", returned},
                                                       {"cancelled", cancelled},
                                                       {"consent_withdrawn", consentWithdrawn},
                                                       {"open", open}};
        for (const auto &[name, n] : counts)
            if (code == QLatin1String(name))
                return n;
        return 0;
    }
};

/** Leads reported by charities in the period, by how they ended. */
struct LeadOutcomes
{
    QString orgId;
    QString orgName;
    int reported = 0;
    int screening = 0;
    int assisted = 0; ///< application assisted
    int approved = 0;
    int notEligible = 0;
    int withdrawn = 0;
};

/** Needs of one type: identified in the period, met in the period, still open at its end. */
struct NeedFigures
{
    QString type;
    QString label;
    int identified = 0;
    int met = 0;
    int open = 0;
};

/** Help received in the period from one source in one form. */
struct HelpFigures
{
    QString source; ///< government, charity
    QString form;   ///< cash, material, service
    QString label;
    int entries = 0;
    int households = 0;
    qint64 fen = 0;
};

/** A campaign (a tag on charity projects, such as 中华慈善日): its referrals and the help they brought. */
struct CampaignFigures
{
    QString tag;
    int referrals = 0;
    int completed = 0;
    qint64 helpFen = 0;
};

/** A referral that needs attention: counts and numbers only, no names. */
struct ReferralProblem
{
    QString referralId;
    QString number;
    QString orgName;
    QString status;
    QDate sentOn;
    QDate dueOn;
    QDate closedOn;
    int daysOverdue = 0;
};

/** One station as the county's dashboard shows it. */
struct StationFigures
{
    QString stationId;
    QString code;
    QString name;
    bool revoked = false;
    QDateTime lastContact; ///< the last bundle taken in from it
    int heldBundles = 0;   ///< waiting for a missing bundle
    int openReviews = 0;
    int households = 0;
    int sent = 0;
    int accepted = 0;
    int completed = 0;
};

/**
 * Every figure of the dashboards, the monthly linkage report and their lists, for one period and area. Counts
 * only: nothing here names a person.
 */
struct LinkageFigures
{
    ReportScope scope;
    QString areaName; ///< the station, the county, the village
    QDate computedOn;

    int households = 0; ///< on the books during the period
    int people = 0;
    int registered = 0;             ///< households registered during the period
    int closed = 0;                 ///< households closed during the period
    QList<FigureCount> categories;  ///< households per category held during the period
    QList<FigureCount> focusGroups; ///< people per focus group, at the period's end

    QList<NeedFigures> needs;
    int needsIdentified = 0;
    int needsMet = 0;
    int needsOpen = 0;

    ReferralFunnel funnel;
    QList<ReferralFunnel> charities; ///< per charity, most referrals first

    LeadOutcomes leads;
    QList<LeadOutcomes> leadsByCharity;

    QList<HelpFigures> help;
    qint64 governmentFen = 0;
    qint64 charityFen = 0;

    int visitsDue = 0;     ///< due during the period
    int visitsDone = 0;    ///< done during the period
    int visitsOverdue = 0; ///< due by the period's end and not done by then
    int reviewsDue = 0;    ///< category reviews due during the period
    int reviewsDone = 0;
    int reviewsOverdue = 0;

    QList<CampaignFigures> campaigns;

    QList<ReferralProblem> overdueReferrals;  ///< still waiting for an answer past its due date
    QList<ReferralProblem> declinedReferrals; ///< declined or returned during the period

    QList<StationFigures> stations; ///< at the county
    int duplicateAlerts = 0;        ///< at the county: the same person registered at two stations, not yet reviewed
};

} // namespace xianjie
