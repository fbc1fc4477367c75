#include "SearchIndex.h"

#include "Casebook.h"
#include "Database.h"
#include "Transaction.h"
#include "rules/Pinyin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <future>
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

namespace {
// A household as the index needs it, read from the casebook.
struct Entry
{
    qint64 rid = 0;
    QString village;
    QList<std::pair<QString, QString>> members; // name, ID number
};

// The four statements' rows for a batch of households, as JSON arrays.
struct Rows
{
    QString rids;
    QString texts;
    QString prefixes;
};

// Pure work (keys, pinyin, prefixes): runs on a second thread while the casebook's thread writes.
Rows keysOf(const std::vector<Entry> &entries)
{
    QJsonArray rids;
    QJsonArray texts;
    std::vector<std::pair<QString, qint64>> prefixRows;
    for (const Entry &e : entries) {
        QStringList keys;
        if (!e.village.isEmpty())
            keys << e.village.toLower();
        for (const auto &[name, idNumber] : e.members)
            keys << SearchIndex::personKeys(name, idNumber);
        keys.removeDuplicates();
        QSet<QString> prefixes;
        for (const QString &k : std::as_const(keys)) {
            prefixes.insert(k.left(1));
            if (k.size() >= 2)
                prefixes.insert(k.left(2));
        }
        rids.append(e.rid);
        texts.append(QJsonArray{e.rid, keys.join(QLatin1Char(' '))});
        for (const QString &p : std::as_const(prefixes))
            prefixRows.emplace_back(p, e.rid);
    }
    // In key order, so the rows go into the prefix table's b-tree side by side.
    std::sort(prefixRows.begin(), prefixRows.end());
    QJsonArray prefixes;
    for (const auto &[prefix, rid] : prefixRows)
        prefixes.append(QJsonArray{prefix, rid});
    auto json = [](const QJsonArray &a) {
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    return {json(rids), json(texts), json(prefixes)};
}
} // namespace

Result<void> SearchIndex::refresh(const QSqlDatabase &db, const QSet<QString> &householdIds)
{
    QStringList ids(householdIds.cbegin(), householdIds.cend());
    ids.sort();
    return refresh(db, ids);
}

Result<void> SearchIndex::refresh(const QSqlDatabase &db, const QStringList &householdIds)
{
    // Households are read and written in batches with four statements each (one statement per household would
    // also make the full-text table write a segment of its own for every household); the keys of the next batch
    // are worked out on a second thread while this one writes.
    constexpr qsizetype batch = 2000;
    auto read = [&](qsizetype from) -> Result<std::vector<Entry>> {
        std::vector<Entry> entries;
        for (const QString &householdId : householdIds.mid(from, batch)) {
            auto head = Database::query(db,
                                        QStringLiteral("SELECT h.rid, v.name FROM household h LEFT JOIN village v ON "
                                                       "v.id = h.village_id WHERE h.id = ?"),
                                        {householdId});
            if (!head)
                return head.error();
            if (!(*head)->next())
                continue;
            Entry e;
            e.rid = (*head)->value(0).toLongLong();
            e.village = (*head)->value(1).toString();
            (*head)->finish();
            auto members =
                Database::query(db,
                                QStringLiteral("SELECT name, id_number FROM person WHERE household_id = ? AND "
                                               "deleted = 0"),
                                {householdId});
            if (!members)
                return members.error();
            while ((*members)->next())
                e.members.append({(*members)->value(0).toString(), (*members)->value(1).toString()});
            (*members)->finish();
            entries.push_back(std::move(e));
        }
        return entries;
    };
    auto first = read(0);
    if (!first)
        return first.error();
    std::future<Rows> next =
        std::async(householdIds.size() > batch ? std::launch::async : std::launch::deferred, keysOf, std::move(*first));
    for (qsizetype from = 0; from < householdIds.size(); from += batch) {
        const Rows rows = next.get();
        if (from + batch < householdIds.size()) {
            auto entries = read(from + batch);
            if (!entries)
                return entries.error();
            next = std::async(std::launch::async, keysOf, std::move(*entries));
        }
        const std::pair<const char *, const QString &> statements[] = {
            {"DELETE FROM household_fts WHERE rowid IN (SELECT value FROM json_each(?))", rows.rids},
            {"INSERT INTO household_fts (rowid, keys) SELECT value ->> 0, value ->> 1 FROM json_each(?)", rows.texts},
            {"DELETE FROM household_prefix WHERE household_rid IN (SELECT value FROM json_each(?))", rows.rids},
            {"INSERT INTO household_prefix (prefix, household_rid) SELECT value ->> 0, value ->> 1 FROM json_each(?)",
             rows.prefixes}};
        for (const auto &[sql, json] : statements)
            if (auto r = Database::run(db, QString::fromLatin1(sql), {json}); !r)
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

Result<int> SearchIndex::catchUp(Casebook &casebook, int batch)
{
    static const QString versionKey = QStringLiteral("search_keys_version");
    static const QString cursorKey = QStringLiteral("search_reindex_after");
    if (casebook.setting(versionKey, QStringLiteral("1")).toInt() >= kKeysVersion)
        return 0;
    Transaction tx(casebook);
    if (!tx.isActive())
        return tx.error();
    const qint64 after = casebook.setting(cursorKey, QStringLiteral("0")).toLongLong();
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT rid, id FROM household WHERE rid > ? ORDER BY rid LIMIT ?"),
                            {after, batch});
    if (!q)
        return q.error();
    QStringList ids;
    qint64 last = after;
    while (q->next()) {
        last = q->value(0).toLongLong();
        ids << q->value(1).toString();
    }
    if (!ids.isEmpty())
        if (auto r = refresh(casebook.db(), ids); !r)
            return r.error();
    // Done when a call finds nothing more; settings are bookkeeping (no user choice), so no role is needed.
    if (auto r = casebook.storeSystemSetting(ids.isEmpty() ? versionKey : cursorKey,
                                             ids.isEmpty() ? QString::number(kKeysVersion) : QString::number(last));
        !r)
        return r.error();
    if (ids.isEmpty())
        if (auto r = casebook.storeSystemSetting(cursorKey, QString()); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(ids.size());
}

} // namespace xianjie
