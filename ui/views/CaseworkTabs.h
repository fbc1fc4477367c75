#pragma once

#include <QObject>

class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace xianjie {

class Casebook;

/**
 * The household page's needs, consents and referrals: three tab pages with their lists and actions (record a
 * need, refer it, record or withdraw a consent, print its form, attach the signed scan, open a referral).
 */
class CaseworkTabs : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseworkTabs)

public:
    CaseworkTabs(Casebook &casebook, QWidget *parent);

    QWidget *needsPage() const { return m_needsPage; }
    QWidget *consentsPage() const { return m_consentsPage; }
    QWidget *referralsPage() const { return m_referralsPage; }

    void showHousehold(const QString &householdId, bool open);

public slots:
    void addNeed();
    void refer();
    void markNeedMet();
    void recordConsent();
    void withdrawConsent();
    void attachScan();
    /** Saves a copy of the signed form attached to the selected consent, to look at or print it. */
    void saveScan();
    void saveRecallNotice();
    void openReferral();

signals:
    void changed();

private:
    void reload();
    void updateActions();
    QString selected(QTableWidget *table) const;

    Casebook &m_casebook;
    QWidget *m_parent;
    QString m_householdId;
    bool m_open = false;
    QWidget *m_needsPage = nullptr;
    QWidget *m_consentsPage = nullptr;
    QWidget *m_referralsPage = nullptr;
    QTableWidget *m_needs = nullptr;
    QTableWidget *m_consents = nullptr;
    QTableWidget *m_referrals = nullptr;
    QPushButton *m_addNeed = nullptr;
    QPushButton *m_refer = nullptr;
    QPushButton *m_needMet = nullptr;
    QPushButton *m_recordConsent = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_saveScan = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_openReferral = nullptr;
};

} // namespace xianjie
