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

QList<Password::Rule> Password::rules(const QString &password, const QString &username)
{
    bool letter = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    return {
        {tr("A password needs at least 8 characters."), password.size() >= 8},
        {tr("Mix letters with digits or other characters in the password."),
         int(letter) + int(digit) + int(other) >= 2},
        {tr("The password must not contain the user name."),
         username.isEmpty() || !password.contains(username, Qt::CaseInsensitive)},
    };
}

Result<void> Password::checkStrength(const QString &password, const QString &username)
{
    // Every rule not met, at once: nobody should find them out one refusal at a time.
    QStringList unmet;
    for (const Rule &rule : rules(password, username))
        if (!rule.met)
            unmet << rule.text;
    if (unmet.isEmpty())
        return {};
    return makeError(Error::Kind::Invalid, unmet.join(QLatin1Char(' ')));
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
