#pragma once

#include "Result.h"
#include "sync/OpApplier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace xianjie {

class Casebook;

/**
 * A sync bundle, one file for a USB stick or the network:
 *
 *     "XJBUNDLE1\n" · u32 manifest length · manifest (JSON, plain) · Ed25519 signature (64 bytes) · payload
 *
 * The manifest says what the bundle is (format and schema versions, station, bundle id, change-log sequence range,
 * hash of the station's previous bundle, counts per table, size and SHA-256 of the encrypted payload and of the
 * compressed ops inside it). The station signs manifest and payload hash together; the payload is the ops as CBOR,
 * zlib-compressed, sealed to the county's X25519 key (libsodium sealed box), so whoever carries the stick can read
 * the manifest but not the households, and cannot change either unnoticed.
 */
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Bundle)

public:
    static constexpr int kMaxOpsPerBundle = 20000;

    /**
     * Station: writes the ops not yet in a bundle to bundles in @p folder (split above kMaxOpsPerBundle). Each file is
     * written to a temporary name, flushed, renamed and read back and verified before its ops are marked as sent.
     * Returns the paths written; none when there is nothing to send. Needs the station to be enrolled.
     */
    static Result<QStringList> exportPending(Casebook &station, const QString &folder);

    /** Anyone: the manifest of a bundle file, without decrypting anything. */
    static Result<QJsonObject> inspect(const QByteArray &file);

    /** What happened to a bundle at import. */
    enum class Outcome
    {
        Applied,
        AlreadyHad,
        Held,
        Refused
    };
    struct Imported
    {
        Outcome outcome = Outcome::Refused;
        QString bundleId;
        QString station;
        int ops = 0;
        QString reason; ///< for held and refused bundles, in words
    };
    /**
     * County: verifies everything before touching live tables (format, enrolment and revocation, signature,
     * hashes, decryption), then applies the ops in one transaction and records the receipt. A bundle seen before is
     * acknowledged again and changes nothing; the same id with other content is refused; a bundle after a gap is
     * held and the missing range named.
     */
    static Imported import(Casebook &county, const QByteArray &file);
};

} // namespace xianjie
