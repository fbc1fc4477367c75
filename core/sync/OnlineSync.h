#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>

namespace xianjie {

class Casebook;

/**
 * The station's online sync with its county server, one round at a time: writes the waiting changes to bundles
 * (the same bundles as for the stick), asks the server what it holds of this station, uploads only the bundles it
 * lacks (in parts, resuming a part-sent one where it stopped), then fetches and applies the county's downstream
 * bundle. Every request is signed with the station's key. Blocking: run it off the window's thread.
 */
class OnlineSync
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::OnlineSync)

public:
    struct Options
    {
        QString url;    ///< empty: the station's setting
        QString caFile; ///< a CA certificate for a county's own TLS certificate; empty: the system's trusted ones
        int connectSeconds = 10;
        int readSeconds = 180; ///< the county may queue a bundle behind others' before applying it
        std::function<bool()> stop;
        std::function<void(qint64 sent, qint64 total)> progress;
    };
    enum class Outcome
    {
        InStep,      ///< everything is at the county and the county's news is applied
        Held,        ///< the county holds a bundle for a gap
        Refused,     ///< the county refused something: the reasons are in problems
        Unreachable, ///< no answer, or the server is busy or failing: try again later
        NotSetUp     ///< not enrolled, or no server address
    };
    struct Report
    {
        Outcome outcome = Outcome::Unreachable;
        int uploaded = 0;   ///< bundles the county applied in this round
        int alreadyHad = 0; ///< bundles it had already (sent by stick, or an answer lost)
        int held = 0;
        int opsSent = 0;
        bool downstreamApplied = false;
        int downstreamOps = 0;
        int acknowledged = 0;
        QStringList problems;        ///< in words
        int retryAfterSeconds = 0;   ///< what the server asked for, when it did
        int waiting = 0;             ///< changes still waiting here after the round
        QList<double> bundleSeconds; ///< for each bundle sent: from its first part to the county's answer
        QDateTime finishedAt;

        /** One sentence for the CLI, the status bar and the Sync tab. */
        QString summary() const;
        /** The CLI's exit code: 0 in step, 3 held, 2 refused, 4 unreachable, 1 not set up. */
        int exitCode() const;
    };

    static Report syncOnce(Casebook &station, const Options &options);

    /** The county server's address this station uses (from the enrolment grant, or set by the head). */
    static QString serverUrl(const Casebook &casebook);
    /** Checks an address ("https://host[:port]" or "http://…" for a test or a local network) and keeps it. */
    static Result<void> setServerUrl(Casebook &casebook, const QString &url);
    /** Whether @p url is an address this client can use; the reason in words when not. */
    static Result<void> checkUrl(const QString &url);

    /** What the last round left, for the status line when the app starts (kept in the casebook's settings). */
    struct LastRound
    {
        QDateTime syncedAt;     ///< the last round that ended in step
        QDateTime offlineSince; ///< the first failed round since then; null when the last round reached the server
        QString problem;        ///< the last refusal, in words; empty when none
    };
    static LastRound lastRound(const Casebook &station);
};

} // namespace xianjie
