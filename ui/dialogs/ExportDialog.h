#pragma once

#include "report/ListExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace xianjie {

class Casebook;

/**
 * File → Export…: which list (the households as the list shows them, the referrals as their tab shows them,
 * visits, the help ledger), for which village and period, and whether unmasked — offered only to a role that may,
 * with what that means said next to it.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /** @p households and @p referrals: what those lists on screen are narrowed to, with a few words for it. */
    ExportDialog(Casebook &casebook, const HouseholdQuery::Request &households, const QString &householdsText,
                 const ReferralRepository::Filter &referrals, QWidget *parent = nullptr);
    /** The options chosen (without the file). */
    ListExport::Options options() const;
    /** A file name to offer: the list and today's date. */
    QString suggestedFileName() const;

private:
    void update();

    Casebook &m_casebook;
    HouseholdQuery::Request m_households;
    ReferralRepository::Filter m_referrals;
    QString m_householdsText;
    QComboBox *m_list = nullptr;
    QLabel *m_what = nullptr;
    QComboBox *m_village = nullptr;
    QCheckBox *m_limitDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_unmasked = nullptr;
};

} // namespace xianjie
