#include "HouseholdQuery.h"

#include "Database.h"

#include <QRegularExpression>
#include <algorithm>

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
    s.text =
        QStringLiteral("SELECT h.rid, h.id, hp.name, hp.id_number, v.name,"
                       " CASE WHEN h.archived_on IS NULL THEN h.status ELSE 'archived' END, h.updated_at,"
                       " (SELECT group_concat(c.category, ',') FROM category_membership c WHERE c.household_id = h.id"
                       "  AND c.deleted = 0 AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)),"
                       " (SELECT count(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0)") +
        from.left(from.indexOf(QLatin1String(" WHERE "))) +
        QStringLiteral(" LEFT JOIN person hp ON hp.household_id = h.id AND hp.relation = 'self' AND hp.deleted = 0"
                       " LEFT JOIN village v ON v.id = h.village_id") +
        from.mid(from.indexOf(QLatin1String(" WHERE "))) + QStringLiteral(" AND %1 > ? ORDER BY %1 LIMIT ?").arg(rid);
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
        HouseholdRow r;
        r.rid = q->value(0).toLongLong();
        r.id = q->value(1).toString();
        r.headName = q->value(2).toString();
        r.headIdNumber = q->value(3).toString();
        r.village = q->value(4).toString();
        r.status = q->value(5).toString();
        r.updatedAt = q->value(6).toString();
        r.categories = q->value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.members = q->value(8).toInt();
        rows << r;
    }
    return rows;
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
