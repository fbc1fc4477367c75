#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace xianjie {

class Casebook;

/** A station as the county's register holds it. */
struct EnrolledStation
{
    QString stationId;
    QString code;
    QString name;
    QString signPublicKey; ///< base64, Ed25519
    QString boxPublicKey;  ///< base64, X25519
    QDate enrolledOn;
    QDate revokedOn;
    QString revokedReason;
};

/**
 * Enrolment of a station with its county, over files a clerk can carry on a USB stick:
 *   station: request()  → a request signed with the station's new Ed25519 key, carrying its X25519 key;
 *   county:  approve()  → checks the signature and that the station lies in the county, registers the station and
 *                          returns a grant signed by the county: its public keys, the station's id, the village list
 *                          and the charity directory;
 *   station: accept()   → checks the grant (signature, addressed to this station), keeps the county's keys, takes
 *                          the villages and the directory.
 * Each casebook makes its keys once (libsodium); the secret keys stay in the casebook's local settings and never
 * leave it. Both sides show a short fingerprint of each signing key so the two clerks can compare it by phone.
 * A county can revoke a station's key; bundles signed with it are then refused.
 */
class Enrollment
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Enrollment)

public:
    /** Makes the casebook's signing and encryption keys if it has none. */
    static Result<void> ensureKeys(Casebook &casebook);
    /** Twelve hex digits of SHA-256 over a base64 public key, grouped by four, to read out on the phone. */
    static QString fingerprint(const QString &publicKey);
    static QString signPublicKey(const Casebook &casebook);

    /** Station: the request file's bytes. Needs the station head. */
    static Result<QByteArray> request(Casebook &station);
    /** County: registers the requesting station; returns the grant file's bytes. Needs county staff. */
    static Result<QByteArray> approve(Casebook &county, const QByteArray &request);
    /** Station: takes the county's grant; returns how many villages and organisations came with it. */
    struct Accepted
    {
        QString countyName;
        QString countyFingerprint;
        int villages = 0;
        int organisations = 0;
    };
    static Result<Accepted> accept(Casebook &station, const QByteArray &grant);
    /** County: revokes a station's key. */
    static Result<void> revoke(Casebook &county, const QString &stationCode, const QString &reason);
    static Result<QList<EnrolledStation>> stations(const Casebook &county);
};

} // namespace xianjie
