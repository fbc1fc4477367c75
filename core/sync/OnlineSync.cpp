#include "OnlineSync.h"

#include "storage/Casebook.h"
#include "storage/SyncLedger.h"
#include "sync/BundleFile.h"
#include "sync/BundleImporter.h"
#include "sync/RequestSignature.h"
#include "sync/StationSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <httplib.h>
#include <memory>

namespace xianjie {

namespace {
const QString kUrlKey = QStringLiteral("server_url");
const QString kSyncedKey = QStringLiteral("online_synced_at");
const QString kOfflineKey = QStringLiteral("online_offline_since");
const QString kProblemKey = QStringLiteral("online_problem");

/** Why no answer came, in words. */
QString cause(httplib::Error error)
{
    switch (error) {
    case httplib::Error::Connection:
        return OnlineSync::tr("Nothing answers at the server's address (no network, or the server is off).");
    case httplib::Error::ConnectionTimeout:
    case httplib::Error::Read:
    case httplib::Error::Write:
        return OnlineSync::tr("The line to the server broke off or timed out.");
    case httplib::Error::SSLConnection:
    case httplib::Error::SSLLoadingCerts:
        return OnlineSync::tr("No secure connection could be made to the server.");
    default:
        return OnlineSync::tr("The server could not be reached (%1).")
            .arg(QString::fromStdString(httplib::to_string(error)));
    }
}

/** One HTTP exchange's outcome, as the round needs it. */
struct Reply
{
    bool reached = false; ///< an HTTP answer came back
    int status = 0;
    QByteArray body;
    QJsonObject json;
    int retryAfter = 0;
    QString transportError;
    bool certificate = false; ///< the TLS certificate did not verify
    bool retryable() const { return !reached || status >= 500 || status == 408 || status == 429; }
    /** The server's words, or a sentence for the status. */
    QString words() const
    {
        if (certificate)
            return OnlineSync::tr("The county server's certificate could not be verified. Check the address, or ask "
                                  "the county for its certificate file.");
        if (!reached)
            return transportError;
        const QString said = json.value(QStringLiteral("error")).toString();
        if (!said.isEmpty())
            return said;
        return OnlineSync::tr("The county server answered with an error (HTTP %1).").arg(status);
    }
};

class Connection
{
public:
    Connection(const Casebook &station, const QUrl &url, const OnlineSync::Options &options)
        : m_code(station.identity().code),
          m_key(QByteArray::fromBase64(station.setting(QStringLiteral("sign_secret_key")).toLatin1()))
    {
        const QString base = QStringLiteral("%1://%2:%3")
                                 .arg(url.scheme(), url.host())
                                 .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        m_client = std::make_unique<httplib::Client>(base.toStdString());
        m_client->set_connection_timeout(options.connectSeconds, 0);
        m_client->set_read_timeout(options.readSeconds, 0);
        m_client->set_write_timeout(60, 0);
        m_client->set_keep_alive(true);
        if (!options.caFile.isEmpty())
            m_client->set_ca_cert_path(options.caFile.toStdString());
    }

    Reply send(const char *method, const QString &target, const QByteArray &body = {})
    {
        const QByteArray t = target.toLatin1();
        // Signed with the computer's own clock, which the server compares with its own (not the casebook's clock).
        const RequestSignature s =
            RequestSignature::sign(m_key, m_code, method, t, body, QDateTime::currentDateTimeUtc());
        httplib::Headers headers{{RequestSignature::kStation, s.station.toStdString()},
                                 {RequestSignature::kTime, s.time.toStdString()},
                                 {RequestSignature::kNonce, s.nonce.toStdString()},
                                 {RequestSignature::kContentSha256, s.contentSha256.toStdString()},
                                 {RequestSignature::kSignature, s.signature.toStdString()}};
        httplib::Result result = qstrcmp(method, "PUT") == 0
                                     ? m_client->Put(t.constData(), headers, body.constData(), size_t(body.size()),
                                                     "application/octet-stream")
                                     : m_client->Get(t.constData(), headers);
        Reply reply;
        if (!result) {
            reply.transportError = cause(result.error());
            reply.certificate = result.error() == httplib::Error::SSLServerVerification;
            return reply;
        }
        reply.reached = true;
        reply.status = result->status;
        reply.body = QByteArray::fromStdString(result->body);
        reply.retryAfter = QByteArray::fromStdString(result->get_header_value("Retry-After")).toInt();
        if (result->get_header_value("Content-Type").rfind("application/json", 0) == 0)
            reply.json = QJsonDocument::fromJson(reply.body).object();
        return reply;
    }

private:
    QString m_code;
    QByteArray m_key;
    std::unique_ptr<httplib::Client> m_client;
};

QString stationPath(const Casebook &station)
{
    return QStringLiteral("/v1/stations/%1").arg(station.identity().code);
}
} // namespace

Result<void> OnlineSync::checkUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || !url.userInfo().isEmpty())
        return makeError(Error::Kind::Invalid, tr("The county server's address should look like "
                                                  "https://sync.example.gov.cn or https://10.1.2.3:8443."));
    return {};
}

QString OnlineSync::serverUrl(const Casebook &casebook)
{
    return casebook.setting(kUrlKey);
}

Result<void> OnlineSync::setServerUrl(Casebook &casebook, const QString &url)
{
    if (!url.trimmed().isEmpty())
        if (auto r = checkUrl(url); !r)
            return r;
    return casebook.setSetting(kUrlKey, url.trimmed());
}

OnlineSync::LastRound OnlineSync::lastRound(const Casebook &station)
{
    LastRound last;
    last.syncedAt = QDateTime::fromString(station.setting(kSyncedKey), Qt::ISODate);
    last.offlineSince = QDateTime::fromString(station.setting(kOfflineKey), Qt::ISODate);
    last.problem = station.setting(kProblemKey);
    return last;
}

OnlineSync::Report OnlineSync::syncOnce(Casebook &station, const Options &given)
{
    Report report;
    Options options = given;
    auto finish = [&](Outcome outcome) {
        report.outcome = outcome;
        report.finishedAt = station.clock().now();
        if (auto waiting = SyncLedger::waitingCount(station))
            report.waiting = *waiting;
        // Remembered for the status line: a refusal stays until a round goes through.
        const QString now = report.finishedAt.toString(Qt::ISODate);
        if (outcome == Outcome::InStep || outcome == Outcome::Held) {
            (void)station.storeSystemSetting(kSyncedKey, now);
            (void)station.storeSystemSetting(kOfflineKey, QString());
            (void)station.storeSystemSetting(kProblemKey, QString());
        } else if (outcome == Outcome::Unreachable) {
            if (station.setting(kOfflineKey).isEmpty())
                (void)station.storeSystemSetting(kOfflineKey, now);
        } else if (outcome == Outcome::Refused) {
            (void)station.storeSystemSetting(kOfflineKey, QString());
            (void)station.storeSystemSetting(kProblemKey, report.problems.value(0));
        }
        return report;
    };
    auto notSetUp = [&](const QString &why) {
        report.problems << why;
        report.outcome = Outcome::NotSetUp;
        return report;
    };
    if (station.identity().role != Casebook::Role::Station)
        return notSetUp(tr("Online sync runs at a station; the county runs xianjie-server."));
    if (auto r = station.require(Action::EditHouseholds); !r)
        return notSetUp(r.message());
    if (station.setting(QStringLiteral("county_box_public_key")).isEmpty())
        return notSetUp(tr("Enrol the station with its county first."));
    if (options.url.isEmpty())
        options.url = serverUrl(station);
    if (options.url.isEmpty())
        return notSetUp(tr("No county server address is set: the station syncs by USB stick only."));
    if (auto r = checkUrl(options.url); !r)
        return notSetUp(r.message());

    // The waiting changes become bundles first, exactly as for the stick; their bytes stay in the casebook until
    // the county acknowledges them, so nothing is lost whatever happens to the network.
    {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return notSetUp(tr("No temporary folder can be made for the bundles."));
        auto written = StationSync::exportPending(station, scratch.path());
        if (!written) {
            report.problems << written.message();
            return finish(Outcome::Refused);
        }
    }

    Connection connection(station, QUrl(options.url.trimmed()), options);
    const QString base = stationPath(station);
    auto failed = [&](const Reply &reply) {
        report.problems << reply.words();
        report.retryAfterSeconds = reply.retryAfter;
        return finish(reply.retryable() ? Outcome::Unreachable : Outcome::Refused);
    };

    const Reply state = connection.send("GET", base + QStringLiteral("/state"));
    if (!state.reached || state.status != 200)
        return failed(state);
    const qint64 appliedThrough = state.json.value(QStringLiteral("applied_through")).toInteger();
    const qint64 chunk =
        qBound(qint64(4096), state.json.value(QStringLiteral("chunk_bytes")).toInteger(1 << 20), qint64(8 << 20));
    QSet<QString> held;
    for (const QJsonValue &h : state.json.value(QStringLiteral("held")).toArray())
        held.insert(h.toObject().value(QStringLiteral("bundle")).toString());
    QHash<QString, qint64> received;
    for (const QJsonValue &r : state.json.value(QStringLiteral("receiving")).toArray())
        received.insert(r.toObject().value(QStringLiteral("bundle")).toString(),
                        r.toObject().value(QStringLiteral("received")).toInteger());
    report.held = int(held.size());

    auto files = SyncLedger::unacknowledgedFiles(station);
    if (!files) {
        report.problems << files.message();
        return finish(Outcome::Refused);
    }
    qint64 total = 0;
    qint64 sent = 0;
    for (const SyncLedger::SentFile &f : std::as_const(*files))
        total += f.bytes.size();
    bool refused = false;
    for (const SyncLedger::SentFile &f : std::as_const(*files)) {
        auto parts = bundlefile::split(f.bytes);
        if (!parts)
            continue; // cannot happen for bytes this casebook wrote and verified; the stick path shows it
        const QString id = parts->manifest.value(QStringLiteral("bundle_id")).toString();
        if (parts->manifest.value(QStringLiteral("seq_to")).toInteger() <= appliedThrough || held.contains(id)) {
            sent += f.bytes.size(); // at the county already: its acknowledgement comes with the downstream bundle
            continue;
        }
        const QString sha = bundlefile::sha256(f.bytes);
        qint64 offset = qMin<qint64>(received.value(id), f.bytes.size());
        int resumes = 0;
        QElapsedTimer took;
        took.start();
        for (;;) {
            if (options.stop && options.stop())
                return finish(Outcome::Unreachable);
            const QByteArray part = f.bytes.mid(offset, chunk);
            const QString target = QStringLiteral("%1/bundles/%2?offset=%3&size=%4&sha256=%5")
                                       .arg(base, id)
                                       .arg(offset)
                                       .arg(f.bytes.size())
                                       .arg(sha);
            const Reply r = connection.send("PUT", target, part);
            if (!r.reached || r.retryable())
                return failed(r);
            const QString outcome = r.json.value(QStringLiteral("outcome")).toString();
            if (r.status == 416 && ++resumes < 5) { // the server has another part of it: go on from there
                offset = r.json.value(QStringLiteral("received")).toInteger();
                continue;
            }
            if (r.status == 200 && outcome == QLatin1String("receiving")) {
                offset = r.json.value(QStringLiteral("received")).toInteger();
                if (options.progress)
                    options.progress(sent + offset, total);
                continue;
            }
            report.bundleSeconds << double(took.nsecsElapsed()) / 1e9;
            if (r.status == 200 && outcome == QLatin1String("applied")) {
                ++report.uploaded;
                report.opsSent += r.json.value(QStringLiteral("ops")).toInt();
                report.held = qMax(0, report.held - r.json.value(QStringLiteral("held_applied")).toInt());
            } else if (r.status == 200 && outcome == QLatin1String("already_had")) {
                ++report.alreadyHad;
            } else if (r.status == 202) {
                ++report.held;
                report.problems << r.json.value(QStringLiteral("reason")).toString();
            } else {
                report.problems << r.words();
                refused = true;
            }
            break;
        }
        sent += f.bytes.size();
        if (options.progress)
            options.progress(sent, total);
        if (refused)
            break; // the bundles after a refused one cannot follow it
    }

    // The county's news: acknowledgements, its changes, alerts.
    auto acked = SyncLedger::acknowledgedThrough(station);
    if (!acked) {
        report.problems << acked.message();
        return finish(Outcome::Refused);
    }
    const qint64 after = station.setting(QStringLiteral("downstream_seq"), QStringLiteral("0")).toLongLong();
    const Reply down =
        connection.send("GET", QStringLiteral("%1/downstream?after=%2&acked=%3").arg(base).arg(after).arg(*acked));
    if (!down.reached || (down.status != 200 && down.status != 204))
        return failed(down);
    if (down.status == 200) {
        const BundleImportResult r = BundleImporter::import(station, down.body);
        if (r.outcome == BundleImportResult::Outcome::Applied) {
            report.downstreamApplied = true;
            report.downstreamOps = r.ops;
            report.acknowledged = r.acknowledged;
        } else if (r.outcome == BundleImportResult::Outcome::Refused) {
            report.problems << r.reason;
            refused = true;
        }
    }
    if (refused)
        return finish(Outcome::Refused);
    return finish(report.held > 0 ? Outcome::Held : Outcome::InStep);
}

QString OnlineSync::Report::summary() const
{
    QString head;
    switch (outcome) {
    case Outcome::InStep:
        head = tr("In step with the county");
        break;
    case Outcome::Held:
        head = tr("The county holds %n bundle(s) until the missing changes arrive", nullptr, held);
        break;
    case Outcome::Refused:
        head = tr("The county refused a bundle");
        break;
    case Outcome::Unreachable:
        head = tr("The county server was not reached; the station tries again later");
        break;
    case Outcome::NotSetUp:
        head = tr("Online sync is not set up");
        break;
    }
    QStringList parts;
    if (uploaded > 0)
        parts << tr("%n bundle(s) sent (%1 changes)", nullptr, uploaded).arg(opsSent);
    if (alreadyHad > 0)
        parts << tr("%n bundle(s) the county already had", nullptr, alreadyHad);
    if (downstreamApplied)
        parts << tr("county's news applied (%n change(s))", nullptr, downstreamOps);
    if (waiting > 0)
        parts << tr("%n change(s) still waiting", nullptr, waiting);
    QString text = head;
    if (!parts.isEmpty())
        text += tr(": ") + parts.join(tr(", "));
    if (!problems.isEmpty())
        text += tr(". ") + problems.join(QLatin1Char(' '));
    return text;
}

int OnlineSync::Report::exitCode() const
{
    switch (outcome) {
    case Outcome::InStep:
        return 0;
    case Outcome::Held:
        return 3;
    case Outcome::Refused:
        return 2;
    case Outcome::Unreachable:
        return 4;
    case Outcome::NotSetUp:
        return 1;
    }
    return 1;
}

} // namespace xianjie
