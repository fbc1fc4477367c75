#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace xianjie {

/**
 * Online sync signs every request with the station's Ed25519 key, so no password or token travels: the signature
 * covers the method, the path with its query, the station's code, the time, a nonce used once and the SHA-256 of
 * the body. The county server checks it against the key it enrolled, refuses a time more than kMaxSkewSeconds off
 * its own clock and a nonce it has seen (kept for twice that long).
 */
struct RequestSignature
{
    static constexpr qint64 kMaxSkewSeconds = 600;
    static constexpr const char *kStation = "X-Xianjie-Station";
    static constexpr const char *kTime = "X-Xianjie-Time";
    static constexpr const char *kNonce = "X-Xianjie-Nonce";
    static constexpr const char *kContentSha256 = "X-Xianjie-Content-SHA256";
    static constexpr const char *kSignature = "X-Xianjie-Signature";

    QString station;       ///< the station's 12-digit code
    QString time;          ///< seconds since 1970 (UTC), decimal
    QString nonce;         ///< 32 hex digits, random
    QString contentSha256; ///< hex SHA-256 of the body (of the empty string for none)
    QString signature;     ///< base64 Ed25519 over canonical()

    /** The bytes signed: "xianjie-request-1" and each part on its own line. */
    static QByteArray canonical(const QByteArray &method, const QByteArray &target, const RequestSignature &s);
    /** Signs a request made now by the station @p stationCode with its secret key (64 bytes). */
    static RequestSignature sign(const QByteArray &signSecretKey, const QString &stationCode, const QByteArray &method,
                                 const QByteArray &target, const QByteArray &body, const QDateTime &now);
    /** Whether the signature holds for the public key (32 bytes) and the body's digest matches. */
    bool verify(const QByteArray &signPublicKey, const QByteArray &method, const QByteArray &target,
                const QByteArray &body) const;
    /** Seconds between the request's time and @p now (positive: the station's clock is ahead). */
    qint64 skewSeconds(const QDateTime &now) const;
};

} // namespace xianjie
