#pragma once

#include "Result.h"
#include "sync/BundleCodec.h"
#include "sync/BundleImportResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <future>

namespace xianjie {

class Casebook;

/**
 * Takes in bundle files, both directions, the same for the CLI, the Sync tab and the county server: verifies
 * everything before touching live tables (format, sender and revocation, signature, hashes, decryption), orders a
 * folder, hands the content to StationSync (downstream) or CountySync (upstream) inside one transaction per
 * bundle, and records the receipt. A bundle seen before is acknowledged again and changes nothing; the same id
 * with other content is refused; a bundle after a gap is held and the missing range named.
 */
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::BundleImporter)

public:
    using Outcome = BundleImportResult::Outcome;
    using Imported = BundleImportResult;
    static QString outcomeLabel(Outcome outcome) { return BundleImportResult::outcomeLabel(outcome); }
    static QString summarize(const QList<Imported> &results, int files)
    {
        return BundleImportResult::summarize(results, files);
    }

    /** Anyone: the manifest of a bundle file, without decrypting anything. */
    static Result<QJsonObject> inspect(const QByteArray &file);

    static Imported import(Casebook &casebook, const QByteArray &file);
    /** A bundle's content decrypted and read on the calling thread, ahead of its turn; refused later if unsigned. */
    using Ahead = std::future<Result<BundleCodec::Content>>;
    static Ahead readAhead(const QByteArray &file, const QByteArray &boxPublicKey, const QByteArray &boxSecretKey);
    /** import() with the content read ahead (the county server reads it on the request's thread). */
    static Imported import(Casebook &casebook, const QByteArray &file, Ahead ahead);
    /**
     * Imports many files (a folder, a drive) in the order that needs the fewest holds: by sender and sequence, and
     * a held bundle is tried again once an earlier one has been applied. @p progress is called after each file
     * with the number done and the total; when it returns false the import stops before the next file (each file
     * is applied whole or not at all). @p withinFile is called while a file's changes are applied, every few
     * hundred, with the number applied and the file's total.
     */
    static QList<Imported> importFiles(Casebook &casebook, const QStringList &paths,
                                       const std::function<bool(int, int)> &progress = {},
                                       const std::function<void(int, int)> &withinFile = {});
};

} // namespace xianjie
