#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace xianjie {

/** A person whose data a consent covers, and on what footing. */
struct ConsentMember
{
    QString personId;
    QString basis = QStringLiteral("self"); ///< "self" or "guardian"
};

/**
 * A consent to provide a household's data to a charity (PIPL art. 23, 29, 31): who consents, for whom, to
 * which recipient and purpose, which items, for how long, how it was given. Its terms never change; a new
 * purpose or recipient needs a new consent. Withdrawal is recorded once and is not retroactive.
 */
struct Consent
{
    QString id;
    QString householdId;
    QString consenterName;
    QString consenterPersonId; ///< the consenting member; empty for a guardian from outside the household
    QString guardianIdNumber;  ///< required when anyone is covered on a guardian's word
    QString guardianRelation;  ///< the guardian's relation to the people they consent for
    QString orgId;
    QString orgName;   ///< filled in when read
    QString projectId; ///< empty: any project of the organisation
    QString projectName;
    QString purpose; ///< a need type: the help the data is shared to obtain
    QString purposeText;
    int retentionMonths = 24;
    QString method = QStringLiteral("signed_paper"); ///< signed_paper, fingerprint, e_signature, verbal_witnessed
    QString witnessUserId;
    QString witnessName;   ///< filled in when read
    QString verbalWitness; ///< a second witness for a recorded verbal consent
    QString noticeVersion;
    QDate grantedOn;
    QDate expiresOn;
    QDate withdrawnOn;
    QString withdrawalMethod;
    QDate recipientToldOn;
    QList<ConsentMember> members;
    QStringList items; ///< see Labels::consentItems()
    int attachments = 0;

    bool isWithdrawn() const { return withdrawnOn.isValid(); }
    bool holdsOn(const QDate &day) const
    {
        return !isWithdrawn() && grantedOn.isValid() && grantedOn <= day && expiresOn >= day;
    }
    bool covers(const QString &personId) const
    {
        for (const ConsentMember &m : members)
            if (m.personId == personId)
                return true;
        return false;
    }
};

} // namespace xianjie
