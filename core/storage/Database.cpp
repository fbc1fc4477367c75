#include "Database.h"

#include <QHash>
#include <QSqlDriver>
#include <atomic>
#include <memory>
#include <sqlite3.h>

namespace xianjie {

namespace {
// A null QString would bind as SQL NULL, and `x <> NULL` matches nothing. Text is text, even when empty;
// a caller who means NULL passes an invalid QVariant().
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

// The statements kept for one connection. Connections belong to one thread, so the cache is per thread too.
struct Connection
{
    // A connection opened again under the same name (a new driver or handle) starts afresh.
    const QSqlDriver *driver = nullptr;
    const void *driverHandle = nullptr;
    sqlite3 *handle = nullptr; // set when this program's SQLite library drives the connection itself
    bool checked = false;
    QHash<QString, std::shared_ptr<Statement>> statements;
    // Set once SQLite reported the file damaged: from then on nothing more is written through this connection.
    std::shared_ptr<bool> damaged = std::make_shared<bool>(false);
};
thread_local QHash<QString, Connection> t_connections;

// The connection's sqlite3 handle, when it is safe to use it with the SQLite library this program links:
// the same library (same source, same default file-system layer), not a second copy built into the driver
// (Qt's own builds on Windows carry one; this program then stays with QtSql).
sqlite3 *sameLibraryHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!handle)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next() ||
        q.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    q.finish();
    if (sqlite3_initialize() != SQLITE_OK)
        return nullptr;
    sqlite3_vfs *used = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &used) != SQLITE_OK || !used)
        return nullptr;
    for (sqlite3_vfs *v = sqlite3_vfs_find(nullptr); v; v = v->pNext)
        if (v == used)
            return handle;
    return nullptr;
}

Error sqliteError(sqlite3 *handle, int code)
{
    return Database::error(QSqlError(QStringLiteral("SQLite"), QString::fromUtf8(sqlite3_errmsg(handle)),
                                     QSqlError::StatementError, QString::number(code)));
}

// What QtSql binds as NULL: an empty QVariant, and a null text, bytes, date, time or date-time.
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::Nullptr:
        return true;
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    default:
        return false;
    }
}

// Binds as QtSql's SQLite driver does: NULL, bytes as a blob, integers, reals, date-times and times in ISO form,
// and everything else as its text.
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v, QList<QByteArray> &kept)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        kept << v.toByteArray();
        return sqlite3_bind_blob(stmt, index, kept.last().constData(), int(kept.last().size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QDateTime:
        kept << v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QTime:
        kept << v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8();
        break;
    default:
        kept << v.toString().toUtf8();
        break;
    }
    return sqlite3_bind_text(stmt, index, kept.last().constData(), int(kept.last().size()), SQLITE_STATIC);
}

} // namespace

namespace {
Connection &connectionOf(const QSqlDatabase &db)
{
    Connection &c = t_connections[db.connectionName()];
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    const void *driverHandle = h.isValid() && h.metaType().flags().testFlag(QMetaType::IsPointer)
                                   ? *static_cast<void *const *>(h.constData())
                                   : nullptr;
    if (!c.checked || c.driver != db.driver() || c.driverHandle != driverHandle) {
        c.statements.clear();
        c.driver = db.driver();
        c.driverHandle = driverHandle;
        c.handle = sameLibraryHandle(db);
        c.checked = true;
        c.damaged = std::make_shared<bool>(false);
    }
    return c;
}

// Statements that only read (and ROLLBACK, which undoes): allowed on a damaged file, to report and to back out.
bool readsOnly(const QString &sql)
{
    const QString s = sql.trimmed();
    auto starts = [&s](const char *word) {
        return s.startsWith(QLatin1String(word), Qt::CaseInsensitive);
    };
    return starts("SELECT") || starts("WITH") || starts("ROLLBACK") ||
           (starts("PRAGMA") && !s.contains(QLatin1Char('=')));
}

Error damagedError()
{
    return {Error::Kind::Corrupt,
            Database::tr("The casebook file is damaged, so nothing more is written to it. Restore it from a backup "
                         "and tell your county office.")};
}

// Notes damage the moment SQLite reports it, so that the next write is refused before it starts.
Error noted(Connection &c, Error e)
{
    if (e.kind == Error::Kind::Corrupt)
        *c.damaged = true;
    return e;
}
} // namespace

sqlite3 *Database::sqliteHandle(const QSqlDatabase &db)
{
    return connectionOf(db).handle;
}

bool Database::drivesSqliteDirectly(const QSqlDatabase &db)
{
    return connectionOf(db).handle != nullptr;
}

// The statement for @p sql on @p db, prepared once and kept, with @p values bound; not yet run.
Result<Statement *> Database::prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Connection &c = connectionOf(db);
    if (*c.damaged && !readsOnly(sql))
        return damagedError();
    auto it = c.statements.find(sql);
    if (it == c.statements.end()) {
        auto s = std::shared_ptr<Statement>(new Statement);
        if (c.handle) {
            const QByteArray text = sql.toUtf8();
            const int rc = sqlite3_prepare_v3(c.handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                              &s->m_stmt, nullptr);
            if (rc != SQLITE_OK)
                return noted(c, sqliteError(c.handle, rc));
        } else {
            s->m_query = QSqlQuery(db);
            s->m_query.setForwardOnly(true);
            if (!s->m_query.prepare(sql))
                return noted(c, Database::error(s->m_query.lastError()));
        }
        s->m_damaged = c.damaged;
        it = c.statements.insert(sql, s);
    }
    Statement *s = it->get();
    s->m_state = Statement::State::Idle;
    if (s->m_stmt) {
        sqlite3_reset(s->m_stmt);
        s->m_bound.clear();
        for (int i = 0; i < values.size(); ++i)
            if (const int rc = bindValue(s->m_stmt, i + 1, bindable(values.at(i)), s->m_bound); rc != SQLITE_OK)
                return sqliteError(c.handle, rc);
    } else {
        for (int i = 0; i < values.size(); ++i)
            s->m_query.bindValue(i, bindable(values.at(i)));
    }
    return s;
}

// Runs a bound statement up to its first row (or its end).
Result<void> Database::start(Statement *s)
{
    if (!s->m_stmt) {
        if (!s->m_query.exec()) {
            const Error e = Database::error(s->m_query.lastError());
            if (e.kind == Error::Kind::Corrupt && s->m_damaged)
                *s->m_damaged = true;
            return e;
        }
        s->m_changes = s->m_query.numRowsAffected();
        return {};
    }
    const int rc = sqlite3_step(s->m_stmt);
    if (rc == SQLITE_ROW) {
        s->m_state = Statement::State::RowWaiting;
        return {};
    }
    if (rc == SQLITE_DONE) {
        s->m_state = Statement::State::Done;
        s->m_changes = sqlite3_changes(sqlite3_db_handle(s->m_stmt));
        sqlite3_reset(s->m_stmt);
        return {};
    }
    // The error's own code and message (sqlite3_reset returns it again, extended).
    sqlite3 *handle = sqlite3_db_handle(s->m_stmt);
    const Error e = sqliteError(handle, sqlite3_reset(s->m_stmt));
    s->m_state = Statement::State::Done;
    if (e.kind == Error::Kind::Corrupt && s->m_damaged)
        *s->m_damaged = true;
    return e;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool Statement::next()
{
    if (!m_stmt)
        return m_query.next();
    switch (m_state) {
    case State::RowWaiting:
        m_state = State::OnRow;
        return true;
    case State::OnRow:
        if (const int rc = sqlite3_step(m_stmt); rc == SQLITE_ROW)
            return true;
        else if ((rc & 0xFF) == SQLITE_CORRUPT && m_damaged)
            *m_damaged = true; // the rows end here; the next write is refused
        m_state = State::Done;
        sqlite3_reset(m_stmt);
        return false;
    case State::Idle:
    case State::Done:
        break;
    }
    return false;
}

QVariant Statement::value(int column) const
{
    if (!m_stmt)
        return m_query.value(column);
    if (m_state != State::OnRow || column < 0 || column >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // as QtSql gives it: a null text
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    }
}

int Statement::numRowsAffected() const
{
    return m_changes;
}

void Statement::finish()
{
    if (!m_stmt) {
        m_query.finish();
        return;
    }
    sqlite3_reset(m_stmt);
    m_state = State::Idle;
}

Result<void> Database::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto s = prepared(db, sql, values);
    if (!s)
        return s.error();
    auto r = start(*s);
    (*s)->finish();
    return r;
}

Result<Statement *> Database::query(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto s = prepared(db, sql, values);
    if (!s)
        return s.error();
    if (auto r = start(*s); !r)
        return r.error();
    return *s;
}

void Database::forgetConnection(const QString &connectionName)
{
    t_connections.remove(connectionName);
}

Result<QSqlQuery> Database::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Connection &c = connectionOf(db);
    if (*c.damaged && !readsOnly(sql))
        return damagedError();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return noted(c, error(q.lastError()));
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return noted(c, error(q.lastError()));
    return q;
}

void Database::markDamaged(const QSqlDatabase &db)
{
    *connectionOf(db).damaged = true;
}

bool Database::isDamaged(const QSqlDatabase &db)
{
    return *connectionOf(db).damaged;
}

Result<QVariant> Database::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

Error Database::error(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF; // primary SQLite result code
    switch (code) {
    case 11: // SQLITE_CORRUPT
        return {Error::Kind::Corrupt, tr("The casebook file is damaged. Restore it from a backup and tell your "
                                         "county office.")};
    case 26: // SQLITE_NOTADB
        return {Error::Kind::NotACasebook, tr("This file is not a Xianjie casebook.")};
    case 13: // SQLITE_FULL
        return {Error::Kind::Io, tr("The disk is full. Free some space and try again; nothing was saved.")};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Error::Kind::Busy, tr("The casebook is busy in another program. Try again in a moment.")};
    case 8: // SQLITE_READONLY
        return {Error::Kind::Io, tr("The casebook cannot be written (the file or its folder is read-only).")};
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return {Error::Kind::Io, tr("The casebook file cannot be read or written: %1").arg(error.driverText())};
    default:
        break;
    }
    // The consent and referral rules the triggers enforce, in the user's language.
    static const QList<QPair<const char *, const char *>> rules = {
        {"no valid consent covers this item",
         QT_TR_NOOP("Missing consent: no valid consent covers this item of this person for this recipient and "
                    "purpose.")},
        {"nothing disclosed under a consent",
         QT_TR_NOOP("Missing consent: the referral discloses nothing under a consent. Record the consent first.")},
        {"a consent it relies on has been withdrawn",
         QT_TR_NOOP("Missing consent: a consent the referral relies on has been withdrawn.")},
        {"items are disclosed only when", QT_TR_NOOP("Items are disclosed only when a referral to a charity is sent.")},
        {"this change of status is not allowed",
         QT_TR_NOOP("This change of a referral's status is not allowed: status only moves forward.")},
        {"recipient and household are fixed",
         QT_TR_NOOP("A referral's recipient and household are fixed; cancel it and refer again.")},
        {"what was disclosed is kept as disclosed", QT_TR_NOOP("What was disclosed is kept as it was disclosed.")},
        {"needs a guardian's consent",
         QT_TR_NOOP("Missing consent: a child under 14 or a person without capacity needs a guardian's consent.")},
        {"an adult consents for themselves",
         QT_TR_NOOP("Missing consent: an adult consents for themselves, not through someone else.")},
        {"a guardian consents only for",
         QT_TR_NOOP("A guardian consents only for a child under 14 or a person without capacity.")},
        {"guardian's ID number and relation are required",
         QT_TR_NOOP("A guardian's consent needs the guardian's ID number and relation.")},
        {"not a member of the consenting household", QT_TR_NOOP("A consent covers members of its own household only.")},
        {"terms of a consent cannot be changed",
         QT_TR_NOOP("The terms of a consent cannot be changed; record a new consent.")},
        {"a consent is kept", QT_TR_NOOP("A consent is kept; withdraw it instead of deleting it.")},
    };
    const QString text = error.databaseText();
    for (const auto &rule : rules)
        if (text.contains(QLatin1String(rule.first)))
            return {Error::Kind::Invalid, tr(rule.second)};
    return {Error::Kind::Database, tr("The casebook refused the change: %1").arg(text)};
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

} // namespace xianjie
