#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/** A member of a household. */
struct Person
{
    QString id;
    QString householdId;
    QString name;
    QString idNumber; ///< resident ID, normalised; empty when the person has none yet
    QString sex;      ///< "M" or "F"
    QDate birthDate;
    QString relation; ///< code, see Labels::relations(); "self" is the head of household
    QString phone;
    QString health;              ///< "unknown", "healthy", "chronic", "serious"
    int disabilityCategory = -1; ///< -1 not known, 0 none, 1 visual … 7 multiple
    int disabilityGrade = -1;    ///< -1 not known, 0 none, 1 most severe … 4
    QString selfCare;            ///< "unknown", "able", "partial", "lost"
    QString workCapacity;        ///< "unknown", "full", "partial", "none"
    bool lacksCapacity = false;  ///< without legal capacity: consents through a guardian
    QString updatedAt;
    int version = 0;

    bool isHead() const { return relation == QLatin1String("self"); }
    int ageOn(const QDate &day) const
    {
        if (!birthDate.isValid())
            return -1;
        int age = day.year() - birthDate.year();
        if (QDate(day.year(), birthDate.month(), 1).addDays(birthDate.day() - 1) > day)
            --age;
        return age;
    }
};

} // namespace xianjie
