#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace xianjie {

/** One line of the household list. */
struct HouseholdRow
{
    qint64 rid = 0; ///< local number, also the household No. shown to users
    QString id;
    QString headName;
    QString headIdNumber;
    QString village;
    QString status;
    QString updatedAt;
    QStringList categories; ///< codes of the categories current today
    int members = 0;
};

/**
 * The household list and search as you type, a page at a time in registration order. A query is split into
 * terms that must all match; a term of three or more characters is a fragment anywhere in a name, pinyin,
 * ID number or village (trigram index), a shorter term matches the start of one of them (prefix table).
 */
class HouseholdQuery
{
public:
    struct Sql
    {
        QString text;
        QVariantList values;
    };

    /** Lower-cased terms of a query, blanks removed. */
    static QStringList terms(const QString &query);
    /** The statement for one page: rows after @p afterRid, at most @p limit. Public so benchmarks run the same SQL. */
    static Sql pageSql(const QStringList &terms, qint64 afterRid, int limit, const QDate &today);
    static Sql countSql(const QStringList &terms);

    static Result<QList<HouseholdRow>> page(const QSqlDatabase &db, const QString &query, qint64 afterRid, int limit,
                                            const QDate &today);
    static Result<qint64> count(const QSqlDatabase &db, const QString &query);
};

} // namespace xianjie
