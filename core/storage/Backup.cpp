#include "Backup.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "CasebookCheck.h"
#include "Database.h"
#include "Transaction.h"
#include "rules/Password.h"
#include "sync/StationRestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sodium.h>
#include <sqlite3.h>

namespace xianjie {

namespace {
// 1: the header (salt, Argon2 parameters, stream header) in the clear; 2: the same header, authenticated as the
// first chunk's additional data, so that no bit of it can change unnoticed. Both are read.
const QByteArray kMagic1("XIANJIE-BACKUP-1", 16);
const QByteArray kMagic("XIANJIE-BACKUP-2", 16);
constexpr qint64 kChunk = 64 * 1024;
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

bool deriveKey(Key &key, const QString &passphrase, const unsigned char *salt, unsigned long long ops, size_t mem)
{
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash(key.bytes, sizeof key.bytes, utf8.constData(), quint64(utf8.size()), salt, ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}
} // namespace

Result<void> Backup::create(Casebook &casebook, const QString &backupPath, const QString &passphrase)
{
    if (auto r = record(casebook, backupPath, passphrase); !r)
        return r;
    return write(casebook.path(), backupPath, passphrase);
}

Result<void> Backup::record(Casebook &casebook, const QString &backupPath, const QString &passphrase)
{
    if (auto r = casebook.require(Action::Backup); !r)
        return r.error();
    if (auto r = Password::checkStrength(passphrase, QString()); !r)
        return makeError(Error::Kind::Invalid, tr("Backup passphrase: %1").arg(r.message()));
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The cryptography library could not start."));

    {
        Transaction tx(casebook);
        if (auto r = AuditLog::append(casebook, QStringLiteral("backup"), QString(), QString(), {}, {},
                                      QFileInfo(backupPath).fileName());
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return {};
}

namespace {
/** Why a backup file could not be written, in words: most often a full disk or stick. */
Error writeFailed(const QString &backupPath, const QString &detail, qint64 needed)
{
    const QStorageInfo disk(QFileInfo(backupPath).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < needed + 64 * 1024)
        return {Error::Kind::Io,
                Backup::tr("There is not enough room for the backup at %1: it needs about %2 MB and %3 MB are free. "
                           "Nothing was written; free some space or choose another place.")
                    .arg(QDir::toNativeSeparators(backupPath))
                    .arg(qMax<qint64>(1, (needed + 512 * 1024) / (1024 * 1024)))
                    .arg(disk.bytesAvailable() / (1024 * 1024))};
    // Qt says "Unknown error" for some failures of the final rename or flush.
    const bool vague = detail.isEmpty() || detail == QLatin1String("Unknown error");
    return {Error::Kind::Io, Backup::tr("The backup could not be written: %1")
                                 .arg(vague ? Backup::tr("the disk refused it (full, removed or read-only)") : detail)};
}
} // namespace

Result<void> Backup::write(const QString &casebookPath, const QString &backupPath, const QString &passphrase)
{
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The cryptography library could not start."));
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(Error::Kind::Io, tr("No room for a temporary copy of the casebook."));
    const QString snapshot = work.filePath(QStringLiteral("snapshot.casebook"));
    {
        // Its own read connection: a backup can run on a worker thread while the casebook is in use.
        const QString connection = Database::uniqueConnectionName(QStringLiteral("backup"));
        Result<void> vacuumed;
        {
            auto db = Casebook::openSnapshotConnection(casebookPath, connection);
            if (!db)
                return db.error();
            // The full check, once a day with the automatic backup: a damaged casebook is not backed up over the
            // good backups (they are kept: the rotation only follows a backup written).
            auto check = Database::exec(*db, QStringLiteral("PRAGMA quick_check"));
            bool sound = check.ok();
            while (sound && check->next())
                sound = check->value(0).toString() == QLatin1String("ok");
            if (!sound) {
                vacuumed = makeError(Error::Kind::Corrupt,
                                     tr("The casebook is damaged, so no backup was written and the earlier backups "
                                        "are kept. Restore the newest backup and tell your county office."));
            } else if (auto r = Database::exec(*db, QStringLiteral("VACUUM INTO ?"), {snapshot}); !r) {
                vacuumed = r.error();
            }
            Database::forgetConnection(connection);
            db->close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!vacuumed)
            return vacuumed.error();
    }
    QFile in(snapshot);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("The snapshot of the casebook cannot be read."));
    // The encrypted file is about as large as the snapshot: refused at once where it cannot fit.
    const qint64 needed = in.size() + in.size() / 64 + 4096;
    if (const QStorageInfo disk(QFileInfo(backupPath).absolutePath()); disk.isValid() && disk.bytesAvailable() < needed)
        return writeFailed(backupPath, QString(), needed);
    QSaveFile out(backupPath); // written beside, flushed, then renamed into place
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io,
                         tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(backupPath), out.errorString()));

    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    Key key;
    if (!deriveKey(key, passphrase, salt, kOps, kMem))
        return makeError(Error::Kind::Io, tr("Not enough memory to protect the backup."));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes);

    QByteArray head = kMagic;
    head.append(reinterpret_cast<const char *>(salt), sizeof salt);
    const quint64 ops = kOps, mem = kMem;
    head.append(reinterpret_cast<const char *>(&ops), sizeof ops);
    head.append(reinterpret_cast<const char *>(&mem), sizeof mem);
    head.append(reinterpret_cast<const char *>(header), sizeof header);
    out.write(head);

    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    qint64 left = in.size();
    bool first = true;
    do {
        const QByteArray plain = in.read(kChunk);
        left -= plain.size();
        const unsigned char tag = left <= 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long written = 0;
        // The first chunk authenticates the header it follows.
        const QByteArray ad = first ? head : QByteArray();
        first = false;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), tag);
        if (out.write(cipher.constData(), qint64(written)) != qint64(written))
            return writeFailed(backupPath, out.errorString(), needed);
    } while (left > 0);
    if (!out.commit())
        return writeFailed(backupPath, out.errorString(), needed);
    return {};
}

Result<void> Backup::restore(const QString &backupPath, const QString &passphrase, const QString &casebookPath,
                             bool replaceExisting)
{
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The cryptography library could not start."));
    if (QFileInfo::exists(casebookPath) && !replaceExisting)
        return makeError(Error::Kind::Invalid, tr("A casebook already exists at %1. Nothing was restored; confirm "
                                                  "that it may be replaced (--force) or choose another place.")
                                                   .arg(QDir::toNativeSeparators(casebookPath)));
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("%1 cannot be read.").arg(QDir::toNativeSeparators(backupPath)));
    const qint64 headSize =
        kMagic.size() + crypto_pwhash_SALTBYTES + 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray head = in.read(headSize);
    const bool authenticatedHead = head.startsWith(kMagic);
    if (head.size() != headSize || (!authenticatedHead && !head.startsWith(kMagic1)))
        return makeError(Error::Kind::NotACasebook,
                         tr("%1 is not a Xianjie backup.").arg(QDir::toNativeSeparators(backupPath)));
    const auto *salt = reinterpret_cast<const unsigned char *>(head.constData() + kMagic.size());
    quint64 ops = 0, mem = 0;
    memcpy(&ops, head.constData() + kMagic.size() + crypto_pwhash_SALTBYTES, sizeof ops);
    memcpy(&mem, head.constData() + kMagic.size() + crypto_pwhash_SALTBYTES + 8, sizeof mem);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return makeError(Error::Kind::Corrupt, tr("The backup is damaged; nothing was restored."));
    const auto *header = reinterpret_cast<const unsigned char *>(head.constData() + headSize -
                                                                 crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    Key key;
    if (!deriveKey(key, passphrase, salt, ops, size_t(mem)))
        return makeError(Error::Kind::Io, tr("Not enough memory to open the backup."));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.bytes) != 0)
        return makeError(Error::Kind::Corrupt, tr("The backup is damaged; nothing was restored."));

    // Decrypt into a temporary file beside the target, so the final step is a rename on the same disk.
    const QFileInfo target(casebookPath);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(target.absolutePath()));
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.xianjie-restore-XXXXXX"));
    if (!work.isValid())
        return makeError(Error::Kind::Io, tr("No room for the restored casebook beside %1.").arg(casebookPath));
    const QString restored = work.filePath(QStringLiteral("restored.casebook"));
    {
        QFile out(restored);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(Error::Kind::Io, tr("No room for the restored casebook beside %1.").arg(casebookPath));
        QByteArray plain(kChunk, Qt::Uninitialized);
        bool final = false;
        bool first = true;
        while (!final) {
            const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
            if (cipher.isEmpty())
                return makeError(Error::Kind::Corrupt, tr("The backup is incomplete (it ends too early); nothing was "
                                                          "restored."));
            unsigned long long length = 0;
            unsigned char tag = 0;
            const QByteArray ad = first && authenticatedHead ? head : QByteArray();
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                    reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
                    reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size())) != 0)
                return makeError(Error::Kind::Corrupt,
                                 first ? tr("The passphrase is wrong, or the backup is damaged; nothing was restored.")
                                       : tr("The backup is damaged; nothing was restored."));
            first = false;
            final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            out.write(plain.constData(), qint64(length));
        }
        if (!in.atEnd())
            return makeError(Error::Kind::Corrupt, tr("The backup has data after its end; nothing was restored."));
        if (!out.flush())
            return makeError(Error::Kind::Io, tr("No room for the restored casebook beside %1.").arg(casebookPath));
    }

    // Check what came out before it replaces anything.
    if (auto version = Casebook::probe(restored); !version)
        return makeError(Error::Kind::Corrupt, tr("The backup does not hold a usable casebook; nothing was restored."));
    {
        const QString connection = Database::uniqueConnectionName(QStringLiteral("restore"));
        QStringList faults;
        {
            auto db = Casebook::openReadConnection(restored, connection);
            if (!db)
                return db.error();
            auto check = CasebookCheck::run(*db);
            faults = check ? *check : QStringList{check.message()};
            Database::forgetConnection(connection);
            db->close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!faults.isEmpty())
            return makeError(
                Error::Kind::Corrupt,
                tr("The casebook in the backup fails its check (%1); nothing was restored.").arg(faults.first()));
    }
    // A station's restored casebook remembers what its backup held, so that the county can take it in (its bundles
    // carry the mark until then). Written into the restored file before it is put in place; the log folded back.
    {
        sqlite3 *marked = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(restored).constData(), &marked, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_stmt *stmt = nullptr;
        // A casebook from before the audit log (schema 1) cannot have synced: nothing to mark.
        if (rc == SQLITE_OK && sqlite3_prepare_v2(marked, StationRestore::markSql(), -1, &stmt, nullptr) != SQLITE_OK)
            stmt = nullptr;
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        if (stmt)
            rc = sqlite3_bind_text(stmt, 1, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        if (stmt && rc == SQLITE_OK && sqlite3_step(stmt) != SQLITE_DONE)
            rc = sqlite3_errcode(marked);
        sqlite3_finalize(stmt);
        if (rc == SQLITE_OK)
            rc = sqlite3_wal_checkpoint_v2(marked, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close(marked);
        QFile::remove(restored + QStringLiteral("-wal"));
        QFile::remove(restored + QStringLiteral("-shm"));
        if (rc != SQLITE_OK)
            return makeError(Error::Kind::Io, tr("The restored casebook cannot be prepared beside %1; nothing was "
                                                 "restored.")
                                                  .arg(QDir::toNativeSeparators(casebookPath)));
    }
    // Replace in one step, so that a stop at any instant leaves either the old casebook or the restored one at the
    // path, never neither: the old one's log is folded into it first (then the file alone is the whole casebook and
    // its -wal and -shm can go), and the restored file is renamed over it.
    if (QFileInfo::exists(casebookPath)) {
        sqlite3 *old = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(casebookPath).constData(), &old, SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(old, 2000);
            rc = sqlite3_wal_checkpoint_v2(old, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        }
        sqlite3_close(old); // the last connection removes the emptied log itself; if it is still there, the
                            // casebook is open in another program
        if (rc != SQLITE_OK || QFileInfo::exists(casebookPath + QStringLiteral("-wal")))
            return makeError(Error::Kind::Io,
                             tr("%1 cannot be replaced (is it open in Xianjie?); nothing was restored.")
                                 .arg(QDir::toNativeSeparators(casebookPath)));
        QFile::remove(casebookPath + QStringLiteral("-shm"));
    }
    // POSIX rename replaces the old file in one step (Windows needs MoveFileEx with MOVEFILE_REPLACE_EXISTING).
    if (std::rename(QFile::encodeName(restored).constData(), QFile::encodeName(casebookPath).constData()) != 0)
        return makeError(Error::Kind::Io, tr("The restored casebook cannot be put at %1; the old one is unchanged.")
                                              .arg(QDir::toNativeSeparators(casebookPath)));
    return {};
}

} // namespace xianjie
