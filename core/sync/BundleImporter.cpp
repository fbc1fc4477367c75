#include "BundleImporter.h"

#include "rules/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Schema.h"
#include "storage/SyncLedger.h"
#include "storage/Transaction.h"
#include "sync/BundleCodec.h"
#include "sync/BundleFile.h"
#include "sync/CountySync.h"
#include "sync/StationRestore.h"
#include "sync/StationSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <future>
#include <optional>

namespace xianjie {

using bundlefile::sha256;
using bundlefile::unb64;

Result<QJsonObject> BundleImporter::inspect(const QByteArray &file)
{
    auto parts = bundlefile::split(file);
    if (!parts)
        return parts.error();
    return parts->manifest;
}

namespace {
using Outcome = BundleImporter::Outcome;
using Imported = BundleImporter::Imported;
using Direction = SyncLedger::Direction;

// A bundle's content decrypted and decoded ahead of its turn, on a second thread (importFiles).
using Ahead = std::future<Result<BundleCodec::Content>>;

/** Whether this casebook takes bundles of this direction; the reason when not. */
std::optional<QString> refuseDirection(const Casebook &casebook, bool downstream)
{
    const bool county = casebook.identity().role == Casebook::Role::County;
    if (downstream && county)
        return BundleImporter::tr("This bundle was written by the county for a station; import it at the station.");
    if (!downstream && !county)
        return BundleImporter::tr("Station bundles are imported into the county casebook.");
    return std::nullopt;
}

/** Whether this program reads this bundle's version (asked once its signature holds: a flipped byte is no version). */
std::optional<QString> refuseVersion(const QJsonObject &m)
{
    if (m.value(QStringLiteral("version")).toInt() > BundleCodec::kFormatVersion ||
        m.value(QStringLiteral("schema_version")).toInt() > Schema::currentVersion())
        return BundleImporter::tr("The bundle comes from a newer version of Xianjie; update this program first.");
    if (m.value(QStringLiteral("version")).toInt() < BundleCodec::kOldestReadable)
        return BundleImporter::tr("The bundle was written by an earlier version of Xianjie; update the program where "
                                  "it was written and export it again.");
    return std::nullopt;
}

/**
 * Who sent it: at the county an enrolled station whose key is not revoked, at a station its county. Nothing the
 * manifest says is quoted back before its signature holds: the names come from this casebook.
 */
std::optional<QString> refuseSender(const Casebook &casebook, const bundlefile::Parts &parts, bool downstream,
                                    Imported &result)
{
    const QJsonObject &m = parts.manifest;
    const QString stationId = m.value(QStringLiteral("station_id")).toString();
    if (!downstream) {
        auto sender = SyncLedger::sender(casebook, stationId);
        if (!sender)
            return sender.message();
        if (!sender->enrolled) {
            // Unverifiable: the code is named only when it is one.
            auto code = Validation::stationCode(m.value(QStringLiteral("station_code")).toString());
            return code ? BundleImporter::tr("The bundle comes from a station this county has not enrolled (%1).")
                              .arg(*code)
                        : BundleImporter::tr("The bundle comes from a station this county has not enrolled.");
        }
        result.station = QStringLiteral("%1 (%2)").arg(sender->name, sender->code);
        if (!sender->revokedOn.isEmpty())
            return BundleImporter::tr("The key of station %1 was revoked on %2; its bundles are not accepted.")
                .arg(result.station, sender->revokedOn);
        if (!bundlefile::signedBy(parts, unb64(sender->signPublicKey)))
            return BundleImporter::tr("The bundle's signature does not match station %1's key: it was changed on the "
                                      "way or was not written by that station.")
                .arg(result.station);
        return std::nullopt;
    }
    result.station = casebook.setting(QStringLiteral("county_name"));
    if (stationId != casebook.stationId())
        return BundleImporter::tr("This bundle is addressed to another station.");
    const QString countyKey = casebook.setting(QStringLiteral("county_sign_public_key"));
    if (countyKey.isEmpty())
        return BundleImporter::tr("Enrol the station with its county first.");
    if (!bundlefile::signedBy(parts, unb64(countyKey)))
        return BundleImporter::tr("The bundle's signature does not match the county's key: it was changed on the way "
                                  "or was not written by the county.");
    return std::nullopt;
}

/**
 * Whether the bundle's turn has come: it follows what this casebook has applied of its sender. Sets the outcome
 * (held, refused) and returns false when not.
 */
bool inTurn(Casebook &casebook, const QJsonObject &m, bool downstream, Imported &result)
{
    const qint64 from = m.value(QStringLiteral("seq_from")).toInteger();
    auto hold = [&](const QString &why) {
        result.outcome = Outcome::Held;
        result.reason = why;
        return false;
    };
    auto refuse = [&](const QString &why) {
        result.outcome = Outcome::Refused;
        result.reason = why;
        return false;
    };
    if (downstream) {
        const qint64 applied = casebook.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong();
        if (from > applied + 1)
            return hold(BundleImporter::tr("Held: the county's changes %1 to %2 have not arrived yet. Import the "
                                           "county's earlier bundle first.")
                            .arg(applied + 1)
                            .arg(from - 1));
        return true;
    }
    // A station restored from a backup older than what the county holds waits for the county's decision.
    if (const QJsonObject mark = m.value(QStringLiteral("restored_from")).toObject(); !mark.isEmpty()) {
        QString why;
        auto turn =
            StationRestore::upstreamTurn(casebook, m.value(QStringLiteral("station_id")).toString(), mark, &why);
        if (!turn)
            return refuse(turn.message());
        if (*turn != StationRestore::Turn::Fits)
            return refuse(why);
    }
    auto last = SyncLedger::lastReceipt(casebook, m.value(QStringLiteral("station_id")).toString());
    if (!last)
        return refuse(last.message());
    if (from > last->seqTo + 1) {
        result.missingFrom = last->seqTo + 1;
        result.missingTo = from - 1;
        return hold(BundleImporter::tr("Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle "
                                       "that holds them first.")
                        .arg(last->seqTo + 1)
                        .arg(from - 1)
                        .arg(result.station));
    }
    if (from <= last->seqTo)
        return refuse(
            BundleImporter::tr("The bundle repeats changes the county already has (up to %1) under another id.")
                .arg(last->seqTo));
    if (last->found && m.value(QStringLiteral("prev_bundle_hash")).toString() != last->fileHash)
        return refuse(BundleImporter::tr("The bundle does not follow the station's previous bundle."));
    return true;
}

void applyHeld(Casebook &casebook, const QString &sender, Imported &result,
               const std::function<void(int, int)> &progress);

Imported importBundle(Casebook &casebook, const QByteArray &file, Ahead *ahead,
                      const std::function<void(int, int)> &progress, const QString &fileName)
{
    Imported result;
    auto refuse = [&](const QString &why) {
        result.outcome = Outcome::Refused;
        result.reason = why;
        return result;
    };
    // A database error: a busy casebook is worth another try, anything else is the reason.
    auto fail = [&](const Error &error) {
        result.refusal = error.kind == Error::Kind::Busy ? Imported::Refusal::Busy : Imported::Refusal::Invalid;
        return refuse(error.message);
    };
    if (auto r = casebook.require(Action::EditHouseholds); !r)
        return fail(r.error());
    auto parts = bundlefile::split(file);
    if (!parts)
        return refuse(parts.message());
    const QJsonObject &m = parts->manifest;
    const bool downstream = m.value(QStringLiteral("direction")).toString() == QLatin1String("down");
    const Direction direction = downstream ? Direction::Downstream : Direction::Upstream;
    if (auto why = refuseDirection(casebook, downstream))
        return refuse(*why);
    if (auto why = refuseSender(casebook, *parts, downstream, result))
        return refuse(*why);
    // Signed by its sender: from here on the manifest is what the sender wrote.
    if (auto why = refuseVersion(m))
        return refuse(*why);
    result.bundleId = m.value(QStringLiteral("bundle_id")).toString();
    result.seqFrom = m.value(QStringLiteral("seq_from")).toInteger();

    const QString fileHash = sha256(file);
    auto seen = SyncLedger::receipt(casebook, direction, result.bundleId);
    if (!seen)
        return fail(seen.error());
    if (seen->found) {
        if (seen->fileHash != fileHash) {
            result.refusal = Imported::Refusal::IdReused;
            return refuse(
                BundleImporter::tr("A different bundle with the same id was already applied; this one is refused."));
        }
        result.outcome = Outcome::AlreadyHad;
        result.ops = seen->ops;
        return result;
    }
    const QString sender = m.value(downstream ? QStringLiteral("county_id") : QStringLiteral("station_id")).toString();
    if (!inTurn(casebook, m, downstream, result)) {
        // Kept, bytes and all, and applied as soon as the bundles before it arrive (applyHeld).
        if (result.outcome == Outcome::Held)
            if (auto r = SyncLedger::hold(casebook, result.bundleId, sender, result.seqFrom, file,
                                          fileName.isEmpty() ? result.bundleId : fileName);
                !r)
                return fail(r.error());
        return result;
    }

    // Only now is the content used (decrypted and read here, or ahead of its turn by importFiles).
    auto body = ahead && ahead->valid()
                    ? ahead->get()
                    : BundleCodec::decryptAndRead(*parts, unb64(casebook.setting(QStringLiteral("box_public_key"))),
                                                  unb64(casebook.setting(QStringLiteral("box_secret_key"))));
    if (!body)
        return fail(body.error());
    if (body->ops.size() != m.value(QStringLiteral("ops")).toInt())
        return refuse(BundleImporter::tr("The bundle is incomplete or damaged (its contents do not match its "
                                         "manifest)."));

    Transaction tx(casebook);
    if (!tx.isActive())
        return fail(tx.error());
    auto applied = downstream ? StationSync::applyDownstream(casebook, m, *body, result, progress)
                              : CountySync::applyUpstream(casebook, m, *body, result, progress);
    if (!applied)
        return fail(applied.error());
    const qint64 from = result.seqFrom;
    const qint64 to = m.value(QStringLiteral("seq_to")).toInteger();
    const SyncLedger::Applied receipt{result.bundleId,
                                      downstream ? QString() : m.value(QStringLiteral("station_id")).toString(),
                                      from,
                                      to,
                                      fileHash,
                                      result.ops,
                                      m.value(QStringLiteral("downstream_seq_applied")).toInteger()};
    if (auto r = SyncLedger::recordReceipt(casebook, direction, receipt); !r)
        return fail(r.error());
    const QString note = downstream
                             ? BundleImporter::tr("From the county, changes %1 to %2").arg(from).arg(to)
                             : BundleImporter::tr("Station %1, changes %2 to %3").arg(result.station).arg(from).arg(to);
    if (auto r = AuditLog::append(casebook, QStringLiteral("import"), QStringLiteral("bundle"), result.bundleId, {}, {},
                                  note);
        !r)
        return fail(r.error());
    if (auto r = SyncLedger::release(casebook, result.bundleId); !r)
        return fail(r.error());
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    result.outcome = Outcome::Applied;
    applyHeld(casebook, sender, result, progress);
    return result;
}

/** After a bundle was applied: the bundles held from the same sender whose turn has now come, in order. */
void applyHeld(Casebook &casebook, const QString &sender, Imported &result,
               const std::function<void(int, int)> &progress)
{
    auto held = SyncLedger::held(casebook, sender);
    if (!held)
        return; // they stay held; the next import tries again
    for (const SyncLedger::Held &h : std::as_const(*held)) {
        Imported next = importBundle(casebook, h.file, nullptr, progress, h.fileName);
        if (next.outcome == Outcome::Held)
            return; // another gap: still kept
        if (next.outcome == Outcome::Applied) {
            ++result.heldApplied;
            result.heldApplied += next.heldApplied;
            return; // it applied the ones after it itself
        }
        // Already had, or refused now that its turn came: the reason is the importer's to tell; it is not kept.
        if (next.outcome == Outcome::Refused)
            result.heldRefused << next.reason;
        (void)SyncLedger::release(casebook, h.bundleId);
    }
}

} // namespace

BundleImporter::Imported BundleImporter::import(Casebook &casebook, const QByteArray &file)
{
    return importBundle(casebook, file, nullptr, {}, QString());
}

BundleImporter::Ahead BundleImporter::readAhead(const QByteArray &file, const QByteArray &boxPublicKey,
                                                const QByteArray &boxSecretKey)
{
    std::promise<Result<BundleCodec::Content>> read;
    auto parts = bundlefile::split(file);
    read.set_value(parts ? BundleCodec::decryptAndRead(*parts, boxPublicKey, boxSecretKey)
                         : Result<BundleCodec::Content>(parts.error()));
    return read.get_future();
}

BundleImporter::Imported BundleImporter::import(Casebook &casebook, const QByteArray &file, Ahead ahead)
{
    return importBundle(casebook, file, &ahead, {}, QString());
}

QList<BundleImporter::Imported> BundleImporter::importFiles(Casebook &casebook, const QStringList &paths,
                                                            const std::function<bool(int, int)> &progress,
                                                            const std::function<void(int, int)> &withinFile)
{
    struct Item
    {
        QString path;
        QString sender;
        qint64 from = 0;
    };
    QList<Item> items;
    QList<Imported> results;
    for (const QString &path : paths) {
        QFile f(path);
        Item item{path, {}, 0};
        if (f.open(QIODevice::ReadOnly)) {
            QByteArray head = f.read(64 * 1024);
            if (auto m = inspect(head); m.ok()) {
                item.sender = m->value(QStringLiteral("station_id")).toString();
                item.from = m->value(QStringLiteral("seq_from")).toInteger();
            }
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.sender != b.sender ? a.sender < b.sender : a.from < b.from;
    });
    // While one bundle is applied, the next one's content is decrypted and read on a second thread.
    struct Loaded
    {
        QByteArray file;
        QString error;
        Ahead content;
    };
    const QByteArray boxPublicKey = unb64(casebook.setting(QStringLiteral("box_public_key")));
    const QByteArray boxSecretKey = unb64(casebook.setting(QStringLiteral("box_secret_key")));
    auto load = [&](const Item &item) {
        auto loaded = std::make_unique<Loaded>();
        QFile f(item.path);
        if (!f.open(QIODevice::ReadOnly)) {
            loaded->error =
                tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(item.path), f.errorString());
            return loaded;
        }
        loaded->file = f.readAll();
        if (auto parts = bundlefile::split(loaded->file); parts && !boxSecretKey.isEmpty())
            loaded->content = std::async(std::launch::async, [parts = *parts, boxPublicKey, boxSecretKey] {
                return BundleCodec::decryptAndRead(parts, boxPublicKey, boxSecretKey);
            });
        return loaded;
    };
    QHash<QString, Imported> byPath;
    QList<Item> pending = items;
    int done = 0;
    bool progressed = true;
    while (progressed && !pending.isEmpty()) {
        progressed = false;
        QList<Item> held;
        std::unique_ptr<Loaded> next;
        for (qsizetype k = 0; k < pending.size(); ++k) {
            const Item &item = pending.at(k);
            std::unique_ptr<Loaded> current = next ? std::move(next) : load(item);
            if (k + 1 < pending.size())
                next = load(pending.at(k + 1));
            Imported r;
            if (!current->error.isEmpty())
                r.reason = current->error;
            else
                r = importBundle(casebook, current->file, &current->content, withinFile,
                                 QFileInfo(item.path).fileName());
            r.file = item.path;
            const bool first = !byPath.contains(item.path);
            byPath.insert(item.path, r);
            if (r.outcome == Outcome::Held) {
                held << item;
            } else {
                progressed = progressed || r.outcome == Outcome::Applied;
            }
            if (first) {
                ++done;
                if (progress && !progress(done, int(items.size())))
                    goto stop;
            }
        }
        pending = held;
    }
stop:
    for (const Item &item : std::as_const(items))
        if (byPath.contains(item.path))
            results << byPath.value(item.path);
    return results;
}

} // namespace xianjie
