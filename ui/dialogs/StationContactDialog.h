#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace xianjie {

class Casebook;

/**
 * The station head enters who answers for the station and how to reach it: printed on every referral letter, its
 * reply slip and the consent forms, so a charity or a family knows whom to call.
 */
class StationContactDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationContactDialog)

public:
    explicit StationContactDialog(Casebook &casebook, QWidget *parent = nullptr);
    void accept() override;

private:
    Casebook &m_casebook;
    QLineEdit *m_person;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLabel *m_error;
};

} // namespace xianjie
