#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xianjie {

class Casebook;

/** Records a lead from a charity: someone who may be eligible for government help (reverse referral). */
class LeadDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDialog)

public:
    explicit LeadDialog(Casebook &casebook, QWidget *parent = nullptr);
    void accept() override;

private:
    Casebook &m_casebook;
    QComboBox *m_org = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_village = nullptr;
    QPlainTextEdit *m_situation = nullptr;
    QLineEdit *m_programme = nullptr;
    QDateEdit *m_reported = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
