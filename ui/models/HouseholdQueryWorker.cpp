#include "HouseholdQueryWorker.h"

#include "storage/Casebook.h"
#include "storage/Database.h"

namespace xianjie {

HouseholdQueryWorker::HouseholdQueryWorker(const QString &casebookPath, std::shared_ptr<std::atomic<int>> latest)
    : m_path(casebookPath), m_connection(Database::uniqueConnectionName(QStringLiteral("list"))),
      m_latest(std::move(latest))
{
}

HouseholdQueryWorker::~HouseholdQueryWorker()
{
    if (m_open) {
        Database::forgetConnection(m_connection);
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HouseholdQueryWorker::connect()
{
    if (m_open)
        return true;
    auto db = Casebook::openReadConnection(m_path, m_connection);
    m_open = db.ok();
    return m_open;
}

void HouseholdQueryWorker::fetch(int generation, const HouseholdQuery::Request &request,
                                 const HouseholdQuery::After &after, int limit, bool withCount, const QDate &today)
{
    if (generation < m_latest->load())
        return; // typing went on; a newer request is queued
    if (!connect()) {
        emit failed(generation, tr("The casebook cannot be read."));
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One row more than asked tells whether another page exists.
    auto rows = HouseholdQuery::page(db, request, after, limit + 1, today);
    if (!rows) {
        emit failed(generation, rows.message());
        return;
    }
    const bool more = rows->size() > limit;
    if (more)
        rows->removeLast();
    emit pageReady(generation, *rows, more, after.rid);
    if (withCount && generation >= m_latest->load()) {
        auto count = HouseholdQuery::count(db, request, today);
        if (count)
            emit countReady(generation, *count);
    }
}

} // namespace xianjie
