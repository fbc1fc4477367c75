#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace xianjie {

/** Password hashing with Argon2id (libsodium crypto_pwhash) and the minimum strength a password must have. */
class Password
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Password)

public:
    /** At least 8 characters, letters and digits (or other characters) mixed, not the user name. */
    static Result<void> checkStrength(const QString &password, const QString &username);
    /** The Argon2id hash string (algorithm, parameters and salt included). */
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
};

} // namespace xianjie
