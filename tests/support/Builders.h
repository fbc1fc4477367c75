#pragma once

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

} // namespace xianjie::test
