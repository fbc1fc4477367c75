#include "SearchIndex.h"

#include "Database.h"
#include "rules/Pinyin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <vector>

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
    return refresh(db, QStringList{householdId});
}

Result<void> SearchIndex::refresh(const QSqlDatabase &db, const QStringList &householdIds)
{
    // Each household's keys are gathered first and written with four statements per batch. One statement per
    // household would also make the full-text table write a segment of its own for every household.
    constexpr qsizetype batch = 2000;
    for (qsizetype from = 0; from < householdIds.size(); from += batch) {
        QJsonArray rids;
        QJsonArray texts;
        std::vector<std::pair<QString, qint64>> prefixRows;
        for (const QString &householdId : householdIds.mid(from, batch)) {
            auto head = Database::query(db,
                                        QStringLiteral("SELECT h.rid, v.name FROM household h LEFT JOIN village v ON "
                                                       "v.id = h.village_id WHERE h.id = ?"),
                                        {householdId});
            if (!head)
                return head.error();
            if (!(*head)->next())
                continue;
            const qint64 rid = (*head)->value(0).toLongLong();
            QStringList keys;
            if (!(*head)->value(1).toString().isEmpty())
                keys << (*head)->value(1).toString().toLower();
            (*head)->finish();

            auto members =
                Database::query(db,
                                QStringLiteral("SELECT name, id_number FROM person WHERE household_id = ? AND "
                                               "deleted = 0"),
                                {householdId});
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
            rids.append(rid);
            texts.append(QJsonArray{rid, keys.join(QLatin1Char(' '))});
            for (const QString &p : std::as_const(prefixes))
                prefixRows.emplace_back(p, rid);
        }
        if (rids.isEmpty())
            continue;
        // In key order, so the rows go into the prefix table's b-tree side by side.
        std::sort(prefixRows.begin(), prefixRows.end());
        QJsonArray prefixes;
        for (const auto &[prefix, rid] : prefixRows)
            prefixes.append(QJsonArray{prefix, rid});
        auto json = [](const QJsonArray &a) {
            return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
        };
        const QString ridList = json(rids);
        const std::pair<const char *, QString> statements[] = {
            {"DELETE FROM household_fts WHERE rowid IN (SELECT value FROM json_each(?))", ridList},
            {"INSERT INTO household_fts (rowid, keys) SELECT value ->> 0, value ->> 1 FROM json_each(?)", json(texts)},
            {"DELETE FROM household_prefix WHERE household_rid IN (SELECT value FROM json_each(?))", ridList},
            {"INSERT INTO household_prefix (prefix, household_rid) SELECT value ->> 0, value ->> 1 FROM json_each(?)",
             json(prefixes)}};
        for (const auto &[sql, rows] : statements)
            if (auto r = Database::run(db, QString::fromLatin1(sql), {rows}); !r)
                return r.error();
    }
    return {};
}

Result<int> SearchIndex::rebuildAll(const QSqlDatabase &db)
{
    auto ids = Database::exec(db, QStringLiteral("SELECT id FROM household"));
    if (!ids)
        return ids.error();
    QStringList all;
    while (ids->next())
        all << ids->value(0).toString();
    if (auto r = refresh(db, all); !r)
        return r.error();
    return int(all.size());
}

} // namespace xianjie
