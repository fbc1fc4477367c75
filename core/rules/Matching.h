#pragma once

#include "model/Assistance.h"
#include "model/Charity.h"
#include "model/Need.h"
#include "model/Person.h"

#include <QCoreApplication>
#include <QHash>

namespace xianjie {

/** What matching knows about a household and its need. */
struct MatchSubject
{
    Need need;
    QList<Person> members;
    QString villageCode;              ///< 12-digit code of the household's village; empty when not known
    bool inLowIncomeCategory = false; ///< in any assistance category today
    QList<Assistance> received;       ///< the household's ledger
    QDate today;
};

/** One project that fits, how well, and why in words. */
struct ProjectMatch
{
    CharityProject project;
    int score = 0;
    QStringList reasons;
};

/**
 * Ranks a directory's projects for a need: service type, the members' target groups (elderly who cannot care
 * for themselves, minors, disabled, seriously ill, low-income), region, remaining places or budget, dates —
 * and ranks down help the household already receives for the same need, so help is not doubled. Projects
 * that cannot help (other service, outside the area, not running, full, organisation not active) are left
 * out. Deterministic: equal scores are ordered by places left, then name, then id.
 */
class Matching
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Matching)

public:
    static QList<ProjectMatch> rank(const MatchSubject &subject, const QList<CharityProject> &projects,
                                    const QHash<QString, CharityOrg> &orgs);
    /** The target groups a person belongs to on @p day. */
    static QStringList groupsOf(const Person &person, const QDate &day);
};

} // namespace xianjie
