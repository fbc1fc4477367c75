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

namespace {
// The statement for @p sql on @p db, prepared once and kept, with @p values bound.
Result<QSqlQuery *> prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QHash<QString, QSqlQuery> &cache = t_statements[db.connectionName()];
    auto it = cache.find(sql);
    if (it == cache.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Database::error(q.lastError());
        it = cache.insert(sql, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values.at(i)));
    return &q;
}
} // namespace

Result<void> Database::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = prepared(db, sql, values);
    if (!q)
        return q.error();
    const bool ok = (*q)->exec();
    const QSqlError e = (*q)->lastError();
    (*q)->finish();
    if (!ok)
        return error(e);
    return {};
}

Result<QSqlQuery *> Database::query(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = prepared(db, sql, values);
    if (!q)
        return q.error();
    if (!(*q)->exec())
        return error((*q)->lastError());
    return *q;
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
