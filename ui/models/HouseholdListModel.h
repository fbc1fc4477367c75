#pragma once

#include "storage/HouseholdQuery.h"

#include <QAbstractTableModel>
#include <QThread>
#include <atomic>
#include <memory>

namespace xianjie {

class HouseholdQueryWorker;

/**
 * The household list: rows fetched a page at a time from a worker thread, filtered by a search query.
 * ID numbers are masked. Rows appear when their page arrives; the view asks for more as it scrolls.
 */
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdListModel)

public:
    enum Column
    {
        Number,
        Head,
        IdNumber,
        Village,
        Categories,
        Members,
        Status,
        LastChange,
        Station, ///< at the county only
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
        ClosedRole
    };
    static constexpr int kPageSize = 200;

    HouseholdListModel(const QString &casebookPath, const QDate &today, QObject *parent = nullptr);
    ~HouseholdListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Starts a new search; an empty query lists every household. */
    void setQuery(const QString &query);
    QString query() const { return m_request.query; }
    /** Narrows the list (village, category, status, station); the search text stays. */
    void setFilter(const HouseholdQuery::Filter &filter);
    HouseholdQuery::Filter filter() const { return m_request.filter; }
    /** The whole request: search, filter and order, for an export of the same rows. */
    const HouseholdQuery::Request &currentRequest() const { return m_request; }
    /** Sorts by a column (number, head, village, members, status, last change, station); others sort by number. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** Loads every remaining row (Ctrl+End in a long list), after the page on its way if one is; pageLoaded()
     * follows. */
    void fetchAll();
    bool hasMore() const { return m_more; }
    /** Reloads the rows shown so far, keeping them in place when the same households come back. */
    void refresh();
    /** Households matching the query, once counted; -1 until then. */
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pending; }
    int rowOfHousehold(const QString &householdId) const;
    QString householdIdAt(int row) const;

signals:
    /** A page arrived (also the first one after setQuery or refresh). */
    void pageLoaded();
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);
    void requestFetch(int generation, const xianjie::HouseholdQuery::Request &request,
                      const xianjie::HouseholdQuery::After &after, int limit, bool withCount, const QDate &today);

private:
    void onPage(int generation, const QList<xianjie::HouseholdRow> &rows, bool more, qint64 afterRid);
    void onCount(int generation, qint64 count);
    void request(const HouseholdQuery::After &after, int limit, bool withCount);
    /** Starts the list again from its first page (new query, filter or order). */
    void restart();
    HouseholdQuery::After afterLast() const;

    QDate m_today;
    HouseholdQuery::Request m_request;
    QList<HouseholdRow> m_rows;
    bool m_more = false;
    bool m_pending = false;
    bool m_refreshing = false;
    bool m_allAsked = false; ///< fetchAll() came while a page was on its way: it goes on when the page arrives
    qint64 m_total = -1;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    QThread m_thread;
    HouseholdQueryWorker *m_worker = nullptr;
};

} // namespace xianjie
