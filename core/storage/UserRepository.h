#pragma once

#include "Result.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>

namespace xianjie {

class Casebook;

/**
 * User accounts and signing in. The first account of a new casebook is its station head (or county staff);
 * after that only a user allowed to manage users creates accounts, disables them or resets passwords.
 * Accounts are never deleted, since records point to them. Five wrong passwords in a row lock the account
 * for 15 minutes.
 */
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::UserRepository)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit UserRepository(Casebook &casebook) : m_casebook(casebook) {}

    Result<bool> hasUsers() const;
    /** Creates the first account (head at a station, county staff at a county) and signs it in. */
    Result<User> createFirstUser(const QString &username, const QString &displayName, const QString &password);
    Result<User> createUser(const QString &username, const QString &displayName, Role role, const QString &password);
    Result<void> setDisabled(const QString &userId, bool disabled);
    Result<void> resetPassword(const QString &userId, const QString &newPassword);
    Result<void> changeOwnPassword(const QString &oldPassword, const QString &newPassword);

    /** Checks the password and signs the user in on this casebook; every attempt is audited. */
    Result<User> signIn(const QString &username, const QString &password);
    void signOut();

    Result<QList<User>> users() const;
    Result<User> user(const QString &id) const;

private:
    Result<void> storePassword(const User &user, const QString &newPassword);
    Result<User> insertUser(const QString &username, const QString &displayName, Role role, const QString &password);

    Casebook &m_casebook;
};

} // namespace xianjie
