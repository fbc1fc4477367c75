#include "VisitPolicy.h"

#include <bit>

namespace xianjie {

bool VisitPolicy::isPriority(const QList<Person> &members, const QDate &today)
{
    for (const Person &p : members) {
        if (p.health == QLatin1String("serious"))
            return true;
        // An elderly person whose self-care nobody has assessed yet is visited as often as one who needs care.
        if (p.ageOn(today) >= 60 && p.selfCare != QLatin1String("able"))
            return true;
    }
    return false;
}

int VisitPolicy::intervalMonths(const QList<Person> &members, const QDate &today, int priorityMonths, int regularMonths)
{
    return isPriority(members, today) ? priorityMonths : regularMonths;
}

QStringList VisitPolicy::activities()
{
    return {tr("Eating"),    tr("Dressing"),        tr("Getting in and out of bed"),
            tr("Toileting"), tr("Walking indoors"), tr("Bathing")};
}

QString VisitPolicy::selfCareFromAssessment(int failedMask)
{
    const int failed = std::popcount(unsigned(failedMask & 63));
    if (failed == 0)
        return QStringLiteral("able");
    return failed <= 3 ? QStringLiteral("partial") : QStringLiteral("lost");
}

QStringList VisitPolicy::kinds()
{
    return {QStringLiteral("home"), QStringLiteral("phone"), QStringLiteral("office"), QStringLiteral("with_charity")};
}

QStringList VisitPolicy::services()
{
    return {QStringLiteral("care"),       QStringLiteral("psychological"), QStringLiteral("rehabilitation"),
            QStringLiteral("capability"), QStringLiteral("material"),      QStringLiteral("other")};
}

QString VisitPolicy::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("home"))
        return tr("Home visit");
    if (kind == QLatin1String("phone"))
        return tr("Phone call");
    if (kind == QLatin1String("office"))
        return tr("At the station");
    if (kind == QLatin1String("with_charity"))
        return tr("With a charity");
    return kind;
}

QString VisitPolicy::serviceLabel(const QString &service)
{
    if (service == QLatin1String("care"))
        return tr("Visits and care");
    if (service == QLatin1String("psychological"))
        return tr("Psychological comfort");
    if (service == QLatin1String("rehabilitation"))
        return tr("Rehabilitation");
    if (service == QLatin1String("capability"))
        return tr("Capability building");
    if (service == QLatin1String("material"))
        return tr("Material help delivered");
    if (service == QLatin1String("other"))
        return tr("Other service");
    return service;
}

} // namespace xianjie
