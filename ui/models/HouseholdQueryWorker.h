#pragma once

#include "storage/HouseholdQuery.h"

#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <memory>

namespace xianjie {

/**
 * Runs household list queries on its own thread with its own read connection, so that searching a large
 * casebook never blocks typing. Requests carry a generation number; a request that a newer one has
 * overtaken is skipped without touching the database.
 */
class HouseholdQueryWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdQueryWorker)

public:
    HouseholdQueryWorker(const QString &casebookPath, std::shared_ptr<std::atomic<int>> latestGeneration);
    ~HouseholdQueryWorker() override;

public slots:
    void fetch(int generation, const xianjie::HouseholdQuery::Request &request,
               const xianjie::HouseholdQuery::After &after, int limit, bool withCount, const QDate &today);

signals:
    void pageReady(int generation, const QList<xianjie::HouseholdRow> &rows, bool more, qint64 afterRid);
    void countReady(int generation, qint64 count);
    void failed(int generation, const QString &message);

private:
    bool connect();

    QString m_path;
    QString m_connection;
    bool m_open = false;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace xianjie
