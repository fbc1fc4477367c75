#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace xianjie {

class Casebook;

/**
 * Whether a user is related to a household (优亲厚友): a declared relation, a declared family member among its
 * members, or the user themself. RecordWriter asks it before every write of a household's records, so the rule
 * holds in one place for every repository; ConflictOfInterest keeps the declarations.
 */
class RelatedHouseholds
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::RelatedHouseholds)

public:
    explicit RelatedHouseholds(const Casebook &casebook) : m_casebook(casebook) {}

    /** Why @p userId is related to @p householdId, in words; empty when not related. */
    Result<QString> relationTo(const QString &userId, const QString &householdId) const;
    /** Ok, or the refusal when the signed-in user may not act on this related household. */
    Result<void> requireUnrelated(const QString &householdId) const;
    /** Whether records of @p table belong to a household the rule protects (the declarations themselves do not). */
    static bool protects(const QString &table);
    /**
     * Whether a change of @p fields of a @p table record may be written even for a related household: withdrawing a
     * consent (the person may always withdraw, easily: PIPL Art. 15) and what the withdrawal does to referrals.
     */
    static bool exempt(const QString &table, const QVariantMap &fields);

private:
    const Casebook &m_casebook;
};

} // namespace xianjie
