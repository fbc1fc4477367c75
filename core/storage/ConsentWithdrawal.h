#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace xianjie {

class Casebook;

/**
 * Withdrawing a consent is a workflow over two aggregates: the consent records the withdrawal (it always wins, PIPL
 * Art. 15, without retroactive effect), and every open referral that disclosed under it — and every draft that no
 * other consent still covers — is marked consent-withdrawn, so the recipient is owed a recall notice.
 */
class ConsentWithdrawal
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ConsentWithdrawal)

public:
    explicit ConsentWithdrawal(Casebook &casebook) : m_casebook(casebook) {}

    /**
     * Withdraws a consent from today; returns the numbers of the open referrals it marked consent-withdrawn.
     * Always available to anyone who may record consents, even for a related household.
     */
    Result<QStringList> withdraw(const QString &consentId, const QString &how);

private:
    Casebook &m_casebook;
};

} // namespace xianjie
