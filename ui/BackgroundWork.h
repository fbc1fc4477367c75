#pragma once

#include "Result.h"
#include "model/User.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace xianjie {

class Casebook;
class Clock;

/**
 * Long work (bundle import and export, downstream bundles, directory import, audit verification) on a worker
 * thread with its own connection to the casebook, so the window keeps painting and answering while it runs. One
 * job at a time. The job reports progress from its thread (report(), thread-safe) and is asked to stop between
 * units of work (stopRequested()); it never leaves anything half-written, because every unit is one transaction.
 * When it ends, @c done runs on the window's thread with the job's value, or @c failed with the reason the worker
 * could not open the casebook.
 */
class BackgroundWork : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWork)

public:
    explicit BackgroundWork(Casebook &casebook, QObject *parent = nullptr);
    /** Waits for a running job: its transaction finishes or rolls back before the casebook closes. */
    ~BackgroundWork() override;

    bool isBusy() const { return m_busy; }
    /** Asks the running job to stop after its current unit of work. */
    void requestStop() { m_stop = true; }
    /** For the job, on its thread. */
    bool stopRequested() const { return m_stop; }
    /** For the job, on its thread: posts its progress to the window. */
    void report(int done, int total, const QString &text);

    /**
     * Starts @p work(worker casebook) on a worker thread; returns false (and starts nothing) while another job runs.
     * @p title says what runs, for the status bar.
     */
    template <typename T>
    bool start(const QString &title, std::function<T(Casebook &)> work, std::function<void(T)> done,
               std::function<void(const Error &)> failed)
    {
        if (m_busy)
            return false;
        auto value = std::make_shared<std::optional<T>>();
        auto error = std::make_shared<Error>();
        auto opened = opener();
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, value, error, done, failed] {
            watcher->deleteLater();
            finish();
            if (value->has_value())
                done(std::move(**value));
            else
                failed(*error);
        });
        begin(title);
        m_running = QtConcurrent::run([opened, work, value, error] {
            auto casebook = opened();
            if (!casebook) {
                *error = casebook.error();
                return;
            }
            *value = work(**casebook);
        });
        watcher->setFuture(m_running);
        return true;
    }

signals:
    void busyChanged(bool busy, const QString &title);
    void progressed(int done, int total, const QString &text);

private:
    /** Opens the worker's own casebook, on the worker thread (captured here on the window's thread). */
    std::function<Result<std::unique_ptr<Casebook>>()> opener() const;
    void begin(const QString &title);
    void finish();

    Casebook &m_casebook;
    bool m_busy = false;
    std::atomic<bool> m_stop = false;
    QFuture<void> m_running;
};

} // namespace xianjie
