#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xianjie {

/** Password hashing with Argon2id (libsodium crypto_pwhash) and the minimum strength a password must have. */
class Password
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Password)

public:
    /** At least 8 characters, letters and digits (or other characters) mixed, not the user name. */
    struct Rule
    {
        QString text;
        bool met = false;
    };
    /** Every rule a password must meet, each with whether @p password meets it (for a live checklist). */
    static QList<Rule> rules(const QString &password, const QString &username);
    static Result<void> checkStrength(const QString &password, const QString &username);
    /** The Argon2id hash string (algorithm, parameters and salt included). */
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
};

} // namespace xianjie
