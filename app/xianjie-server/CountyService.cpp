#include "CountyService.h"

#include "rules/Validation.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/SyncLedger.h"
#include "storage/UserRepository.h"
#include "sync/BundleFile.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/RequestSignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace xianjie {

namespace {
using Answer = CountyService::Answer;

Answer json(int status, const QJsonObject &body)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    return a;
}
Answer refusal(int status, const QString &words, QJsonObject more = {})
{
    more.insert(QStringLiteral("error"), words);
    return json(status, more);
}
Answer busy(int retryAfterSeconds)
{
    Answer a = refusal(503, CountyService::tr("The county server is busy; the station tries again shortly."));
    a.headers.insert("Retry-After", QByteArray::number(retryAfterSeconds));
    return a;
}
QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QRegularExpression &bundleIdPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re;
}
} // namespace

struct CountyService::Shared
{
    // The writer: one thread, one connection, every write.
    std::thread writer;
    std::mutex jobsMutex;
    std::condition_variable jobsReady;
    std::deque<std::function<void(Casebook &)>> jobs;
    bool stopping = false;
    std::atomic<bool> writerAlive = false;
    std::optional<User> user;

    // Nonces seen within twice the allowed clock skew, also on disk so a restart does not forget them.
    std::mutex nonceMutex;
    QHash<QString, qint64> nonces;
    QFile nonceLog;

    std::mutex spoolMutex;

    // For /metrics.
    std::mutex metricsMutex;
    QMap<QString, qint64> bundles;  // by outcome
    QMap<int, qint64> requests;     // by status
    QMap<QString, qint64> lastSeen; // station code → seconds since 1970
    qint64 applyMicros = 0;
    qint64 applyCount = 0;
    qint64 downstreamBundles = 0;
};

CountyService::CountyService(const Options &options) : m_options(options), m_shared(std::make_unique<Shared>()) {}

CountyService::~CountyService()
{
    {
        std::lock_guard lock(m_shared->jobsMutex);
        m_shared->stopping = true;
    }
    m_shared->jobsReady.notify_all();
    if (m_shared->writer.joinable())
        m_shared->writer.join();
}

Result<std::unique_ptr<CountyService>> CountyService::start(const Options &given)
{
    Options options = given;
    if (options.spool.isEmpty())
        options.spool = options.casebook + QStringLiteral(".spool");
    std::unique_ptr<CountyService> service(new CountyService(options));
    Shared &s = *service->m_shared;

    // The writer opens the casebook on its own thread and signs in; start() waits for the outcome.
    std::promise<Result<void>> opened;
    auto ready = opened.get_future();
    s.writer = std::thread([&s, options, &opened] {
        auto cb = Casebook::open(options.casebook);
        if (!cb) {
            opened.set_value(cb.error());
            return;
        }
        if ((*cb)->identity().role != Casebook::Role::County) {
            opened.set_value(
                makeError(Error::Kind::Invalid, tr("The server serves a county casebook; %1 is a station's.")
                                                    .arg(QDir::toNativeSeparators(options.casebook))));
            return;
        }
        auto user = UserRepository(**cb).signIn(options.user, options.password);
        if (!user) {
            opened.set_value(user.error());
            return;
        }
        s.user = *user;
        s.writerAlive = true;
        opened.set_value(Result<void>());
        std::unique_ptr<Casebook> casebook = std::move(*cb);
        for (;;) {
            std::function<void(Casebook &)> job;
            {
                std::unique_lock lock(s.jobsMutex);
                s.jobsReady.wait(lock, [&s] { return s.stopping || !s.jobs.empty(); });
                if (s.jobs.empty())
                    break; // stopping, and the job in progress (if any) has finished
                job = std::move(s.jobs.front());
                s.jobs.pop_front();
            }
            (void)casebook->observeWrittenClocks(); // the county's desktop app may have written meanwhile
            job(*casebook);
        }
        s.writerAlive = false;
    });
    if (auto r = ready.get(); !r) {
        s.writer.join();
        return r.error();
    }
    if (!QDir().mkpath(options.spool))
        return makeError(Error::Kind::Io,
                         tr("The spool folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.spool)));

    // Nonces from the last twenty minutes, from the log; the log is written anew with only those.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    s.nonceLog.setFileName(QDir(options.spool).filePath(QStringLiteral("nonces.log")));
    if (s.nonceLog.open(QIODevice::ReadOnly)) {
        while (!s.nonceLog.atEnd()) {
            const QList<QByteArray> parts = s.nonceLog.readLine().trimmed().split(' ');
            if (parts.size() == 2 && parts.at(0).toLongLong() >= now - 2 * RequestSignature::kMaxSkewSeconds)
                s.nonces.insert(QString::fromLatin1(parts.at(1)), parts.at(0).toLongLong());
        }
        s.nonceLog.close();
    }
    if (!s.nonceLog.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(Error::Kind::Io,
                         tr("The spool folder %1 cannot be written.").arg(QDir::toNativeSeparators(options.spool)));
    for (auto it = s.nonces.cbegin(); it != s.nonces.cend(); ++it)
        s.nonceLog.write(QByteArray::number(it.value()) + ' ' + it.key().toLatin1() + '\n');
    s.nonceLog.flush();
    return service;
}

bool CountyService::onWriter(const std::function<void(Casebook &)> &job)
{
    auto done = std::make_shared<std::promise<void>>();
    auto finished = done->get_future();
    {
        std::lock_guard lock(m_shared->jobsMutex);
        if (m_shared->stopping || !m_shared->writerAlive)
            return false;
        m_shared->jobs.push_back([job, done](Casebook &cb) {
            job(cb);
            done->set_value();
        });
    }
    m_shared->jobsReady.notify_one();
    return finished.wait_for(std::chrono::seconds(m_options.writerWaitSeconds)) == std::future_status::ready;
}

Result<Casebook *> CountyService::reader()
{
    thread_local Casebook *own = nullptr;
    if (!own) {
        auto cb = Casebook::openAs(m_options.casebook, m_shared->user, Clock::system());
        if (!cb)
            return cb.error();
        own = cb->release();
        // Closed when the thread ends. Made only now, after the connection registry this thread uses, so that it is
        // destroyed before that registry (thread-local objects go in the reverse order of their making).
        struct Closer
        {
            ~Closer() { delete own; }
        };
        thread_local Closer closer;
        (void)closer;
    }
    return own;
}

bool CountyService::nonceIsNew(const QString &nonce, qint64 time)
{
    std::lock_guard lock(m_shared->nonceMutex);
    Shared &s = *m_shared;
    if (s.nonces.contains(nonce))
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (s.nonces.size() > 100000 || (s.nonces.size() % 1000) == 999) {
        for (auto it = s.nonces.begin(); it != s.nonces.end();)
            it = it.value() < now - 2 * RequestSignature::kMaxSkewSeconds ? s.nonces.erase(it) : std::next(it);
    }
    s.nonces.insert(nonce, time);
    s.nonceLog.write(QByteArray::number(time) + ' ' + nonce.toLatin1() + '\n');
    s.nonceLog.flush();
    return true;
}

std::optional<Answer> CountyService::authenticate(const QByteArray &method, const QByteArray &target,
                                                  const QString &code, const HeaderLookup &header,
                                                  const QByteArray &body, Station &station)
{
    RequestSignature sig;
    sig.station = QString::fromLatin1(header(RequestSignature::kStation));
    sig.time = QString::fromLatin1(header(RequestSignature::kTime));
    sig.nonce = QString::fromLatin1(header(RequestSignature::kNonce));
    sig.contentSha256 = QString::fromLatin1(header(RequestSignature::kContentSha256));
    sig.signature = QString::fromLatin1(header(RequestSignature::kSignature));
    if (sig.station.isEmpty() || sig.time.isEmpty() || sig.nonce.size() != 32 || sig.signature.isEmpty())
        return refusal(401, tr("The request is not signed by a station."));
    if (sig.station != code)
        return refusal(403, tr("The request was signed for another station."));
    const qint64 skew = sig.skewSeconds(QDateTime::currentDateTimeUtc());
    if (skew > RequestSignature::kMaxSkewSeconds || skew < -RequestSignature::kMaxSkewSeconds) {
        const qint64 minutes = skew == std::numeric_limits<qint64>::max() ? 0 : qAbs(skew) / 60;
        return refusal(401,
                       skew > 0 ? tr("The station computer's clock is %n minute(s) ahead of the county server's. Set "
                                     "the computer's date and time, then sync again.",
                                     nullptr, int(minutes))
                                : tr("The station computer's clock is %n minute(s) behind the county server's. Set "
                                     "the computer's date and time, then sync again.",
                                     nullptr, int(minutes)),
                       QJsonObject{{QStringLiteral("clock_off_seconds"), skew}});
    }
    auto cb = reader();
    if (!cb)
        return refusal(503, cb.message());
    auto q = Database::exec((*cb)->db(),
                            QStringLiteral("SELECT station_id, sign_public_key, revoked_on FROM station WHERE code = ? "
                                           "ORDER BY revoked_on IS NOT NULL, revoked_on DESC"),
                            {code});
    if (!q)
        return q.error().kind == Error::Kind::Busy ? busy(5) : refusal(503, q.message());
    if (!q->next())
        return refusal(403, tr("Station %1 is not enrolled with this county.").arg(code));
    if (!q->value(2).isNull())
        return refusal(403, tr("The key of station %1 was revoked on %2; its requests are not accepted.")
                                .arg(code, q->value(2).toString()));
    if (!sig.verify(QByteArray::fromBase64(q->value(1).toString().toLatin1()), method, target, body))
        return refusal(401, tr("The request's signature does not match station %1's key: it was changed on the way "
                               "or not made by that station.")
                                .arg(code));
    if (!nonceIsNew(sig.nonce, sig.time.toLongLong()))
        return refusal(401, tr("The request was sent before (a repeated nonce) and is refused."));
    station.id = q->value(0).toString();
    station.code = code;
    std::lock_guard lock(m_shared->metricsMutex);
    m_shared->lastSeen.insert(code, QDateTime::currentSecsSinceEpoch());
    return std::nullopt;
}

Answer CountyService::handle(const QByteArray &method, const QByteArray &target, const QByteArray &path,
                             const HeaderLookup &header, const QByteArray &body)
{
    // /v1/stations/{code}/state | /v1/stations/{code}/bundles/{id} | /v1/stations/{code}/downstream
    const QStringList parts = QString::fromLatin1(path).split(QLatin1Char('/'));
    if (parts.size() < 5 || !parts.at(0).isEmpty() || parts.at(1) != QLatin1String("v1") ||
        parts.at(2) != QLatin1String("stations"))
        return refusal(404, tr("There is nothing at this address."));
    const QString code = parts.at(3);
    if (!Validation::stationCode(code))
        return refusal(404, tr("There is nothing at this address."));
    const QString what = parts.at(4);
    const bool isState = what == QLatin1String("state") && parts.size() == 5 && method == "GET";
    const bool isDown = what == QLatin1String("downstream") && parts.size() == 5 && method == "GET";
    const bool isBundle = what == QLatin1String("bundles") && parts.size() == 6 && method == "PUT" &&
                          bundleIdPattern().match(parts.at(5)).hasMatch();
    if (!isState && !isDown && !isBundle)
        return refusal(404, tr("There is nothing at this address."));
    Station station;
    if (auto refused = authenticate(method, target, code, header, body, station))
        return *refused;
    QMap<QString, QString> query;
    const qsizetype mark = target.indexOf('?');
    if (mark >= 0)
        for (const auto &item : QUrlQuery(QString::fromLatin1(target.mid(mark + 1))).queryItems())
            query.insert(item.first, item.second);
    if (isState)
        return state(station);
    if (isDown)
        return downstream(station, query);
    return upload(station, parts.at(5), query, body);
}

Answer CountyService::state(const Station &station)
{
    auto cb = reader();
    if (!cb)
        return refusal(503, cb.message());
    auto last = SyncLedger::lastReceipt(**cb, station.id);
    if (!last)
        return last.error().kind == Error::Kind::Busy ? busy(5) : refusal(503, last.message());
    auto held = SyncLedger::heldRanges(**cb, station.id);
    if (!held)
        return held.error().kind == Error::Kind::Busy ? busy(5) : refusal(503, held.message());
    QJsonArray heldList;
    for (const SyncLedger::HeldRange &h : std::as_const(*held))
        heldList.append(QJsonObject{{QStringLiteral("bundle"), h.bundleId}, {QStringLiteral("seq_from"), h.seqFrom}});
    QJsonArray receiving;
    {
        std::lock_guard lock(m_shared->spoolMutex);
        const QDir dir(QDir(m_options.spool).filePath(station.code));
        for (const QFileInfo &part : dir.entryInfoList({QStringLiteral("*.part")}, QDir::Files))
            receiving.append(QJsonObject{{QStringLiteral("bundle"), part.completeBaseName()},
                                         {QStringLiteral("received"), part.size()}});
    }
    QJsonObject answer{{QStringLiteral("station"), station.code},
                       {QStringLiteral("applied_through"), last->seqTo},
                       {QStringLiteral("last_bundle_sha256"), last->fileHash},
                       {QStringLiteral("held"), heldList},
                       {QStringLiteral("receiving"), receiving},
                       {QStringLiteral("max_bundle_bytes"), m_options.maxBundleBytes},
                       {QStringLiteral("chunk_bytes"), m_options.chunkBytes},
                       {QStringLiteral("server_time"), QDateTime::currentSecsSinceEpoch()}};
    if (!held->isEmpty())
        answer.insert(QStringLiteral("missing"), QJsonObject{{QStringLiteral("from"), last->seqTo + 1},
                                                             {QStringLiteral("to"), held->first().seqFrom - 1}});
    return json(200, answer);
}

QString CountyService::spoolPath(const Station &station, const QString &bundleId) const
{
    return QDir(QDir(m_options.spool).filePath(station.code)).filePath(bundleId + QStringLiteral(".part"));
}

Answer CountyService::upload(const Station &station, const QString &bundleId, const QMap<QString, QString> &query,
                             const QByteArray &body)
{
    bool okOffset = false;
    bool okSize = false;
    const qint64 offset = query.value(QStringLiteral("offset")).toLongLong(&okOffset);
    const qint64 size = query.value(QStringLiteral("size")).toLongLong(&okSize);
    const QString sha = query.value(QStringLiteral("sha256"));
    if (!okOffset || !okSize || offset < 0 || size <= 0 || sha.size() != 64)
        return refusal(400, tr("The upload does not say where its part goes (offset, size and sha256)."));
    if (size > m_options.maxBundleBytes || body.size() > m_options.chunkBytes)
        return refusal(413,
                       tr("The bundle is larger than the server takes (%1 MB at most, in parts of %2 KB).")
                           .arg(m_options.maxBundleBytes / (1024 * 1024))
                           .arg(m_options.chunkBytes / 1024),
                       QJsonObject{{QStringLiteral("max_bundle_bytes"), m_options.maxBundleBytes},
                                   {QStringLiteral("chunk_bytes"), m_options.chunkBytes}});
    // Seen before: the same receipt, without taking the bytes again.
    auto cb = reader();
    if (!cb)
        return refusal(503, cb.message());
    auto seen = SyncLedger::receipt(**cb, SyncLedger::Direction::Upstream, bundleId);
    if (!seen)
        return seen.error().kind == Error::Kind::Busy ? busy(5) : refusal(503, seen.message());
    if (seen->found) {
        if (seen->fileHash != sha)
            return refusal(409,
                           BundleImporter::tr("A different bundle with the same id was already applied; this "
                                              "one is refused."),
                           QJsonObject{{QStringLiteral("outcome"), QStringLiteral("refused")}});
        return json(200, QJsonObject{{QStringLiteral("outcome"), QStringLiteral("already_had")},
                                     {QStringLiteral("bundle"), bundleId},
                                     {QStringLiteral("seq_to"), seen->seqTo},
                                     {QStringLiteral("ops"), seen->ops}});
    }

    const QString partPath = spoolPath(station, bundleId);
    const QString metaPath = partPath + QStringLiteral(".meta");
    const QByteArray meta = QByteArray::number(size) + ' ' + sha.toLatin1();
    QByteArray file;
    {
        std::lock_guard lock(m_shared->spoolMutex);
        QDir().mkpath(QFileInfo(partPath).path());
        QFile part(partPath);
        if (offset == 0) { // a new upload, or one started again from the beginning
            QFile metaFile(metaPath);
            if (!metaFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || metaFile.write(meta) != meta.size() ||
                !part.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return refusal(507, tr("The county server cannot store the upload (its disk may be full)."));
        } else {
            QFile metaFile(metaPath);
            const bool sameUpload = metaFile.open(QIODevice::ReadOnly) && metaFile.readAll() == meta;
            const qint64 received = sameUpload ? QFileInfo(partPath).size() : 0;
            if (!sameUpload || received != offset)
                return refusal(416, tr("The upload resumes from byte %1.").arg(received),
                               QJsonObject{{QStringLiteral("received"), received}});
            if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
                return refusal(507, tr("The county server cannot store the upload (its disk may be full)."));
        }
        if (!body.isEmpty() && (part.write(body) != body.size() || !part.flush())) {
            part.close();
            part.resize(offset); // what was written of this part is dropped; the station sends it again
            return refusal(507, tr("The county server cannot store the upload (its disk may be full)."));
        }
        const qint64 received = part.size();
        part.close();
        if (received < size)
            return json(200, QJsonObject{{QStringLiteral("outcome"), QStringLiteral("receiving")},
                                         {QStringLiteral("received"), received}});
        QFile whole(partPath);
        if (received > size || !whole.open(QIODevice::ReadOnly) || (file = whole.readAll()).size() != size ||
            hex(file) != sha) {
            QFile::remove(partPath);
            QFile::remove(metaPath);
            return refusal(422, tr("The bundle arrived damaged (its bytes do not match their digest); the station "
                                   "sends it again."));
        }
    }
    Answer answer = apply(station, bundleId, file);
    if (answer.status != 503) { // done with, one way or the other; a busy casebook keeps it for the retry
        std::lock_guard lock(m_shared->spoolMutex);
        QFile::remove(partPath);
        QFile::remove(metaPath);
    }
    return answer;
}

Answer CountyService::apply(const Station &station, const QString &bundleId, const QByteArray &file)
{
    auto result = std::make_shared<BundleImportResult>();
    auto micros = std::make_shared<qint64>(0);
    // Decrypted and read here, on the request's thread, so that the one writer only applies.
    auto cb = reader();
    if (!cb)
        return refusal(503, cb.message());
    auto ahead = std::make_shared<BundleImporter::Ahead>(
        BundleImporter::readAhead(file, bundlefile::unb64((*cb)->setting(QStringLiteral("box_public_key"))),
                                  bundlefile::unb64((*cb)->setting(QStringLiteral("box_secret_key")))));
    const bool ran = onWriter([file, ahead, result, micros](Casebook &casebook) {
        QElapsedTimer timer;
        timer.start();
        *result = BundleImporter::import(casebook, file, std::move(*ahead));
        *micros = timer.nsecsElapsed() / 1000;
    });
    if (!ran)
        return busy(30);
    const BundleImportResult &r = *result;
    static const char *const names[] = {"applied", "already_had", "held", "refused"};
    const QString outcome = QString::fromLatin1(names[int(r.outcome)]);
    {
        std::lock_guard lock(m_shared->metricsMutex);
        if (!(r.outcome == BundleImportResult::Outcome::Refused && r.refusal == BundleImportResult::Refusal::Busy))
            m_shared->bundles[outcome] += 1;
        if (r.outcome == BundleImportResult::Outcome::Applied) {
            m_shared->applyMicros += *micros;
            m_shared->applyCount += 1;
        }
    }
    QJsonObject body{{QStringLiteral("outcome"), outcome},
                     {QStringLiteral("bundle"), bundleId},
                     {QStringLiteral("station"), station.code},
                     {QStringLiteral("ops"), r.ops},
                     {QStringLiteral("summary"), r.summary()}};
    switch (r.outcome) {
    case BundleImportResult::Outcome::Applied:
        body.insert(QStringLiteral("held_applied"), r.heldApplied);
        return json(200, body);
    case BundleImportResult::Outcome::AlreadyHad:
        return json(200, body);
    case BundleImportResult::Outcome::Held:
        body.insert(QStringLiteral("missing"),
                    QJsonObject{{QStringLiteral("from"), r.missingFrom}, {QStringLiteral("to"), r.missingTo}});
        body.insert(QStringLiteral("reason"), r.reason);
        return json(202, body);
    case BundleImportResult::Outcome::Refused:
        break;
    }
    if (r.refusal == BundleImportResult::Refusal::Busy)
        return busy(10);
    body.insert(QStringLiteral("reason"), r.reason);
    body.insert(QStringLiteral("error"), r.reason);
    return json(r.refusal == BundleImportResult::Refusal::IdReused ? 409 : 422, body);
}

Answer CountyService::downstream(const Station &station, const QMap<QString, QString> &query)
{
    bool okAfter = false;
    bool okAcked = false;
    const qint64 after = query.value(QStringLiteral("after")).toLongLong(&okAfter);
    const qint64 acked = query.value(QStringLiteral("acked")).toLongLong(&okAcked);
    if (!okAfter || !okAcked || after < 0 || acked < 0)
        return refusal(400, tr("Say which county changes the station has applied (after) and which of its changes "
                               "it knows acknowledged (acked)."));
    auto answer = std::make_shared<Answer>();
    const QString code = station.code;
    auto *shared = m_shared.get();
    const bool ran = onWriter([code, after, acked, answer, shared](Casebook &cb) {
        auto built = CountySync::buildDownstream(cb, code, after, acked);
        if (!built) {
            *answer = built.error().kind == Error::Kind::Busy ? busy(10) : refusal(503, built.message());
            return;
        }
        if (!built->has_value()) {
            answer->status = 204;
            answer->contentType.clear();
            return;
        }
        const CountySync::Downstream &d = **built;
        if (auto r = CountySync::recordDownstream(cb, d); !r) {
            *answer = r.error().kind == Error::Kind::Busy ? busy(10) : refusal(503, r.message());
            return;
        }
        answer->status = 200;
        answer->body = d.file;
        answer->contentType = "application/octet-stream";
        answer->headers.insert("X-Xianjie-Bundle-Id", d.bundleId.toLatin1());
        answer->headers.insert("X-Xianjie-Seq-To", QByteArray::number(d.seqTo));
        std::lock_guard lock(shared->metricsMutex);
        shared->downstreamBundles += 1;
    });
    if (!ran)
        return busy(30);
    return *answer;
}

Answer CountyService::health()
{
    if (!m_shared->writerAlive)
        return refusal(503, tr("The county server is stopping."));
    Answer a;
    a.contentType = "text/plain; charset=utf-8";
    a.body = "ok\n";
    return a;
}

void CountyService::countRequest(int status)
{
    std::lock_guard lock(m_shared->metricsMutex);
    m_shared->requests[status] += 1;
}

Answer CountyService::metrics()
{
    std::lock_guard lock(m_shared->metricsMutex);
    const Shared &s = *m_shared;
    QByteArray text;
    text += "# HELP xianjie_bundles_total Station bundles taken by the server, by outcome.\n"
            "# TYPE xianjie_bundles_total counter\n";
    for (const char *outcome : {"applied", "already_had", "held", "refused"})
        text += "xianjie_bundles_total{outcome=\"" + QByteArray(outcome) + "\"} " +
                QByteArray::number(s.bundles.value(QString::fromLatin1(outcome))) + '\n';
    text += "# HELP xianjie_bundle_apply_seconds Time spent applying station bundles.\n"
            "# TYPE xianjie_bundle_apply_seconds summary\n"
            "xianjie_bundle_apply_seconds_sum " +
            QByteArray::number(double(s.applyMicros) / 1e6, 'f', 6) +
            "\n"
            "xianjie_bundle_apply_seconds_count " +
            QByteArray::number(s.applyCount) + '\n';
    text += "# HELP xianjie_downstream_bundles_total Downstream bundles sent to stations.\n"
            "# TYPE xianjie_downstream_bundles_total counter\n"
            "xianjie_downstream_bundles_total " +
            QByteArray::number(s.downstreamBundles) + '\n';
    text += "# HELP xianjie_requests_total Requests answered, by HTTP status.\n"
            "# TYPE xianjie_requests_total counter\n";
    for (auto it = s.requests.cbegin(); it != s.requests.cend(); ++it)
        text += "xianjie_requests_total{code=\"" + QByteArray::number(it.key()) + "\"} " +
                QByteArray::number(it.value()) + '\n';
    text += "# HELP xianjie_station_last_seen_timestamp_seconds When each station last made a signed request.\n"
            "# TYPE xianjie_station_last_seen_timestamp_seconds gauge\n";
    for (auto it = s.lastSeen.cbegin(); it != s.lastSeen.cend(); ++it)
        text += "xianjie_station_last_seen_timestamp_seconds{station=\"" + it.key().toLatin1() + "\"} " +
                QByteArray::number(it.value()) + '\n';
    Answer a;
    a.contentType = "text/plain; version=0.0.4; charset=utf-8";
    a.body = text;
    return a;
}

} // namespace xianjie
