#pragma once

#include "model/Consent.h"
#include "rules/Validation.h"
#include "storage/CharityDirectory.h"
#include "storage/HouseholdRepository.h"

#include <QTest>

namespace xianjie::test {

/**
 * Registers a household with one head (by ID number, or without one by birth date) and returns its id;
 * fails the test when core refuses. The same-name check is confirmed, as tests reuse names.
 */
inline QString registerHousehold(Casebook &casebook, const QString &head, const QString &idNumber = {},
                                 const QDate &birthDate = QDate(1966, 6, 6))
{
    Household h;
    h.address = QStringLiteral("1组1号");
    if (auto villages = HouseholdRepository(casebook).villages(); villages && !villages->isEmpty())
        h.villageId = villages->first().id;
    Person p;
    p.name = head;
    p.idNumber = idNumber;
    p.birthDate = birthDate;
    p.sex = QStringLiteral("M");
    auto id = HouseholdRepository(casebook).createHousehold(h, p, true);
    if (!id)
        qFatal("registerHousehold: %s", qPrintable(id.message()));
    return *id;
}

/** A synthetic resident ID number of district 110105 with its check character; odd @p sequence is a man's. */
inline QString syntheticId(const QDate &birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + Validation::residentIdCheckChar(first17);
}

/** Adds an organisation to the charity directory and returns its id. */
inline QString registerOrg(Casebook &casebook, const QString &name, const QString &creditCode)
{
    CharityOrg org;
    org.name = name;
    org.creditCode = creditCode;
    auto id = CharityDirectory(casebook).saveOrg(org);
    if (!id)
        qFatal("registerOrg: %s", qPrintable(id.message()));
    return *id;
}

/** An adult's own consent to share @p items with @p orgId for medical help, valid for a year from @p grantedOn. */
inline Consent selfConsent(const QString &householdId, const QString &personId, const QString &name,
                           const QString &orgId, const QStringList &items, const QDate &grantedOn = QDate(2026, 3, 15))
{
    Consent c;
    c.householdId = householdId;
    c.consenterName = name;
    c.consenterPersonId = personId;
    c.orgId = orgId;
    c.purpose = QStringLiteral("medical");
    c.noticeVersion = QStringLiteral("2026-1");
    c.grantedOn = grantedOn;
    c.expiresOn = grantedOn.addYears(1).addDays(-1);
    c.members = {ConsentMember{personId, QStringLiteral("self")}};
    c.items = items;
    return c;
}

} // namespace xianjie::test
