#pragma once

#include "model/Household.h"
#include "model/Person.h"

#include <QCoreApplication>
#include <QMap>

namespace xianjie {

/** Field name → message, for forms that show each problem beside its field. Empty when all is well. */
using FieldErrors = QMap<QString, QString>;

/**
 * The rules a household and a member must meet before they are stored. Forms call these as the user types;
 * HouseholdRepository calls them again before writing, so nothing bypasses them.
 */
class HouseholdRules
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::HouseholdRules)

public:
    /** Checks @p person and, when it has a valid ID number, fills in birth date and sex from it. */
    static FieldErrors checkPerson(Person &person, const QDate &today);
    static FieldErrors checkHousehold(const Household &household);
    /** All messages in one text, one per line, for places without a form. */
    static QString summary(const FieldErrors &errors);
};

} // namespace xianjie
