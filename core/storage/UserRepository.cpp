#include "UserRepository.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "Database.h"
#include "RecordWriter.h"
#include "Transaction.h"
#include "rules/Password.h"

#include <QRegularExpression>

namespace xianjie {

namespace {
const char kColumns[] = "id, username, display_name, role, disabled, coalesce(id_number, '')";

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Permissions::roleFromCode(q.value(3).toString()).value_or(Role::Auditor);
    u.disabled = q.value(4).toInt() != 0;
    u.idNumber = q.value(5).toString();
    return u;
}
} // namespace

Result<bool> UserRepository::hasUsers() const
{
    auto n = Database::scalar(m_casebook.db(), QStringLiteral("SELECT count(*) FROM user WHERE station_id = ?"),
                              {m_casebook.stationId()});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<User> UserRepository::insertUser(const QString &usernameIn, const QString &displayName, Role role,
                                        const QString &password)
{
    const QString username = usernameIn.trimmed().toLower();
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9_.-]{2,32}$"));
    if (!shape.match(username).hasMatch())
        return makeError(Error::Kind::Invalid, tr("A user name has 2 to 32 letters, digits, dots, dashes or "
                                                  "underscores (for example wangfang or wang.fang)."));
    if (displayName.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the user's full name."));
    if (auto r = Password::checkStrength(password, username); !r)
        return r.error();
    auto taken = Database::scalar(m_casebook.db(),
                                  QStringLiteral("SELECT count(*) FROM user WHERE username = ? AND station_id = ?"),
                                  {username, m_casebook.stationId()});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return makeError(Error::Kind::Duplicate, tr("The user name %1 is already taken.").arg(username));
    auto hash = Password::hash(password);
    if (!hash)
        return hash.error();

    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto id = writer.insert(QStringLiteral("user"), {{QStringLiteral("username"), username},
                                                     {QStringLiteral("display_name"), displayName.trimmed()},
                                                     {QStringLiteral("role"), Permissions::roleCode(role)},
                                                     {QStringLiteral("disabled"), 0},
                                                     {QStringLiteral("password_hash"), *hash}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return user(*id);
}

Result<User> UserRepository::createFirstUser(const QString &username, const QString &displayName,
                                             const QString &password)
{
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (*any)
        return makeError(Error::Kind::Invalid, tr("This casebook already has accounts; sign in to add more."));
    const Role role = m_casebook.identity().role == Casebook::Role::County ? Role::County : Role::Head;
    // The first account has no one to act for it: it is written as its own creator.
    User self;
    self.role = role;
    m_casebook.setUser(self);
    auto created = insertUser(username, displayName, role, password);
    m_casebook.setUser(std::nullopt);
    if (!created)
        return created.error();
    return signIn(username, password);
}

Result<User> UserRepository::createUser(const QString &username, const QString &displayName, Role role,
                                        const QString &password)
{
    if (auto r = m_casebook.require(Action::ManageUsers); !r)
        return r.error();
    const bool county = m_casebook.identity().role == Casebook::Role::County;
    if (county && role != Role::County && role != Role::Auditor)
        return makeError(Error::Kind::Invalid, tr("A county casebook has county staff and auditors only."));
    if (!county && role == Role::County)
        return makeError(Error::Kind::Invalid, tr("County staff accounts belong to the county casebook."));
    return insertUser(username, displayName, role, password);
}

Result<void> UserRepository::setDisabled(const QString &userId, bool disabled)
{
    if (auto r = m_casebook.require(Action::ManageUsers); !r)
        return r.error();
    if (disabled && m_casebook.user() && m_casebook.user()->id == userId)
        return makeError(Error::Kind::Invalid, tr("You cannot disable your own account."));
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    if (auto r = writer.update(QStringLiteral("user"), userId, {{QStringLiteral("disabled"), disabled ? 1 : 0}}); !r)
        return r.error();
    return tx.commit();
}

Result<void> UserRepository::storePassword(const User &u, const QString &newPassword)
{
    if (auto r = Password::checkStrength(newPassword, u.username); !r)
        return r.error();
    auto hash = Password::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    if (auto r = writer.update(QStringLiteral("user"), u.id, {{QStringLiteral("password_hash"), *hash}}); !r)
        return r.error();
    // A new password also lifts a lockout.
    if (auto r = Database::run(m_casebook.db(),
                               QStringLiteral("UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                               {u.id});
        !r)
        return r.error();
    return tx.commit();
}

Result<void> UserRepository::resetPassword(const QString &userId, const QString &newPassword)
{
    if (auto r = m_casebook.require(Action::ManageUsers); !r)
        return r.error();
    auto u = user(userId);
    if (!u)
        return u.error();
    return storePassword(*u, newPassword);
}

Result<void> UserRepository::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (!m_casebook.user())
        return makeError(Error::Kind::Invalid, tr("Sign in first."));
    const User u = *m_casebook.user();
    auto stored =
        Database::scalar(m_casebook.db(), QStringLiteral("SELECT password_hash FROM user WHERE id = ?"), {u.id});
    if (!stored)
        return stored.error();
    if (!Password::verify(stored->toString(), oldPassword))
        return makeError(Error::Kind::Invalid, tr("The current password is wrong."));
    return storePassword(u, newPassword);
}

Result<User> UserRepository::signIn(const QString &usernameIn, const QString &password)
{
    const QString username = usernameIn.trimmed().toLower();
    const Error wrong{Error::Kind::Invalid, tr("The user name or the password is wrong.")};
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1, password_hash, failed_attempts, locked_until FROM user "
                                           "WHERE username = ? AND station_id = ?")
                                .arg(QLatin1String(kColumns)),
                            {username, m_casebook.stationId()});
    if (!q)
        return q.error();
    m_casebook.setUser(std::nullopt);
    Transaction tx(m_casebook);
    if (!q->next()) {
        if (auto r = AuditLog::append(m_casebook, QStringLiteral("login_failed"), QString(), QString(), {}, {},
                                      tr("unknown user name"));
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return wrong;
    }
    const User u = readUser(*q);
    const QString hash = q->value(6).toString();
    const int failed = q->value(7).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
    const QDateTime now = m_casebook.clock().now();
    q->finish();

    auto refuse = [&](const Error &e, const QString &note) -> Result<User> {
        if (auto r = AuditLog::append(m_casebook, QStringLiteral("login_failed"), QStringLiteral("user"), u.id, {}, {},
                                      note);
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return e;
    };
    if (u.disabled)
        return refuse({Error::Kind::Invalid, tr("This account is disabled. Ask your station head.")},
                      QStringLiteral("disabled"));
    if (lockedUntil.isValid() && lockedUntil > now)
        return refuse({Error::Kind::Invalid,
                       tr("Too many wrong passwords: this account is locked until %1. The station head can reset "
                          "the password sooner.")
                           .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))},
                      QStringLiteral("locked"));
    if (!Password::verify(hash, password)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= kMaxFailedAttempts;
        if (auto r = Database::run(
                m_casebook.db(), QStringLiteral("UPDATE user SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                {lock ? 0 : attempts,
                 lock ? QVariant(now.addSecs(kLockoutMinutes * 60).toString(Qt::ISODate)) : QVariant(), u.id});
            !r)
            return r.error();
        if (lock)
            return refuse({Error::Kind::Invalid,
                           tr("Too many wrong passwords: this account is locked for %1 minutes.").arg(kLockoutMinutes)},
                          QStringLiteral("wrong password; locked"));
        // Said, so that the worker stops before the lock rather than after it.
        const int left = kMaxFailedAttempts - attempts;
        return refuse({Error::Kind::Invalid,
                       tr("The user name or the password is wrong. After %n more wrong password(s) the account is "
                          "locked for %1 minutes.",
                          nullptr, left)
                           .arg(kLockoutMinutes)},
                      QStringLiteral("wrong password"));
    }
    if (auto r = Database::run(m_casebook.db(),
                               QStringLiteral("UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                               {u.id});
        !r)
        return r.error();
    m_casebook.setUser(u);
    if (auto r = AuditLog::append(m_casebook, QStringLiteral("login"), QStringLiteral("user"), u.id); !r) {
        m_casebook.setUser(std::nullopt);
        return r.error();
    }
    if (auto r = tx.commit(); !r) {
        m_casebook.setUser(std::nullopt);
        return r.error();
    }
    return u;
}

void UserRepository::signOut()
{
    if (!m_casebook.user())
        return;
    Transaction tx(m_casebook);
    if (AuditLog::append(m_casebook, QStringLiteral("logout"), QStringLiteral("user"), m_casebook.user()->id))
        (void)tx.commit();
    m_casebook.setUser(std::nullopt);
}

Result<QList<User>> UserRepository::users() const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM user WHERE station_id = ? ORDER BY disabled, role, username")
                                .arg(QLatin1String(kColumns)),
                            {m_casebook.stationId()});
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << readUser(*q);
    return out;
}

Result<User> UserRepository::user(const QString &id) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM user WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("There is no such user."));
    return readUser(*q);
}

} // namespace xianjie
