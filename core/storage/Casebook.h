#pragma once

#include "Clock.h"
#include "Result.h"
#include "model/User.h"
#include "rules/Permissions.h"
#include "sync/Hlc.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace xianjie {

class ChangeNotifier;

/**
 * One casebook file: a SQLite database in WAL mode with foreign keys on. Owns the connection of the thread
 * that opened it; other threads open their own read connections with openReadConnection().
 */
class Casebook
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Casebook)
    Q_DISABLE_COPY_MOVE(Casebook)

public:
    enum class Role
    {
        Station,
        County
    };

    struct Identity
    {
        Role role = Role::Station;
        QString code; ///< 12-digit township code (station) or 6-digit county code (county)
        QString name;
    };

    ~Casebook();

    /** Creates a new casebook; refuses to touch an existing file. */
    static Result<std::unique_ptr<Casebook>> create(const QString &path, const Identity &identity,
                                                    const Clock &clock = Clock::system());
    /** Opens an existing casebook, migrating it to the current schema. A file that is not one is left untouched. */
    static Result<std::unique_ptr<Casebook>> open(const QString &path, const Clock &clock = Clock::system());
    /**
     * Checks that @p path is a casebook this version can open, without writing to it.
     * Returns its schema version.
     */
    static Result<int> probe(const QString &path);
    /**
     * The same casebook again, for long work on another thread: its own connection to the same file, the same clock
     * and the same signed-in user (copied now). Call it on the thread that will use it.
     */
    static Result<std::unique_ptr<Casebook>> openAs(const QString &path, const std::optional<User> &user,
                                                    const Clock &clock);
    /** After another connection wrote: the clock never goes back behind what the casebook holds. */
    Result<void> observeWrittenClocks();
    /** A read-only connection to the same file for another thread; close it with QSqlDatabase::removeDatabase. */
    static Result<QSqlDatabase> openReadConnection(const QString &path, const QString &connectionName);
    /** A read-only connection that may still write other files (VACUUM INTO, for backups). */
    static Result<QSqlDatabase> openSnapshotConnection(const QString &path, const QString &connectionName)
    {
        return connect(path, connectionName, true);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const QString &path() const { return m_path; }
    const Identity &identity() const { return m_identity; }
    const QString &stationId() const { return m_stationId; }
    const Clock &clock() const { return m_clock; }
    Hlc &hlc() { return m_hlc; }

    /** A station setting (not synced): its value, or @p fallback when unset. */
    QString setting(const QString &key, const QString &fallback = {}) const;
    /** Changes a setting; needs a user who may manage users (the station head). */
    Result<void> setSetting(const QString &key, const QString &value);
    /** Bookkeeping of core services (the date of the last automatic backup): no user choice, no role check. */
    Result<void> storeSystemSetting(const QString &key, const QString &value);

    /** The signed-in user, if any. Writes, reveals and exports are refused without one. */
    const std::optional<User> &user() const { return m_user; }
    void setUser(std::optional<User> user) { m_user = std::move(user); }
    /** Ok when a user is signed in whose role allows @p action; otherwise the reason in words. */
    Result<void> require(Action action) const;

    /** Which tables committed changes touched, for the views of this casebook. */
    ChangeNotifier &changes() const { return *m_changes; }

    /** Depth of open transactions on this connection; Transaction uses savepoints when nested. */
    int &transactionDepth() { return m_transactionDepth; }

    static QString roleCode(Role role);

private:
    Casebook(const QString &path, const QString &connection, const Clock &clock);
    Result<void> loadSettings();
    static Result<QSqlDatabase> connect(const QString &path, const QString &connection, bool readOnly);

    QString m_path;
    QString m_connection;
    const Clock &m_clock;
    Hlc m_hlc;
    Identity m_identity;
    QString m_stationId;
    int m_transactionDepth = 0;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::optional<User> m_user;
};

} // namespace xianjie
