#include "Timeline.h"

#include "AssistanceRepository.h"
#include "Casebook.h"
#include "HouseholdRepository.h"
#include "VisitRepository.h"
#include "model/Labels.h"
#include "sync/Hlc.h"

#include <algorithm>

namespace xianjie {

QStringList Timeline::kinds()
{
    return {QStringLiteral("household"), QStringLiteral("category"), QStringLiteral("visit"),
            QStringLiteral("assistance")};
}

QString Timeline::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("household"))
        return tr("Household");
    if (kind == QLatin1String("category"))
        return tr("Categories");
    if (kind == QLatin1String("visit"))
        return tr("Visits");
    if (kind == QLatin1String("assistance"))
        return tr("Help received");
    return kind;
}

Result<QList<TimelineEvent>> Timeline::forHousehold(Casebook &casebook, const QString &householdId,
                                                    const QStringList &kindsIn)
{
    const QStringList wanted = kindsIn.isEmpty() ? kinds() : kindsIn;
    QList<TimelineEvent> events;
    HouseholdRepository households(casebook);
    auto h = households.household(householdId);
    if (!h)
        return h.error();
    if (wanted.contains(QStringLiteral("household"))) {
        events << TimelineEvent{Hlc::toDateTime(h->createdAt).toLocalTime().date(), QStringLiteral("household"),
                                tr("Registered"), h->address};
        if (h->isClosed())
            events << TimelineEvent{h->closedOn, QStringLiteral("household"), tr("Closed"), h->closedReason};
    }
    if (wanted.contains(QStringLiteral("category"))) {
        auto categories = households.categories(householdId);
        if (!categories)
            return categories.error();
        for (const CategoryMembership &c : *categories) {
            const QString name = Labels::label(Labels::categories(), c.category);
            events << TimelineEvent{c.startDate, QStringLiteral("category"), tr("%1 started").arg(name), QString()};
            if (c.endDate.isValid() && c.endDate <= casebook.clock().today())
                events << TimelineEvent{c.endDate, QStringLiteral("category"), tr("%1 ended").arg(name), QString()};
        }
    }
    if (wanted.contains(QStringLiteral("visit"))) {
        auto visits = VisitRepository(casebook).visits(householdId);
        if (!visits)
            return visits.error();
        for (const Visit &v : *visits) {
            if (v.status == QLatin1String("done"))
                events << TimelineEvent{v.doneOn, QStringLiteral("visit"),
                                        v.amendsId.isEmpty() ? tr("Visit") : tr("Visit (amended)"), v.findings};
            else if (v.status == QLatin1String("missed"))
                events << TimelineEvent{v.doneOn, QStringLiteral("visit"), tr("Visit did not happen"), v.findings};
            else
                events << TimelineEvent{v.dueOn, QStringLiteral("visit"), tr("Visit due"), v.purpose};
        }
    }
    if (wanted.contains(QStringLiteral("assistance"))) {
        auto ledger = AssistanceRepository(casebook).ledger(householdId);
        if (!ledger)
            return ledger.error();
        for (const Assistance &a : *ledger) {
            const QString from = a.source == QLatin1String("charity") ? a.organisation : tr("government");
            const QString amount =
                a.amountFen >= 0 ? tr("%1 yuan").arg(QString::number(double(a.amountFen) / 100.0, 'f', 2)) : QString();
            events << TimelineEvent{a.periodStart, QStringLiteral("assistance"),
                                    tr("Help from %1: %2").arg(from, a.programme), amount};
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.date > b.date; });
    return events;
}

} // namespace xianjie
