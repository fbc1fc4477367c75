#pragma once

#include <QDate>
#include <QStringList>

namespace xianjie {

/** A charity organisation in the station's directory. */
struct CharityOrg
{
    QString id;
    QString name;
    QString creditCode; ///< unified social credit code (GB 32100)
    QString registrationAuthority;
    QString contactPerson;
    QString contactPhone;
    QStringList serviceArea;  ///< division codes or their prefixes (6-digit county, 9-digit township, 12-digit village)
    QStringList serviceTypes; ///< need types, see Labels::needTypes()
    QStringList targetGroups; ///< see Labels::targetGroups()
    bool publicFundraising = false;
    QString status = QStringLiteral("active"); ///< active, suspended, deregistered
};

/** A project of a charity: what it offers, to whom, where, how much is left. */
struct CharityProject
{
    QString id;
    QString orgId;
    QString orgName; ///< filled in when read
    QString name;
    QString projectNumber;
    QStringList targetGroups;
    QStringList serviceTypes;
    QStringList region; ///< division codes or prefixes; empty = the organisation's service area
    int capacity = -1;  ///< people; -1 when the project is limited by budget only
    int capacityUsed = 0;
    qint64 budgetFen = -1; ///< -1 when not limited by budget
    qint64 budgetUsedFen = 0;
    QDate startsOn;
    QDate endsOn;
    QStringList campaignTags; ///< 中华慈善日, 春节, …
    QString disclosureUrl;
    QString status = QStringLiteral("active"); ///< active, closed

    bool runsOn(const QDate &day) const
    {
        return (!startsOn.isValid() || startsOn <= day) && (!endsOn.isValid() || endsOn >= day);
    }
    /** Places or money left; -1 when unlimited. */
    int placesLeft() const { return capacity < 0 ? -1 : qMax(0, capacity - capacityUsed); }
    qint64 budgetLeftFen() const { return budgetFen < 0 ? -1 : qMax<qint64>(0, budgetFen - budgetUsedFen); }
};

} // namespace xianjie
