#include "HouseholdRepository.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "Database.h"
#include "RecordWriter.h"
#include "SearchIndex.h"
#include "Transaction.h"
#include "rules/HouseholdRules.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QSet>

namespace xianjie {

namespace {
QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Household readHousehold(const QSqlQuery &q)
{
    Household h;
    h.id = q.value(0).toString();
    h.villageId = q.value(1).toString();
    h.address = q.value(2).toString();
    h.phone = q.value(3).toString();
    h.hardshipCause = q.value(4).toString();
    h.incomeFen = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    h.status = q.value(6).toString();
    h.closedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    h.closedReason = q.value(8).toString();
    h.createdAt = q.value(9).toString();
    h.updatedAt = q.value(10).toString();
    h.version = q.value(11).toInt();
    return h;
}
const char kHouseholdColumns[] = "id, village_id, address, phone, hardship_cause, income_fen, status, closed_on, "
                                 "closed_reason, created_at, updated_at, version";

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.householdId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.idNumber = q.value(3).toString();
    p.sex = q.value(4).toString();
    p.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.relation = q.value(6).toString();
    p.phone = q.value(7).toString();
    p.health = q.value(8).toString();
    p.disabilityCategory = q.value(9).toInt();
    p.disabilityGrade = q.value(10).toInt();
    p.selfCare = q.value(11).toString();
    p.workCapacity = q.value(12).toString();
    p.updatedAt = q.value(13).toString();
    p.version = q.value(14).toInt();
    p.lacksCapacity = q.value(15).toInt() == 1;
    return p;
}
const char kPersonColumns[] = "id, household_id, name, id_number, sex, birth_date, relation, phone, health, "
                              "disability_category, disability_grade, self_care, work_capacity, updated_at, version, "
                              "lacks_capacity";
} // namespace

QVariantMap HouseholdRepository::householdFields(const Household &h)
{
    return {
        {QStringLiteral("village_id"), nullIfEmpty(h.villageId)},
        {QStringLiteral("address"), h.address.trimmed()},
        {QStringLiteral("phone"), h.phone.trimmed()},
        {QStringLiteral("hardship_cause"), h.hardshipCause},
        {QStringLiteral("income_fen"), h.incomeFen < 0 ? QVariant() : QVariant(h.incomeFen)},
    };
}

QVariantMap HouseholdRepository::personFields(const Person &p)
{
    return {
        {QStringLiteral("household_id"), p.householdId},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("id_number"), nullIfEmpty(p.idNumber)},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("birth_date"), p.birthDate},
        {QStringLiteral("relation"), p.relation},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("health"), p.health},
        {QStringLiteral("disability_category"), p.disabilityCategory},
        {QStringLiteral("disability_grade"), p.disabilityGrade},
        {QStringLiteral("self_care"), p.selfCare},
        {QStringLiteral("work_capacity"), p.workCapacity},
        {QStringLiteral("lacks_capacity"), p.lacksCapacity ? 1 : 0},
    };
}

Result<void> HouseholdRepository::checkMember(Person &p, const QString &exceptPersonId, bool similarConfirmed) const
{
    const FieldErrors errors = HouseholdRules::checkPerson(p, m_casebook.clock().today());
    if (!errors.isEmpty())
        return makeError(Error::Kind::Invalid, HouseholdRules::summary(errors));
    if (!p.idNumber.isEmpty()) {
        auto holder = idNumberHolder(p.idNumber, exceptPersonId);
        if (!holder)
            return holder.error();
        if (!holder->isEmpty())
            return makeError(Error::Kind::Duplicate, *holder);
    }
    if (!similarConfirmed) {
        auto similar = similarPeople(p.name, p.birthDate, p.householdId);
        if (!similar)
            return similar.error();
        if (!similar->isEmpty())
            return makeError(Error::Kind::NeedsConfirmation,
                             tr("A person with the same name and birth date is already registered in %1. Register "
                                "this person as well only if they are someone else.")
                                 .arg(similar->join(tr("; "))));
    }
    if (p.relation == QLatin1String("self") && !p.householdId.isEmpty()) {
        auto heads =
            Database::scalar(m_casebook.db(),
                             QStringLiteral("SELECT count(*) FROM person WHERE household_id = ? AND relation = "
                                            "'self' AND deleted = 0 AND id <> ?"),
                             {p.householdId, exceptPersonId});
        if (!heads)
            return heads.error();
        if (heads->toInt() > 0)
            return makeError(Error::Kind::Invalid, tr("This household already has a head; choose another relation."));
    }
    return {};
}

Result<void> HouseholdRepository::checkVillage(const QString &villageId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT count(*), sum(id = ?) FROM village WHERE deleted = 0"), {villageId});
    if (!q)
        return q.error();
    q->next();
    const qint64 villages = q->value(0).toLongLong();
    const bool known = q->value(1).toLongLong() > 0;
    if (villageId.isEmpty() && villages > 0)
        return makeError(Error::Kind::Invalid, tr("Choose the village or community the household lives in."));
    if (!villageId.isEmpty() && !known)
        return makeError(Error::Kind::Invalid, tr("This village is not on the station's village list."));
    return {};
}

Result<QString> HouseholdRepository::createHousehold(const Household &household, const Person &head,
                                                     bool similarConfirmed)
{
    return createHousehold(household, QList<Person>{head}, similarConfirmed);
}

Result<QString> HouseholdRepository::createHousehold(const Household &household, const QList<Person> &membersIn,
                                                     bool similarConfirmed)
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    const FieldErrors errors = HouseholdRules::checkHousehold(household);
    if (!errors.isEmpty())
        return makeError(Error::Kind::Invalid, HouseholdRules::summary(errors));
    if (membersIn.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the head of household."));
    if (auto r = checkVillage(household.villageId); !r)
        return r.error();
    QList<Person> people = membersIn;
    QSet<QString> idNumbers;
    for (qsizetype i = 0; i < people.size(); ++i) {
        Person &p = people[i];
        if (i == 0)
            p.relation = QStringLiteral("self");
        else if (p.relation == QLatin1String("self"))
            return makeError(
                Error::Kind::Invalid,
                tr("A household has one head; choose another relation for %1.").arg(Validation::maskName(p.name)));
        p.householdId.clear();
        if (auto r = checkMember(p, QString(), similarConfirmed); !r)
            return r.error();
        if (!p.idNumber.isEmpty()) {
            if (idNumbers.contains(p.idNumber))
                return makeError(Error::Kind::Duplicate, tr("Two members have the same ID number."));
            idNumbers.insert(p.idNumber);
        }
    }

    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    QVariantMap fields = householdFields(household);
    fields.insert(QStringLiteral("status"), QStringLiteral("active"));
    auto id = writer.insert(QStringLiteral("household"), fields);
    if (!id)
        return id.error();
    for (Person &p : people) {
        p.householdId = *id;
        if (auto r = writer.insert(QStringLiteral("person"), personFields(p)); !r)
            return r.error();
    }
    if (auto r = SearchIndex::refresh(m_casebook.db(), *id); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> HouseholdRepository::updateHousehold(const Household &household)
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    const FieldErrors errors = HouseholdRules::checkHousehold(household);
    if (!errors.isEmpty())
        return makeError(Error::Kind::Invalid, HouseholdRules::summary(errors));
    if (auto r = checkVillage(household.villageId); !r)
        return r.error();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto changed = writer.update(QStringLiteral("household"), household.id, householdFields(household));
    if (!changed)
        return changed.error();
    if (*changed)
        if (auto r = SearchIndex::refresh(m_casebook.db(), household.id); !r)
            return r.error();
    return tx.commit();
}

Result<void> HouseholdRepository::closeHousehold(const QString &householdId, const QDate &on, const QString &reason)
{
    if (auto r = m_casebook.require(Action::CloseHouseholds); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say why the household is closed."));
    if (!on.isValid() || on > m_casebook.clock().today())
        return makeError(Error::Kind::Invalid, tr("The closing date cannot be in the future."));
    auto h = household(householdId);
    if (!h)
        return h.error();
    if (h->isClosed())
        return makeError(Error::Kind::Invalid, tr("This household is already closed."));
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto r = writer.update(QStringLiteral("household"), householdId,
                           {{QStringLiteral("status"), QStringLiteral("closed")},
                            {QStringLiteral("closed_on"), on},
                            {QStringLiteral("closed_reason"), reason.trimmed()}});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<void> HouseholdRepository::reopenHousehold(const QString &householdId)
{
    if (auto r = m_casebook.require(Action::CloseHouseholds); !r)
        return r.error();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto r = writer.update(QStringLiteral("household"), householdId,
                           {{QStringLiteral("status"), QStringLiteral("active")},
                            {QStringLiteral("closed_on"), QVariant()},
                            {QStringLiteral("closed_reason"), QString()}});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<QString> HouseholdRepository::addMember(const Person &personIn, bool similarConfirmed)
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    Person p = personIn;
    auto h = household(p.householdId);
    if (!h)
        return h.error();
    if (h->isClosed())
        return makeError(Error::Kind::Invalid, tr("This household is closed; reopen it before adding members."));
    if (auto r = checkMember(p, QString(), similarConfirmed); !r)
        return r.error();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto id = writer.insert(QStringLiteral("person"), personFields(p));
    if (!id)
        return id.error();
    if (auto r = SearchIndex::refresh(m_casebook.db(), p.householdId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> HouseholdRepository::updateMember(const Person &personIn, bool similarConfirmed)
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    Person p = personIn;
    auto stored = person(p.id);
    if (!stored)
        return stored.error();
    p.householdId = stored->householdId;
    // Confirmation is only needed when name or birth date change into a match.
    const bool sameIdentity = stored->name == p.name.trimmed() && stored->birthDate == p.birthDate;
    if (auto r = checkMember(p, p.id, similarConfirmed || sameIdentity); !r)
        return r.error();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto changed = writer.update(QStringLiteral("person"), p.id, personFields(p));
    if (!changed)
        return changed.error();
    if (*changed)
        if (auto r = SearchIndex::refresh(m_casebook.db(), p.householdId); !r)
            return r.error();
    return tx.commit();
}

Result<QString> HouseholdRepository::addCategory(const CategoryMembership &c)
{
    if (auto r = m_casebook.require(Action::ManageCategories); !r)
        return r.error();
    if (!Labels::contains(Labels::categories(), c.category))
        return makeError(Error::Kind::Invalid, tr("Choose the category from the list."));
    if (!c.startDate.isValid())
        return makeError(Error::Kind::Invalid, tr("Enter the date the category starts."));
    if (c.endDate.isValid() && c.endDate < c.startDate)
        return makeError(Error::Kind::Invalid, tr("A category cannot end before it starts."));
    if (c.category == QLatin1String("rigid_expense") && (!c.endDate.isValid() || c.endDate > c.startDate.addMonths(12)))
        return makeError(Error::Kind::Invalid,
                         tr("Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no "
                            "later than %1.")
                             .arg(c.startDate.addMonths(12).toString(Qt::ISODate)));
    auto existing = categories(c.householdId);
    if (!existing)
        return existing.error();
    for (const CategoryMembership &e : *existing) {
        const bool overlaps = e.category == c.category && (!e.endDate.isValid() || e.endDate >= c.startDate) &&
                              (!c.endDate.isValid() || c.endDate >= e.startDate);
        if (overlaps)
            return makeError(Error::Kind::Duplicate,
                             tr("The household is already in this category from %1; end that period first.")
                                 .arg(e.startDate.toString(Qt::ISODate)));
    }
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    const QDate review = c.reviewOn.isValid() ? c.reviewOn : c.defaultReview(m_casebook.clock().today());
    if (review.isValid() && review < c.startDate)
        return makeError(Error::Kind::Invalid, tr("A review cannot be due before the category starts."));
    auto id = writer.insert(QStringLiteral("category_membership"), {{QStringLiteral("household_id"), c.householdId},
                                                                    {QStringLiteral("category"), c.category},
                                                                    {QStringLiteral("start_date"), c.startDate},
                                                                    {QStringLiteral("end_date"), c.endDate},
                                                                    {QStringLiteral("review_on"), review}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> HouseholdRepository::endCategory(const QString &membershipId, const QDate &endDate)
{
    if (auto r = m_casebook.require(Action::ManageCategories); !r)
        return r.error();
    auto start = Database::scalar(
        m_casebook.db(), QStringLiteral("SELECT start_date FROM category_membership WHERE id = ?"), {membershipId});
    if (!start)
        return start.error();
    if (start->isNull())
        return makeError(Error::Kind::NotFound, tr("This category record no longer exists."));
    auto household = Database::scalar(
        m_casebook.db(), QStringLiteral("SELECT household_id FROM category_membership WHERE id = ?"), {membershipId});
    if (!household)
        return household.error();
    if (!endDate.isValid() || endDate < QDate::fromString(start->toString(), Qt::ISODate))
        return makeError(Error::Kind::Invalid, tr("A category cannot end before it starts."));
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    if (auto r =
            writer.update(QStringLiteral("category_membership"), membershipId, {{QStringLiteral("end_date"), endDate}});
        !r)
        return r.error();
    return tx.commit();
}

Result<void> HouseholdRepository::completeReview(const QString &membershipId, const QDate &nextReview)
{
    if (auto r = m_casebook.require(Action::ManageCategories); !r)
        return r.error();
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT household_id, end_date FROM category_membership WHERE id = ? AND "
                                           "deleted = 0"),
                            {membershipId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This category record no longer exists."));
    const QString household = q->value(0).toString();
    const QDate end = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    // A worker related to the household may not review its category: RecordWriter refuses it.
    const QDate today = m_casebook.clock().today();
    if (nextReview.isValid() && nextReview <= today)
        return makeError(Error::Kind::Invalid, tr("The next review must be after today."));
    if (nextReview.isValid() && end.isValid() && nextReview > end)
        return makeError(Error::Kind::Invalid,
                         tr("The category ends on %1; plan the next review no later.").arg(end.toString(Qt::ISODate)));
    Transaction tx(m_casebook);
    if (auto r = RecordWriter(m_casebook)
                     .update(QStringLiteral("category_membership"), membershipId,
                             {{QStringLiteral("reviewed_on"), today}, {QStringLiteral("review_on"), nextReview}});
        !r)
        return r.error();
    return tx.commit();
}

Result<QList<ReviewDue>> HouseholdRepository::reviewsDue(const QDate &until) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT c.id, c.household_id, coalesce(p.name, ''), coalesce(v.name, ''), c.category, "
                       "c.review_on FROM category_membership c JOIN household h ON h.id = c.household_id AND "
                       "h.status = 'active' AND h.deleted = 0 LEFT JOIN person p ON p.household_id = h.id AND "
                       "p.relation = 'self' AND p.deleted = 0 LEFT JOIN village v ON v.id = h.village_id WHERE "
                       "c.deleted = 0 AND c.review_on IS NOT NULL AND c.review_on <= ? AND (c.end_date IS NULL OR "
                       "c.end_date >= ?) ORDER BY c.review_on, h.rid"),
        {until.toString(Qt::ISODate), m_casebook.clock().today().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<ReviewDue> out;
    while (q->next())
        out << ReviewDue{q->value(0).toString(), q->value(1).toString(),
                         q->value(2).toString(), q->value(3).toString(),
                         q->value(4).toString(), QDate::fromString(q->value(5).toString(), Qt::ISODate)};
    return out;
}

Result<QString> HouseholdRepository::addVillage(const QString &code, const QString &name, const QString &id)
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    auto valid = Validation::divisionCode12(code);
    if (!valid)
        return valid.error();
    if (name.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the name of the village or community."));
    auto exists = Database::scalar(
        m_casebook.db(), QStringLiteral("SELECT count(*) FROM village WHERE code = ? AND deleted = 0"), {*valid});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return makeError(Error::Kind::Duplicate, tr("A village with code %1 is already on the list.").arg(*valid));
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    QVariantMap fields{{QStringLiteral("code"), *valid}, {QStringLiteral("name"), name.trimmed()}};
    if (!id.isEmpty())
        fields.insert(QStringLiteral("id"), id);
    auto inserted = writer.insert(QStringLiteral("village"), fields);
    if (!inserted)
        return inserted.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *inserted;
}

Result<Person> HouseholdRepository::reveal(const QString &personId)
{
    if (auto r = m_casebook.require(Action::RevealSensitive); !r)
        return r.error();
    auto p = person(personId);
    if (!p)
        return p.error();
    Transaction tx(m_casebook);
    if (auto r = AuditLog::append(m_casebook, QStringLiteral("reveal"), QStringLiteral("person"), personId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return p;
}

Result<Household> HouseholdRepository::household(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM household WHERE id = ? AND deleted = 0").arg(QLatin1String(kHouseholdColumns)),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This household is not in the casebook."));
    return readHousehold(*q);
}

Result<Person> HouseholdRepository::person(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM person WHERE id = ? AND deleted = 0").arg(QLatin1String(kPersonColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This person is not in the casebook."));
    return readPerson(*q);
}

Result<QList<Person>> HouseholdRepository::members(const QString &householdId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM person WHERE household_id = ? AND deleted = 0 "
                                           "ORDER BY relation <> 'self', birth_date, rid")
                                .arg(QLatin1String(kPersonColumns)),
                            {householdId});
    if (!q)
        return q.error();
    QList<Person> out;
    while (q->next())
        out << readPerson(*q);
    return out;
}

Result<QList<CategoryMembership>> HouseholdRepository::categories(const QString &householdId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT id, household_id, category, start_date, end_date, updated_at, "
                                           "review_on, reviewed_on FROM category_membership WHERE household_id = ? "
                                           "AND deleted = 0 "
                                           "ORDER BY start_date DESC, rid"),
                            {householdId});
    if (!q)
        return q.error();
    QList<CategoryMembership> out;
    while (q->next()) {
        CategoryMembership c;
        c.id = q->value(0).toString();
        c.householdId = q->value(1).toString();
        c.category = q->value(2).toString();
        c.startDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        c.endDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        c.updatedAt = q->value(5).toString();
        c.reviewOn = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        c.reviewedOn = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        out << c;
    }
    return out;
}

Result<QList<Village>> HouseholdRepository::villages() const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT id, code, name FROM village WHERE deleted = 0 ORDER BY code"));
    if (!q)
        return q.error();
    QList<Village> out;
    while (q->next())
        out << Village{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

Result<QString> HouseholdRepository::describeHousehold(const QString &householdId) const
{
    auto q =
        Database::exec(m_casebook.db(),
                       QStringLiteral("SELECT h.rid, p.name, v.name FROM household h "
                                      "LEFT JOIN person p ON p.household_id = h.id AND p.relation = 'self' "
                                      "AND p.deleted = 0 LEFT JOIN village v ON v.id = h.village_id WHERE h.id = ?"),
                       {householdId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This household is not in the casebook."));
    return householdLabel(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString());
}

QString HouseholdRepository::householdLabel(qint64 rid, const QString &headName, const QString &village)
{
    const QString head = Validation::maskName(headName);
    return village.isEmpty() ? tr("household No. %1 (head %2)").arg(rid).arg(head)
                             : tr("household No. %1 (head %2, %3)").arg(rid).arg(head, village);
}

Result<QString> HouseholdRepository::idNumberHolder(const QString &idNumber, const QString &exceptPersonId) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT household_id FROM person WHERE id_number = ? AND deleted = 0 AND id <> ?"),
        {idNumber.trimmed().toUpper(), exceptPersonId});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    auto where = describeHousehold(q->value(0).toString());
    if (!where)
        return where.error();
    return tr("This ID number is already registered, in %1. A person can be registered only once.").arg(*where);
}

Result<QStringList> HouseholdRepository::similarPeople(const QString &name, const QDate &birthDate,
                                                       const QString &exceptHouseholdId) const
{
    if (name.trimmed().isEmpty() || !birthDate.isValid())
        return QStringList();
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT DISTINCT household_id FROM person WHERE name = ? AND birth_date = ? "
                                           "AND deleted = 0 AND household_id <> ?"),
                            {name.trimmed(), birthDate.toString(Qt::ISODate), exceptHouseholdId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QStringList out;
    for (const QString &id : std::as_const(ids)) {
        auto d = describeHousehold(id);
        if (!d)
            return d.error();
        out << *d;
    }
    return out;
}

} // namespace xianjie
