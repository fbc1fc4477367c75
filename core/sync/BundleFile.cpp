#include "BundleFile.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <sodium.h>

namespace xianjie::bundlefile {

namespace {
const QByteArray kMagic = QByteArrayLiteral("XJBUNDLE1\n");

QString tr(const char *text)
{
    return QCoreApplication::translate("xianjie::Bundle", text);
}

Error damaged()
{
    return {Error::Kind::Invalid, tr("The bundle is incomplete or damaged (its contents do not match its manifest).")};
}

QString partHash(const QJsonObject &manifest, const QString &name, qint64 *bytes)
{
    for (const QJsonValue &v : manifest.value(QStringLiteral("parts")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            *bytes = v.toObject().value(QStringLiteral("bytes")).toInteger();
            return v.toObject().value(QStringLiteral("sha256")).toString();
        }
    return {};
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

QString sha256(const QByteArray &data)
{
    // libsodium's SHA-256: about twice as fast as QCryptographicHash's here, and bundles are hashed whole.
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes(data), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QByteArray unb64(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

Result<Parts> split(const QByteArray &file)
{
    auto bad = [] {
        return makeError(Error::Kind::Invalid, tr("This is not a Xianjie bundle, or it is cut short."));
    };
    const qsizetype head = kMagic.size() + 4;
    if (file.size() < head || !file.startsWith(kMagic))
        return bad();
    const quint32 length = qFromLittleEndian<quint32>(file.constData() + kMagic.size());
    if (length == 0 || qsizetype(length) > file.size() - head - crypto_sign_BYTES)
        return bad();
    Parts p;
    p.manifestBytes = file.mid(head, length);
    QJsonParseError error{};
    p.manifest = QJsonDocument::fromJson(p.manifestBytes, &error).object();
    if (error.error != QJsonParseError::NoError ||
        p.manifest.value(QStringLiteral("format")).toString() != QLatin1String("xianjie-bundle"))
        return bad();
    p.signature = file.mid(head + length, crypto_sign_BYTES);
    p.payload = file.mid(head + length + crypto_sign_BYTES);
    return p;
}

Result<QByteArray> build(QJsonObject manifest, const QByteArray &content, const QByteArray &signSecretKey,
                         const QByteArray &boxPublicKey)
{
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The encryption library could not start."));
    if (boxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(Error::Kind::Invalid, tr("Enrol the station with its county first."));
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(Error::Kind::Invalid, tr("The casebook's signing key is damaged."));
    const QByteArray plain = qCompress(content, 6);
    QByteArray payload(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(payload.data()), bytes(plain), quint64(plain.size()),
                        bytes(boxPublicKey)) != 0)
        return makeError(Error::Kind::Io, tr("The bundle could not be encrypted."));
    manifest.insert(QStringLiteral("format"), QStringLiteral("xianjie-bundle"));
    manifest.insert(QStringLiteral("parts"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("content.cbor.z")},
                                           {QStringLiteral("bytes"), plain.size()},
                                           {QStringLiteral("sha256"), sha256(plain)}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("payload")},
                                           {QStringLiteral("bytes"), payload.size()},
                                           {QStringLiteral("sha256"), sha256(payload)}}});
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    unsigned char sig[crypto_sign_BYTES];
    if (crypto_sign_detached(sig, nullptr, bytes(manifestBytes), quint64(manifestBytes.size()), bytes(signSecretKey)) !=
        0)
        return makeError(Error::Kind::Invalid, tr("The casebook's signing key is damaged."));
    QByteArray file = kMagic;
    QByteArray length(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(manifestBytes.size()), length.data());
    file += length + manifestBytes + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES) + payload;
    return file;
}

bool signedBy(const Parts &parts, const QByteArray &signPublicKey)
{
    return sodium_init() >= 0 && parts.signature.size() == crypto_sign_BYTES &&
           signPublicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytes(parts.signature), bytes(parts.manifestBytes),
                                       quint64(parts.manifestBytes.size()), bytes(signPublicKey)) == 0;
}

Result<QByteArray> open(const Parts &parts, const QByteArray &boxPublicKey, const QByteArray &boxSecretKey)
{
    qint64 payloadBytes = -1;
    if (partHash(parts.manifest, QStringLiteral("payload"), &payloadBytes) != sha256(parts.payload) ||
        payloadBytes != parts.payload.size())
        return damaged();
    if (boxPublicKey.size() != crypto_box_PUBLICKEYBYTES || boxSecretKey.size() != crypto_box_SECRETKEYBYTES ||
        parts.payload.size() < qsizetype(crypto_box_SEALBYTES))
        return makeError(Error::Kind::Invalid, tr("The bundle was not encrypted for this casebook."));
    QByteArray plain(parts.payload.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), bytes(parts.payload),
                             quint64(parts.payload.size()), bytes(boxPublicKey), bytes(boxSecretKey)) != 0)
        return makeError(Error::Kind::Invalid, tr("The bundle was not encrypted for this casebook."));
    qint64 plainBytes = -1;
    if (partHash(parts.manifest, QStringLiteral("content.cbor.z"), &plainBytes) != sha256(plain) ||
        plainBytes != plain.size())
        return damaged();
    const QByteArray content = qUncompress(plain);
    if (content.isEmpty())
        return damaged();
    return content;
}

Result<void> writeSafely(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString temp = path + QStringLiteral(".part");
    {
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !platform::syncToDisk(out)) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(temp);
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("xianjie::Bundle", "The bundle could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(folder), why));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("xianjie::Bundle", "The bundle could not be written to %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || back.readAll() != bytes) {
        back.close();
        QFile::remove(path);
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("xianjie::Bundle",
                                                     "The bundle read back from %1 differs from what was written; "
                                                     "the drive may be failing. Nothing was marked as sent.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

} // namespace xianjie::bundlefile
