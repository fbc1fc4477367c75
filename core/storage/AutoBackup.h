#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace xianjie {

class Casebook;

/**
 * The daily automatic backup to a folder the station head chose (a second disk, a USB stick), keeping the
 * newest N. Its passphrase is kept in the casebook's settings, so that no one has to type it every day: the
 * casebook is protected by the computer's disk encryption, the backups elsewhere by the passphrase, which the
 * head writes down for a restore. start() runs on the casebook's thread; write() may run on a worker thread.
 */
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::AutoBackup)

public:
    static constexpr int kDefaultKeep = 14;

    struct Job
    {
        QString casebookPath;
        QString backupPath;
        QString passphrase;
        QString folder;
        QString prefix;
        int keep = kDefaultKeep;
        QDate day;
    };

    /** Head only: where, with which passphrase, how many to keep. An empty folder turns it off. */
    static Result<void> configure(Casebook &casebook, const QString &folder, const QString &passphrase, int keep);
    static QString folder(const Casebook &casebook);
    static int keep(const Casebook &casebook);
    /** Configured, and no backup made today yet. */
    static bool isDue(const Casebook &casebook);
    /** Prepares today's backup and records it in the audit log. */
    static Result<Job> start(Casebook &casebook);
    /** Writes the backup and removes the oldest beyond `keep`; returns the path written. Thread-safe. */
    static Result<QString> write(const Job &job);
    /** Records that today's backup exists (call on the casebook's thread after write() succeeded). */
    static Result<void> finished(Casebook &casebook, const Job &job);
    /** The backups of @p prefix in @p folder beyond the newest @p keep, removed; returns their names. */
    static QStringList rotate(const QString &folder, const QString &prefix, int keep);
};

} // namespace xianjie
