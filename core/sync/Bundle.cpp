#include "Bundle.h"

#include "Uuid.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"
#include "sync/BundleFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <future>

namespace xianjie {

using bundlefile::sha256;
using bundlefile::unb64;

namespace {
// 1: the first bundles (ops only); 2: content with bases, scans, audit entries, and downstream bundles;
// 3: the audit entries travel compressed on their own ("audit_z"), as the county keeps them.
constexpr int kFormatVersion = 3;
constexpr int kOldestReadable = 2;

QCborMap encodeOp(const Op &op)
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

// A bundle's content: its ops, read straight from the CBOR stream into Ops (a bundle holds up to 20,000, and
// building a CBOR tree of them first cost as much as merging them), and every other part as CBOR.
struct Content
{
    QList<Op> ops;
    QCborMap rest;
};

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
    else if (!r.isUndefined())
        return QCborValue::fromCbor(r).toVariant();
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
        else
            QCborValue::fromCbor(r); // a part a later version adds
        return r.lastError() == QCborError::NoError;
    });
}

Result<Content> readContent(const QByteArray &bytes)
{
    QCborStreamReader r(bytes);
    Content content;
    const bool read = readMap(r, [&](const QString &key) {
        if (key != QLatin1String("ops") || !r.isArray()) {
            content.rest.insert(key, QCborValue::fromCbor(r));
            return r.lastError() == QCborError::NoError;
        }
        if (r.isLengthKnown())
            content.ops.reserve(qsizetype(r.length()));
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
    if (!read)
        return makeError(Error::Kind::Invalid,
                         Bundle::tr("The bundle is incomplete or damaged (its contents cannot be read)."));
    return content;
}

Result<void> refreshIndex(Casebook &casebook, const QSet<QString> &households)
{
    QStringList ids(households.cbegin(), households.cend());
    ids.sort(); // the same order every time
    return SearchIndex::refresh(casebook.db(), ids);
}

QString nowText(const Casebook &casebook)
{
    return casebook.clock().now().toString(Qt::ISODate);
}

/** Whether a county change-log op concerns a station: its villages, the directory, its own records. */
Result<bool> concerns(const Casebook &county, const Op &op, const QString &stationId, const QString &stationCode)
{
    if (op.table == QLatin1String("charity_org") || op.table == QLatin1String("charity_project"))
        return true;
    if (op.table == QLatin1String("village")) {
        auto code =
            Database::scalar(county.db(), QStringLiteral("SELECT code FROM village WHERE id = ?"), {op.recordId});
        if (!code)
            return code.error();
        return code->toString().startsWith(stationCode.left(9));
    }
    if (op.table == QLatin1String("user")) // county staff named in referral events the station receives
        return true;
    QString sql = QStringLiteral("SELECT station_id FROM %1 WHERE id = ?").arg(op.table);
    if (op.table == QLatin1String("referral_event"))
        sql = QStringLiteral("SELECT r.station_id FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE "
                             "e.id = ?");
    auto owner = Database::scalar(county.db(), sql, {op.recordId});
    if (!owner)
        return owner.error();
    return owner->toString() == stationId;
}
} // namespace

QString Bundle::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return tr("Applied");
    case Outcome::AlreadyHad:
        return tr("Already had");
    case Outcome::Held:
        return tr("Held");
    case Outcome::Refused:
        return tr("Refused");
    }
    return {};
}

Result<QJsonObject> Bundle::inspect(const QByteArray &file)
{
    auto parts = bundlefile::split(file);
    if (!parts)
        return parts.error();
    return parts->manifest;
}

Result<QStringList> Bundle::rewriteUnacknowledged(Casebook &station, const QString &folder)
{
    if (auto r = station.require(Action::EditHouseholds); !r)
        return r.error();
    auto q =
        Database::exec(station.db(), QStringLiteral("SELECT file_name, file FROM bundle_sent WHERE acknowledged_at "
                                                    "IS NULL AND file IS NOT NULL ORDER BY seq_to"));
    if (!q)
        return q.error();
    QStringList written;
    while (q->next()) {
        if (written.isEmpty() && !QDir().mkpath(folder))
            return makeError(Error::Kind::Io,
                             tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        const QString path = QDir(folder).filePath(q->value(0).toString());
        if (auto r = bundlefile::writeSafely(path, q->value(1).toByteArray()); !r)
            return r.error();
        written << path;
    }
    return written;
}

Result<QStringList> Bundle::exportPending(Casebook &station, const QString &folder, qint64 maxBytes,
                                          const std::function<void(int written, int waiting)> &progress)
{
    if (auto r = station.require(Action::EditHouseholds); !r)
        return r.error();
    if (station.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Bundles for the county are written by a station casebook."));
    if (station.setting(QStringLiteral("county_box_public_key")).isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enrol the station with its county first."));
    if (!QDir().mkpath(folder))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    auto waiting =
        Database::scalar(station.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"));
    if (!waiting)
        return waiting.error();
    int opsWritten = 0;
    QStringList written;
    for (;;) {
        auto pending = OpApplier::outbox(station, 0, true, kMaxOpsPerBundle);
        if (!pending)
            return pending.error();
        QList<Op> ops = *pending;
        if (ops.isEmpty())
            return written;
        // Scans of new attachments travel with their records; a bundle stops growing at the size limit.
        QCborArray opArray;
        QCborArray attachments;
        QHash<QString, int> counts;
        qint64 bytes = 0;
        int taken = 0;
        for (const Op &op : std::as_const(ops)) {
            QByteArray content;
            if (op.table == QLatin1String("attachment") && op.op == QLatin1String("insert")) {
                auto c = Database::scalar(station.db(), QStringLiteral("SELECT content FROM attachment WHERE id = ?"),
                                          {op.recordId});
                if (!c)
                    return c.error();
                content = c->toByteArray();
            }
            const qint64 size = 200 + op.fields.size() * 40 + content.size();
            if (taken > 0 && bytes + size > maxBytes)
                break;
            bytes += size;
            ++taken;
            opArray.append(encodeOp(op));
            counts[op.table] += 1;
            if (!content.isNull())
                attachments.append(QCborMap{{QStringLiteral("id"), op.recordId}, {QStringLiteral("content"), content}});
        }
        ops = ops.mid(0, taken);
        const qint64 from = ops.first().seq;
        const qint64 to = ops.last().seq;
        // The audit log's new entries ride along, so the county holds the chain and notices a cut.
        const qint64 auditFrom = station.setting(QStringLiteral("audit_sent_seq"), QStringLiteral("0")).toLongLong();
        auto audit = AuditLog::entriesAfter(station.db(), auditFrom);
        if (!audit)
            return audit.error();
        QCborArray auditArray;
        qint64 auditTo = auditFrom;
        for (const AuditEntry &e : std::as_const(*audit)) {
            auditArray.append(AuditLog::toCbor(e));
            auditTo = e.seq;
        }
        // The entry the county got last time, as it stands here now: a cut or rewrite shows even with nothing new.
        QCborMap anchor;
        if (auditFrom > 0) {
            auto hash =
                Database::scalar(station.db(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {auditFrom});
            if (!hash)
                return hash.error();
            anchor.insert(QStringLiteral("seq"), auditFrom);
            anchor.insert(QStringLiteral("hash"), hash->toString());
        }
        // Compressed here once: the county keeps these very bytes as its copy of the entries.
        const QByteArray auditBytes = auditArray.isEmpty() ? QByteArray() : qCompress(QCborValue(auditArray).toCbor());
        const QCborMap content{{QStringLiteral("ops"), opArray},
                               {QStringLiteral("audit_z"), auditBytes},
                               {QStringLiteral("audit_anchor"), anchor},
                               {QStringLiteral("attachments"), attachments}};
        QJsonObject countsJson;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countsJson.insert(it.key(), it.value());
        const QString bundleId = Uuid::v7(station.clock().now());
        const QJsonObject manifest{
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("direction"), QStringLiteral("up")},
            {QStringLiteral("schema_version"), Schema::currentVersion()},
            {QStringLiteral("station_id"), station.stationId()},
            {QStringLiteral("station_code"), station.identity().code},
            {QStringLiteral("station_name"), station.identity().name},
            {QStringLiteral("bundle_id"), bundleId},
            {QStringLiteral("seq_from"), from},
            {QStringLiteral("seq_to"), to},
            {QStringLiteral("prev_bundle_hash"), station.setting(QStringLiteral("last_bundle_hash"))},
            {QStringLiteral("downstream_seq_applied"),
             station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong()},
            {QStringLiteral("ops"), int(ops.size())},
            {QStringLiteral("counts"), countsJson},
            {QStringLiteral("audit_entries"), int(auditArray.size())},
            {QStringLiteral("attachments"), int(attachments.size())},
            {QStringLiteral("created_at"), station.clock().now().toString(Qt::ISODateWithMs)}};
        auto file = bundlefile::build(manifest, QCborValue(content).toCbor(),
                                      unb64(station.setting(QStringLiteral("sign_secret_key"))),
                                      unb64(station.setting(QStringLiteral("county_box_public_key"))));
        if (!file)
            return file.error();
        const QString name = QStringLiteral("xianjie-%1-%2-%3.bundle")
                                 .arg(station.identity().code)
                                 .arg(to, 10, 10, QLatin1Char('0'))
                                 .arg(bundleId.right(8));
        const QString path = QDir(folder).filePath(name);
        if (auto r = bundlefile::writeSafely(path, *file); !r)
            return r.error();
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
                                                  "written_at, file, file_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {bundleId, from, to, fileHash, nowText(station), *file, name});
            !r)
            return r.error();
        if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), fileHash); !r)
            return r.error();
        if (auto r = station.storeSystemSetting(QStringLiteral("audit_sent_seq"), QString::number(auditTo)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        written << path;
        opsWritten += int(ops.size());
        if (progress)
            progress(opsWritten, waiting->toInt());
    }
}

namespace {
/** County side of an upstream bundle, after the sender and the file have been checked. */
using Progress = std::function<void(int done, int total)>;

Result<void> applyUpstream(Casebook &county, const QJsonObject &m, Content &body, Bundle::Imported &result,
                           const Progress &progress)
{
    const QString stationId = m.value(QStringLiteral("station_id")).toString();
    const QCborMap &content = body.rest;
    QList<Op> &ops = body.ops;
    QHash<QString, QByteArray> scans;
    for (const QCborValue &v : content.value(QStringLiteral("attachments")).toArray())
        scans.insert(v.toMap().value(QStringLiteral("id")).toString(),
                     v.toMap().value(QStringLiteral("content")).toByteArray());
    for (Op &op : ops) {
        op.stationId = stationId;
        if (op.table == QLatin1String("attachment") && scans.contains(op.recordId))
            op.local.insert(QStringLiteral("content"), scans.value(op.recordId));
    }
    if (ops.size() != m.value(QStringLiteral("ops")).toInt())
        return makeError(Error::Kind::Invalid, Bundle::tr("The bundle is incomplete or damaged (its contents do not "
                                                          "match its manifest)."));
    // The station's audit log must continue exactly where the county's copy of it ends.
    auto last = Database::exec(county.db(),
                               QStringLiteral("SELECT seq_to, last_hash FROM station_audit WHERE station_id = ? ORDER "
                                              "BY seq_to DESC LIMIT 1"),
                               {stationId});
    if (!last)
        return last.error();
    qint64 lastSeq = 0;
    QString lastHash(64, QLatin1Char('0'));
    if (last->next()) {
        lastSeq = last->value(0).toLongLong();
        lastHash = last->value(1).toString();
    }
    auto cut = [](qint64 seq) {
        return makeError(Error::Kind::Invalid,
                         Bundle::tr("The station's audit log does not continue from the entries the county already "
                                    "holds (at entry No. %1): entries were removed or changed at the station. The "
                                    "bundle is refused; ask the county to look at the station.")
                             .arg(seq));
    };
    const QCborMap anchor = content.value(QStringLiteral("audit_anchor")).toMap();
    if (const qint64 seq = anchor.value(QStringLiteral("seq")).toInteger(); seq > 0) {
        auto kept = Database::scalar(
            county.db(), QStringLiteral("SELECT last_hash FROM station_audit WHERE station_id = ? AND seq_to = ?"),
            {stationId, seq});
        if (!kept)
            return kept.error();
        if (!kept->isNull() && kept->toString() != anchor.value(QStringLiteral("hash")).toString())
            return cut(seq);
    }
    // The entries are read and their chain checked on a second thread while this one merges: neither needs the
    // other, and a chain that does not hold refuses the bundle all the same (the transaction is rolled back).
    struct Chain
    {
        qint64 cutAt = 0; // the entry where the chain breaks; 0 when it holds
        bool damaged = false;
        QCborArray fresh; // the entries the county did not have yet
        bool allFresh = true;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        QString lastHash;
    };
    const QByteArray auditBytes = content.value(QStringLiteral("audit_z")).toByteArray();
    const QCborArray oldFormatEntries = content.value(QStringLiteral("audit")).toArray(); // format 2
    auto checking = std::async(std::launch::async, [auditBytes, oldFormatEntries, lastSeq, lastHash] {
        Chain chain;
        chain.lastSeq = lastSeq;
        chain.lastHash = lastHash;
        QCborArray entries = oldFormatEntries;
        if (!auditBytes.isEmpty()) {
            const QByteArray plain = qUncompress(auditBytes);
            entries = QCborValue::fromCbor(plain).toArray();
            if (plain.isEmpty() || entries.isEmpty()) {
                chain.damaged = true;
                return chain;
            }
        }
        for (const QCborValue &v : std::as_const(entries)) {
            const AuditEntry e = AuditLog::fromCbor(v.toArray());
            if (e.seq <= chain.lastSeq) {
                chain.allFresh = false;
                continue; // sent again after an interrupted export; the county keeps its copy
            }
            if (e.prevHash != chain.lastHash || AuditLog::computeHash(e) != e.hash) {
                chain.cutAt = e.seq;
                return chain;
            }
            chain.fresh.append(v);
            if (chain.fresh.size() == 1)
                chain.firstSeq = e.seq;
            chain.lastSeq = e.seq;
            chain.lastHash = e.hash;
        }
        return chain;
    });

    OpApplier::Options options;
    options.restateKeptValues = true;
    options.findSamePerson = true;
    options.progress = progress;
    auto applied = OpApplier::apply(county, ops, options);
    if (!applied)
        return applied.error();
    if (auto r = refreshIndex(county, applied->households); !r)
        return r.error();

    const Chain chain = checking.get();
    if (chain.damaged)
        return makeError(Error::Kind::Invalid, Bundle::tr("The bundle is incomplete or damaged (its audit entries "
                                                          "cannot be read)."));
    if (chain.cutAt > 0)
        return cut(chain.cutAt);
    if (!chain.fresh.isEmpty())
        if (auto r = Database::run(county.db(),
                                   QStringLiteral("INSERT INTO station_audit (station_id, seq_from, seq_to, last_hash, "
                                                  "entries) VALUES (?, ?, ?, ?, ?)"),
                                   {stationId, chain.firstSeq, chain.lastSeq, chain.lastHash,
                                    // as the station compressed them, unless some were here already
                                    chain.allFresh && !auditBytes.isEmpty()
                                        ? auditBytes
                                        : qCompress(QCborValue(chain.fresh).toCbor(), 1)});
            !r)
            return r.error();
    result.ops = int(ops.size());
    result.conflicts = applied->conflicts;
    result.flagged = applied->flagged;
    result.alerts = applied->samePerson;
    return {};
}

/** Station side of a downstream bundle. */
Result<void> applyDownstream(Casebook &station, const QJsonObject &m, Content &body, Bundle::Imported &result,
                             const Progress &progress)
{
    const QString countyId = m.value(QStringLiteral("county_id")).toString();
    const QCborMap &content = body.rest;
    QList<Op> &ops = body.ops;
    for (Op &op : ops)
        op.stationId = countyId;
    if (ops.size() != m.value(QStringLiteral("ops")).toInt())
        return makeError(Error::Kind::Invalid, Bundle::tr("The bundle is incomplete or damaged (its contents do not "
                                                          "match its manifest)."));
    OpApplier::Options options;
    options.keepUnsentLocalChanges = true;
    options.progress = progress;
    auto applied = OpApplier::apply(station, ops, options);
    if (!applied)
        return applied.error();
    if (auto r = refreshIndex(station, applied->households); !r)
        return r.error();
    result.ops = int(ops.size());
    result.conflicts = applied->conflicts;
    // Acknowledged bundles leave the outbox; what they carried is safe at the county. The county's receipts are the
    // truth: changes up to the last one it holds are acknowledged even when they reached it in a bundle this
    // station no longer knows of (written, then the station was killed before it marked the changes as sent).
    const QString now = nowText(station);
    // A casebook restored from a backup made before bundles the county holds: the last audit entry the county has
    // of this station is not here (or differs). Its change numbers since the restore repeat numbers the county holds
    // for other changes, so nothing is acknowledged by number: only bundles this casebook knows by their id.
    const QCborMap head = content.value(QStringLiteral("audit_head")).toMap();
    bool behind = false;
    if (const qint64 seq = head.value(QStringLiteral("seq")).toInteger(); seq > 0) {
        auto own = Database::scalar(station.db(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq});
        if (!own)
            return own.error();
        behind = own->isNull() || own->toString() != head.value(QStringLiteral("hash")).toString();
        if (behind) {
            auto q = Database::exec(
                station.db(),
                QStringLiteral("INSERT OR IGNORE INTO alert (id, kind, record_id, text, raised_at) VALUES (?, "
                               "'behind_county', '', ?, ?)"),
                {QStringLiteral("behind-county-%1").arg(seq),
                 Bundle::tr("This casebook is behind the county: the county holds changes and audit-log entries of "
                            "this station (up to entry No. %1) that are not here, as happens when a casebook is "
                            "restored from a backup. Nothing recorded here since has been dropped: those changes stay "
                            "in the outbox. Tell the county office; the county has to take in the restored casebook "
                            "before the station's next bundle can be applied.")
                     .arg(seq),
                 now});
            if (!q)
                return q.error();
            result.alerts += q->numRowsAffected();
        }
    }
    qint64 countyHas = 0;
    QString countyHash;
    for (const QCborValue &v : content.value(QStringLiteral("acks")).toArray()) {
        const QCborMap ack = v.toMap();
        auto q = Database::exec(station.db(),
                                QStringLiteral("UPDATE bundle_sent SET acknowledged_at = ? WHERE bundle_id = ? AND "
                                               "acknowledged_at IS NULL"),
                                {now, ack.value(QStringLiteral("bundle_id")).toString()});
        if (!q)
            return q.error();
        result.acknowledged += q->numRowsAffected();
        if (!behind && ack.value(QStringLiteral("seq_to")).toInteger() > countyHas) {
            countyHas = ack.value(QStringLiteral("seq_to")).toInteger();
            countyHash = ack.value(QStringLiteral("file_hash")).toString();
        }
    }
    if (countyHas > 0) {
        if (auto r = Database::run(station.db(),
                                   QStringLiteral("UPDATE bundle_sent SET acknowledged_at = ? WHERE acknowledged_at IS "
                                                  "NULL AND seq_to <= ?"),
                                   {now, countyHas});
            !r)
            return r.error();
        if (auto r = Database::run(station.db(), QStringLiteral("UPDATE bundle_sent SET file = NULL WHERE "
                                                                "acknowledged_at IS NOT NULL AND file IS NOT NULL"));
            !r)
            return r.error();
        // The next bundle must follow the county's last one, unless this station has already written later ones.
        auto later = Database::scalar(station.db(), QStringLiteral("SELECT count(*) FROM bundle_sent WHERE seq_to > ?"),
                                      {countyHas});
        if (!later)
            return later.error();
        if (later->toInt() == 0 && !countyHash.isEmpty())
            if (auto r = station.storeSystemSetting(QStringLiteral("last_bundle_hash"), countyHash); !r)
                return r.error();
    }
    auto newest = Database::scalar(station.db(),
                                   QStringLiteral("SELECT max(hlc) FROM change_log WHERE seq <= ? OR bundle_id IN "
                                                  "(SELECT bundle_id FROM bundle_sent WHERE acknowledged_at IS NOT "
                                                  "NULL)"),
                                   {countyHas});
    if (!newest)
        return newest.error();
    if (!newest->isNull() && newest->toString() > station.setting(QStringLiteral("acknowledged_hlc")))
        if (auto r = station.storeSystemSetting(QStringLiteral("acknowledged_hlc"), newest->toString()); !r)
            return r.error();
    if (auto r = Database::run(station.db(),
                               QStringLiteral("DELETE FROM change_log WHERE seq <= ? OR bundle_id IN (SELECT bundle_id "
                                              "FROM bundle_sent WHERE acknowledged_at IS NOT NULL)"),
                               {countyHas});
        !r)
        return r.error();
    for (const QCborValue &v : content.value(QStringLiteral("alerts")).toArray()) {
        const QCborMap a = v.toMap();
        auto q = Database::exec(station.db(),
                                QStringLiteral("INSERT OR IGNORE INTO alert (id, kind, record_id, text, raised_at) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("kind")).toString(),
                                 a.value(QStringLiteral("record_id")).toString(),
                                 a.value(QStringLiteral("text")).toString(), now});
        if (!q)
            return q.error();
        result.alerts += q->numRowsAffected();
    }
    // The last audit entry the county holds of this station: `check` notices if it disappears here.
    if (head.value(QStringLiteral("seq")).toInteger() > 0) {
        if (auto r = station.storeSystemSetting(QStringLiteral("county_audit_seq"),
                                                QString::number(head.value(QStringLiteral("seq")).toInteger()));
            !r)
            return r.error();
        if (auto r = station.storeSystemSetting(QStringLiteral("county_audit_hash"),
                                                head.value(QStringLiteral("hash")).toString());
            !r)
            return r.error();
    }
    const qint64 applied_ = station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong();
    const qint64 to = m.value(QStringLiteral("seq_to")).toInteger();
    if (to > applied_)
        if (auto r = station.storeSystemSetting(QStringLiteral("downstream_seq"), QString::number(to)); !r)
            return r.error();
    return {};
}
} // namespace

namespace {

// A bundle's content decrypted and decoded ahead of its turn, on a second thread (Bundle::importFiles).
using Ahead = std::future<Result<Content>>;

Result<Content> decryptAndRead(const bundlefile::Parts &parts, const QByteArray &boxPublicKey,
                               const QByteArray &boxSecretKey)
{
    auto plain = bundlefile::open(parts, boxPublicKey, boxSecretKey);
    if (!plain)
        return plain.error();
    return readContent(*plain);
}

Bundle::Imported importBundle(Casebook &casebook, const QByteArray &file, Ahead *ahead, const Progress &progress)
{
    using Outcome = Bundle::Outcome;
    Bundle::Imported result;
    auto refuse = [&](const QString &why) {
        result.outcome = Outcome::Refused;
        result.reason = why;
        return result;
    };
    if (auto r = casebook.require(Action::EditHouseholds); !r)
        return refuse(r.message());
    auto parts = bundlefile::split(file);
    if (!parts)
        return refuse(parts.message());
    const QJsonObject &m = parts->manifest;
    const bool downstream = m.value(QStringLiteral("direction")).toString() == QLatin1String("down");
    const bool county = casebook.identity().role == Casebook::Role::County;
    result.bundleId = m.value(QStringLiteral("bundle_id")).toString();
    result.station = downstream ? m.value(QStringLiteral("county_name")).toString()
                                : QStringLiteral("%1 (%2)").arg(m.value(QStringLiteral("station_name")).toString(),
                                                                m.value(QStringLiteral("station_code")).toString());
    result.seqFrom = m.value(QStringLiteral("seq_from")).toInteger();
    if (downstream && county)
        return refuse(Bundle::tr("This bundle was written by the county for a station; import it at the station."));
    if (!downstream && !county)
        return refuse(Bundle::tr("Station bundles are imported into the county casebook."));
    if (m.value(QStringLiteral("version")).toInt() > kFormatVersion ||
        m.value(QStringLiteral("schema_version")).toInt() > Schema::currentVersion())
        return refuse(Bundle::tr("The bundle comes from a newer version of Xianjie; update this program first."));
    if (m.value(QStringLiteral("version")).toInt() < kOldestReadable)
        return refuse(
            Bundle::tr("The bundle was written by an earlier version of Xianjie; update the program where it was "
                       "written and export it again."));

    const QString stationId = m.value(QStringLiteral("station_id")).toString();
    const QString fileHash = sha256(file);
    const qint64 from = m.value(QStringLiteral("seq_from")).toInteger();
    const qint64 to = m.value(QStringLiteral("seq_to")).toInteger();
    QString receiptTable;
    if (!downstream) {
        // Who sent it: an enrolled station whose key is not revoked, and the signature is theirs.
        auto station = Database::exec(
            casebook.db(), QStringLiteral("SELECT sign_public_key, revoked_on FROM station WHERE station_id = ?"),
            {stationId});
        if (!station)
            return refuse(station.message());
        if (!station->next())
            return refuse(
                Bundle::tr("The bundle comes from a station this county has not enrolled (%1).").arg(result.station));
        if (!station->value(1).isNull() && !station->value(1).toString().isEmpty())
            return refuse(Bundle::tr("The key of station %1 was revoked on %2; its bundles are not accepted.")
                              .arg(result.station, station->value(1).toString()));
        if (!bundlefile::signedBy(*parts, unb64(station->value(0).toString())))
            return refuse(
                Bundle::tr("The bundle's signature does not match station %1's key: it was changed on the way or "
                           "was not written by that station.")
                    .arg(result.station));
        receiptTable = QStringLiteral("bundle_receipt");
    } else {
        if (stationId != casebook.stationId())
            return refuse(Bundle::tr("This bundle is addressed to another station (%1).")
                              .arg(m.value(QStringLiteral("station_code")).toString()));
        const QString countyKey = casebook.setting(QStringLiteral("county_sign_public_key"));
        if (countyKey.isEmpty())
            return refuse(Bundle::tr("Enrol the station with its county first."));
        if (!bundlefile::signedBy(*parts, unb64(countyKey)))
            return refuse(
                Bundle::tr("The bundle's signature does not match the county's key: it was changed on the way or "
                           "was not written by the county."));
        receiptTable = QStringLiteral("downstream_receipt");
    }

    auto seen = Database::exec(casebook.db(),
                               QStringLiteral("SELECT file_hash, ops FROM %1 WHERE bundle_id = ?").arg(receiptTable),
                               {result.bundleId});
    if (!seen)
        return refuse(seen.message());
    if (seen->next()) {
        if (seen->value(0).toString() != fileHash)
            return refuse(Bundle::tr("A different bundle with the same id was already applied; this one is refused."));
        result.outcome = Outcome::AlreadyHad;
        result.ops = seen->value(1).toInt();
        return result;
    }
    if (!downstream) {
        auto last = Database::exec(casebook.db(),
                                   QStringLiteral("SELECT seq_to, file_hash FROM bundle_receipt WHERE station_id = ? "
                                                  "ORDER BY seq_to DESC LIMIT 1"),
                                   {stationId});
        if (!last)
            return refuse(last.message());
        const bool any = last->next();
        const qint64 lastTo = any ? last->value(0).toLongLong() : 0;
        if (from > lastTo + 1) {
            result.outcome = Outcome::Held;
            result.reason =
                Bundle::tr(
                    "Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle that holds them "
                    "first.")
                    .arg(lastTo + 1)
                    .arg(from - 1)
                    .arg(result.station);
            return result;
        }
        if (from <= lastTo)
            return refuse(Bundle::tr("The bundle repeats changes the county already has (up to %1) under another id.")
                              .arg(lastTo));
        if (any && m.value(QStringLiteral("prev_bundle_hash")).toString() != last->value(1).toString())
            return refuse(Bundle::tr("The bundle does not follow the station's previous bundle."));
    } else {
        const qint64 applied = casebook.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong();
        if (from > applied + 1) {
            result.outcome = Outcome::Held;
            result.reason =
                Bundle::tr("Held: the county's changes %1 to %2 have not arrived yet. Import the county's earlier "
                           "bundle first.")
                    .arg(applied + 1)
                    .arg(from - 1);
            return result;
        }
    }

    // Only now is the content used (decrypted and read here, or ahead of its turn by importFiles).
    auto body = ahead && ahead->valid()
                    ? ahead->get()
                    : decryptAndRead(*parts, unb64(casebook.setting(QStringLiteral("box_public_key"))),
                                     unb64(casebook.setting(QStringLiteral("box_secret_key"))));
    if (!body)
        return refuse(body.message());

    Transaction tx(casebook);
    if (!tx.isActive())
        return refuse(tx.error().message);
    auto applied = downstream ? applyDownstream(casebook, m, *body, result, progress)
                              : applyUpstream(casebook, m, *body, result, progress);
    if (!applied)
        return refuse(applied.message());
    Result<void> receipt =
        downstream
            ? Database::run(casebook.db(),
                            QStringLiteral("INSERT INTO downstream_receipt (bundle_id, seq_from, seq_to, file_hash, "
                                           "ops, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {result.bundleId, from, to, fileHash, result.ops, nowText(casebook)})
            : Database::run(casebook.db(),
                            QStringLiteral("INSERT INTO bundle_receipt (bundle_id, station_id, seq_from, seq_to, "
                                           "file_hash, ops, applied_at, downstream_seq) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                           "?)"),
                            {result.bundleId, stationId, from, to, fileHash, result.ops, nowText(casebook),
                             m.value(QStringLiteral("downstream_seq_applied")).toInteger()});
    if (!receipt)
        return refuse(receipt.message());
    const QString note = downstream ? Bundle::tr("From the county, changes %1 to %2").arg(from).arg(to)
                                    : Bundle::tr("Station %1, changes %2 to %3").arg(result.station).arg(from).arg(to);
    if (auto r = AuditLog::append(casebook, QStringLiteral("import"), QStringLiteral("bundle"), result.bundleId, {}, {},
                                  note);
        !r)
        return refuse(r.message());
    if (auto r = tx.commit(); !r)
        return refuse(r.message());
    result.outcome = Outcome::Applied;
    return result;
}

} // namespace

Bundle::Imported Bundle::import(Casebook &casebook, const QByteArray &file)
{
    return importBundle(casebook, file, nullptr, {});
}

Result<QString> Bundle::exportDownstream(Casebook &county, const QString &stationCode, const QString &folder)
{
    if (auto r = county.require(Action::EditHouseholds); !r)
        return r.error();
    if (county.identity().role != Casebook::Role::County)
        return makeError(Error::Kind::Invalid, tr("Bundles for stations are written by the county casebook."));
    auto station = Database::exec(county.db(),
                                  QStringLiteral("SELECT station_id, name, box_public_key FROM station WHERE code = ? "
                                                 "AND revoked_on IS NULL"),
                                  {stationCode});
    if (!station)
        return station.error();
    if (!station->next())
        return makeError(
            Error::Kind::NotFound,
            tr("No enrolled station has the code %1.").arg(stationCode.isEmpty() ? QStringLiteral("-") : stationCode));
    const QString stationId = station->value(0).toString();
    const QByteArray stationKey = unb64(station->value(2).toString());
    if (!QDir().mkpath(folder))
        return makeError(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));

    // Everything since what the station last reported having applied: a lost stick costs nothing.
    auto since = Database::scalar(
        county.db(), QStringLiteral("SELECT coalesce(max(downstream_seq), 0) FROM bundle_receipt WHERE station_id = ?"),
        {stationId});
    if (!since)
        return since.error();
    const qint64 from = since->toLongLong() + 1;
    auto top = Database::scalar(county.db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!top)
        return top.error();
    const qint64 to = qMax(top->toLongLong(), from - 1);
    auto all = OpApplier::outbox(county, from - 1);
    if (!all)
        return all.error();
    QCborArray ops;
    QHash<QString, int> counts;
    for (const Op &op : std::as_const(*all)) {
        auto wanted = concerns(county, op, stationId, stationCode);
        if (!wanted)
            return wanted.error();
        if (!*wanted)
            continue;
        ops.append(encodeOp(op));
        counts[op.table] += 1;
    }
    QCborArray acks;
    auto receipts = Database::exec(
        county.db(),
        QStringLiteral("SELECT bundle_id, seq_to, file_hash FROM bundle_receipt WHERE station_id = ? ORDER BY seq_to"),
        {stationId});
    if (!receipts)
        return receipts.error();
    while (receipts->next())
        acks.append(QCborMap{{QStringLiteral("bundle_id"), receipts->value(0).toString()},
                             {QStringLiteral("seq_to"), receipts->value(1).toLongLong()},
                             {QStringLiteral("file_hash"), receipts->value(2).toString()}});
    // The same person at two stations: both stations hear of it, without names.
    QCborArray alerts;
    auto same = Database::exec(
        county.db(),
        QStringLiteral("SELECT c.id, c.record_id, c.kept_station, c.other_value, c.other_station, p.id_number, "
                       "ks.name, os.name FROM conflict c JOIN person p ON p.id = c.record_id LEFT JOIN station ks ON "
                       "ks.station_id = c.kept_station LEFT JOIN station os ON os.station_id = c.other_station WHERE "
                       "c.kind = 'same_person' AND c.resolved_at IS NULL AND (c.kept_station = ? OR c.other_station = "
                       "?)"),
        {stationId, stationId});
    if (!same)
        return same.error();
    while (same->next()) {
        const bool mine = same->value(2).toString() == stationId;
        const QString ours = mine ? same->value(1).toString() : same->value(3).toString();
        const QString otherName = mine ? same->value(7).toString() : same->value(6).toString();
        const QString tail = same->value(5).toString().right(4);
        alerts.append(QCborMap{
            {QStringLiteral("id"), QStringLiteral("%1-%2").arg(county.stationId(), same->value(0).toString())},
            {QStringLiteral("kind"), QStringLiteral("same_person")},
            {QStringLiteral("record_id"), ours},
            {QStringLiteral("text"), tr("The ID number ending %1 is also registered at %2. Agree with that station "
                                        "which registration stays.")
                                         .arg(tail, otherName.isEmpty() ? tr("another station") : otherName)}});
    }
    QCborMap auditHead;
    auto head = Database::exec(county.db(),
                               QStringLiteral("SELECT seq_to, last_hash FROM station_audit WHERE station_id = ? ORDER "
                                              "BY seq_to DESC LIMIT 1"),
                               {stationId});
    if (!head)
        return head.error();
    if (head->next()) {
        auditHead.insert(QStringLiteral("seq"), head->value(0).toLongLong());
        auditHead.insert(QStringLiteral("hash"), head->value(1).toString());
    }
    const QCborMap content{{QStringLiteral("ops"), ops},
                           {QStringLiteral("acks"), acks},
                           {QStringLiteral("alerts"), alerts},
                           {QStringLiteral("audit_head"), auditHead}};
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    const QString bundleId = Uuid::v7(county.clock().now());
    const QJsonObject manifest{{QStringLiteral("version"), kFormatVersion},
                               {QStringLiteral("direction"), QStringLiteral("down")},
                               {QStringLiteral("schema_version"), Schema::currentVersion()},
                               {QStringLiteral("county_id"), county.stationId()},
                               {QStringLiteral("county_code"), county.identity().code},
                               {QStringLiteral("county_name"), county.identity().name},
                               {QStringLiteral("station_id"), stationId},
                               {QStringLiteral("station_code"), stationCode},
                               {QStringLiteral("bundle_id"), bundleId},
                               {QStringLiteral("seq_from"), from},
                               {QStringLiteral("seq_to"), to},
                               {QStringLiteral("ops"), int(ops.size())},
                               {QStringLiteral("counts"), countsJson},
                               {QStringLiteral("acks"), int(acks.size())},
                               {QStringLiteral("alerts"), int(alerts.size())},
                               {QStringLiteral("created_at"), county.clock().now().toString(Qt::ISODateWithMs)}};
    auto file = bundlefile::build(manifest, QCborValue(content).toCbor(),
                                  unb64(county.setting(QStringLiteral("sign_secret_key"))), stationKey);
    if (!file)
        return file.error();
    const QString path = QDir(folder).filePath(QStringLiteral("xianjie-down-%1-%2-%3.bundle")
                                                   .arg(stationCode)
                                                   .arg(to, 10, 10, QLatin1Char('0'))
                                                   .arg(bundleId.right(8)));
    if (auto r = bundlefile::writeSafely(path, *file); !r)
        return r.error();
    Transaction tx(county);
    if (auto r = Database::run(county.db(),
                               QStringLiteral("INSERT INTO downstream_sent (bundle_id, station_id, seq_from, seq_to, "
                                              "file_hash, written_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {bundleId, stationId, from, to, sha256(*file), nowText(county)});
        !r)
        return r.error();
    if (auto r = AuditLog::append(county, QStringLiteral("export"), QStringLiteral("bundle"), bundleId, {}, {},
                                  tr("For station %1, county changes %2 to %3").arg(stationCode).arg(from).arg(to));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return path;
}

Result<QStringList> Bundle::exportDownstreamForAll(Casebook &county, const QString &folder)
{
    auto q = Database::exec(county.db(), QStringLiteral("SELECT code FROM station WHERE revoked_on IS NULL ORDER BY "
                                                        "code"));
    if (!q)
        return q.error();
    QStringList codes;
    while (q->next())
        codes << q->value(0).toString();
    QStringList paths;
    for (const QString &code : std::as_const(codes)) {
        auto path = exportDownstream(county, code, folder);
        if (!path)
            return path.error();
        paths << *path;
    }
    return paths;
}

QList<Bundle::Imported> Bundle::importFiles(Casebook &casebook, const QStringList &paths,
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
                return decryptAndRead(parts, boxPublicKey, boxSecretKey);
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
                r = importBundle(casebook, current->file, &current->content, withinFile);
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

Result<Bundle::Status> Bundle::status(const Casebook &station)
{
    Status s;
    auto waiting = Database::scalar(station.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS "
                                                                 "NULL"));
    if (!waiting)
        return waiting.error();
    s.waiting = waiting->toInt();
    auto unacked = Database::scalar(station.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS "
                                                                 "NOT NULL"));
    if (!unacked)
        return unacked.error();
    s.unacknowledged = unacked->toInt();
    auto q = Database::exec(station.db(), QStringLiteral("SELECT (SELECT max(written_at) FROM bundle_sent), (SELECT "
                                                         "max(acknowledged_at) FROM bundle_sent), (SELECT "
                                                         "max(applied_at) FROM downstream_receipt), (SELECT count(*) "
                                                         "FROM alert WHERE seen_at IS NULL)"));
    if (!q)
        return q.error();
    if (q->next()) {
        s.lastWritten = QDateTime::fromString(q->value(0).toString(), Qt::ISODate);
        s.lastAcknowledged = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        s.lastDownstream = QDateTime::fromString(q->value(2).toString(), Qt::ISODate);
        s.openAlerts = q->value(3).toInt();
    }
    return s;
}

} // namespace xianjie
