#pragma once

#include <QFuture>
#include <QObject>
#include <atomic>

class QTimer;

namespace xianjie {

class BackgroundWork;
class Casebook;

/**
 * What the app does by itself, once at start and then hourly: today's automatic backup (on a worker thread) and,
 * for the station head, the archiving of long-closed households and the deletion of disclosed data whose consent's
 * retention ended. Nothing runs while the casebook is locked or a long job (an import) holds the casebook.
 */
class AutomaticTasks : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomaticTasks)

public:
    AutomaticTasks(Casebook &casebook, const BackgroundWork &work, QObject *parent = nullptr);
    /** Stops a search-index catch-up after its current batch and waits for it. */
    ~AutomaticTasks() override;

public slots:
    /** Runs what is due now. */
    void run();

signals:
    /** A sentence for the status bar, shown for @p milliseconds. */
    void message(const QString &text, int milliseconds);
    /** Households were archived: lists need reloading. */
    void householdsChanged();

private:
    void startBackup();
    /** Brings a search index made by an older version up to date, on a worker thread, batch by batch. */
    void startReindex();

    Casebook &m_casebook;
    const BackgroundWork &m_work;
    bool m_backupRunning = false;
    QFuture<void> m_reindex;
    std::atomic<bool> m_stopReindex = false;
};

} // namespace xianjie
