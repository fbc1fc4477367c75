#include "Casebook.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Uuid.h"
#include "WalCheck.h"
#include "rules/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace xianjie {

namespace {
constexpr int kBusyTimeoutMs = 5000;

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Casebook::Casebook(const QString &path, const QString &connection, const Clock &clock)
    : m_path(path), m_connection(connection), m_clock(clock), m_hlc(clock),
      m_changes(std::make_unique<ChangeNotifier>())
{
    WalCheck::opened(m_path);
}

Casebook::~Casebook()
{
    WalCheck::closed(m_path);
    Database::forgetConnection(m_connection);
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Casebook::setting(const QString &key, const QString &fallback) const
{
    auto v = Database::scalar(db(), QStringLiteral("SELECT value FROM station_settings WHERE key = ?"), {key});
    return v && !v->isNull() ? v->toString() : fallback;
}

Result<void> Casebook::setSetting(const QString &key, const QString &value)
{
    if (auto r = require(Action::ManageUsers); !r)
        return r.error();
    return storeSystemSetting(key, value);
}

Result<void> Casebook::storeSystemSetting(const QString &key, const QString &value)
{
    return Database::run(db(),
                         QStringLiteral("INSERT INTO station_settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

Result<void> Casebook::require(Action action) const
{
    if (!m_user)
        return makeError(Error::Kind::Invalid, tr("Sign in before changing the casebook."));
    return Permissions::require(m_user->role, action);
}

QString Casebook::roleCode(Role role)
{
    return role == Role::County ? QStringLiteral("county") : QStringLiteral("station");
}

Result<QSqlDatabase> Casebook::connect(const QString &path, const QString &connection, bool readOnly)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    d.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    d.setConnectOptions(options);
    auto fail = [&](const Error &e) {
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return e;
    };
    if (!d.open())
        return fail(Database::error(d.lastError()));
    if (readOnly) {
        // A program stopped in the middle of a write leaves work that a read-only connection may not do: a rollback
        // journal to undo (an older casebook's first upgrade, before it turns to WAL: SQLITE_READONLY_ROLLBACK) or
        // a log index to rebuild (SQLITE_READONLY_RECOVERY); the casebook would then read as "read-only" for ever.
        // A short read-write connection does SQLite's usual crash recovery (the unfinished write is undone, nothing
        // else changes; a log was checked as this casebook's own before, by WalCheck), and the read-only one is made
        // again.
        QSqlQuery first(d);
        const bool leftOver = QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
                              QFileInfo(path + QStringLiteral("-journal")).size() > 0;
        if (!first.exec(QStringLiteral("PRAGMA schema_version")) &&
            (first.lastError().nativeErrorCode().toInt() & 0xFF) == SQLITE_READONLY && leftOver &&
            QFileInfo(path).isWritable() && !WalCheck::isOpenHere(path)) {
            first = QSqlQuery();
            d.close();
            sqlite3 *repair = nullptr;
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &repair, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK) {
                sqlite3_busy_timeout(repair, kBusyTimeoutMs);
                sqlite3_exec(repair, "PRAGMA schema_version", nullptr, nullptr, nullptr);
            }
            sqlite3_close(repair);
            if (!d.open())
                return fail(Database::error(d.lastError()));
        }
    }
    return d;
}

Result<int> Casebook::probe(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::NotFound, tr("There is no casebook at %1.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile() || !info.isReadable())
        return makeError(Error::Kind::Io, tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    // The header is read with a file of our own only while no connection of this program has the casebook open:
    // closing that file would drop every POSIX lock this program holds on it (SQLite's among them), and another
    // program closing its connection would then fold in and delete the log under ours.
    if (info.size() == 0 || (!WalCheck::isOpenHere(path) && !hasSqliteHeader(path)))
        return makeError(Error::Kind::NotACasebook,
                         tr("%1 is not a Xianjie casebook.").arg(QDir::toNativeSeparators(path)));

    const QString connection = Database::uniqueConnectionName(QStringLiteral("probe"));
    Result<int> result = makeError(Error::Kind::Io, QString());
    {
        auto d = connect(path, connection, true);
        if (!d)
            return d.error();
        auto check = [&]() -> Result<int> {
            auto appId = Database::scalar(*d, QStringLiteral("PRAGMA application_id"));
            auto version = Database::scalar(*d, QStringLiteral("PRAGMA user_version"));
            if (!appId || !version) {
                const Error e = !appId ? appId.error() : version.error();
                if (e.kind == Error::Kind::NotACasebook || e.kind == Error::Kind::Corrupt)
                    return makeError(Error::Kind::Corrupt, tr("%1 is damaged and cannot be opened. Restore it from "
                                                              "a backup and tell your county office.")
                                                               .arg(QDir::toNativeSeparators(path)));
                return e;
            }
            if (appId->toLongLong() != qint64(Schema::kApplicationId))
                return makeError(Error::Kind::NotACasebook,
                                 tr("%1 is a database of another program, not a Xianjie casebook.")
                                     .arg(QDir::toNativeSeparators(path)));
            const int v = version->toInt();
            if (v > Schema::currentVersion())
                return makeError(Error::Kind::TooNew,
                                 tr("%1 was written by a newer version of Xianjie (casebook version %2; this program "
                                    "reads up to version %3). Install the newer version to open it.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(v)
                                     .arg(Schema::currentVersion()));
            // Reading the schema and the settings touches the first pages: a damaged header or schema shows here.
            auto settings = Database::scalar(*d, QStringLiteral("SELECT count(*) FROM station_settings"));
            if (!settings)
                return makeError(Error::Kind::Corrupt, tr("%1 is damaged and cannot be opened. Restore it from a "
                                                          "backup and tell your county office.")
                                                           .arg(QDir::toNativeSeparators(path)));
            return v;
        };
        result = check();
        Database::forgetConnection(connection);
        d->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Result<std::unique_ptr<Casebook>> Casebook::create(const QString &path, const Identity &given, const Clock &clock)
{
    // The identity's rules hold whoever creates the casebook (the app, the CLI, a test).
    Identity identity = given;
    auto code = identity.role == Role::Station ? Validation::stationCode(identity.code)
                                               : Validation::divisionCode6(identity.code);
    if (!code)
        return code.error();
    identity.code = *code;
    identity.name = identity.name.trimmed();
    if (identity.name.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the name of the station or office."));
    if (QFileInfo::exists(path))
        return makeError(Error::Kind::Io, tr("A file already exists at %1; choose another name. Nothing was changed.")
                                              .arg(QDir::toNativeSeparators(path)));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(Error::Kind::Io,
                         tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    const QString connection = Database::uniqueConnectionName(QStringLiteral("casebook"));
    std::unique_ptr<Casebook> cb(new Casebook(info.absoluteFilePath(), connection, clock));
    auto fail = [&](const Error &e) -> Result<std::unique_ptr<Casebook>> {
        cb.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return e;
    };
    auto d = connect(path, connection, false);
    if (!d)
        return fail(d.error());
    for (const QString &pragma :
         {QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId),
          QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto r = Database::exec(*d, pragma); !r)
            return fail(r.error());
    }
    if (auto r = Schema::migrate(*d, 0); !r)
        return fail(r.error());

    const QString stationId = Uuid::v7(clock.now());
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("role"), roleCode(identity.role)},
        {QStringLiteral("code"), identity.code},
        {QStringLiteral("name"), identity.name},
        {QStringLiteral("station_id"), stationId},
        {QStringLiteral("created_at"), clock.now().toString(Qt::ISODateWithMs)},
        // Indexed by this version from the start: no catch-up (SearchIndex::catchUp) is ever needed.
        {QStringLiteral("search_keys_version"), QString::number(SearchIndex::kKeysVersion)},
    };
    for (const auto &s : settings) {
        if (auto r = Database::exec(*d, QStringLiteral("INSERT INTO station_settings (key, value) VALUES (?, ?)"),
                                    {s.first, s.second});
            !r)
            return fail(r.error());
    }
    if (auto r = cb->loadSettings(); !r)
        return fail(r.error());
    return cb;
}

Result<std::unique_ptr<Casebook>> Casebook::open(const QString &path, const Clock &clock)
{
    // Before any connection: a log file of another database beside this one would be replayed into it.
    if (QFileInfo::exists(path))
        if (auto r = WalCheck::check(path); !r)
            return r.error();
    auto version = probe(path);
    if (!version)
        return version.error();

    const QString connection = Database::uniqueConnectionName(QStringLiteral("casebook"));
    std::unique_ptr<Casebook> cb(new Casebook(QFileInfo(path).absoluteFilePath(), connection, clock));
    auto d = connect(path, connection, false);
    if (!d)
        return d.error();
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto r = Database::exec(*d, pragma); !r)
            return r.error();
    }
    // A cheap look at the pages everything starts from (settings, accounts): damage there stops every write
    // before the first one (the sign-in's audit entry). The whole file is checked with the daily backup.
    for (const QString &table : {QStringLiteral("station_settings"), QStringLiteral("user")}) {
        auto q = Database::exec(*d, QStringLiteral("PRAGMA quick_check(%1)").arg(table));
        bool sound = q.ok() || q.error().kind != Error::Kind::Corrupt;
        while (sound && q && q->next())
            sound = q->value(0).toString() == QLatin1String("ok");
        if (!sound)
            Database::markDamaged(*d);
    }
    if (Database::isDamaged(*d)) {
        // Opened to be looked at and checked, not changed: loadSettings reads, nothing is migrated.
        if (auto r = cb->loadSettings(); !r)
            return r.error();
        return cb;
    }
    if (auto r = Schema::migrate(*d, *version); !r)
        return r.error();
    if (auto r = cb->loadSettings(); !r)
        return r.error();
    return cb;
}

Result<std::unique_ptr<Casebook>> Casebook::openAs(const QString &path, const std::optional<User> &user,
                                                   const Clock &clock)
{
    auto cb = open(path, clock);
    if (cb)
        (*cb)->setUser(user);
    return cb;
}

Result<QSqlDatabase> Casebook::openReadConnection(const QString &path, const QString &connectionName)
{
    auto d = connect(path, connectionName, true);
    if (!d)
        return d.error();
    if (auto r = Database::exec(*d, QStringLiteral("PRAGMA query_only = ON")); !r)
        return r.error();
    return d;
}

Result<void> Casebook::loadSettings()
{
    auto q = Database::exec(db(), QStringLiteral("SELECT key, value FROM station_settings"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == QLatin1String("role"))
            m_identity.role = value == QLatin1String("county") ? Role::County : Role::Station;
        else if (key == QLatin1String("code"))
            m_identity.code = value;
        else if (key == QLatin1String("name"))
            m_identity.name = value;
        else if (key == QLatin1String("station_id"))
            m_stationId = value;
    }
    if (m_stationId.isEmpty())
        return makeError(Error::Kind::Corrupt,
                         tr("The casebook has lost its station settings. Restore it from a backup."));
    return observeWrittenClocks();
}

Result<void> Casebook::observeWrittenClocks()
{
    // The clock never goes back behind what this casebook has already written.
    // Local ops are written in HLC order, so the newest op holds the largest stamp (no scan of the log).
    auto last = Database::exec(db(), QStringLiteral("SELECT (SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1), "
                                                    "(SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1)"));
    if (!last)
        return last.error();
    if (last->next()) {
        m_hlc.observe(last->value(0).toString());
        m_hlc.observe(last->value(1).toString());
    }
    return {};
}

} // namespace xianjie
