#include "HouseholdQuery.h"

#include "Database.h"
#include "SearchIndex.h"
#include "model/Person.h"
#include "rules/Masking.h"
#include "rules/Pinyin.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>
#include <unicode/ucol.h>

namespace xianjie {

namespace {
bool isFullText(const QString &term)
{
    return term.size() >= 3;
}

QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The most selective term drives the scan in rid order; the others filter. Longer terms are more selective.
QStringList byDrivingOrder(QStringList terms)
{
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

// The filter's conditions on household h.
QString filterWhere(const HouseholdQuery::Filter &f, bool searching, const QDate &today, QVariantList &values)
{
    QString sql;
    if (!f.villageId.isEmpty()) {
        sql += QStringLiteral(" AND h.village_id = ?");
        values << f.villageId;
    }
    if (!f.stationId.isEmpty()) {
        sql += QStringLiteral(" AND h.station_id = ?");
        values << f.stationId;
    }
    if (f.status == QLatin1String("archived")) {
        sql += QStringLiteral(" AND h.archived_on IS NOT NULL");
    } else if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND h.status = ? AND h.archived_on IS NULL");
        values << f.status;
    } else if (!searching) {
        // The working list leaves out archived households; a search still finds them.
        sql += QStringLiteral(" AND h.archived_on IS NULL");
    }
    if (!f.category.isEmpty()) {
        const QString day = today.toString(Qt::ISODate);
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM category_membership c WHERE c.household_id = h.id AND "
                              "c.deleted = 0 AND c.category = ? AND c.start_date <= ? AND (c.end_date IS NULL OR "
                              "c.end_date >= ?))");
        values << f.category << day << day;
    }
    return sql;
}

// FROM/WHERE for the terms; the driving table is aliased t and exposes its rid as t_rid.
QString fromWhere(const QStringList &terms, QVariantList &values, QString *ridColumn)
{
    QString sql;
    const QStringList ordered = byDrivingOrder(terms);
    if (ordered.isEmpty()) {
        // The working list leaves out archived households; a search still finds them.
        sql = QStringLiteral(" FROM household h WHERE h.deleted = 0 AND h.archived_on IS NULL");
        *ridColumn = QStringLiteral("h.rid");
        return sql;
    }
    const QString &first = ordered.first();
    if (isFullText(first)) {
        sql = QStringLiteral(" FROM household_fts t JOIN household h ON h.rid = t.rowid "
                             "WHERE household_fts MATCH ? AND h.deleted = 0");
        values << ftsPhrase(first);
        *ridColumn = QStringLiteral("t.rowid");
    } else {
        sql = QStringLiteral(" FROM household_prefix t JOIN household h ON h.rid = t.household_rid "
                             "WHERE t.prefix = ? AND h.deleted = 0");
        values << first;
        *ridColumn = QStringLiteral("t.household_rid");
    }
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        if (isFullText(ordered.at(i))) {
            sql += QStringLiteral(" AND h.rid IN (SELECT rowid FROM household_fts WHERE household_fts MATCH ?)");
            values << ftsPhrase(ordered.at(i));
        } else {
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM household_prefix p WHERE p.prefix = ? AND "
                                  "p.household_rid = h.rid)");
            values << ordered.at(i);
        }
    }
    return sql;
}
// As fromWhere(), with the filter's conditions (the working list's "not archived" among them).
QString fromWhereFiltered(const QStringList &terms, const HouseholdQuery::Filter &filter, const QDate &today,
                          QVariantList &values, QString *ridColumn)
{
    QString sql = fromWhere(terms, values, ridColumn);
    if (terms.isEmpty())
        sql.replace(QLatin1String(" AND h.archived_on IS NULL"), QString()); // the filter decides
    return sql + filterWhere(filter, !terms.isEmpty(), today, values);
}

// Names and villages sort as people expect them, by pinyin (ICU's Chinese collation), not by code point.
int comparePinyin(void *collator, int lengthA, const void *a, int lengthB, const void *b)
{
    return ucol_strcoll(static_cast<UCollator *>(collator), static_cast<const UChar *>(a), lengthA / 2,
                        static_cast<const UChar *>(b), lengthB / 2);
}

void closeCollator(void *collator)
{
    ucol_close(static_cast<UCollator *>(collator));
}

/** Registers the "pinyin" collation on the connection once; false when it cannot be (then names sort by code). */
bool havePinyinCollation(const QSqlDatabase &db)
{
    sqlite3 *handle = Database::sqliteHandle(db);
    if (!handle)
        return false;
    if (db.driver()->property("xianjie_pinyin").toBool())
        return true;
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open("zh", &status);
    if (U_FAILURE(status))
        return false;
    if (sqlite3_create_collation_v2(handle, "pinyin", SQLITE_UTF16, collator, comparePinyin, closeCollator) !=
        SQLITE_OK) {
        ucol_close(collator);
        return false;
    }
    db.driver()->setProperty("xianjie_pinyin", true);
    return true;
}

const char kRowColumns[] =
    "SELECT h.rid, h.id, hp.name, hp.id_number, v.name,"
    " CASE WHEN h.archived_on IS NULL THEN h.status ELSE 'archived' END, h.updated_at,"
    " (SELECT group_concat(c.category, ',') FROM category_membership c WHERE c.household_id = h.id"
    "  AND c.deleted = 0 AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)),"
    " (SELECT count(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0)";

QString sortKey(HouseholdQuery::Sort by, bool pinyin = false)
{
    const QString collate = pinyin ? QStringLiteral(" COLLATE pinyin") : QString();
    switch (by) {
    case HouseholdQuery::Sort::Number:
        return QStringLiteral("h.rid");
    case HouseholdQuery::Sort::Head:
        return QStringLiteral("coalesce(hp.name, '')") + collate;
    case HouseholdQuery::Sort::Village:
        return QStringLiteral("coalesce(v.name, '')") + collate;
    case HouseholdQuery::Sort::Members:
        return QStringLiteral("(SELECT count(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0)");
    case HouseholdQuery::Sort::Status:
        return QStringLiteral("CASE WHEN h.archived_on IS NULL THEN h.status ELSE 'archived' END");
    case HouseholdQuery::Sort::LastChange:
        return QStringLiteral("h.updated_at");
    case HouseholdQuery::Sort::Station:
        return QStringLiteral("coalesce((SELECT s.name FROM station s WHERE s.station_id = h.station_id), '')") +
               collate;
    }
    return QStringLiteral("h.rid");
}

HouseholdRow readRow(const QSqlQuery &q)
{
    HouseholdRow r;
    r.rid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.headName = q.value(2).toString();
    r.headIdNumber = q.value(3).toString();
    r.village = q.value(4).toString();
    r.status = q.value(5).toString();
    r.updatedAt = q.value(6).toString();
    r.categories = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.members = q.value(8).toInt();
    return r;
}
} // namespace

QStringList HouseholdQuery::terms(const QString &query)
{
    static const QRegularExpression blanks(QStringLiteral("[\\s,，、;；]+"));
    QStringList out = query.toLower().split(blanks, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

HouseholdQuery::Sql HouseholdQuery::pageSql(const QStringList &terms, qint64 afterRid, int limit, const QDate &today)
{
    Sql s;
    const QString day = today.toString(Qt::ISODate);
    s.values << day << day;
    QString rid;
    QVariantList where;
    const QString from = fromWhere(terms, where, &rid);
    s.values << where;
    s.text = QLatin1String(kRowColumns) + from.left(from.indexOf(QLatin1String(" WHERE "))) +
             QStringLiteral(" LEFT JOIN person hp ON hp.household_id = h.id AND hp.relation = 'self' AND hp.deleted = 0"
                            " LEFT JOIN village v ON v.id = h.village_id") +
             from.mid(from.indexOf(QLatin1String(" WHERE "))) +
             QStringLiteral(" AND %1 > ? ORDER BY %1 LIMIT ?").arg(rid);
    s.values << afterRid << limit;
    return s;
}

HouseholdQuery::Sql HouseholdQuery::countSql(const QStringList &terms)
{
    Sql s;
    QString rid;
    s.text = QStringLiteral("SELECT count(*)") + fromWhere(terms, s.values, &rid);
    return s;
}

Result<QList<HouseholdRow>> HouseholdQuery::page(const QSqlDatabase &db, const QString &query, qint64 afterRid,
                                                 int limit, const QDate &today)
{
    const Sql sql = pageSql(terms(query), afterRid, limit, today);
    auto q = Database::exec(db, sql.text, sql.values);
    if (!q)
        return q.error();
    QList<HouseholdRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        rows << readRow(*q);
        rows.last().sortKey = rows.last().rid;
    }
    return rows;
}

namespace {
/** Whether one search term finds these keys, as the index does: a fragment of a key, or the start of one. */
bool termFinds(const QString &term, const QStringList &keys)
{
    for (const QString &k : keys)
        if (isFullText(term) ? k.contains(term) : k.startsWith(term))
            return true;
    return false;
}

/** For households a search found through a member rather than the head: that member's name (a child's masked). */
Result<void> nameMatchedMembers(const QSqlDatabase &db, const QStringList &terms, QList<HouseholdRow> &rows,
                                const QDate &today)
{
    QHash<QString, int> unexplained; // household id → row
    for (int i = 0; i < rows.size(); ++i) {
        const HouseholdRow &r = rows.at(i);
        QStringList keys = SearchIndex::personKeys(r.headName, r.headIdNumber);
        keys << r.village.toLower() << Pinyin::searchKeys(r.village);
        bool all = true;
        for (const QString &t : terms)
            all = all && termFinds(t, keys);
        if (!all)
            unexplained.insert(r.id, i);
    }
    if (unexplained.isEmpty())
        return {};
    QVariantList ids;
    for (auto it = unexplained.cbegin(); it != unexplained.cend(); ++it)
        ids << it.key();
    auto q = Database::exec(db,
                            QStringLiteral("SELECT household_id, name, coalesce(id_number, ''), birth_date FROM person "
                                           "WHERE relation <> 'self' AND deleted = 0 AND household_id IN (%1) ORDER "
                                           "BY rid")
                                .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                            ids);
    if (!q)
        return q.error();
    while (q->next()) {
        HouseholdRow &r = rows[unexplained.value(q->value(0).toString())];
        if (!r.matchedMember.isEmpty())
            continue;
        const QStringList keys = SearchIndex::personKeys(q->value(1).toString(), q->value(2).toString());
        bool any = false;
        for (const QString &t : terms)
            any = any || termFinds(t, keys);
        if (!any)
            continue;
        Person p;
        p.name = q->value(1).toString();
        p.birthDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        r.matchedMember = Masking::name(p, today, false);
    }
    return {};
}
} // namespace

HouseholdQuery::Sql HouseholdQuery::pageSql(const QStringList &terms, const Filter &filter, const Order &order,
                                            const After &after, int limit, const QDate &today, bool pinyin)
{
    Sql s;
    const QString day = today.toString(Qt::ISODate);
    s.values << day << day;
    QString rid;
    QVariantList where;
    const QString from = fromWhereFiltered(terms, filter, today, where, &rid);
    s.values << where;
    const QString key = sortKey(order.by, pinyin);
    const bool byNumber = order.by == Sort::Number;
    // By number the driving table's own order serves; otherwise (key, number) both ways.
    QString tail;
    if (byNumber) {
        if (after.rid > 0) {
            tail +=
                QStringLiteral(" AND %1 %2 ?").arg(rid, order.descending ? QStringLiteral("<") : QStringLiteral(">"));
            s.values << after.rid;
        }
        tail +=
            QStringLiteral(" ORDER BY %1%2 LIMIT ?").arg(rid, order.descending ? QStringLiteral(" DESC") : QString());
    } else {
        if (after.rid > 0) {
            tail += QStringLiteral(" AND (%1, h.rid) %2 (?, ?)")
                        .arg(key, order.descending ? QStringLiteral("<") : QStringLiteral(">"));
            s.values << after.key << after.rid;
        }
        const QString dir = order.descending ? QStringLiteral(" DESC") : QString();
        tail += QStringLiteral(" ORDER BY %1%2, h.rid%2 LIMIT ?").arg(key, dir);
    }
    s.text = QLatin1String(kRowColumns) + QStringLiteral(", %1, ").arg(key) + sortKey(Sort::Station) +
             from.left(from.indexOf(QLatin1String(" WHERE "))) +
             QStringLiteral(" LEFT JOIN person hp ON hp.household_id = h.id AND hp.relation = 'self' AND hp.deleted = 0"
                            " LEFT JOIN village v ON v.id = h.village_id") +
             from.mid(from.indexOf(QLatin1String(" WHERE "))) + tail;
    s.values << limit;
    return s;
}

HouseholdQuery::Sql HouseholdQuery::countSql(const QStringList &terms, const Filter &filter, const QDate &today)
{
    Sql s;
    QString rid;
    s.text = QStringLiteral("SELECT count(*)") + fromWhereFiltered(terms, filter, today, s.values, &rid);
    return s;
}

Result<QList<HouseholdRow>> HouseholdQuery::page(const QSqlDatabase &db, const Request &request, const After &after,
                                                 int limit, const QDate &today)
{
    const Sql sql =
        pageSql(terms(request.query), request.filter, request.order, after, limit, today, havePinyinCollation(db));
    auto q = Database::exec(db, sql.text, sql.values);
    if (!q)
        return q.error();
    QList<HouseholdRow> rows;
    rows.reserve(std::min(limit, 4096));
    while (q->next()) {
        rows << readRow(*q);
        rows.last().sortKey = q->value(9);
        rows.last().station = q->value(10).toString();
    }
    if (const QStringList t = terms(request.query); !t.isEmpty())
        if (auto named = nameMatchedMembers(db, t, rows, today); !named)
            return named.error();
    return rows;
}

Result<qint64> HouseholdQuery::count(const QSqlDatabase &db, const Request &request, const QDate &today)
{
    const Sql sql = countSql(terms(request.query), request.filter, today);
    auto v = Database::scalar(db, sql.text, sql.values);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> HouseholdQuery::count(const QSqlDatabase &db, const QString &query)
{
    const Sql sql = countSql(terms(query));
    auto v = Database::scalar(db, sql.text, sql.values);
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace xianjie
