#pragma once

#include "model/Referral.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QHBoxLayout;

namespace xianjie {

class Casebook;

/**
 * One referral: where it stands, its history, what it disclosed (item names only) and the moves it can make
 * next — accepted, helping, completed with the outcome, declined, returned, cancelled; for a lead: application
 * assisted, approved, not eligible, withdrawn, and linking to the registered household. The letter and the
 * packet can be saved again while the consent holds.
 */
class ReferralDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralDialog)

public:
    ReferralDialog(Casebook &casebook, const QString &referralId, QWidget *parent = nullptr);

    /** Moves the referral (the buttons call this; tests too). Shows core's refusal in place. */
    bool moveTo(const QString &status);
    bool complete(const QString &form, qint64 amountFen, bool needFullyMet, const QString &note);

signals:
    void changed();

private:
    void reload();
    void saveLetter();
    void savePacket();
    void linkLead();
    void askComplete();

    Casebook &m_casebook;
    Referral m_referral;
    QLabel *m_summary = nullptr;
    QTableWidget *m_events = nullptr;
    QLabel *m_shared = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_packet = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
