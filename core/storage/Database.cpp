#include "Database.h"

#include <QHash>
#include <atomic>

namespace xianjie {

namespace {
// Prepared statements per connection; connections belong to one thread, so the cache is per thread too.
thread_local QHash<QString, QHash<QString, QSqlQuery>> t_statements;

// A null QString would bind as SQL NULL, and `x <> NULL` matches nothing. Text is text, even when empty;
// a caller who means NULL passes an invalid QVariant().
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}
} // namespace

Result<void> Database::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QHash<QString, QSqlQuery> &cache = t_statements[db.connectionName()];
    auto it = cache.find(sql);
    if (it == cache.end()) {
        QSqlQuery q(db);
        if (!q.prepare(sql))
            return error(q.lastError());
        it = cache.insert(sql, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values.at(i)));
    const bool ok = q.exec();
    const QSqlError e = q.lastError();
    q.finish();
    if (!ok)
        return error(e);
    return {};
}

void Database::forgetConnection(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

Result<QSqlQuery> Database::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return error(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return error(q.lastError());
    return q;
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
        return {Error::Kind::Io, tr("The casebook is busy in another program. Try again in a moment.")};
    case 8: // SQLITE_READONLY
        return {Error::Kind::Io, tr("The casebook cannot be written (the file or its folder is read-only).")};
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return {Error::Kind::Io, tr("The casebook file cannot be read or written: %1").arg(error.driverText())};
    default:
        break;
    }
    return {Error::Kind::Database, tr("The casebook refused the change: %1").arg(error.databaseText())};
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

} // namespace xianjie
