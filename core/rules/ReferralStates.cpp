#include "ReferralStates.h"

#include <QHash>

namespace xianjie {

namespace {
using Moves = QHash<QString, QStringList>;

const Moves &toCharity()
{
    static const Moves moves = {
        {QStringLiteral("draft"),
         {QStringLiteral("sent"), QStringLiteral("cancelled"), QStringLiteral("consent_withdrawn")}},
        {QStringLiteral("sent"),
         {QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("returned"),
          QStringLiteral("cancelled"), QStringLiteral("consent_withdrawn")}},
        {QStringLiteral("accepted"),
         {QStringLiteral("helping"), QStringLiteral("completed"), QStringLiteral("returned"),
          QStringLiteral("cancelled"), QStringLiteral("consent_withdrawn")}},
        {QStringLiteral("helping"),
         {QStringLiteral("completed"), QStringLiteral("returned"), QStringLiteral("cancelled"),
          QStringLiteral("consent_withdrawn")}},
    };
    return moves;
}

const Moves &fromCharity()
{
    static const Moves moves = {
        {QStringLiteral("screening"),
         {QStringLiteral("application_assisted"), QStringLiteral("not_eligible"), QStringLiteral("withdrawn")}},
        {QStringLiteral("application_assisted"),
         {QStringLiteral("approved"), QStringLiteral("not_eligible"), QStringLiteral("withdrawn")}},
    };
    return moves;
}
} // namespace

QStringList ReferralStates::statuses(const QString &direction)
{
    if (direction == QLatin1String("from_charity"))
        return {QStringLiteral("screening"), QStringLiteral("application_assisted"), QStringLiteral("approved"),
                QStringLiteral("not_eligible"), QStringLiteral("withdrawn")};
    return {QStringLiteral("draft"),    QStringLiteral("sent"),      QStringLiteral("accepted"),
            QStringLiteral("helping"),  QStringLiteral("completed"), QStringLiteral("declined"),
            QStringLiteral("returned"), QStringLiteral("cancelled"), QStringLiteral("consent_withdrawn")};
}

QStringList ReferralStates::nextStatuses(const QString &direction, const QString &from)
{
    const Moves &moves = direction == QLatin1String("from_charity") ? fromCharity() : toCharity();
    return moves.value(from);
}

bool ReferralStates::allowed(const QString &direction, const QString &from, const QString &to)
{
    return nextStatuses(direction, from).contains(to);
}

bool ReferralStates::isOpen(const QString &status)
{
    static const QStringList open = {QStringLiteral("draft"),     QStringLiteral("sent"),
                                     QStringLiteral("accepted"),  QStringLiteral("helping"),
                                     QStringLiteral("screening"), QStringLiteral("application_assisted")};
    return open.contains(status);
}

int ReferralStates::rank(const QString &status)
{
    static const QHash<QString, int> ranks = {
        {QStringLiteral("draft"), 0},
        {QStringLiteral("sent"), 1},
        {QStringLiteral("accepted"), 2},
        {QStringLiteral("helping"), 3},
        {QStringLiteral("completed"), 4},
        {QStringLiteral("declined"), 4},
        {QStringLiteral("returned"), 4},
        {QStringLiteral("cancelled"), 4},
        {QStringLiteral("consent_withdrawn"), 5},
        {QStringLiteral("screening"), 0},
        {QStringLiteral("application_assisted"), 1},
        {QStringLiteral("approved"), 2},
        {QStringLiteral("not_eligible"), 2},
        {QStringLiteral("withdrawn"), 2},
    };
    return ranks.value(status, -1);
}

QDate ReferralStates::addWorkingDays(const QDate &from, int workingDays)
{
    QDate d = from;
    while (workingDays > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --workingDays;
    }
    return d;
}

} // namespace xianjie
