#pragma once

#include "model/Charity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace xianjie {

class Casebook;
class CheckList;

/** Adds or edits an organisation of the charity directory. */
class OrgDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgDialog)

public:
    OrgDialog(Casebook &casebook, const CharityOrg &org, QWidget *parent = nullptr);
    void accept() override;

private:
    Casebook &m_casebook;
    CharityOrg m_org;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_area = nullptr;
    CheckList *m_services = nullptr;
    CheckList *m_groups = nullptr;
    QCheckBox *m_fundraising = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
