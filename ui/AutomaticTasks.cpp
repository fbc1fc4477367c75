#include "AutomaticTasks.h"

#include "BackgroundWork.h"
#include "rules/Permissions.h"
#include "storage/AutoBackup.h"
#include "storage/Casebook.h"
#include "storage/Retention.h"
#include "storage/SearchIndex.h"

#include <QDir>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace xianjie {

AutomaticTasks::AutomaticTasks(Casebook &casebook, const BackgroundWork &work, QObject *parent)
    : QObject(parent), m_casebook(casebook), m_work(work)
{
    auto *hourly = new QTimer(this);
    hourly->setInterval(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, this, &AutomaticTasks::run);
    hourly->start();
    QTimer::singleShot(3000, this, &AutomaticTasks::run);
}

void AutomaticTasks::run()
{
    if (!m_casebook.user())
        return; // locked
    if (m_work.isBusy())
        return; // a bundle is being imported on the worker's connection; the next hour will do
    if (Permissions::allows(m_casebook.user()->role, Action::ManageUsers)) {
        auto archived = Retention::archiveClosedHouseholds(m_casebook);
        if (archived && *archived > 0) {
            emit message(tr("%n household(s) closed more than %1 years ago archived.", nullptr, *archived)
                             .arg(Retention::archiveAfterYears(m_casebook)),
                         15000);
            emit householdsChanged();
        }
        auto purged = Retention::purgeDisclosedData(m_casebook);
        if (purged && *purged > 0)
            emit message(tr("%n item(s) disclosed to charities deleted: their consent's retention period ended.",
                            nullptr, *purged),
                         15000);
    }
    if (!m_backupRunning && AutoBackup::isDue(m_casebook))
        startBackup();
    if (m_reindex.isFinished() &&
        m_casebook.setting(QStringLiteral("search_keys_version"), QStringLiteral("1")).toInt() <
            SearchIndex::kKeysVersion)
        startReindex();
}

AutomaticTasks::~AutomaticTasks()
{
    m_stopReindex = true;
    m_reindex.waitForFinished();
}

void AutomaticTasks::startReindex()
{
    // Its own connection, the system clock and a copy of the user: the job does not touch the window's casebook,
    // and each batch is one short transaction, so the window's writes go on between them.
    const QString path = m_casebook.path();
    const std::optional<User> user = m_casebook.user();
    auto done = std::make_shared<std::atomic<int>>(0);
    auto failure = std::make_shared<QString>();
    m_reindex = QtConcurrent::run([this, path, user, done, failure] {
        auto cb = Casebook::openAs(path, user, Clock::system());
        if (!cb) {
            *failure = cb.message();
            return;
        }
        while (!m_stopReindex) {
            auto n = SearchIndex::catchUp(**cb);
            if (!n) {
                *failure = n.message();
                return;
            }
            if (*n == 0)
                return;
            *done += *n;
        }
    });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, done, failure] {
        watcher->deleteLater();
        if (!failure->isEmpty())
            emit message(tr("The search index could not be brought up to date: %1").arg(*failure), 15000);
        else if (*done > 0)
            emit message(tr("Search now finds every usual reading of names: %n household(s) indexed again.", nullptr,
                            int(*done)),
                         15000);
    });
    watcher->setFuture(m_reindex);
}

void AutomaticTasks::startBackup()
{
    auto job = AutoBackup::start(m_casebook);
    if (!job)
        return emit message(job.message(), 15000);
    m_backupRunning = true;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, job = *job] {
        m_backupRunning = false;
        const Result<QString> written = watcher->result();
        watcher->deleteLater();
        if (!written)
            return emit message(tr("Automatic backup failed: %1").arg(written.message()), 60000);
        (void)AutoBackup::finished(m_casebook, job);
        emit message(tr("Automatic backup written to %1.").arg(QDir::toNativeSeparators(*written)), 15000);
    });
    watcher->setFuture(QtConcurrent::run([j = *job] { return AutoBackup::write(j); }));
}

} // namespace xianjie
