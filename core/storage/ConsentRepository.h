#pragma once

#include "Result.h"
#include "model/Consent.h"

#include <QCoreApplication>
#include <QList>

namespace xianjie {

class Casebook;

/** A file kept with a record (the signed consent form). */
struct Attachment
{
    QString id;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
};

/**
 * Consents: recorded with ConsentPolicy's rules (and the database's), never edited, withdrawn through
 * ConsentWithdrawal. Withdrawal is not retroactive: what was sent stays sent, but every open referral that relied on
 * the consent is marked consent-withdrawn and the recipient is owed a recall notice (ReferralDocuments::recallNotice).
 */
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ConsentRepository)

public:
    explicit ConsentRepository(Casebook &casebook) : m_casebook(casebook) {}

    /** Records a consent; the witness is the signed-in user. Returns its id. */
    Result<QString> record(const Consent &consent);
    /** Notes the day the recipient was told of the withdrawal. */
    Result<void> markRecipientTold(const QString &consentId, const QDate &on);

    Result<Consent> consent(const QString &id) const;
    /** A household's consents, newest first. */
    Result<QList<Consent>> consents(const QString &householdId) const;
    /**
     * The consents of a household that hold on @p day for this recipient and purpose (a consent for the whole
     * organisation covers each of its projects).
     */
    Result<QList<Consent>> usable(const QString &householdId, const QString &orgId, const QString &projectId,
                                  const QString &purpose, const QDate &day) const;

    /** Keeps the signed form (a scan or photo) with the consent. */
    Result<QString> attach(const QString &consentId, const QString &fileName, const QByteArray &content);
    Result<QList<Attachment>> attachments(const QString &ownerId) const;
    Result<QByteArray> attachmentContent(const QString &attachmentId) const;

private:
    Casebook &m_casebook;
};

} // namespace xianjie
