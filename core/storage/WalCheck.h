#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace xianjie {

/**
 * A casebook's write-ahead log (the `-wal` file beside it) is replayed into the file by whoever opens it next. A log
 * left there by another database — a casebook copied over another by hand while the old one's log was still beside
 * it — would be replayed into this one and destroy it. Before a casebook is opened for writing, a log that nobody
 * has open is tried on a copy first: replayed there, the copy must be sound and still be the same casebook.
 * Otherwise the casebook is not opened, and nothing is moved or changed.
 */
class WalCheck
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::WalCheck)

public:
    /** Ok when there is no log, when it is in use (another program has the casebook open), or when it belongs. */
    static Result<void> check(const QString &casebookPath);
    /** Casebooks this program has open: their logs are live and theirs (no lock is tried on them). */
    /** Whether this program has the casebook open now. */
    static bool isOpenHere(const QString &casebookPath);
    static void opened(const QString &casebookPath);
    static void closed(const QString &casebookPath);
};

} // namespace xianjie
