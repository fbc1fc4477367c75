#pragma once

#include "sync/OnlineSync.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace xianjie {

class BackgroundWork;
class Casebook;

/**
 * A station's online sync in the background: a round (OnlineSync::syncOnce) on a worker thread with its own
 * connection when the app starts, when changes wait (a little after the last one), every few minutes, and when the
 * network comes back. A round that does not reach the server is tried again after a growing, random delay (5 s up to
 * 30 minutes, "full jitter"); a refusal is shown in words and waits for the user. The window never waits for it.
 */
class OnlineSyncAgent : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFirstRoundMs = 3000;
    static constexpr int kAfterChangesMs = 20000;
    static constexpr int kInStepMs = 5 * 60 * 1000;
    static constexpr int kAfterRefusalMs = 30 * 60 * 1000;
    static constexpr int kBackoffBaseMs = 5000;
    static constexpr int kBackoffMaxMs = 30 * 60 * 1000;

    OnlineSyncAgent(Casebook &casebook, BackgroundWork &work, QObject *parent = nullptr);
    /** Waits for a round in progress (its transaction ends before the casebook closes). */
    ~OnlineSyncAgent() override;

    /** A station that is enrolled and has a county server's address. */
    bool isConfigured() const;
    bool isRunning() const { return m_running; }
    QString statusText() const { return m_status; }
    bool hasProblem() const { return m_problem; }
    /** The delay before the next try after @p failures rounds in a row that did not reach the server. */
    static int backoffMs(int failures, quint32 random);

public slots:
    /** Starts the background rounds (the first one shortly). */
    void start();
    /** A round now, whatever the schedule. */
    void syncNow();
    /** The address or the enrolment changed: start, stop or go on. */
    void reconfigure();

signals:
    void statusChanged(const QString &text, bool problem);
    /** A round changed this casebook (the county's news applied, bundles acknowledged). */
    void synced();
    void roundFinished(const xianjie::OnlineSync::Report &report);

private:
    void schedule(int ms);
    void runRound();
    void finished(const OnlineSync::Report &report);
    void refreshStatus();

    Casebook &m_casebook;
    BackgroundWork &m_work;
    QTimer m_timer;
    QFutureWatcher<OnlineSync::Report> m_watcher;
    bool m_started = false;
    bool m_running = false;
    bool m_problem = false;
    int m_failures = 0;
    bool m_haveReport = false;
    OnlineSync::Report m_last;
    QString m_status;
};

} // namespace xianjie
