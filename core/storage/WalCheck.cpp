#include "WalCheck.h"

#include "platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace xianjie {

namespace {
QMutex s_mutex;
QHash<QString, int> s_open; // canonical path -> open casebooks of this program

QString key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The station id in the settings of the database at @p uri, or an empty text when it cannot be read.
QString stationIdAt(const QByteArray &uri, bool *sound)
{
    sqlite3 *db = nullptr;
    QString id;
    *sound = false;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK) {
            *sound = true;
            while (sqlite3_step(st) == SQLITE_ROW)
                if (qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), "ok") != 0)
                    *sound = false;
        }
        sqlite3_finalize(st);
        if (sqlite3_prepare_v2(db, "SELECT value FROM station_settings WHERE key = 'station_id'", -1, &st, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return id;
}

// Whether another program has the casebook open: SQLite keeps a read lock on one byte of the -shm file (its
// "dead man switch") while a connection is open. Asked without taking any lock (F_GETLK).
bool inUseElsewhere(const QString &path)
{
    const QString shm = path + QStringLiteral("-shm");
    if (!QFileInfo::exists(shm))
        return false;
    return platform::byteLockedElsewhere(shm, 128); // WALINDEX_LOCK_OFFSET (120) + WAL_NLOCK (8): the DMS byte
}
} // namespace

bool WalCheck::isOpenHere(const QString &casebookPath)
{
    QMutexLocker lock(&s_mutex);
    return s_open.contains(key(casebookPath));
}

void WalCheck::opened(const QString &casebookPath)
{
    QMutexLocker lock(&s_mutex);
    ++s_open[key(casebookPath)];
}

void WalCheck::closed(const QString &casebookPath)
{
    QMutexLocker lock(&s_mutex);
    if (--s_open[key(casebookPath)] <= 0)
        s_open.remove(key(casebookPath));
}

Result<void> WalCheck::check(const QString &casebookPath)
{
    const QString path = key(casebookPath);
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0)
        return {};
    {
        QMutexLocker lock(&s_mutex);
        if (s_open.contains(path))
            return {}; // this program has it open: the log is live
    }
    if (inUseElsewhere(path))
        return {};
    // A log nobody has open: a program stopped before it folded the log in (it belongs), or another database's.
    // The trial copy sits beside the casebook (the same disk, which has room for it more often than /tmp has), or
    // in the system's temporary folder when the casebook's folder takes no new files.
    QTemporaryDir beside(QFileInfo(path).dir().filePath(QStringLiteral(".xianjie-log-check-XXXXXX")));
    QTemporaryDir elsewhere;
    QString copy;
    for (QTemporaryDir *work : {&beside, &elsewhere}) {
        if (!work->isValid())
            continue;
        const QString trial = work->filePath(QStringLiteral("trial.casebook"));
        if (QFile::copy(path, trial) && QFile::copy(wal, trial + QStringLiteral("-wal"))) {
            copy = trial;
            break;
        }
        work->remove();
    }
    if (copy.isEmpty())
        return makeError(Error::Kind::Io, tr("There is not enough room to check the casebook's log file %1 before "
                                             "opening it. Nothing was changed; free some space and try again.")
                                              .arg(QDir::toNativeSeparators(wal)));
    bool fileSound = false;
    bool replayedSound = false;
    // The file as it stands, without its log (immutable: nothing is read from the log or written anywhere).
    const QByteArray plain = "file:" + QFile::encodeName(path).toPercentEncoding("/") + "?immutable=1";
    const QString own = stationIdAt(plain, &fileSound);
    const QString replayed = stationIdAt("file:" + QFile::encodeName(copy).toPercentEncoding("/"), &replayedSound);
    if (replayedSound && !replayed.isEmpty() && (replayed == own || own.isEmpty()))
        return {};
    if (!fileSound && !replayedSound)
        return {}; // damaged with or without the log: the checks that follow say so
    return makeError(Error::Kind::Corrupt,
                     tr("Beside the casebook lies a log file, %1, that does not belong to it (as happens when a "
                        "casebook is copied over another by hand). The casebook was not opened and nothing was "
                        "changed. Move %1 and %2 out of the folder, then open the casebook again.")
                         .arg(QDir::toNativeSeparators(wal), QDir::toNativeSeparators(path + QStringLiteral("-shm"))));
}

} // namespace xianjie
