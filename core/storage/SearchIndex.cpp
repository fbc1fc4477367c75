#include "SearchIndex.h"

#include "Database.h"
#include "rules/Pinyin.h"

#include <QSet>

namespace xianjie {

QStringList SearchIndex::personKeys(const QString &name, const QString &idNumber)
{
    QStringList keys;
    const QString n = name.trimmed();
    if (!n.isEmpty()) {
        keys << n;
        keys << Pinyin::searchKeys(n);
        // The given name alone ("三" for 张三), for compound surnames too ("娜娜" for 欧阳娜娜).
        for (int surname = 1; surname <= 2 && n.size() > surname + (surname == 2 ? 1 : 0); ++surname) {
            const QString given = n.mid(surname);
            keys << given;
            keys << Pinyin::searchKeys(given);
        }
    }
    if (!idNumber.isEmpty())
        keys << idNumber;
    for (QString &k : keys)
        k = k.toLower();
    keys.removeDuplicates();
    return keys;
}

Result<void> SearchIndex::refresh(const QSqlDatabase &db, const QString &householdId)
{
    auto head = Database::query(db,
                                QStringLiteral("SELECT h.rid, v.name FROM household h LEFT JOIN village v ON v.id = "
                                               "h.village_id WHERE h.id = ?"),
                                {householdId});
    if (!head)
        return head.error();
    if (!(*head)->next())
        return {};
    const qint64 rid = (*head)->value(0).toLongLong();
    QStringList keys;
    if (!(*head)->value(1).toString().isEmpty())
        keys << (*head)->value(1).toString().toLower();
    (*head)->finish();

    auto members = Database::query(
        db, QStringLiteral("SELECT name, id_number FROM person WHERE household_id = ? AND deleted = 0"), {householdId});
    if (!members)
        return members.error();
    while ((*members)->next())
        keys << personKeys((*members)->value(0).toString(), (*members)->value(1).toString());
    (*members)->finish();
    keys.removeDuplicates();

    QSet<QString> prefixes;
    for (const QString &k : std::as_const(keys)) {
        prefixes.insert(k.left(1));
        if (k.size() >= 2)
            prefixes.insert(k.left(2));
    }

    if (auto r = Database::run(db, QStringLiteral("DELETE FROM household_fts WHERE rowid = ?"), {rid}); !r)
        return r.error();
    if (auto r = Database::run(db, QStringLiteral("INSERT INTO household_fts (rowid, keys) VALUES (?, ?)"),
                               {rid, keys.join(QLatin1Char(' '))});
        !r)
        return r.error();
    if (auto r = Database::run(db, QStringLiteral("DELETE FROM household_prefix WHERE household_rid = ?"), {rid}); !r)
        return r.error();
    // One statement for all of the household's prefixes (a few dozen rows).
    if (prefixes.isEmpty())
        return {};
    QVariantList values;
    for (const QString &p : std::as_const(prefixes))
        values << p << rid;
    QStringList rows(prefixes.size(), QStringLiteral("(?, ?)"));
    return Database::run(db,
                         QStringLiteral("INSERT INTO household_prefix (prefix, household_rid) VALUES %1")
                             .arg(rows.join(QLatin1Char(','))),
                         values);
}

Result<int> SearchIndex::rebuildAll(const QSqlDatabase &db)
{
    auto ids = Database::exec(db, QStringLiteral("SELECT id FROM household"));
    if (!ids)
        return ids.error();
    QStringList all;
    while (ids->next())
        all << ids->value(0).toString();
    for (const QString &id : std::as_const(all))
        if (auto r = refresh(db, id); !r)
            return r.error();
    return int(all.size());
}

} // namespace xianjie
