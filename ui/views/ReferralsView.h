#pragma once

#include "storage/ReferralRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace xianjie {

class Casebook;
class ReferralListModel;

/** The station's referrals in both directions, filtered by status, organisation, overdue and direction. */
class ReferralsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsView)

public:
    explicit ReferralsView(Casebook &casebook, QWidget *parent = nullptr);
    ReferralListModel *model() const { return m_model; }
    /** What the list is narrowed to, for an export of the same rows. */
    ReferralRepository::Filter filter() const;

public slots:
    void reload();
    void openSelected();
    void recordLead();
    void showDirectory();
    /** Asks the station head how many working days charities have to answer a referral. */
    void setResponseDays();

signals:
    /** Overdue referrals (sent, not answered by the due date) and open ones, for the tab title. */
    void countsChanged(int overdue, int open);
    void openHousehold(const QString &householdId);
    void changed();

private:
    void fillOrganisations();

    Casebook &m_casebook;
    ReferralListModel *m_model = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_org = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace xianjie
