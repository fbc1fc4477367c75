#pragma once

#include "Result.h"
#include "sync/BundleFile.h"
#include "sync/OpApplier.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace xianjie {

/**
 * What a bundle's sealed payload holds, both directions: a CBOR map whose "ops" are the changes and whose other
 * parts (attachments, audit entries, acknowledgements, alerts) depend on the direction. This class turns ops into
 * CBOR and back and opens a payload; it knows nothing of casebooks or their tables.
 */
class BundleCodec
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::BundleCodec)

public:
    /** 1: the first bundles (ops only); 2: content with bases, scans, audit entries, and downstream bundles;
     *  3: the audit entries travel compressed on their own ("audit_z"), as the county keeps them. */
    static constexpr int kFormatVersion = 3;
    static constexpr int kOldestReadable = 2;

    /** A bundle's content: its ops, and every other part as CBOR. */
    struct Content
    {
        QList<Op> ops;
        QCborMap rest;
    };

    static QCborMap encodeOp(const Op &op);
    /** An op encoded by encodeOp and carried as a CBOR value; nullopt when it is not one. */
    static std::optional<Op> decodeOp(const QCborMap &encoded);
    /** Reads the content straight from the CBOR stream into ops (building a CBOR tree first cost as much as merging).
     */
    static Result<Content> read(const QByteArray &bytes);
    /** Checks the payload against the manifest, decrypts it and reads it. */
    static Result<Content> decryptAndRead(const bundlefile::Parts &parts, const QByteArray &boxPublicKey,
                                          const QByteArray &boxSecretKey);
    /** The manifest's "counts": ops per table. */
    static QJsonObject countsJson(const QHash<QString, int> &counts);
};

} // namespace xianjie
