#include "UsersDialog.h"

#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

UsersDialog::UsersDialog(Casebook &casebook, QWidget *parent) : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("User accounts"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Accounts are never deleted, because records name who made them: disable an account "
                               "when its holder leaves."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Role"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    row->addWidget(add);
    row->addWidget(m_toggle);
    row->addWidget(m_reset);
    row->addStretch(1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const User *u = selected();
        m_toggle->setEnabled(u);
        m_reset->setEnabled(u);
        m_toggle->setText(u && u->disabled ? tr("&Enable") : tr("&Disable"));
    });
    resize(640, 420);
    reload();
}

void UsersDialog::reload()
{
    auto users = UserRepository(m_casebook).users();
    m_users = users ? *users : QList<User>();
    m_table->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const User &u = m_users.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(u.displayName));
        m_table->setItem(r, 1, new QTableWidgetItem(u.username));
        m_table->setItem(r, 2, new QTableWidgetItem(Permissions::roleLabel(u.role)));
        m_table->setItem(r, 3, new QTableWidgetItem(u.disabled ? tr("Disabled") : tr("Active")));
    }
    m_table->resizeColumnsToContents();
    m_toggle->setEnabled(false);
    m_reset->setEnabled(false);
}

const User *UsersDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_users.at(rows.first().row());
}

void UsersDialog::addUser()
{
    QDialog form(this);
    form.setObjectName(QStringLiteral("addUserDialog"));
    form.setWindowTitle(tr("Add user"));
    auto *layout = new QFormLayout(&form);
    auto *name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("newUserFullName"));
    auto *username = new QLineEdit(&form);
    username->setObjectName(QStringLiteral("newUserName"));
    auto *role = new QComboBox(&form);
    role->setObjectName(QStringLiteral("newUserRole"));
    const bool county = m_casebook.identity().role == Casebook::Role::County;
    for (Role r :
         county ? QList<Role>{Role::County, Role::Auditor} : QList<Role>{Role::Worker, Role::Head, Role::Auditor})
        role->addItem(Permissions::roleLabel(r), int(r));
    auto *password = new QLineEdit(&form);
    password->setObjectName(QStringLiteral("newUserPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("a first password the user changes"));
    layout->addRow(tr("Full &name:"), name);
    layout->addRow(tr("&User name:"), username);
    layout->addRow(tr("&Role:"), role);
    layout->addRow(tr("&Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        auto r = UserRepository(m_casebook)
                     .createUser(username->text(), name->text(), Role(role->currentData().toInt()), password->text());
        if (!r) {
            QMessageBox::warning(&form, tr("Not added"), r.message());
            return;
        }
        form.accept();
    });
    if (form.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::toggleDisabled()
{
    const User *u = selected();
    if (!u)
        return;
    auto r = UserRepository(m_casebook).setDisabled(u->id, !u->disabled);
    if (!r)
        QMessageBox::warning(this, tr("Not changed"), r.message());
    reload();
}

void UsersDialog::resetPassword()
{
    const User *u = selected();
    if (!u)
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"), tr("New password for %1:").arg(u->displayName),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto r = UserRepository(m_casebook).resetPassword(u->id, password);
    if (!r)
        QMessageBox::warning(this, tr("Not changed"), r.message());
    else
        QMessageBox::information(this, tr("Password reset"),
                                 tr("%1 can sign in with the new password now.").arg(u->displayName));
}

} // namespace xianjie
