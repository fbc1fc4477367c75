#pragma once

#include "Result.h"
#include "model/Referral.h"
#include "rules/Matching.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace xianjie {

class Casebook;

/**
 * Referrals in both directions. To a charity: a draft from an open need (only when a consent from the household
 * covers the recipient and purpose), then sent with exactly the chosen items, each under a consent that holds
 * today, then followed through its states to an outcome that enters the assistance ledger. From a charity: a
 * lead about someone who may be eligible for government help, followed to its outcome and linked to the
 * household once registered. Every move is an event; status only moves forward (ReferralStates, and the
 * database refuses other moves too).
 */
class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ReferralRepository)

public:
    explicit ReferralRepository(Casebook &casebook) : m_casebook(casebook) {}

    using ItemChoice = QPair<QString, QString>; ///< person id, item

    /** The directory's projects ranked for a need (Matching), with the household's members, village and ledger. */
    Result<QList<ProjectMatch>> matches(const QString &needId) const;
    /** A draft referral to a charity from a need; refused without a consent covering recipient and purpose. */
    Result<QString> createDraft(const Referral &referral);
    /** Every item of every person that a consent lets this draft disclose today, with its value. */
    Result<QList<SharedItem>> available(const QString &referralId) const;
    /** The items a referral for this kind of need usually needs: the minimum to share by default. */
    static QStringList minimumItems(const QString &needType);
    /**
     * Sends a draft: writes exactly the chosen items as disclosed, each under a consent that holds, and moves
     * the referral to sent with its response due date. Refused, with nothing written, if any chosen item has
     * no consent (the message names the item and the person).
     */
    Result<void> send(const QString &referralId, const QList<ItemChoice> &chosen);
    /** Moves a referral along its state machine with a note. */
    Result<void> move(const QString &referralId, const QString &toStatus, const QString &note);
    /**
     * Completes a referral to a charity with its outcome; the help enters the household's ledger (returned id)
     * and the need is marked met or partly met.
     */
    Result<QString> complete(const QString &referralId, const QString &form, qint64 amountFen, const QString &note,
                             bool needFullyMet);
    /** Used by consent withdrawal: marks an open referral consent-withdrawn; returns its number. */
    Result<QString> markConsentWithdrawn(const QString &referralId, const QString &note);

    /** Records a lead from a charity (direction from_charity, status screening). */
    Result<QString> recordLead(const Referral &lead);
    /** The registered household of the person a lead is about (by ID number); empty when not registered. */
    Result<QString> householdOfLead(const QString &referralId) const;
    /** Links a lead to the household once registered. */
    Result<void> linkLead(const QString &referralId, const QString &householdId);

    Result<Referral> referral(const QString &id) const;
    Result<Referral> byNumber(const QString &number) const;
    struct Filter
    {
        QString direction; ///< empty: both
        QString status;    ///< empty: any; "open": any open status
        QString orgId;
        QString householdId;
        bool overdueOnly = false;
    };
    Result<QList<Referral>> referrals(const Filter &filter) const;
    Result<QList<ReferralEvent>> events(const QString &referralId) const;
    struct Counts
    {
        int open = 0;
        int overdue = 0;
    };
    /** Open and overdue referrals of the station, counted by the database. */
    Result<Counts> counts() const;
    /** What a sent referral disclosed, person by person. */
    Result<QList<SharedItem>> shared(const QString &referralId) const;

    /** Sent and not answered by its due date. */
    bool isOverdue(const Referral &referral) const;
    /** Working days a charity has to answer (station setting referral_response_days, default 10). */
    int responseDays() const;

private:
    Result<void> addEvent(const QString &referralId, const QString &from, const QString &to, const QString &note);
    Result<QString> nextNumber(const QString &prefix) const;
    Result<void> moveUnchecked(const Referral &r, const QString &to, const QString &note, const QVariantMap &more);

    Casebook &m_casebook;
};

} // namespace xianjie
