#include "RequestSignature.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace xianjie {

namespace {
const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

QByteArray RequestSignature::canonical(const QByteArray &method, const QByteArray &target, const RequestSignature &s)
{
    return QByteArrayLiteral("xianjie-request-1\n") + method + '\n' + target + '\n' + s.station.toUtf8() + '\n' +
           s.time.toUtf8() + '\n' + s.nonce.toUtf8() + '\n' + s.contentSha256.toUtf8() + '\n';
}

RequestSignature RequestSignature::sign(const QByteArray &signSecretKey, const QString &stationCode,
                                        const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                        const QDateTime &now)
{
    RequestSignature s;
    s.station = stationCode;
    s.time = QString::number(now.toSecsSinceEpoch());
    QByteArray nonce(16, Qt::Uninitialized);
    if (sodium_init() >= 0)
        randombytes_buf(nonce.data(), size_t(nonce.size()));
    s.nonce = QString::fromLatin1(nonce.toHex());
    s.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return s; // unsigned: the server refuses it in words
    const QByteArray message = canonical(method, target, s);
    unsigned char sig[crypto_sign_BYTES];
    if (crypto_sign_detached(sig, nullptr, bytes(message), quint64(message.size()), bytes(signSecretKey)) == 0)
        s.signature =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES).toBase64());
    return s;
}

bool RequestSignature::verify(const QByteArray &signPublicKey, const QByteArray &method, const QByteArray &target,
                              const QByteArray &body) const
{
    if (sodium_init() < 0 || signPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    if (QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()) != contentSha256)
        return false;
    const QByteArray sig = QByteArray::fromBase64(signature.toLatin1());
    if (sig.size() != crypto_sign_BYTES)
        return false;
    const QByteArray message = canonical(method, target, *this);
    return crypto_sign_verify_detached(bytes(sig), bytes(message), quint64(message.size()), bytes(signPublicKey)) == 0;
}

qint64 RequestSignature::skewSeconds(const QDateTime &now) const
{
    bool ok = false;
    const qint64 t = time.toLongLong(&ok);
    if (!ok)
        return std::numeric_limits<qint64>::max();
    return t - now.toSecsSinceEpoch();
}

} // namespace xianjie
