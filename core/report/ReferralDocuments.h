#pragma once

#include "Result.h"
#include "model/Consent.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/**
 * The documents that leave the station, built in core so that the consent rules decide what they hold: the
 * referral letter (HTML, printed to PDF by the desktop app) and the machine-readable referral packet (JSON)
 * contain exactly the items recorded as disclosed, and only while each item's consent still holds; the consent
 * form for signature; the recall notice after a withdrawal. Each production is written to the audit log.
 */
class ReferralDocuments
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ReferralDocuments)

public:
    explicit ReferralDocuments(Casebook &casebook) : m_casebook(casebook) {}

    /** The referral letter; refused with the missing consent named when any disclosed item is not covered. */
    Result<QString> letterHtml(const QString &referralId);
    /** The referral packet for the charity's own systems (format "xianjie-referral-packet", version 1). */
    Result<QByteArray> packetJson(const QString &referralId);
    /** A consent form pre-filled with the household, the recipient and each item, for signature (A4). */
    Result<QString> consentFormHtml(const Consent &consent);
    /** The notice telling the recipient that a consent was withdrawn and which referrals it concerns. */
    Result<QString> recallNoticeHtml(const QString &consentId);

    /** Version of the notice text shown to people before they consent; printed on the form. */
    static QString noticeVersion() { return QStringLiteral("2026-1"); }

private:
    struct Checked;
    Result<Checked> checked(const QString &referralId) const;
    /** The handling worker and the station's contact, as a table. */
    QString stationBlock(const QString &worker) const;
    /** The place for the seal, over the name of who signs and the date (blank when @p on is not valid). */
    /** Why an item sensitive by its nature is sensitive, in the words of the consent form. */
    static QString sensitiveReason(const QString &item);
    static QString signatureBlock(const QString &who, const QDate &on);
    /** Writes the printing or export of a document to the audit log, in its own transaction. */
    Result<void> recordOutput(const QString &action, const QString &table, const QString &recordId,
                              const QString &note);

    Casebook &m_casebook;
};

} // namespace xianjie
