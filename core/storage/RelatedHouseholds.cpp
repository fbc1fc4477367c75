#include "RelatedHouseholds.h"

#include "Casebook.h"
#include "Database.h"

namespace xianjie {

bool RelatedHouseholds::protects(const QString &table)
{
    static const QStringList tables = {
        QStringLiteral("household"), QStringLiteral("person"),    QStringLiteral("category_membership"),
        QStringLiteral("need"),      QStringLiteral("consent"),   QStringLiteral("referral"),
        QStringLiteral("visit"),     QStringLiteral("assistance")};
    return tables.contains(table);
}

Result<QString> RelatedHouseholds::relationTo(const QString &userId, const QString &householdId) const
{
    auto declared = Database::exec(m_casebook.db(),
                                   QStringLiteral("SELECT relation FROM coi_declaration WHERE user_id = ? AND "
                                                  "household_id = ? AND deleted = 0 AND ended_on IS NULL"),
                                   {userId, householdId});
    if (!declared)
        return declared.error();
    if (declared->next())
        return tr("declared relation: %1").arg(declared->value(0).toString());
    // A family member by ID number, or the user themself, among the household's members.
    auto family = Database::exec(m_casebook.db(),
                                 QStringLiteral("SELECT d.relation FROM person p JOIN coi_declaration d ON "
                                                "d.id_number = p.id_number AND d.user_id = ? AND d.deleted = 0 AND "
                                                "d.ended_on IS NULL WHERE p.household_id = ? AND p.deleted = 0"),
                                 {userId, householdId});
    if (!family)
        return family.error();
    if (family->next())
        return tr("a family member you declared (%1) is a member").arg(family->value(0).toString());
    auto self = Database::scalar(m_casebook.db(),
                                 QStringLiteral("SELECT count(*) FROM person p JOIN user u ON u.id_number = "
                                                "p.id_number WHERE u.id = ? AND p.household_id = ? AND p.deleted = 0"),
                                 {userId, householdId});
    if (!self)
        return self.error();
    if (self->toLongLong() > 0)
        return tr("you are registered as a member");
    return QString();
}

Result<void> RelatedHouseholds::requireUnrelated(const QString &householdId) const
{
    if (!m_casebook.user())
        return makeError(Error::Kind::Invalid, tr("Sign in first."));
    if (householdId.isEmpty() || Permissions::allows(m_casebook.user()->role, Action::ActForRelatedHousehold))
        return {};
    auto why = relationTo(m_casebook.user()->id, householdId);
    if (!why)
        return why.error();
    if (why->isEmpty())
        return {};
    return makeError(Error::Kind::Invalid, tr("You are related to this household (%1). To prevent favouritism, "
                                              "the station head must do this.")
                                               .arg(*why));
}

bool RelatedHouseholds::exempt(const QString &table, const QVariantMap &fields)
{
    if (table == QLatin1String("consent")) {
        static const QStringList withdrawal = {QStringLiteral("withdrawn_on"), QStringLiteral("withdrawal_method"),
                                               QStringLiteral("recipient_told_on")};
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            if (!withdrawal.contains(it.key()))
                return false;
        return !fields.isEmpty();
    }
    return table == QLatin1String("referral") &&
           fields.value(QStringLiteral("status")).toString() == QLatin1String("consent_withdrawn");
}

} // namespace xianjie
