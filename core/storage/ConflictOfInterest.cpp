#include "ConflictOfInterest.h"

#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "RecordWriter.h"
#include "RelatedHouseholds.h"
#include "Transaction.h"
#include "rules/Validation.h"

namespace xianjie {

Result<QString> ConflictOfInterest::declareHousehold(const QString &householdId, const QString &relation)
{
    if (auto r = m_casebook.require(Action::DeclareRelations); !r)
        return r.error();
    if (relation.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say how you are related to the household."));
    if (auto h = HouseholdRepository(m_casebook).household(householdId); !h)
        return h.error();
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("coi_declaration"), {{QStringLiteral("user_id"), m_casebook.user()->id},
                                                              {QStringLiteral("household_id"), householdId},
                                                              {QStringLiteral("relation"), relation.trimmed()}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<QString> ConflictOfInterest::declareFamilyMember(const QString &idNumber, const QString &relation)
{
    if (auto r = m_casebook.require(Action::DeclareRelations); !r)
        return r.error();
    auto id = Validation::residentId(idNumber, m_casebook.clock().today());
    if (!id)
        return id.error();
    if (relation.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say how the family member is related to you."));
    Transaction tx(m_casebook);
    auto declared = RecordWriter(m_casebook)
                        .insert(QStringLiteral("coi_declaration"), {{QStringLiteral("user_id"), m_casebook.user()->id},
                                                                    {QStringLiteral("id_number"), id->number},
                                                                    {QStringLiteral("relation"), relation.trimmed()}});
    if (!declared)
        return declared.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *declared;
}

Result<void> ConflictOfInterest::setOwnIdNumber(const QString &idNumber)
{
    if (auto r = m_casebook.require(Action::DeclareRelations); !r)
        return r.error();
    auto id = Validation::residentId(idNumber, m_casebook.clock().today());
    if (!id)
        return id.error();
    Transaction tx(m_casebook);
    if (auto r =
            RecordWriter(m_casebook)
                .update(QStringLiteral("user"), m_casebook.user()->id, {{QStringLiteral("id_number"), id->number}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    User u = *m_casebook.user();
    u.idNumber = id->number;
    m_casebook.setUser(u);
    return {};
}

Result<QList<RelationDeclaration>> ConflictOfInterest::declarations(const QString &userId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT d.id, d.user_id, u.display_name, coalesce(d.household_id, ''), "
                                           "coalesce(d.id_number, ''), d.relation FROM coi_declaration d JOIN user u "
                                           "ON u.id = d.user_id WHERE d.deleted = 0 AND d.ended_on IS NULL AND "
                                           "(? = '' OR d.user_id = ?) ORDER BY d.rid"),
                            {userId, userId});
    if (!q)
        return q.error();
    QList<RelationDeclaration> out;
    while (q->next())
        out << RelationDeclaration{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                   q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    return out;
}

Result<QList<ConflictOfInterest::Case>> ConflictOfInterest::report() const
{
    // Every (user, household) pair where a relation holds: declared households, and households with a member
    // whose ID number the user declared or holds.
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral(
            "SELECT DISTINCT u.id, u.display_name, h.id FROM user u JOIN household h "
            "WHERE EXISTS (SELECT 1 FROM coi_declaration d WHERE d.user_id = u.id AND d.deleted = 0 "
            "AND d.ended_on IS NULL AND (d.household_id = h.id OR d.id_number IN (SELECT id_number FROM "
            "person p WHERE p.household_id = h.id AND p.deleted = 0))) "
            "OR u.id_number IN (SELECT id_number FROM person p WHERE p.household_id = h.id AND p.deleted = 0) "
            "ORDER BY u.display_name, h.rid"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> pairs;
    QStringList names;
    while (q->next()) {
        pairs << qMakePair(q->value(0).toString(), q->value(2).toString());
        names << q->value(1).toString();
    }
    QList<Case> out;
    HouseholdRepository households(m_casebook);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        Case c;
        c.userName = names.at(i);
        auto described = households.describeHousehold(pairs.at(i).second);
        c.household = described ? *described : pairs.at(i).second;
        auto why = RelatedHouseholds(m_casebook).relationTo(pairs.at(i).first, pairs.at(i).second);
        c.relation = why ? *why : QString();
        auto acted = Database::scalar(m_casebook.db(),
                                      QStringLiteral("SELECT count(*) FROM audit_log a JOIN category_membership c ON "
                                                     "c.id = a.record_id WHERE c.household_id = ? AND a.user_id <> ?"),
                                      {pairs.at(i).second, pairs.at(i).first});
        c.actionsByOthers = acted ? acted->toInt() : 0;
        out << c;
    }
    return out;
}

} // namespace xianjie
