#pragma once

#include "Result.h"

#include <QDate>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
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
    QString station;       ///< at the county: the station that registered it
    QString matchedMember; ///< when a search found the household through a member, not its head: that member
    QVariant sortKey;      ///< the value the list is sorted by, for the next page
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

    /** What the list is narrowed to; empty fields do not narrow. */
    struct Filter
    {
        QString villageId;
        QString category;  ///< a category current today
        QString status;    ///< "active", "closed", "archived"; empty: the working list (not archived)
        QString stationId; ///< at the county
        bool isEmpty() const
        {
            return villageId.isEmpty() && category.isEmpty() && status.isEmpty() && stationId.isEmpty();
        }
    };
    enum class Sort
    {
        Number,
        Head,
        Village,
        Members,
        Status,
        LastChange,
        Station
    };
    struct Order
    {
        Sort by = Sort::Number;
        bool descending = false;
    };
    /** Where the next page starts: after the row with this sort key and number (rid 0: from the start). */
    struct After
    {
        QVariant key;
        qint64 rid = 0;
    };
    /** A whole request of the list: search text, filter and order. */
    struct Request
    {
        QString query;
        Filter filter;
        Order order;
    };

    /** Lower-cased terms of a query, blanks removed. */
    static QStringList terms(const QString &query);
    /** The statement for one page: rows after @p afterRid, at most @p limit. Public so benchmarks run the same SQL. */
    static Sql pageSql(const QStringList &terms, qint64 afterRid, int limit, const QDate &today);
    static Sql countSql(const QStringList &terms);

    static Result<QList<HouseholdRow>> page(const QSqlDatabase &db, const QString &query, qint64 afterRid, int limit,
                                            const QDate &today);
    static Result<qint64> count(const QSqlDatabase &db, const QString &query);

    /**
     * The same, filtered and sorted: pages run in (sort key, number) order, so a page never repeats a row. Names,
     * villages and stations sort by pinyin where the connection can take the collation (page() registers it).
     */
    static Sql pageSql(const QStringList &terms, const Filter &filter, const Order &order, const After &after,
                       int limit, const QDate &today, bool pinyinCollation = false);
    static Sql countSql(const QStringList &terms, const Filter &filter, const QDate &today);
    static Result<QList<HouseholdRow>> page(const QSqlDatabase &db, const Request &request, const After &after,
                                            int limit, const QDate &today);
    static Result<qint64> count(const QSqlDatabase &db, const Request &request, const QDate &today);
};

} // namespace xianjie

// Passed between the list's model and its worker thread.
Q_DECLARE_METATYPE(xianjie::HouseholdRow)
Q_DECLARE_METATYPE(xianjie::HouseholdQuery::Request)
Q_DECLARE_METATYPE(xianjie::HouseholdQuery::After)
