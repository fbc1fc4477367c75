#include "Matching.h"

#include "rules/Labels.h"
#include "rules/Validation.h"

#include <algorithm>

namespace xianjie {

namespace {
bool inArea(const QStringList &area, const QString &villageCode)
{
    if (area.isEmpty())
        return true;
    for (const QString &prefix : area)
        if (!villageCode.isEmpty() && villageCode.startsWith(prefix))
            return true;
    return false;
}
} // namespace

QStringList Matching::groupsOf(const Person &p, const QDate &day)
{
    QStringList groups;
    const int age = p.ageOn(day);
    if (age >= 60 && (p.selfCare == QLatin1String("partial") || p.selfCare == QLatin1String("lost")))
        groups << QStringLiteral("elderly_dependent");
    if (age >= 0 && age < 18)
        groups << QStringLiteral("minor");
    if (p.disabilityCategory > 0)
        groups << QStringLiteral("disabled");
    if (p.health == QLatin1String("serious"))
        groups << QStringLiteral("seriously_ill");
    return groups;
}

QList<ProjectMatch> Matching::rank(const MatchSubject &s, const QList<CharityProject> &projects,
                                   const QHash<QString, CharityOrg> &orgs)
{
    // Whose groups count: the member the need is about, or every member for a household need.
    QList<Person> concerned;
    for (const Person &p : s.members)
        if (s.need.personId.isEmpty() || p.id == s.need.personId)
            concerned << p;

    QList<ProjectMatch> out;
    for (const CharityProject &project : projects) {
        const CharityOrg org = orgs.value(project.orgId);
        if (org.id.isEmpty() || org.status != QLatin1String("active") || project.status != QLatin1String("active"))
            continue;
        if (!project.runsOn(s.today))
            continue;
        if (project.placesLeft() == 0 || project.budgetLeftFen() == 0)
            continue;
        const QStringList services = project.serviceTypes.isEmpty() ? org.serviceTypes : project.serviceTypes;
        if (!services.isEmpty() && !services.contains(s.need.needType))
            continue;
        const QStringList area = project.region.isEmpty() ? org.serviceArea : project.region;
        if (!inArea(area, s.villageCode))
            continue;

        ProjectMatch m;
        m.project = project;
        const QString needLabel = Labels::label(Labels::needTypes(), s.need.needType);
        if (services.isEmpty()) {
            m.score += 10;
            m.reasons << tr("Helps with any need, including %1.").arg(needLabel);
        } else {
            m.score += 40;
            m.reasons << tr("Offers %1 help.").arg(needLabel);
        }

        const QStringList groups = project.targetGroups.isEmpty() ? org.targetGroups : project.targetGroups;
        if (!groups.isEmpty()) {
            bool any = false;
            for (const QString &g : groups) {
                if (g == QLatin1String("low_income")) {
                    if (s.inLowIncomeCategory) {
                        m.score += 15;
                        m.reasons << tr("For low-income households; this household is in a category.");
                        any = true;
                    }
                    continue;
                }
                for (const Person &p : concerned) {
                    if (groupsOf(p, s.today).contains(g)) {
                        m.score += 25;
                        m.reasons << tr("For %1: %2 is one.")
                                         .arg(Labels::label(Labels::targetGroups(), g), Validation::maskName(p.name));
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                m.score -= 20;
                QStringList names;
                for (const QString &g : groups)
                    names << Labels::label(Labels::targetGroups(), g);
                m.reasons << tr("Meant for %1; no member concerned is.").arg(names.join(tr(", ")));
            }
        }

        if (!area.isEmpty()) {
            int longest = 0;
            for (const QString &prefix : area)
                if (s.villageCode.startsWith(prefix))
                    longest = std::max(longest, int(prefix.size()));
            m.score += longest >= 12 ? 15 : longest >= 9 ? 12 : 8;
            m.reasons << (longest >= 12  ? tr("Serves this village.")
                          : longest >= 9 ? tr("Serves this township.")
                                         : tr("Serves this county."));
        }

        if (project.placesLeft() > 0) {
            m.score += std::min(10, project.placesLeft());
            m.reasons << tr("%n place(s) left.", nullptr, project.placesLeft());
        }
        if (project.endsOn.isValid() && s.today.daysTo(project.endsOn) < 30) {
            m.score -= 5;
            m.reasons << tr("Ends soon, on %1.").arg(project.endsOn.toString(Qt::ISODate));
        }

        // Help already received for the same need in the last twelve months ranks a project down.
        const QDate since = s.today.addMonths(-12);
        bool sameCharity = false, otherCharity = false, government = false;
        for (const Assistance &a : s.received) {
            if (a.needType != s.need.needType || a.lastDay() < since)
                continue;
            if (a.source == QLatin1String("government"))
                government = true;
            else if (a.organisation == org.name)
                sameCharity = true;
            else
                otherCharity = true;
        }
        if (sameCharity) {
            m.score -= 40;
            m.reasons
                << tr("The household already received %1 help from this charity in the last 12 months.").arg(needLabel);
        } else if (otherCharity) {
            m.score -= 30;
            m.reasons << tr("The household already received %1 help from another charity in the last 12 months.")
                             .arg(needLabel);
        }
        if (government) {
            m.score -= 15;
            m.reasons << tr("The household already receives government help for this need.");
        }
        out << m;
    }
    std::sort(out.begin(), out.end(), [](const ProjectMatch &a, const ProjectMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int pa = a.project.placesLeft() < 0 ? INT_MAX : a.project.placesLeft();
        const int pb = b.project.placesLeft() < 0 ? INT_MAX : b.project.placesLeft();
        if (pa != pb)
            return pa > pb;
        if (a.project.name != b.project.name)
            return a.project.name < b.project.name;
        return a.project.id < b.project.id;
    });
    return out;
}

} // namespace xianjie
