#include "Enrollment.h"

#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace xianjie {

namespace {
const char kRequestFormat[] = "xianjie-enrol-request";
const char kGrantFormat[] = "xianjie-enrol-grant";

QString b64(const unsigned char *bytes, size_t n)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(n)).toBase64());
}

QByteArray unb64(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

/** A signed envelope: {"body": base64 of the JSON body, "signature": base64 of Ed25519(body bytes)}. */
Result<QByteArray> seal(const QJsonObject &body, const QByteArray &secretKey)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    unsigned char sig[crypto_sign_BYTES];
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES ||
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(bytes.constData()),
                             quint64(bytes.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData())) != 0)
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::Enrollment", "The casebook's signing key is damaged."));
    const QJsonObject envelope{{QStringLiteral("body"), QString::fromLatin1(bytes.toBase64())},
                               {QStringLiteral("signature"), b64(sig, sizeof sig)}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

/** Opens an envelope; the body is returned only when the signature holds for @p publicKey (or the key in the body). */
Result<QJsonObject> open(const QByteArray &file, const char *format, const QString &keyField, QString publicKey = {})
{
    auto invalid = [format] {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::Enrollment",
                                                     "This is not a valid %1 file, or it was changed after it was "
                                                     "signed. Ask for a new one.")
                             .arg(QString::fromLatin1(format)));
    };
    QJsonParseError error{};
    const QJsonObject envelope = QJsonDocument::fromJson(file, &error).object();
    if (error.error != QJsonParseError::NoError)
        return invalid();
    const QByteArray body = unb64(envelope.value(QStringLiteral("body")).toString());
    const QByteArray sig = unb64(envelope.value(QStringLiteral("signature")).toString());
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(format) ||
        object.value(QStringLiteral("version")).toInt() != 1)
        return invalid();
    if (publicKey.isEmpty())
        publicKey = object.value(keyField).toString();
    const QByteArray key = unb64(publicKey);
    if (sig.size() != crypto_sign_BYTES || key.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                    reinterpret_cast<const unsigned char *>(body.constData()), quint64(body.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return invalid();
    return object;
}
} // namespace

Result<void> Enrollment::ensureKeys(Casebook &casebook)
{
    if (!casebook.setting(QStringLiteral("sign_secret_key")).isEmpty())
        return {};
    if (sodium_init() < 0)
        return makeError(Error::Kind::Io, tr("The encryption library could not start."));
    unsigned char signPk[crypto_sign_PUBLICKEYBYTES], signSk[crypto_sign_SECRETKEYBYTES];
    unsigned char boxPk[crypto_box_PUBLICKEYBYTES], boxSk[crypto_box_SECRETKEYBYTES];
    crypto_sign_keypair(signPk, signSk);
    crypto_box_keypair(boxPk, boxSk);
    Transaction tx(casebook);
    for (const auto &[key, value] :
         {std::pair{"sign_public_key", b64(signPk, sizeof signPk)},
          std::pair{"sign_secret_key", b64(signSk, sizeof signSk)},
          std::pair{"box_public_key", b64(boxPk, sizeof boxPk)}, std::pair{"box_secret_key", b64(boxSk, sizeof boxSk)}})
        if (auto r = casebook.storeSystemSetting(QLatin1String(key), value); !r)
            return r;
    sodium_memzero(signSk, sizeof signSk);
    sodium_memzero(boxSk, sizeof boxSk);
    return tx.commit();
}

QString Enrollment::fingerprint(const QString &publicKey)
{
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(publicKey.toLatin1(), QCryptographicHash::Sha256).toHex().left(12).toUpper());
    return hex.left(4) + QLatin1Char('-') + hex.mid(4, 4) + QLatin1Char('-') + hex.mid(8, 4);
}

QString Enrollment::signPublicKey(const Casebook &casebook)
{
    return casebook.setting(QStringLiteral("sign_public_key"));
}

Result<QByteArray> Enrollment::request(Casebook &station)
{
    if (auto r = station.require(Action::Enrol); !r)
        return r.error();
    if (station.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Only a station casebook asks to be enrolled."));
    if (auto r = ensureKeys(station); !r)
        return r.error();
    const QJsonObject body{{QStringLiteral("format"), QLatin1String(kRequestFormat)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("station_id"), station.stationId()},
                           {QStringLiteral("code"), station.identity().code},
                           {QStringLiteral("name"), station.identity().name},
                           {QStringLiteral("sign_public_key"), station.setting(QStringLiteral("sign_public_key"))},
                           {QStringLiteral("box_public_key"), station.setting(QStringLiteral("box_public_key"))},
                           {QStringLiteral("created_at"), station.clock().now().toString(Qt::ISODate)}};
    return seal(body, unb64(station.setting(QStringLiteral("sign_secret_key"))));
}

Result<QByteArray> Enrollment::approve(Casebook &county, const QByteArray &requestFile)
{
    if (auto r = county.require(Action::Enrol); !r)
        return r.error();
    if (county.identity().role != Casebook::Role::County)
        return makeError(Error::Kind::Invalid, tr("Stations are enrolled by a county casebook."));
    auto request = open(requestFile, kRequestFormat, QStringLiteral("sign_public_key"));
    if (!request)
        return request.error();
    const QString stationId = request->value(QStringLiteral("station_id")).toString();
    const QString code = request->value(QStringLiteral("code")).toString();
    const QString name = request->value(QStringLiteral("name")).toString();
    const QString signPk = request->value(QStringLiteral("sign_public_key")).toString();
    const QString boxPk = request->value(QStringLiteral("box_public_key")).toString();
    if (code.size() != 12 || !code.startsWith(county.identity().code))
        return makeError(Error::Kind::Invalid,
                         tr("Station %1 (%2) is not in this county (%3).").arg(name, code, county.identity().code));
    if (unb64(boxPk).size() != crypto_box_PUBLICKEYBYTES || stationId.size() != 36)
        return makeError(Error::Kind::Invalid, tr("The request is incomplete. Ask the station for a new one."));
    auto existing = Database::exec(county.db(),
                                   QStringLiteral("SELECT station_id, sign_public_key FROM station WHERE code = ? AND "
                                                  "revoked_on IS NULL"),
                                   {code});
    if (!existing)
        return existing.error();
    const QString today = county.clock().today().toString(Qt::ISODate);
    if (auto r = ensureKeys(county); !r)
        return r.error();
    Transaction tx(county);
    if (existing->next()) {
        if (existing->value(0).toString() != stationId || existing->value(1).toString() != signPk)
            return makeError(Error::Kind::Duplicate,
                             tr("Station %1 is already enrolled with other keys. Revoke the old key first if the "
                                "station really set up a new casebook.")
                                 .arg(code));
        // The same request again: grant again, register nothing new.
    } else if (auto r = Database::run(county.db(),
                                      QStringLiteral("INSERT INTO station (station_id, code, name, sign_public_key, "
                                                     "box_public_key, enrolled_on) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {stationId, code, name, signPk, boxPk, today});
               !r) {
        return makeError(Error::Kind::Invalid, tr("The station could not be registered: %1").arg(r.message()));
    }
    // The grant carries the reference data the station starts with: villages of its township, the directory.
    QJsonArray villages;
    if (auto list = HouseholdRepository(county).villages())
        for (const Village &v : *list)
            if (v.code.startsWith(code.left(9)))
                villages.append(QJsonObject{
                    {QStringLiteral("id"), v.id}, {QStringLiteral("code"), v.code}, {QStringLiteral("name"), v.name}});
    QJsonArray orgs;
    if (auto list = CharityDirectory(county).orgs())
        for (const CharityOrg &o : *list)
            orgs.append(QJsonObject{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("credit_code"), o.creditCode},
                                    {QStringLiteral("registration_authority"), o.registrationAuthority},
                                    {QStringLiteral("contact_person"), o.contactPerson},
                                    {QStringLiteral("contact_phone"), o.contactPhone},
                                    {QStringLiteral("service_area"), o.serviceArea.join(QLatin1Char(' '))},
                                    {QStringLiteral("service_types"), o.serviceTypes.join(QLatin1Char(' '))},
                                    {QStringLiteral("target_groups"), o.targetGroups.join(QLatin1Char(' '))},
                                    {QStringLiteral("public_fundraising"), o.publicFundraising},
                                    {QStringLiteral("status"), o.status}});
    const QJsonObject body{
        {QStringLiteral("format"), QLatin1String(kGrantFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("station_id"), stationId},
        {QStringLiteral("station_code"), code},
        {QStringLiteral("county_code"), county.identity().code},
        {QStringLiteral("county_name"), county.identity().name},
        {QStringLiteral("county_sign_public_key"), county.setting(QStringLiteral("sign_public_key"))},
        {QStringLiteral("county_box_public_key"), county.setting(QStringLiteral("box_public_key"))},
        {QStringLiteral("enrolled_on"), today},
        {QStringLiteral("server_url"), county.setting(QStringLiteral("server_url"))},
        {QStringLiteral("villages"), villages},
        {QStringLiteral("organisations"), orgs}};
    auto grant = seal(body, unb64(county.setting(QStringLiteral("sign_secret_key"))));
    if (!grant)
        return grant.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *grant;
}

Result<Enrollment::Accepted> Enrollment::accept(Casebook &station, const QByteArray &grantFile)
{
    if (auto r = station.require(Action::Enrol); !r)
        return r.error();
    if (station.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Only a station casebook accepts an enrolment."));
    // A county once accepted is the only one whose grants count; the first is checked by its fingerprint.
    const QString known = station.setting(QStringLiteral("county_sign_public_key"));
    auto grant = open(grantFile, kGrantFormat, QStringLiteral("county_sign_public_key"), known);
    if (!grant)
        return grant.error();
    if (grant->value(QStringLiteral("station_id")).toString() != station.stationId())
        return makeError(Error::Kind::Invalid, tr("This grant was made for another station's casebook."));
    const QString countyCode = grant->value(QStringLiteral("county_code")).toString();
    if (!station.identity().code.startsWith(countyCode))
        return makeError(Error::Kind::Invalid,
                         tr("The grant comes from a county (%1) this station is not in.").arg(countyCode));
    Accepted accepted;
    accepted.countyName = grant->value(QStringLiteral("county_name")).toString();
    accepted.countyFingerprint = fingerprint(grant->value(QStringLiteral("county_sign_public_key")).toString());
    Transaction tx(station);
    for (const char *key :
         {"county_sign_public_key", "county_box_public_key", "county_code", "county_name", "enrolled_on"})
        if (auto r = station.storeSystemSetting(QLatin1String(key), grant->value(QLatin1String(key)).toString()); !r)
            return r.error();
    // The county server's address, when the county has one: the station then syncs online by itself.
    if (const QString url = grant->value(QStringLiteral("server_url")).toString(); !url.isEmpty())
        if (auto r = station.storeSystemSetting(QStringLiteral("server_url"), url); !r)
            return r.error();
    HouseholdRepository households(station);
    auto existing = households.villages();
    if (!existing)
        return existing.error();
    for (const QJsonValue &v : grant->value(QStringLiteral("villages")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        bool have = false;
        for (const Village &e : *existing)
            have = have || e.code == code;
        if (have)
            continue;
        if (auto r = households.addVillage(code, v.toObject().value(QStringLiteral("name")).toString(),
                                           v.toObject().value(QStringLiteral("id")).toString());
            !r)
            return r.error();
        ++accepted.villages;
    }
    CharityDirectory directory(station);
    auto orgs = directory.orgs();
    if (!orgs)
        return orgs.error();
    for (const QJsonValue &v : grant->value(QStringLiteral("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        CharityOrg org;
        org.id = o.value(QStringLiteral("id")).toString(); // the county's id, so the same record on both sides
        org.creditCode = o.value(QStringLiteral("credit_code")).toString();
        for (const CharityOrg &e : *orgs)
            if (e.creditCode == org.creditCode)
                org.id = e.id;
        org.name = o.value(QStringLiteral("name")).toString();
        org.registrationAuthority = o.value(QStringLiteral("registration_authority")).toString();
        org.contactPerson = o.value(QStringLiteral("contact_person")).toString();
        org.contactPhone = o.value(QStringLiteral("contact_phone")).toString();
        org.serviceArea =
            o.value(QStringLiteral("service_area")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        org.serviceTypes =
            o.value(QStringLiteral("service_types")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        org.targetGroups =
            o.value(QStringLiteral("target_groups")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        org.publicFundraising = o.value(QStringLiteral("public_fundraising")).toBool();
        org.status = o.value(QStringLiteral("status")).toString();
        if (auto r = directory.saveOrg(org); !r)
            return r.error();
        ++accepted.organisations;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return accepted;
}

Result<void> Enrollment::revoke(Casebook &county, const QString &stationCode, const QString &reason)
{
    if (auto r = county.require(Action::Enrol); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say why the station's key is revoked."));
    auto n = Database::scalar(county.db(),
                              QStringLiteral("SELECT count(*) FROM station WHERE code = ? AND revoked_on IS NULL"),
                              {stationCode});
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return makeError(Error::Kind::NotFound, tr("No enrolled station has the code %1.").arg(stationCode));
    Transaction tx(county);
    if (auto r =
            Database::run(county.db(),
                          QStringLiteral("UPDATE station SET revoked_on = ?, revoked_reason = ? WHERE code = ? AND "
                                         "revoked_on IS NULL"),
                          {county.clock().today().toString(Qt::ISODate), reason.trimmed(), stationCode});
        !r)
        return r;
    return tx.commit();
}

Result<QList<EnrolledStation>> Enrollment::stations(const Casebook &county)
{
    auto q =
        Database::exec(county.db(), QStringLiteral("SELECT station_id, code, name, sign_public_key, box_public_key, "
                                                   "enrolled_on, revoked_on, revoked_reason FROM station ORDER BY "
                                                   "code, enrolled_on"));
    if (!q)
        return q.error();
    QList<EnrolledStation> out;
    while (q->next())
        out << EnrolledStation{q->value(0).toString(),
                               q->value(1).toString(),
                               q->value(2).toString(),
                               q->value(3).toString(),
                               q->value(4).toString(),
                               QDate::fromString(q->value(5).toString(), Qt::ISODate),
                               QDate::fromString(q->value(6).toString(), Qt::ISODate),
                               q->value(7).toString()};
    return out;
}

} // namespace xianjie
