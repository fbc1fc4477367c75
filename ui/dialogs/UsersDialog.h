#pragma once

#include "model/User.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace xianjie {

class Casebook;

/** The station head's list of accounts: add, disable or enable, reset a password. Accounts are never deleted. */
class UsersDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    UsersDialog(Casebook &casebook, QWidget *parent = nullptr);

public slots:
    void addUser();
    void toggleDisabled();
    void resetPassword();

private:
    void reload();
    const User *selected() const;

    Casebook &m_casebook;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace xianjie
