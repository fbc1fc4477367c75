#pragma once

#include "Result.h"
#include "model/CategoryMembership.h"
#include "model/Household.h"
#include "model/Person.h"
#include "model/Village.h"

#include <QCoreApplication>
#include <QList>

namespace xianjie {

/** A category review on the agenda. */
struct ReviewDue
{
    QString membershipId;
    QString householdId;
    QString headName;
    QString village;
    QString category;
    QDate reviewOn;
};

class Casebook;

/**
 * Households, their members and their categories. Every write checks the rules of HouseholdRules, refuses a
 * second registration of an ID number (naming the household that has it), asks for confirmation when the same
 * name and birth date are already in another household, and keeps the search index in step — all in one
 * transaction with the change-log ops.
 */
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::HouseholdRepository)

public:
    explicit HouseholdRepository(Casebook &casebook) : m_casebook(casebook) {}
    Casebook &casebook() const { return m_casebook; }

    /** Registers a household with its head; returns the household id. */
    Result<QString> createHousehold(const Household &household, const Person &head, bool similarConfirmed = false);
    /** Registers a household with all its members at once; the first is the head. */
    Result<QString> createHousehold(const Household &household, const QList<Person> &members,
                                    bool similarConfirmed = false);
    Result<void> updateHousehold(const Household &household);
    /** Closes a household (moved away, no longer in hardship, died out). Closed households are kept, never deleted. */
    Result<void> closeHousehold(const QString &householdId, const QDate &on, const QString &reason);
    Result<void> reopenHousehold(const QString &householdId);

    Result<QString> addMember(const Person &person, bool similarConfirmed = false);
    Result<void> updateMember(const Person &person, bool similarConfirmed = false);

    Result<QString> addCategory(const CategoryMembership &membership);
    Result<void> endCategory(const QString &membershipId, const QDate &endDate);
    /**
     * Records that a category was reviewed today and plans the next review (none when @p nextReview is null).
     * A worker related to the household may not; the station head must.
     */
    Result<void> completeReview(const QString &membershipId, const QDate &nextReview);
    /** Category reviews due up to @p until (overdue ones included), for the agenda. */
    Result<QList<ReviewDue>> reviewsDue(const QDate &until) const;

    /** Adds a village to the station's list; @p id keeps the county's id for a village from its list. */
    Result<QString> addVillage(const QString &code, const QString &name, const QString &id = {});

    /** Shows one person's masked data to the signed-in user; allowed by role, and audited. */
    Result<Person> reveal(const QString &personId);

    Result<Household> household(const QString &id) const;
    Result<Person> person(const QString &id) const;
    Result<QList<Person>> members(const QString &householdId) const;
    Result<QList<CategoryMembership>> categories(const QString &householdId) const;
    Result<QList<Village>> villages() const;
    /** A short reference to a household that names it without personal data in full ("No. 123, head 张**, 东风村"). */
    Result<QString> describeHousehold(const QString &householdId) const;
    /** The words describeHousehold uses, from the household's number, its head's full name and its village. */
    static QString householdLabel(qint64 rid, const QString &headName, const QString &village);

    /** When @p idNumber is already registered (to someone other than @p exceptPersonId), a sentence saying where. */
    Result<QString> idNumberHolder(const QString &idNumber, const QString &exceptPersonId = {}) const;
    /** Households other than @p exceptHouseholdId with a member of the same name and birth date, described. */
    Result<QStringList> similarPeople(const QString &name, const QDate &birthDate,
                                      const QString &exceptHouseholdId = {}) const;

private:
    Result<void> checkVillage(const QString &villageId) const;
    Result<void> checkMember(Person &person, const QString &exceptPersonId, bool similarConfirmed) const;
    static QVariantMap householdFields(const Household &h);
    static QVariantMap personFields(const Person &p);

    Casebook &m_casebook;
};

} // namespace xianjie
