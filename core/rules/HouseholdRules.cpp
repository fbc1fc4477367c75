#include "HouseholdRules.h"

#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QRegularExpression>

namespace xianjie {

FieldErrors HouseholdRules::checkPerson(Person &p, const QDate &today)
{
    FieldErrors errors;
    p.name = p.name.trimmed();
    static const QRegularExpression badName(QStringLiteral("[0-9@#$%^&*_=+<>/\\\\|{}\\[\\]]"));
    if (p.name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter the name."));
    else if (p.name.size() > 30)
        errors.insert(QStringLiteral("name"), tr("A name has at most 30 characters."));
    else if (badName.match(p.name).hasMatch())
        errors.insert(QStringLiteral("name"), tr("A name cannot contain digits or symbols."));

    if (!p.idNumber.trimmed().isEmpty()) {
        auto id = Validation::residentId(p.idNumber, today);
        if (!id) {
            errors.insert(QStringLiteral("id_number"), id.message());
        } else {
            p.idNumber = id->number;
            p.birthDate = id->birthDate;
            p.sex = id->sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
        }
    } else {
        p.idNumber.clear();
        if (!p.birthDate.isValid())
            errors.insert(QStringLiteral("birth_date"), tr("Without an ID number, enter the birth date."));
        else if (p.birthDate > today)
            errors.insert(QStringLiteral("birth_date"), tr("The birth date cannot be in the future."));
        if (p.sex != QLatin1String("M") && p.sex != QLatin1String("F"))
            errors.insert(QStringLiteral("sex"), tr("Without an ID number, choose the sex."));
    }

    if (!Labels::contains(Labels::relations(), p.relation))
        errors.insert(QStringLiteral("relation"), tr("Choose the relation to the head of household."));
    if (!p.phone.trimmed().isEmpty()) {
        auto phone = Validation::phone(p.phone);
        if (!phone)
            errors.insert(QStringLiteral("phone"), phone.message());
        else
            p.phone = *phone;
    } else {
        p.phone.clear();
    }
    // What the worker did not answer is recorded as not known, never as healthy or able.
    if (p.health.isEmpty())
        p.health = QStringLiteral("unknown");
    if (p.selfCare.isEmpty())
        p.selfCare = QStringLiteral("unknown");
    if (p.workCapacity.isEmpty())
        p.workCapacity = QStringLiteral("unknown");
    if (!Labels::contains(Labels::healthStates(), p.health))
        errors.insert(QStringLiteral("health"), tr("Choose the state of health."));
    if (!Labels::contains(Labels::selfCareLevels(), p.selfCare))
        errors.insert(QStringLiteral("self_care"), tr("Choose the self-care ability."));
    if (!Labels::contains(Labels::workCapacities(), p.workCapacity))
        errors.insert(QStringLiteral("work_capacity"), tr("Choose the capacity to work."));
    // -1 and -1: nobody asked yet; 0 and 0: no disability; otherwise a category with its grade.
    const int category = p.disabilityCategory, grade = p.disabilityGrade;
    if (category < -1 || category > 7 || grade < -1 || grade > 4)
        errors.insert(QStringLiteral("disability"), tr("Choose the disability category and grade from the lists."));
    else if ((category == -1) != (grade == -1) || (category == 0) != (grade == 0))
        errors.insert(QStringLiteral("disability"),
                      tr("A disability needs both its category and its grade (or neither)."));
    return errors;
}

FieldErrors HouseholdRules::checkHousehold(const Household &h)
{
    FieldErrors errors;
    if (h.address.trimmed().isEmpty())
        errors.insert(QStringLiteral("address"), tr("Enter the address."));
    if (!h.phone.trimmed().isEmpty()) {
        auto phone = Validation::phone(h.phone);
        if (!phone)
            errors.insert(QStringLiteral("phone"), phone.message());
    }
    if (!h.hardshipCause.isEmpty() && !Labels::contains(Labels::hardshipCauses(), h.hardshipCause))
        errors.insert(QStringLiteral("hardship_cause"), tr("Choose the cause of hardship from the list."));
    if (h.incomeFen < -1)
        errors.insert(QStringLiteral("income"), tr("Income cannot be negative."));
    return errors;
}

QString HouseholdRules::summary(const FieldErrors &errors)
{
    QStringList lines;
    for (const QString &m : errors)
        lines << m;
    return lines.join(QLatin1Char('\n'));
}

} // namespace xianjie
