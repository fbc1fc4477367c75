#include "Bundle.h"

#include "Uuid.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>
#include <sodium.h>
#include <unistd.h>

namespace xianjie {

namespace {
const QByteArray kMagic = QByteArrayLiteral("XJBUNDLE1\n");
const char kFormat[] = "xianjie-bundle";

QByteArray unb64(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Parts
{
    QByteArray manifestBytes;
    QJsonObject manifest;
    QByteArray signature;
    QByteArray payload;
};

Result<Parts> split(const QByteArray &file)
{
    auto bad = [] {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::Bundle", "This is not a Xianjie bundle, or it is "
                                                                        "cut short."));
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
        p.manifest.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad();
    p.signature = file.mid(head + length, crypto_sign_BYTES);
    p.payload = file.mid(head + length + crypto_sign_BYTES);
    return p;
}

Result<QByteArray> buildFile(Casebook &station, const QList<Op> &ops, qint64 seqFrom, qint64 seqTo,
                             const QString &bundleId)
{
    QCborArray array;
    QHash<QString, int> counts;
    for (const Op &op : ops) {
        QCborMap m;
        m.insert(QStringLiteral("t"), op.table);
        m.insert(QStringLiteral("r"), op.recordId);
        m.insert(QStringLiteral("o"), op.op);
        m.insert(QStringLiteral("v"), op.version);
        m.insert(QStringLiteral("h"), op.hlc);
        m.insert(QStringLiteral("f"), QCborValue::fromVariant(op.fields));
        array.append(m);
        counts[op.table] += 1;
    }
    const QByteArray plain = qCompress(QCborValue(array).toCbor(), 6);
    const QByteArray countyKey = unb64(station.setting(QStringLiteral("county_box_public_key")));
    if (countyKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::Bundle", "Enrol the station with its county first."));
    QByteArray payload(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(payload.data()),
                        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                        reinterpret_cast<const unsigned char *>(countyKey.constData())) != 0)
        return makeError(Error::Kind::Io, QCoreApplication::translate("xianjie::Bundle", "The bundle could not be "
                                                                                         "encrypted."));
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("schema_version"), Schema::currentVersion()},
        {QStringLiteral("station_id"), station.stationId()},
        {QStringLiteral("station_code"), station.identity().code},
        {QStringLiteral("station_name"), station.identity().name},
        {QStringLiteral("bundle_id"), bundleId},
        {QStringLiteral("seq_from"), seqFrom},
        {QStringLiteral("seq_to"), seqTo},
        {QStringLiteral("prev_bundle_hash"), station.setting(QStringLiteral("last_bundle_hash"))},
        {QStringLiteral("downstream_seq_applied"),
         station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong()},
        {QStringLiteral("ops"), int(ops.size())},
        {QStringLiteral("counts"), countsJson},
        {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ops.cbor.z")},
                                                         {QStringLiteral("bytes"), plain.size()},
                                                         {QStringLiteral("sha256"), sha256(plain)}},
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("payload")},
                                                         {QStringLiteral("bytes"), payload.size()},
                                                         {QStringLiteral("sha256"), sha256(payload)}}}},
        {QStringLiteral("created_at"), station.clock().now().toString(Qt::ISODateWithMs)}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QByteArray secret = unb64(station.setting(QStringLiteral("sign_secret_key")));
    unsigned char sig[crypto_sign_BYTES];
    if (secret.size() != crypto_sign_SECRETKEYBYTES ||
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(manifestBytes.constData()),
                             quint64(manifestBytes.size()),
                             reinterpret_cast<const unsigned char *>(secret.constData())) != 0)
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::Bundle", "The station's signing key is damaged."));
    QByteArray file = kMagic;
    QByteArray length(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(manifestBytes.size()), length.data());
    file += length + manifestBytes + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES) + payload;
    return file;
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
} // namespace

Result<QJsonObject> Bundle::inspect(const QByteArray &file)
{
    auto parts = split(file);
    if (!parts)
        return parts.error();
    return parts->manifest;
}

Result<QStringList> Bundle::exportPending(Casebook &station, const QString &folder)
{
    if (auto r = station.require(Action::EditHouseholds); !r)
        return r.error();
    if (station.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Bundles for the county are written by a station casebook."));
    if (!QDir().mkpath(folder))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The encryption library could not start."));
    QStringList written;
    for (;;) {
        auto pending = OpApplier::outbox(station, 0, true, kMaxOpsPerBundle);
        if (!pending)
            return pending.error();
        const QList<Op> &ops = *pending;
        const qint64 from = ops.isEmpty() ? -1 : ops.first().seq;
        const qint64 to = ops.isEmpty() ? -1 : ops.last().seq;
        if (ops.isEmpty())
            return written;
        const QString bundleId = Uuid::v7(station.clock().now());
        auto file = buildFile(station, ops, from, to, bundleId);
        if (!file)
            return file.error();
        // Temporary name, flushed to the disk, renamed; then read back and checked before anything is marked.
        const QString name = QStringLiteral("xianjie-%1-%2-%3.bundle")
                                 .arg(station.identity().code)
                                 .arg(to, 10, 10, QLatin1Char('0'))
                                 .arg(bundleId.right(8));
        const QString path = QDir(folder).filePath(name);
        const QString temp = path + QStringLiteral(".part");
        {
            QFile out(temp);
            if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.flush() ||
                ::fsync(out.handle()) != 0)
                return makeError(Error::Kind::Io, tr("The bundle could not be written to %1: %2")
                                                      .arg(QDir::toNativeSeparators(folder), out.errorString()));
        }
        QFile::remove(path);
        if (!QFile::rename(temp, path))
            return makeError(Error::Kind::Io,
                             tr("The bundle could not be written to %1.").arg(QDir::toNativeSeparators(folder)));
        QFile back(path);
        if (!back.open(QIODevice::ReadOnly) || back.readAll() != *file) {
            QFile::remove(path);
            return makeError(Error::Kind::Io, tr("The bundle read back from %1 differs from what was written; the "
                                                 "drive may be failing. Nothing was marked as sent.")
                                                  .arg(QDir::toNativeSeparators(folder)));
        }
        Transaction tx(station);
        const QString fileHash = sha256(*file);
        if (auto r = Database::run(station.db(),
                                   QStringLiteral("UPDATE change_log SET bundle_id = ? WHERE seq BETWEEN ? AND ? AND "
                                                  "bundle_id IS NULL"),
                                   {bundleId, from, to});
            !r)
            return r.error();
        if (auto r = Database::run(station.db(),
                                   QStringLiteral("INSERT INTO bundle_sent (bundle_id, seq_from, seq_to, file_hash, "
                                                  "written_at) VALUES (?, ?, ?, ?, ?)"),
                                   {bundleId, from, to, fileHash, station.clock().now().toString(Qt::ISODate)});
            !r)
            return r.error();
        if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), fileHash); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        written << path;
    }
}

Bundle::Imported Bundle::import(Casebook &county, const QByteArray &file)
{
    Imported result;
    auto refuse = [&](const QString &why) {
        result.outcome = Outcome::Refused;
        result.reason = why;
        return result;
    };
    if (auto r = county.require(Action::EditHouseholds); !r)
        return refuse(r.message());
    if (county.identity().role != Casebook::Role::County)
        return refuse(tr("Station bundles are imported into the county casebook."));
    if (sodium_init() < 0)
        return refuse(tr("The encryption library could not start."));
    auto parts = split(file);
    if (!parts)
        return refuse(parts.message());
    const QJsonObject &m = parts->manifest;
    result.bundleId = m.value(QStringLiteral("bundle_id")).toString();
    result.station = m.value(QStringLiteral("station_code")).toString();
    if (m.value(QStringLiteral("version")).toInt() != 1 ||
        m.value(QStringLiteral("schema_version")).toInt() > Schema::currentVersion())
        return refuse(tr("The bundle comes from a newer version of Xianjie; update the county's program first."));
    // Who sent it: an enrolled station whose key is not revoked, and the signature is theirs.
    auto station = Database::exec(
        county.db(), QStringLiteral("SELECT sign_public_key, revoked_on FROM station WHERE station_id = ?"),
        {m.value(QStringLiteral("station_id")).toString()});
    if (!station)
        return refuse(station.message());
    if (!station->next())
        return refuse(tr("The bundle comes from a station this county has not enrolled (%1).").arg(result.station));
    if (!station->value(1).isNull() && !station->value(1).toString().isEmpty())
        return refuse(tr("The key of station %1 was revoked on %2; its bundles are not accepted.")
                          .arg(result.station, station->value(1).toString()));
    const QByteArray key = unb64(station->value(0).toString());
    if (parts->signature.size() != crypto_sign_BYTES || key.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(parts->signature.constData()),
                                    reinterpret_cast<const unsigned char *>(parts->manifestBytes.constData()),
                                    quint64(parts->manifestBytes.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return refuse(tr("The bundle's signature does not match station %1's key: it was changed on the way or "
                         "was not written by that station.")
                          .arg(result.station));
    qint64 payloadBytes = -1;
    if (partHash(m, QStringLiteral("payload"), &payloadBytes) != sha256(parts->payload) ||
        payloadBytes != parts->payload.size())
        return refuse(tr("The bundle is incomplete or damaged (its contents do not match its manifest)."));

    const QString fileHash = sha256(file);
    const qint64 from = m.value(QStringLiteral("seq_from")).toInteger();
    const qint64 to = m.value(QStringLiteral("seq_to")).toInteger();
    auto seen =
        Database::exec(county.db(), QStringLiteral("SELECT file_hash, ops FROM bundle_receipt WHERE bundle_id = ?"),
                       {result.bundleId});
    if (!seen)
        return refuse(seen.message());
    if (seen->next()) {
        if (seen->value(0).toString() != fileHash)
            return refuse(tr("A different bundle with the same id was already applied; this one is refused."));
        result.outcome = Outcome::AlreadyHad;
        result.ops = seen->value(1).toInt();
        return result;
    }
    auto last = Database::exec(county.db(),
                               QStringLiteral("SELECT seq_to, file_hash FROM bundle_receipt WHERE station_id = ? ORDER "
                                              "BY seq_to DESC LIMIT 1"),
                               {m.value(QStringLiteral("station_id")).toString()});
    if (!last)
        return refuse(last.message());
    const bool any = last->next();
    const qint64 lastTo = any ? last->value(0).toLongLong() : 0;
    if (from > lastTo + 1) {
        result.outcome = Outcome::Held;
        result.reason =
            tr("Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle that holds them "
               "first.")
                .arg(lastTo + 1)
                .arg(from - 1)
                .arg(result.station);
        return result;
    }
    if (from <= lastTo)
        return refuse(tr("The bundle repeats changes the county already has (up to %1) under another id.").arg(lastTo));
    if (any && m.value(QStringLiteral("prev_bundle_hash")).toString() != last->value(1).toString())
        return refuse(tr("The bundle does not follow the station's previous bundle."));

    // Only now decrypt and read the ops.
    const QByteArray pk = unb64(county.setting(QStringLiteral("box_public_key")));
    const QByteArray sk = unb64(county.setting(QStringLiteral("box_secret_key")));
    if (pk.size() != crypto_box_PUBLICKEYBYTES || sk.size() != crypto_box_SECRETKEYBYTES ||
        parts->payload.size() < qsizetype(crypto_box_SEALBYTES))
        return refuse(tr("The bundle was not encrypted for this county."));
    QByteArray plain(parts->payload.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(parts->payload.constData()),
                             quint64(parts->payload.size()), reinterpret_cast<const unsigned char *>(pk.constData()),
                             reinterpret_cast<const unsigned char *>(sk.constData())) != 0)
        return refuse(tr("The bundle was not encrypted for this county."));
    qint64 plainBytes = -1;
    if (partHash(m, QStringLiteral("ops.cbor.z"), &plainBytes) != sha256(plain) || plainBytes != plain.size())
        return refuse(tr("The bundle is incomplete or damaged (its contents do not match its manifest)."));
    const QCborArray array = QCborValue::fromCbor(qUncompress(plain)).toArray();
    QList<Op> ops;
    for (const QCborValue &v : array) {
        const QCborMap op = v.toMap();
        ops << Op{op.value(QStringLiteral("t")).toString(),
                  op.value(QStringLiteral("r")).toString(),
                  op.value(QStringLiteral("o")).toString(),
                  int(op.value(QStringLiteral("v")).toInteger()),
                  op.value(QStringLiteral("h")).toString(),
                  m.value(QStringLiteral("station_id")).toString(),
                  op.value(QStringLiteral("f")).toMap().toVariantMap()};
    }
    if (ops.size() != m.value(QStringLiteral("ops")).toInt())
        return refuse(tr("The bundle is incomplete or damaged (its contents do not match its manifest)."));

    Transaction tx(county);
    if (!tx.isActive())
        return refuse(tx.error().message);
    auto applied = OpApplier::apply(county, ops);
    if (!applied)
        return refuse(applied.message());
    // The county searches across stations: index the households whose records arrived.
    QSet<QString> households;
    for (const Op &op : std::as_const(ops)) {
        if (op.table == QLatin1String("household"))
            households.insert(op.recordId);
        else if (op.table == QLatin1String("person"))
            households.insert(op.fields.value(QStringLiteral("household_id")).toString());
    }
    households.remove(QString());
    for (const QString &household : std::as_const(households))
        if (auto r = SearchIndex::refresh(county.db(), household); !r)
            return refuse(r.message());
    if (auto r = Database::run(county.db(),
                               QStringLiteral("INSERT INTO bundle_receipt (bundle_id, station_id, seq_from, seq_to, "
                                              "file_hash, ops, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {result.bundleId, m.value(QStringLiteral("station_id")).toString(), from, to, fileHash,
                                int(ops.size()), county.clock().now().toString(Qt::ISODate)});
        !r)
        return refuse(r.message());
    if (auto r = AuditLog::append(county, QStringLiteral("import"), QStringLiteral("bundle"), result.bundleId, {}, {},
                                  tr("Station %1, changes %2 to %3").arg(result.station).arg(from).arg(to));
        !r)
        return refuse(r.message());
    if (auto r = tx.commit(); !r)
        return refuse(r.message());
    result.outcome = Outcome::Applied;
    result.ops = int(ops.size());
    return result;
}

} // namespace xianjie
