#include "ConsentWithdrawal.h"

#include "Casebook.h"
#include "ConsentRepository.h"
#include "Database.h"
#include "RecordWriter.h"
#include "ReferralRepository.h"
#include "Transaction.h"

namespace xianjie {

Result<QStringList> ConsentWithdrawal::withdraw(const QString &consentId, const QString &how)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    auto c = ConsentRepository(m_casebook).consent(consentId);
    if (!c)
        return c.error();
    if (c->isWithdrawn())
        return makeError(Error::Kind::Invalid,
                         tr("This consent was already withdrawn on %1.").arg(c->withdrawnOn.toString(Qt::ISODate)));
    if (how.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say how the person withdrew their consent."));
    const QDate today = m_casebook.clock().today();
    Transaction tx(m_casebook);
    if (auto r = RecordWriter(m_casebook)
                     .update(QStringLiteral("consent"), consentId,
                             {{QStringLiteral("withdrawn_on"), std::max(today, c->grantedOn)},
                              {QStringLiteral("withdrawal_method"), how.trimmed()}});
        !r)
        return r.error();
    // Open referrals that disclosed under this consent, and drafts that no other consent still covers.
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT r.id FROM referral r JOIN need n ON n.id = r.need_id WHERE r.direction = 'to_charity' "
                       "AND r.status IN ('draft', 'sent', 'accepted', 'helping') AND r.deleted = 0 AND ("
                       "EXISTS (SELECT 1 FROM referral_shared_item s WHERE s.referral_id = r.id AND s.consent_id = ?) "
                       "OR (r.status = 'draft' AND r.household_id = ? AND NOT EXISTS (SELECT 1 FROM consent c WHERE "
                       "c.household_id = r.household_id AND c.org_id = r.org_id AND c.purpose = n.need_type AND "
                       "(c.project_id IS NULL OR c.project_id IS r.project_id) AND c.withdrawn_on IS NULL AND "
                       "c.granted_on <= ? AND c.expires_on >= ?))) ORDER BY r.rid"),
        {consentId, c->householdId, today.toString(Qt::ISODate), today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QStringList numbers;
    ReferralRepository referrals(m_casebook);
    for (const QString &rid : ids) {
        auto moved = referrals.markConsentWithdrawn(rid, tr("Consent withdrawn: %1").arg(how.trimmed()));
        if (!moved)
            return moved.error();
        numbers << *moved;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return numbers;
}

} // namespace xianjie
