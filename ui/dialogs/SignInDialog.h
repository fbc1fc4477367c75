#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace xianjie {

class Casebook;
class UserRepository;

/**
 * Signing in to a casebook. Three forms of one dialog: sign in; create the first account of a new casebook
 * (the station head); and unlock after inactivity, where only the signed-in user's password is asked.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Mode
    {
        SignIn,
        FirstAccount,
        Unlock
    };

    /** @p lockedUsername: in Unlock mode, the user who was signed in when the casebook locked. */
    SignInDialog(Casebook &casebook, Mode mode, QWidget *parent = nullptr, const QString &lockedUsername = {});
    ~SignInDialog() override;
    /** In Unlock mode: the user locked the casebook themselves (Ctrl+L), it was not a period without use. */
    void explainManualLock();

    /** The right form for @p casebook: first account when it has none, else sign in. */
    static Mode modeFor(Casebook &casebook);

    void accept() override;
    /** At the lock screen, closing the dialog is not a way in. */
    void reject() override;

private:
    Casebook &m_casebook;
    Mode m_mode;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_rules = nullptr; ///< the password rules, ticked off while typing (first account)
    QLabel *m_intro = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xianjie
