#include "OnlineSyncAgent.h"

#include "BackgroundWork.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"
#include "storage/SyncLedger.h"

#include <QLocale>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace xianjie {

namespace {
/** "14:05" today, "Monday 09:12" within the week, the date before that. */
QString when(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date().daysTo(today) < 7)
        return locale.dayName(local.date().dayOfWeek()) + QLatin1Char(' ') +
               locale.toString(local.time(), QStringLiteral("HH:mm"));
    return Labels::dateTime(at);
}
} // namespace

OnlineSyncAgent::OnlineSyncAgent(Casebook &casebook, BackgroundWork &work, QObject *parent)
    : QObject(parent), m_casebook(casebook), m_work(work)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OnlineSyncAgent::runRound);
    connect(&m_watcher, &QFutureWatcher<OnlineSync::Report>::finished, this, [this] { finished(m_watcher.result()); });
    // Changes waiting: a round a little after the last one (a burst of edits makes one round).
    connect(&casebook.changes(), &ChangeNotifier::changed, this, [this] {
        if (m_started && !m_running && (!m_timer.isActive() || m_timer.remainingTime() > kAfterChangesMs))
            schedule(kAfterChangesMs);
        refreshStatus();
    });
    // The network came back: try soon. (The system's word alone is not proof; the round is the probe.)
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (m_started && r != QNetworkInformation::Reachability::Disconnected && !m_running) {
                        m_failures = 0;
                        schedule(2000);
                    }
                });
    refreshStatus();
}

OnlineSyncAgent::~OnlineSyncAgent()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

bool OnlineSyncAgent::isConfigured() const
{
    return m_casebook.identity().role == Casebook::Role::Station &&
           !m_casebook.setting(QStringLiteral("county_box_public_key")).isEmpty() &&
           !OnlineSync::serverUrl(m_casebook).isEmpty();
}

int OnlineSyncAgent::backoffMs(int failures, quint32 random)
{
    // Full jitter: a random delay up to an exponentially growing cap, so stations that lost the server together do
    // not come back together.
    const qint64 cap = qMin<qint64>(kBackoffMaxMs, qint64(kBackoffBaseMs) << qMin(failures, 20));
    return int(qMax<qint64>(1000, qint64(random % quint32(cap + 1))));
}

void OnlineSyncAgent::start()
{
    m_started = true;
    if (isConfigured())
        schedule(kFirstRoundMs);
    refreshStatus();
}

void OnlineSyncAgent::reconfigure()
{
    m_failures = 0;
    if (!isConfigured()) {
        m_timer.stop();
        m_haveReport = false;
    } else if (m_started && !m_running) {
        schedule(500);
    }
    refreshStatus();
}

void OnlineSyncAgent::syncNow()
{
    m_started = true;
    m_failures = 0;
    if (!m_running)
        schedule(0);
}

void OnlineSyncAgent::schedule(int ms)
{
    m_timer.start(ms);
}

void OnlineSyncAgent::runRound()
{
    if (m_running || !isConfigured())
        return;
    if (!m_casebook.user()) { // locked: the round waits for the user to come back
        schedule(30000);
        return;
    }
    if (m_work.isBusy()) { // an export or import the user started: after it
        schedule(5000);
        return;
    }
    m_running = true;
    refreshStatus();
    const QString path = m_casebook.path();
    const std::optional<User> user = m_casebook.user();
    const Clock *clock = &m_casebook.clock();
    m_watcher.setFuture(QtConcurrent::run([path, user, clock] {
        auto casebook = Casebook::openAs(path, user, *clock);
        if (!casebook) {
            OnlineSync::Report report;
            report.outcome = OnlineSync::Outcome::NotSetUp;
            report.problems << casebook.message();
            return report;
        }
        return OnlineSync::syncOnce(**casebook, OnlineSync::Options());
    }));
}

void OnlineSyncAgent::finished(const OnlineSync::Report &report)
{
    m_running = false;
    m_last = report;
    m_haveReport = true;
    (void)m_casebook.observeWrittenClocks(); // the worker wrote to the casebook
    switch (report.outcome) {
    case OnlineSync::Outcome::InStep:
    case OnlineSync::Outcome::Held:
        m_failures = 0;
        schedule(report.waiting > 0 ? kAfterChangesMs : kInStepMs);
        break;
    case OnlineSync::Outcome::Unreachable:
        ++m_failures;
        schedule(qMax(backoffMs(m_failures, QRandomGenerator::global()->generate()), report.retryAfterSeconds * 1000));
        break;
    case OnlineSync::Outcome::Refused:
        m_failures = 0;
        schedule(kAfterRefusalMs);
        break;
    case OnlineSync::Outcome::NotSetUp:
        break; // until the user changes something
    }
    if (report.uploaded > 0 || report.downstreamApplied)
        emit synced();
    emit roundFinished(report);
    refreshStatus();
}

void OnlineSyncAgent::refreshStatus()
{
    QString text;
    bool problem = false;
    if (isConfigured()) {
        // Not yet at the county: waiting to be put in a bundle, or in one the county has not acknowledged.
        const auto counted = SyncLedger::waitingCount(m_casebook);
        const auto unacknowledged = SyncLedger::unacknowledgedCount(m_casebook);
        const int waiting = (counted ? *counted : 0) + (unacknowledged ? *unacknowledged : 0);
        const QString waitingText = waiting > 0 ? tr(" · %n change(s) waiting", nullptr, waiting) : QString();
        const OnlineSync::LastRound last = OnlineSync::lastRound(m_casebook);
        if (m_running) {
            text = tr("Syncing with the county…");
        } else if (m_haveReport && m_last.outcome == OnlineSync::Outcome::Refused) {
            text = tr("The county refused a bundle: %1").arg(m_last.problems.value(0));
            problem = true;
        } else if (m_haveReport && m_last.outcome == OnlineSync::Outcome::NotSetUp) {
            text = m_last.problems.value(0);
            problem = true;
        } else if (m_haveReport && m_last.outcome == OnlineSync::Outcome::Held) {
            text = tr("The county holds %n bundle(s) until missing changes arrive", nullptr, m_last.held) + waitingText;
            problem = true;
        } else if (last.offlineSince.isValid()) {
            text = tr("Offline since %1").arg(when(last.offlineSince)) + waitingText;
        } else if (!last.problem.isEmpty()) {
            text = tr("The county refused a bundle: %1").arg(last.problem);
            problem = true;
        } else if (last.syncedAt.isValid()) {
            text = tr("Synced at %1").arg(when(last.syncedAt)) + waitingText;
        } else {
            text = waiting > 0 ? tr("%n change(s) waiting to be sent", nullptr, waiting) : tr("Not synced online yet");
        }
    }
    if (text == m_status && problem == m_problem)
        return;
    m_status = text;
    m_problem = problem;
    emit statusChanged(text, problem);
}

} // namespace xianjie
