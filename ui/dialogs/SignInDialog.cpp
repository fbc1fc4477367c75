#include "SignInDialog.h"

#include "rules/Password.h"
#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xianjie {

SignInDialog::SignInDialog(Casebook &casebook, Mode mode, QWidget *parent, const QString &lockedUsername)
    : QDialog(parent), m_casebook(casebook), m_mode(mode)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in — %1").arg(casebook.identity().name));
        intro->setText(tr("Sign in to the casebook of %1.").arg(casebook.identity().name));
        break;
    case Mode::FirstAccount:
        setWindowTitle(tr("First account — %1").arg(casebook.identity().name));
        intro->setText(casebook.identity().role == Casebook::Role::County
                           ? tr("This casebook has no accounts yet. Create the first one, for the county staff "
                                "member who manages the others.")
                           : tr("This casebook has no accounts yet. Create the first one, for the station head, "
                                "who then adds the social workers."));
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
        form->addRow(tr("Full &name:"), m_fullName);
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Locked — %1").arg(casebook.identity().name));
        intro->setText(tr("The casebook was locked after a period without use. Enter your password to go on."));
        break;
    }

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    if (mode == Mode::Unlock) {
        m_username->setText(lockedUsername);
        m_username->setReadOnly(true);
    }
    form->addRow(tr("&User name:"), m_username);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::FirstAccount) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat password:"), m_repeat);
        // Every rule at once, ticked off while typing (not one refusal at a time).
        m_rules = new QLabel(this);
        m_rules->setObjectName(QStringLiteral("passwordRules"));
        m_rules->setWordWrap(true);
        m_rules->setTextFormat(Qt::RichText);
        form->addRow(QString(), m_rules);
        auto showRules = [this] {
            QStringList lines;
            for (const Password::Rule &rule : Password::rules(m_password->text(), m_username->text().trimmed()))
                lines << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                             .arg(rule.met ? QStringLiteral("#1b6e20") : QStringLiteral("#b3261e"),
                                  rule.met ? QStringLiteral("✓") : QStringLiteral("✗"), rule.text.toHtmlEscaped());
            m_rules->setText(lines.join(QStringLiteral("<br>")));
        };
        connect(m_password, &QLineEdit::textChanged, this, showRules);
        connect(m_username, &QLineEdit::textChanged, this, showRules);
        showRules();
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::FirstAccount ? tr("&Create and sign in") : tr("&Sign in"));
    if (mode == Mode::Unlock)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit Xianjie"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    setMinimumWidth(420);
    (mode == Mode::Unlock ? m_password : (m_fullName ? m_fullName : m_username))->setFocus();
}

void SignInDialog::explainManualLock()
{
    m_intro->setText(tr("You locked the casebook. Enter your password to go on."));
}

SignInDialog::~SignInDialog() = default;

SignInDialog::Mode SignInDialog::modeFor(Casebook &casebook)
{
    auto any = UserRepository(casebook).hasUsers();
    return any && !*any ? Mode::FirstAccount : Mode::SignIn;
}

void SignInDialog::accept()
{
    UserRepository users(m_casebook);
    Result<void> result;
    if (m_mode == Mode::FirstAccount) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            return;
        }
        auto r = users.createFirstUser(m_username->text(), m_fullName->text(), m_password->text());
        if (!r)
            result = r.error();
    } else {
        // Unlocking is signing in again as the same user: the lock signed the user out of the casebook.
        auto r = users.signIn(m_username->text(), m_password->text());
        if (!r)
            result = r.error();
    }
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    if (!result) {
        m_message->setText(result.message());
        return;
    }
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode == Mode::Unlock) {
        // Leaving the lock screen quits the app; the casebook stays closed to whoever comes next.
        QDialog::reject();
        QApplication::exit(0);
        return;
    }
    QDialog::reject();
}

} // namespace xianjie
