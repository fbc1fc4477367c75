#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/**
 * Encrypted backups. A backup is a consistent snapshot of the casebook (VACUUM INTO), encrypted with
 * libsodium's secretstream (XChaCha20-Poly1305, 64 KiB chunks, final tag) under a key derived from a passphrase
 * with Argon2id. A restore decrypts and checks everything — every chunk, the end of the stream, the casebook's
 * integrity and its audit chain — before it replaces anything, and never replaces a casebook unless told to.
 */
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Backup)

public:
    /** A backup by a user whose role allows it; audited. */
    static Result<void> create(Casebook &casebook, const QString &backupPath, const QString &passphrase);
    /** The checks and the audit entry of create(), without the writing (the app writes on a worker thread). */
    static Result<void> record(Casebook &casebook, const QString &backupPath, const QString &passphrase);
    /** The snapshot and its encryption alone, through a connection of its own: safe on a worker thread. */
    static Result<void> write(const QString &casebookPath, const QString &backupPath, const QString &passphrase);
    static Result<void> restore(const QString &backupPath, const QString &passphrase, const QString &casebookPath,
                                bool replaceExisting);
};

} // namespace xianjie
