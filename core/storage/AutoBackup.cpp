#include "AutoBackup.h"

#include "AuditLog.h"
#include "Backup.h"
#include "Casebook.h"
#include "Transaction.h"
#include "rules/Password.h"

#include <QDir>
#include <QFileInfo>

namespace xianjie {

namespace {
const QString kFolder = QStringLiteral("auto_backup_folder");
const QString kPassphrase = QStringLiteral("auto_backup_passphrase");
const QString kKeep = QStringLiteral("auto_backup_keep");
const QString kLast = QStringLiteral("auto_backup_last");
} // namespace

Result<void> AutoBackup::configure(Casebook &casebook, const QString &folder, const QString &passphrase, int keep)
{
    if (auto r = casebook.require(Action::Backup); !r)
        return r.error();
    if (auto r = casebook.require(Action::ManageUsers); !r)
        return r.error();
    if (!folder.isEmpty()) {
        if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
            return makeError(
                Error::Kind::Io,
                tr("The folder %1 does not exist or cannot be written.").arg(QDir::toNativeSeparators(folder)));
        if (auto r = Password::checkStrength(passphrase, QString()); !r)
            return makeError(Error::Kind::Invalid, tr("Backup passphrase: %1").arg(r.message()));
        if (keep < 1 || keep > 365)
            return makeError(Error::Kind::Invalid, tr("Keep between 1 and 365 backups."));
    }
    for (const auto &kv :
         {qMakePair(kFolder, folder), qMakePair(kPassphrase, folder.isEmpty() ? QString() : passphrase),
          qMakePair(kKeep, QString::number(keep))})
        if (auto r = casebook.setSetting(kv.first, kv.second); !r)
            return r.error();
    return {};
}

QString AutoBackup::folder(const Casebook &casebook)
{
    return casebook.setting(kFolder);
}

int AutoBackup::keep(const Casebook &casebook)
{
    return casebook.setting(kKeep, QString::number(kDefaultKeep)).toInt();
}

bool AutoBackup::isDue(const Casebook &casebook)
{
    return !folder(casebook).isEmpty() && casebook.setting(kLast) != casebook.clock().today().toString(Qt::ISODate);
}

Result<AutoBackup::Job> AutoBackup::start(Casebook &casebook)
{
    Job job;
    job.casebookPath = casebook.path();
    job.folder = folder(casebook);
    job.passphrase = casebook.setting(kPassphrase);
    job.keep = keep(casebook);
    job.day = casebook.clock().today();
    job.prefix = QStringLiteral("xianjie-%1-").arg(casebook.identity().code);
    job.backupPath =
        QDir(job.folder).filePath(job.prefix + job.day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".xjbak"));
    if (job.folder.isEmpty() || job.passphrase.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Automatic backup is not set up."));
    Transaction tx(casebook);
    if (auto r = AuditLog::append(casebook, QStringLiteral("backup"), QString(), QString(), {}, {},
                                  tr("automatic: %1").arg(QFileInfo(job.backupPath).fileName()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return job;
}

Result<QString> AutoBackup::write(const Job &job)
{
    if (auto r = Backup::write(job.casebookPath, job.backupPath, job.passphrase); !r)
        return r.error();
    rotate(job.folder, job.prefix, job.keep);
    return job.backupPath;
}

Result<void> AutoBackup::finished(Casebook &casebook, const Job &job)
{
    return casebook.storeSystemSetting(kLast, job.day.toString(Qt::ISODate));
}

QStringList AutoBackup::rotate(const QString &folder, const QString &prefix, int keep)
{
    QDir dir(folder);
    // Names carry the date (prefix + yyyyMMdd), so name order is age order.
    QStringList files = dir.entryList({prefix + QStringLiteral("*.xjbak")}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList removed;
    for (qsizetype i = keep; i < files.size(); ++i)
        if (dir.remove(files.at(i)))
            removed << files.at(i);
    return removed;
}

} // namespace xianjie
