#include "ServerRunner.h"
#include "SyncFixture.h"
#include "storage/Casebook.h"
#include "sync/BundleFile.h"
#include "sync/RequestSignature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

/**
 * The real xianjie-server on a free loopback port, with station casebooks syncing through the real xianjie-cli:
 * concurrent stations, duplicates, gaps, every kind of forged or stale request, a server killed mid-upload, a station
 * offline at first, the stick after the network, and TLS through a real nginx.
 */
class ServerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString county() const { return path(QStringLiteral("county.casebook")); }
    QString stationA() const { return path(QStringLiteral("a.casebook")); }
    QString stationB() const { return path(QStringLiteral("b.casebook")); }
    static constexpr const char *kCodeA = "110105100000";
    static constexpr const char *kCodeB = "110105101000";
    std::unique_ptr<ServerRunner> m_server;

    static QByteArray secretKey(const QString &station)
    {
        auto cb = Casebook::open(station);
        if (!cb)
            qFatal("open: %s", qPrintable(cb.message()));
        return QByteArray::fromBase64((*cb)->setting(QStringLiteral("sign_secret_key")).toLatin1());
    }

    Run sync(const QString &station, const QStringList &more = {}) const
    {
        QStringList args{QStringLiteral("sync"),     station,        QStringLiteral("--user"), kStationUser,
                         QStringLiteral("--server"), m_server->url()};
        return cli(args + more);
    }

    /** A request signed as @p code with @p key, sent as is; @p tweak may change its headers after signing. */
    httplib::Result send(const QByteArray &key, const QString &code, const char *method, const QString &target,
                         const QByteArray &body = {}, const std::function<void(httplib::Headers &)> &tweak = {},
                         const QDateTime &at = QDateTime::currentDateTimeUtc()) const
    {
        const RequestSignature s = RequestSignature::sign(key, code, method, target.toLatin1(), body, at);
        httplib::Headers headers{{RequestSignature::kStation, s.station.toStdString()},
                                 {RequestSignature::kTime, s.time.toStdString()},
                                 {RequestSignature::kNonce, s.nonce.toStdString()},
                                 {RequestSignature::kContentSha256, s.contentSha256.toStdString()},
                                 {RequestSignature::kSignature, s.signature.toStdString()}};
        if (tweak)
            tweak(headers);
        httplib::Client client("127.0.0.1", m_server->port());
        client.set_read_timeout(120, 0);
        httplib::Result r = qstrcmp(method, "PUT") == 0 ? client.Put(target.toStdString(), headers, body.constData(),
                                                                     size_t(body.size()), "application/octet-stream")
                                                        : client.Get(target.toStdString(), headers);
        if (r && r->status >= 500)
            qWarning("%d %s", r->status, r->body.c_str());
        return r;
    }
    static QString bundleTarget(const QString &code, const QByteArray &file, qint64 offset = 0)
    {
        auto parts = bundlefile::split(file);
        return QStringLiteral("/v1/stations/%1/bundles/%2?offset=%3&size=%4&sha256=%5")
            .arg(code, parts->manifest.value(QStringLiteral("bundle_id")).toString())
            .arg(offset)
            .arg(file.size())
            .arg(bundlefile::sha256(file));
    }
    static QJsonObject json(const httplib::Result &r)
    {
        return QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    }
    /** The station's waiting changes, written to a stick folder by the real CLI: the files written. */
    QStringList exportToStick(const QString &station, const QString &folder) const
    {
        const Run r = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"), kStationUser,
                           QStringLiteral("--out"), folder});
        if (r.exit != 0)
            qFatal("bundle-export: %s", qPrintable(r.err));
        QStringList files;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.endsWith(QLatin1String(".bundle")))
                files << line.trimmed();
        return files;
    }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return f.readAll();
    }
    /** More households at a station (the change that travels next). */
    static void addHouseholds(const QString &station, int n, int seed)
    {
        const Run r = cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QString::number(n),
                           QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--user"), kStationUser});
        if (r.exit != 0)
            qFatal("demo: %s", qPrintable(r.err));
    }
    /** The county's row counts, but for its audit log (each CLI run there adds a sign-in entry). */
    QString countyTables() const
    {
        const Run r = cli({QStringLiteral("stats"), county(), QStringLiteral("--json")});
        QJsonObject tables =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tables")).toObject();
        tables.remove(QStringLiteral("audit_log"));
        return QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("XIANJIE_SERVER")));
        makeCounty(county());
        m_server = std::make_unique<ServerRunner>(county(), path(QStringLiteral("spool")), kCountyUser);
        m_server->logTo(path(QStringLiteral("server.log")));
        QVERIFY(m_server->start());
        makeEnrolledStation(stationA(), QString::fromLatin1(kCodeA), county(), 40);
        // Station B learns the server's address from its enrolment grant.
        makeEnrolledStation(stationB(), QString::fromLatin1(kCodeB), county(), 30, m_server->url());
    }

    void healthAndMetricsAnswerWithoutSignature()
    {
        httplib::Client client("127.0.0.1", m_server->port());
        auto health = client.Get("/healthz");
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        auto metrics = client.Get("/metrics");
        QVERIFY(metrics);
        QVERIFY(metrics->body.find("xianjie_bundles_total{outcome=\"applied\"}") != std::string::npos);
        // Anything under /v1 needs a station's signature.
        auto state = client.Get(QStringLiteral("/v1/stations/%1/state").arg(QLatin1String(kCodeA)).toStdString());
        QVERIFY(state);
        QCOMPARE(state->status, 401);
    }

    void twoStationsSyncAtOnce()
    {
        QProcess a;
        QProcess b;
        a.setProcessEnvironment(cliEnvironment());
        a.start(qEnvironmentVariable("XIANJIE_CLI"), {QStringLiteral("sync"), stationA(), QStringLiteral("--user"),
                                                      kStationUser, QStringLiteral("--server"), m_server->url()});
        b.setProcessEnvironment(cliEnvironment()); // no --server: the address came with the grant
        b.start(qEnvironmentVariable("XIANJIE_CLI"),
                {QStringLiteral("sync"), stationB(), QStringLiteral("--user"), kStationUser});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(tableCount(county(), QStringLiteral("household")), 70);
        QCOMPARE(tableCount(county(), QStringLiteral("person")),
                 tableCount(stationA(), QStringLiteral("person")) + tableCount(stationB(), QStringLiteral("person")));
        // The county acknowledged everything: a second round has nothing to send and changes nothing.
        const QString before = countyTables();
        const Run again = sync(stationA());
        QVERIFY2(again.exit == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("In step")), qPrintable(again.out));
        QVERIFY2(!again.out.contains(QStringLiteral("sent")), qPrintable(again.out));
        QCOMPARE(countyTables(), before);
        QCOMPARE(cli({QStringLiteral("check"), county()}).exit, 0);
    }

    void theSameBundleTwiceGetsTheSameReceipt()
    {
        addHouseholds(stationA(), 3, 71);
        const QStringList files = exportToStick(stationA(), path(QStringLiteral("dup")));
        QCOMPARE(files.size(), 1);
        const QByteArray file = read(files.first());
        const QByteArray key = secretKey(stationA());
        const QString code = QString::fromLatin1(kCodeA);
        auto first = send(key, code, "PUT", bundleTarget(code, file), file);
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(json(first).value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        const QString after = countyTables();
        auto second = send(key, code, "PUT", bundleTarget(code, file), file);
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(json(second).value(QStringLiteral("outcome")).toString(), QStringLiteral("already_had"));
        QCOMPARE(json(second).value(QStringLiteral("ops")).toInt(), json(first).value(QStringLiteral("ops")).toInt());
        QCOMPARE(countyTables(), after);
        // The same id with other bytes: refused with the reason.
        QByteArray other = file;
        other[other.size() - 1] = char(other.at(other.size() - 1) ^ 1);
        auto parts = bundlefile::split(file);
        const QString id = parts->manifest.value(QStringLiteral("bundle_id")).toString();
        auto clash = send(key, code, "PUT",
                          QStringLiteral("/v1/stations/%1/bundles/%2?offset=0&size=%3&sha256=%4")
                              .arg(code, id)
                              .arg(other.size())
                              .arg(bundlefile::sha256(other)),
                          other);
        QVERIFY(clash);
        QCOMPARE(clash->status, 409);
        QCOMPARE(countyTables(), after);
        QCOMPARE(sync(stationA()).exit, 0); // the station hears of the receipt
    }

    // The county's desktop app holds the write lock past the busy timeout: 503 with Retry-After, the whole bundle
    // kept in the spool, and the retry (offset = size, no body) applies it without sending it again.
    void aBusyCasebookAnswers503AndTheRetryApplies()
    {
        addHouseholds(stationA(), 3, 75);
        const QStringList files = exportToStick(stationA(), path(QStringLiteral("busy")));
        QCOMPARE(files.size(), 1);
        const QByteArray file = read(files.first());
        const QByteArray key = secretKey(stationA());
        const QString code = QString::fromLatin1(kCodeA);
        sqlite3 *other = nullptr; // as another program writing to the county casebook
        QCOMPARE(sqlite3_open(county().toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto busy = send(key, code, "PUT", bundleTarget(code, file), file);
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QVERIFY(std::stoi(busy->get_header_value("Retry-After")) > 0);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        auto retried = send(key, code, "PUT", bundleTarget(code, file, file.size()), QByteArray());
        QVERIFY(retried);
        QCOMPARE(retried->status, 200);
        QCOMPARE(json(retried).value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(sync(stationA()).exit, 0);
    }

    void aGapIsHeldAndFilledOnline()
    {
        const QString code = QString::fromLatin1(kCodeB);
        addHouseholds(stationB(), 2, 81);
        const QStringList first = exportToStick(stationB(), path(QStringLiteral("gap1")));
        addHouseholds(stationB(), 2, 82);
        const QStringList second = exportToStick(stationB(), path(QStringLiteral("gap2")));
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        const QByteArray key = secretKey(stationB());
        const QByteArray later = read(second.first());
        auto held = send(key, code, "PUT", bundleTarget(code, later), later);
        QVERIFY(held);
        QCOMPARE(held->status, 202);
        QCOMPARE(json(held).value(QStringLiteral("outcome")).toString(), QStringLiteral("held"));
        QVERIFY(json(held).value(QStringLiteral("missing")).toObject().value(QStringLiteral("from")).toInt() > 0);
        auto state = send(key, code, "GET", QStringLiteral("/v1/stations/%1/state").arg(code));
        QVERIFY(state);
        QCOMPARE(json(state).value(QStringLiteral("held")).toArray().size(), 1);
        const int before = tableCount(county(), QStringLiteral("household"));
        // The station's own round sends what is missing; the held one is applied right after it.
        const Run round = sync(stationB());
        QVERIFY2(round.exit == 0, qPrintable(round.out + round.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")), before + 4);
        state = send(key, code, "GET", QStringLiteral("/v1/stations/%1/state").arg(code));
        QCOMPARE(json(state).value(QStringLiteral("held")).toArray().size(), 0);
    }

    void forgedStaleAndRepeatedRequestsChangeNothing()
    {
        const QString code = QString::fromLatin1(kCodeA);
        addHouseholds(stationA(), 2, 91);
        const QStringList files = exportToStick(stationA(), path(QStringLiteral("forged")));
        QCOMPARE(files.size(), 1);
        const QByteArray file = read(files.first());
        const QByteArray key = secretKey(stationA());
        const QString before = countyTables();
        const QString target = bundleTarget(code, file);

        // A body changed after signing.
        auto tampered = send(key, code, "PUT", target, file, [&](httplib::Headers &h) {
            h.erase(RequestSignature::kContentSha256);
            QByteArray changed = file;
            changed[100] = char(changed.at(100) ^ 0x20);
            h.emplace(RequestSignature::kContentSha256,
                      QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex().toStdString());
        });
        QVERIFY(tampered);
        QCOMPARE(tampered->status, 401);
        // Signed with another key.
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, 0);
        QByteArray sk(crypto_sign_SECRETKEYBYTES, 0);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
        auto forged = send(sk, code, "PUT", target, file);
        QVERIFY(forged);
        QCOMPARE(forged->status, 401);
        QVERIFY(QString::fromStdString(forged->body).contains(QStringLiteral("signature")));
        // A station the county never enrolled.
        auto stranger =
            send(sk, QStringLiteral("110105109000"), "GET", QStringLiteral("/v1/stations/110105109000/state"));
        QVERIFY(stranger);
        QCOMPARE(stranger->status, 403);
        QVERIFY(QString::fromStdString(stranger->body).contains(QStringLiteral("not enrolled")));
        // A clock twenty minutes behind: refused, and the answer says the clock is off.
        auto stale = send(key, code, "GET", QStringLiteral("/v1/stations/%1/state").arg(code), {}, {},
                          QDateTime::currentDateTimeUtc().addSecs(-20 * 60));
        QVERIFY(stale);
        QCOMPARE(stale->status, 401);
        QVERIFY(QString::fromStdString(stale->body).contains(QStringLiteral("clock")));
        QVERIFY(json(stale).value(QStringLiteral("clock_off_seconds")).toInt() < -1000);
        // A request sent twice, nonce and all: the second is refused.
        httplib::Headers kept;
        auto once = send(key, code, "GET", QStringLiteral("/v1/stations/%1/state").arg(code), {},
                         [&](httplib::Headers &h) { kept = h; });
        QVERIFY(once);
        QCOMPARE(once->status, 200);
        auto replay = send(key, code, "GET", QStringLiteral("/v1/stations/%1/state").arg(code), {},
                           [&](httplib::Headers &h) { h = kept; });
        QVERIFY(replay);
        QCOMPARE(replay->status, 401);
        QVERIFY(QString::fromStdString(replay->body).contains(QStringLiteral("nonce")));
        // A compressed body is refused before anything reads it.
        auto gz =
            send(key, code, "PUT", target, file, [](httplib::Headers &h) { h.emplace("Content-Encoding", "gzip"); });
        QVERIFY(gz);
        QCOMPARE(gz->status, 415);
        QCOMPARE(countyTables(), before);
        QCOMPARE(sync(stationA()).exit, 0);
    }

    void aServerKilledDuringAnUploadLosesNothing()
    {
        // A bundle of several parts (1 MB each); the server is killed while parts arrive, at a random moment after
        // the first one, and again on the next round, and so on.
        addHouseholds(stationA(), 1500, 101);
        const int expected =
            tableCount(stationA(), QStringLiteral("household")) + tableCount(stationB(), QStringLiteral("household"));
        const int expectedPersons =
            tableCount(stationA(), QStringLiteral("person")) + tableCount(stationB(), QStringLiteral("person"));
        const QDir spool(path(QStringLiteral("spool/%1").arg(QLatin1String(kCodeA))));
        QRandomGenerator rng(20261202);
        int killedMidway = 0;
        qint64 keptOfAPart = 0; // what the spool kept across a kill: the next round goes on from there
        const QByteArray key = secretKey(stationA());
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess round;
            round.setProcessEnvironment(cliEnvironment());
            round.start(qEnvironmentVariable("XIANJIE_CLI"),
                        {QStringLiteral("sync"), stationA(), QStringLiteral("--user"), kStationUser,
                         QStringLiteral("--server"), m_server->url()});
            QVERIFY(round.waitForStarted());
            // Until a part has arrived (or the round is over), then a random moment more.
            // (waitForFinished, not sleep: the process's state is only updated by waiting on it)
            while (!round.waitForFinished(5) && spool.entryList({QStringLiteral("*.part")}).isEmpty()) {
            }
            round.waitForFinished(int(rng.bounded(150)) + 1);
            const bool wasRunning = round.state() == QProcess::Running;
            m_server->kill();
            round.waitForFinished(120000);
            if (wasRunning && round.exitCode() == 4)
                ++killedMidway;
            QVERIFY2(cli({QStringLiteral("check"), county()}).exit == 0, "county damaged after a kill");
            QVERIFY(m_server->start());
            auto state = send(key, QString::fromLatin1(kCodeA), "GET",
                              QStringLiteral("/v1/stations/%1/state").arg(QLatin1String(kCodeA)));
            QVERIFY(state);
            for (const QJsonValue &r : json(state).value(QStringLiteral("receiving")).toArray())
                keptOfAPart = qMax(keptOfAPart, r.toObject().value(QStringLiteral("received")).toInteger());
            if (!wasRunning)
                break;
        }
        QVERIFY(killedMidway > 0);
        QVERIFY(keptOfAPart > 0);
        const Run last = sync(stationA());
        QVERIFY2(last.exit == 0, qPrintable(last.out + last.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")), expected);
        QCOMPARE(tableCount(county(), QStringLiteral("person")), expectedPersons);
        QCOMPARE(cli({QStringLiteral("check"), county()}).exit, 0);
        QCOMPARE(cli({QStringLiteral("check"), stationA()}).exit, 0);
        QVERIFY(spool.entryList({QStringLiteral("*.part")}).isEmpty()); // nothing left half-received
    }

    // SIGTERM at random moments of an upload and its apply: the server lets the request in hand finish, exits 0, and
    // the next round completes the job.
    void sigtermFinishesTheRequestInHandAndStops()
    {
        addHouseholds(stationB(), 1200, 151);
        const QDir spool(path(QStringLiteral("spool/%1").arg(QLatin1String(kCodeB))));
        QRandomGenerator rng(20261203);
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess round;
            round.setProcessEnvironment(cliEnvironment());
            round.start(qEnvironmentVariable("XIANJIE_CLI"),
                        {QStringLiteral("sync"), stationB(), QStringLiteral("--user"), kStationUser,
                         QStringLiteral("--server"), m_server->url()});
            QVERIFY(round.waitForStarted());
            // (waitForFinished, not sleep: the process's state is only updated by waiting on it)
            while (!round.waitForFinished(5) && spool.entryList({QStringLiteral("*.part")}).isEmpty()) {
            }
            round.waitForFinished(int(rng.bounded(400)) + 1);
            const bool wasRunning = round.state() == QProcess::Running;
            QCOMPARE(m_server->stop(), 0); // SIGTERM, and a clean exit
            round.waitForFinished(120000);
            QVERIFY2(cli({QStringLiteral("check"), county()}).exit == 0, "county damaged after SIGTERM");
            QVERIFY(m_server->start());
            if (!wasRunning)
                break;
        }
        const Run last = sync(stationB());
        QVERIFY2(last.exit == 0, qPrintable(last.out + last.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")),
                 tableCount(stationA(), QStringLiteral("household")) +
                     tableCount(stationB(), QStringLiteral("household")));
    }

    void aStationOfflineAtFirstSyncsWhenTheServerAppears()
    {
        addHouseholds(stationB(), 2, 111);
        m_server->stop();
        const Run offline = sync(stationB());
        QCOMPARE(offline.exit, 4);
        QVERIFY2(offline.err.contains(QStringLiteral("Nothing answers")), qPrintable(offline.err));
        QVERIFY(m_server->start());
        const Run online = sync(stationB());
        QVERIFY2(online.exit == 0, qPrintable(online.out + online.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")),
                 tableCount(stationA(), QStringLiteral("household")) +
                     tableCount(stationB(), QStringLiteral("household")));
    }

    void theStickAfterTheNetworkChangesNothing()
    {
        addHouseholds(stationB(), 2, 121);
        const QStringList files = exportToStick(stationB(), path(QStringLiteral("stick-after")));
        QCOMPARE(files.size(), 1);
        QCOMPARE(sync(stationB()).exit, 0); // the same bundle goes online first
        const QString before = countyTables();
        const Run stick =
            cli({QStringLiteral("bundle-import"), county(), files.first(), QStringLiteral("--user"), kCountyUser});
        QCOMPARE(stick.exit, 0);
        QVERIFY2(stick.out.contains(QStringLiteral("already")), qPrintable(stick.out));
        QCOMPARE(countyTables(), before);
    }

    void aRevokedStationIsRefused()
    {
        const QString before = countyTables();
        const Run revoke =
            cli({QStringLiteral("station-revoke"), county(), QStringLiteral("--code"), QString::fromLatin1(kCodeB),
                 QStringLiteral("--reason"), QStringLiteral("电脑丢失"), QStringLiteral("--user"), kCountyUser});
        QVERIFY2(revoke.exit == 0, qPrintable(revoke.err));
        addHouseholds(stationB(), 1, 131);
        const Run refused = sync(stationB());
        QCOMPARE(refused.exit, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("revoked")), qPrintable(refused.err));
        // Only the revocation itself changed the county (the station's row).
        QCOMPARE(countyTables(), before);
    }

    void metricsCountWhatHappened()
    {
        QCOMPARE(sync(stationA()).exit, 0);
        httplib::Client client("127.0.0.1", m_server->port());
        auto metrics = client.Get("/metrics");
        QVERIFY(metrics);
        const QString text = QString::fromStdString(metrics->body);
        QVERIFY2(text.contains(QStringLiteral("xianjie_station_last_seen_timestamp_seconds{station=\"110105100000\"}")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("xianjie_requests_total{code=\"200\"}")));
    }

    // The shipped nginx site file in front of the server, with a self-signed certificate the station is told of.
    void throughNginxWithTls()
    {
        const QString dir = path(QStringLiteral("nginx"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/logs")));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"), QStringLiteral("-out"),
                       dir + QStringLiteral("/server.pem")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl could not make a certificate");
        QString site = QString::fromUtf8(
            read(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../packaging/server/nginx-xianjie-server.conf")));
        const int port = freePort();
        site.replace(QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port));
        site.replace(QStringLiteral("listen [::]:443 ssl;"), QString());
        site.replace(QStringLiteral("/etc/xianjie/tls/"), dir + QLatin1Char('/'));
        site.replace(QStringLiteral("127.0.0.1:8470"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        const QString conf = QStringLiteral("daemon off;\nmaster_process off;\nerror_log %1/logs/error.log;\n"
                                            "pid %1/nginx.pid;\nevents { worker_connections 64; }\nhttp {\n"
                                            "access_log %1/logs/access.log;\nclient_body_temp_path %1/body;\n"
                                            "proxy_temp_path %1/proxy;\nfastcgi_temp_path %1/fastcgi;\n"
                                            "uwsgi_temp_path %1/uwsgi;\nscgi_temp_path %1/scgi;\n%2\n}\n")
                                 .arg(dir, site);
        QFile out(dir + QStringLiteral("/nginx.conf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(conf.toUtf8());
        out.close();
        QProcess nginx;
        nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        nginx.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")});
        QVERIFY2(nginx.waitForStarted(), "nginx is not installed: packaging/dev.sh test installs it");
        const std::string ca = (dir + QStringLiteral("/server.pem")).toStdString();
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            httplib::SSLClient probe("127.0.0.1", port);
            probe.set_ca_cert_path(ca.c_str());
            probe.enable_server_certificate_verification(true);
            auto r = probe.Get("/healthz");
            up = r && r->status == 200;
            if (!up)
                QThread::msleep(50);
        }
        QVERIFY2(up, "nginx did not answer");
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        addHouseholds(stationA(), 2, 141);
        const int before = tableCount(county(), QStringLiteral("household"));
        // Without the county's certificate the station refuses to talk to it.
        const Run untrusted = cli({QStringLiteral("sync"), stationA(), QStringLiteral("--user"), kStationUser,
                                   QStringLiteral("--server"), url});
        QCOMPARE(untrusted.exit, 4);
        QVERIFY2(untrusted.err.contains(QStringLiteral("certificate")), qPrintable(untrusted.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")), before);
        const Run trusted =
            cli({QStringLiteral("sync"), stationA(), QStringLiteral("--user"), kStationUser, QStringLiteral("--server"),
                 url, QStringLiteral("--ca-file"), dir + QStringLiteral("/server.pem")});
        QVERIFY2(trusted.exit == 0, qPrintable(trusted.out + trusted.err));
        QCOMPARE(tableCount(county(), QStringLiteral("household")), before + 2);
        // nginx's own limit: a body larger than a part is refused before it reaches the server.
        httplib::SSLClient big("127.0.0.1", port);
        big.set_ca_cert_path(ca.c_str());
        const std::string three(3 * 1024 * 1024, 'x');
        auto refused = big.Put("/v1/stations/110105100000/bundles/x", three, "application/octet-stream");
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        nginx.terminate();
        nginx.waitForFinished();
    }

    // Everything the server printed in this whole run: one line per request, and never an ID number or a name (the
    // demo households' names are Chinese; the server speaks English here, so no Chinese character at all).
    void theLogHasNoIdNumberOrName()
    {
        const QString log = QString::fromUtf8(read(path(QStringLiteral("server.log"))));
        QVERIFY(log.count(QStringLiteral(" PUT /v1/stations/")) >= 10);
        QVERIFY(!log.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dXx]"))));
        QVERIFY(!log.contains(QRegularExpression(QStringLiteral("\\p{Han}"))));
        for (const QString &line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.size() < 300, qPrintable(line));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0); // SIGTERM: a clean stop
    }
};

QTEST_GUILESS_MAIN(ServerTest)
#include "server_test.moc"
