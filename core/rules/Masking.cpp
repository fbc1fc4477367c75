#include "Masking.h"

#include "Validation.h"

namespace xianjie {

bool Masking::isChild(const Person &person, const QDate &today)
{
    const int age = person.ageOn(today);
    return age >= 0 && age < kChildAge;
}

QString Masking::hidden()
{
    return tr("(hidden)");
}

QString Masking::name(const Person &person, const QDate &today, bool revealed)
{
    return revealed || !isChild(person, today) ? person.name : Validation::maskName(person.name);
}

QString Masking::idNumber(const Person &person, const QDate &today, bool revealed)
{
    if (person.idNumber.isEmpty() || revealed)
        return person.idNumber;
    if (isChild(person, today))
        return QString(person.idNumber.size(), QLatin1Char('*'));
    return Validation::maskResidentId(person.idNumber);
}

QString Masking::phone(const Person &person, const QDate &today, bool revealed)
{
    if (person.phone.isEmpty() || revealed)
        return person.phone;
    if (isChild(person, today))
        return QString(person.phone.size(), QLatin1Char('*'));
    return Validation::maskPhone(person.phone);
}

QString Masking::sensitive(const QString &text, bool revealed)
{
    return revealed || text.isEmpty() ? text : hidden();
}

} // namespace xianjie
