#pragma once

#include "Result.h"

#include <QJsonObject>

namespace xianjie::bundlefile {

/**
 * The bundle file, both directions:
 *     "XJBUNDLE1\n" · u32 manifest length (LE) · manifest (JSON) · Ed25519 signature of the manifest · payload
 * The payload is the compressed CBOR content sealed to the recipient's X25519 key; the manifest names the
 * payload's and the compressed content's size and SHA-256, so the signature covers everything.
 */
struct Parts
{
    QByteArray manifestBytes;
    QJsonObject manifest;
    QByteArray signature;
    QByteArray payload;
};

QString sha256(const QByteArray &bytes);
QByteArray unb64(const QString &text);

/** Splits a file into its parts; refuses what is not a bundle or is cut short. */
Result<Parts> split(const QByteArray &file);
/** Compresses @p content, seals it to @p boxPublicKey, adds the parts to @p manifest, signs, returns the file. */
Result<QByteArray> build(QJsonObject manifest, const QByteArray &content, const QByteArray &signSecretKey,
                         const QByteArray &boxPublicKey);
bool signedBy(const Parts &parts, const QByteArray &signPublicKey);
/** Checks the payload against the manifest, decrypts it and returns the uncompressed content. */
Result<QByteArray> open(const Parts &parts, const QByteArray &boxPublicKey, const QByteArray &boxSecretKey);
/** Temporary name, flushed to the disk, renamed, read back and compared. */
Result<void> writeSafely(const QString &path, const QByteArray &bytes);

} // namespace xianjie::bundlefile
