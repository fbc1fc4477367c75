#include "BundleCodec.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>

namespace xianjie {

namespace {
bool readText(QCborStreamReader &r, QString &out)
{
    if (!r.isString())
        return false;
    out.clear();
    auto chunk = r.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = r.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

// A whole CBOR value from the stream; false when the stream is damaged there. Such a value is never used: Qt 6.4
// crashes converting or storing a value read from a damaged stream (both found by fuzzing).
bool readCbor(QCborStreamReader &r, QCborValue &out)
{
    QCborValue value = QCborValue::fromCbor(r);
    if (r.lastError() != QCborError::NoError)
        return false;
    out = std::move(value);
    return true;
}

// One value of a field, as QCborValue::toVariant() gives it.
QVariant readValue(QCborStreamReader &r)
{
    QVariant v;
    if (r.isString()) {
        QString text;
        if (readText(r, text))
            v = text;
        return v;
    }
    if (r.isInteger())
        v = qlonglong(r.toInteger());
    else if (r.isDouble())
        v = r.toDouble();
    else if (r.isBool())
        v = r.toBool();
    else if (r.isNull())
        v = QVariant::fromValue(nullptr);
    else if (!r.isUndefined()) {
        QCborValue value;
        return readCbor(r, value) ? value.toVariant() : QVariant();
    }
    r.next();
    return v;
}

// Reads a CBOR map with text keys; @p readEntry reads the value of each key and says whether it could.
template <typename ReadEntry> bool readMap(QCborStreamReader &r, ReadEntry readEntry)
{
    if (!r.isMap() || !r.enterContainer())
        return false;
    QString key;
    while (r.lastError() == QCborError::NoError && r.hasNext())
        if (!readText(r, key) || !readEntry(key))
            return false;
    return r.lastError() == QCborError::NoError && r.leaveContainer();
}

bool readFields(QCborStreamReader &r, QVariantMap &out)
{
    return readMap(r, [&](const QString &key) {
        out.insert(key, readValue(r));
        return true;
    });
}

bool readOp(QCborStreamReader &r, Op &op)
{
    return readMap(r, [&](const QString &key) {
        if (key == QLatin1String("t"))
            return readText(r, op.table);
        if (key == QLatin1String("r"))
            return readText(r, op.recordId);
        if (key == QLatin1String("o"))
            return readText(r, op.op);
        if (key == QLatin1String("h"))
            return readText(r, op.hlc);
        if (key == QLatin1String("bh"))
            return readText(r, op.baseHlc);
        if (key == QLatin1String("f"))
            return readFields(r, op.fields);
        if (key == QLatin1String("bv"))
            return readFields(r, op.baseValues);
        if (key == QLatin1String("v"))
            op.version = int(readValue(r).toLongLong());
        else if (QCborValue skipped; !readCbor(r, skipped)) // a part a later version adds
            return false;
        return r.lastError() == QCborError::NoError;
    });
}
} // namespace

QCborMap BundleCodec::encodeOp(const Op &op)
{
    QCborMap m;
    m.insert(QStringLiteral("t"), op.table);
    m.insert(QStringLiteral("r"), op.recordId);
    m.insert(QStringLiteral("o"), op.op);
    m.insert(QStringLiteral("v"), op.version);
    m.insert(QStringLiteral("h"), op.hlc);
    m.insert(QStringLiteral("f"), QCborValue::fromVariant(op.fields));
    if (!op.baseHlc.isEmpty()) {
        m.insert(QStringLiteral("bh"), op.baseHlc);
        m.insert(QStringLiteral("bv"), QCborValue::fromVariant(op.baseValues));
    }
    return m;
}

std::optional<Op> BundleCodec::decodeOp(const QCborMap &encoded)
{
    const QByteArray bytes = QCborValue(encoded).toCbor();
    QCborStreamReader r(bytes);
    Op op;
    if (!readOp(r, op) || r.lastError() != QCborError::NoError)
        return std::nullopt;
    return op;
}

Result<BundleCodec::Content> BundleCodec::read(const QByteArray &bytes)
{
    QCborStreamReader r(bytes);
    Content content;
    const bool ok = readMap(r, [&](const QString &key) {
        if (key != QLatin1String("ops") || !r.isArray()) {
            QCborValue value;
            if (!readCbor(r, value))
                return false;
            content.rest.insert(key, value);
            return true;
        }
        // The length a damaged or hostile stream declares is not trusted beyond what a bundle can hold.
        if (r.isLengthKnown())
            content.ops.reserve(qsizetype(qMin<quint64>(r.length(), 20000)));
        if (!r.enterContainer())
            return false;
        while (r.lastError() == QCborError::NoError && r.hasNext()) {
            Op op;
            if (!readOp(r, op))
                return false;
            content.ops << std::move(op);
        }
        return r.lastError() == QCborError::NoError && r.leaveContainer();
    });
    if (!ok)
        return makeError(Error::Kind::Invalid,
                         tr("The bundle is incomplete or damaged (its contents cannot be read)."));
    return content;
}

Result<BundleCodec::Content> BundleCodec::decryptAndRead(const bundlefile::Parts &parts, const QByteArray &boxPublicKey,
                                                         const QByteArray &boxSecretKey)
{
    auto plain = bundlefile::open(parts, boxPublicKey, boxSecretKey);
    if (!plain)
        return plain.error();
    return read(*plain);
}

QJsonObject BundleCodec::countsJson(const QHash<QString, int> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace xianjie
