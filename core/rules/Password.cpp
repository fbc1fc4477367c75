#include "Password.h"

#include <sodium.h>

namespace xianjie {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<void> Password::checkStrength(const QString &password, const QString &username)
{
    if (password.size() < 8)
        return makeError(Error::Kind::Invalid, tr("A password needs at least 8 characters."));
    bool letter = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    if (int(letter) + int(digit) + int(other) < 2)
        return makeError(Error::Kind::Invalid, tr("Mix letters with digits or other characters in the password."));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return makeError(Error::Kind::Invalid, tr("The password must not contain the user name."));
    return {};
}

Result<QString> Password::hash(const QString &password)
{
    if (!sodiumReady())
        return makeError(Error::Kind::Io, tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(Error::Kind::Io, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool Password::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace xianjie
