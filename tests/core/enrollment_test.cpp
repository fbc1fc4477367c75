#include "Builders.h"
#include "TestCasebook.h"
#include "storage/CasebookCheck.h"
#include "storage/CharityDirectory.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/Enrollment.h"
#include "sync/StationSync.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

/** Station ⇄ county enrolment over files: keys, request, grant, acceptance, revocation, and forgeries refused. */
class EnrollmentTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh folder for each test's county casebooks
    std::unique_ptr<TestCasebook> m_station;
    std::unique_ptr<Casebook> m_county;

    std::unique_ptr<Casebook> county(const QString &file, const QString &code)
    {
        auto cb = Casebook::create(m_dir->filePath(file),
                                   {Casebook::Role::County, code, QStringLiteral("测试县民政局")}, m_station->clock());
        if (!cb)
            qFatal("county: %s", qPrintable(cb.message()));
        UserRepository users(**cb);
        if (!users.createFirstUser(QStringLiteral("xianli"), QStringLiteral("县里"),
                                   QStringLiteral("county-pass-2026")))
            qFatal("county user");
        if (!users.signIn(QStringLiteral("xianli"), QStringLiteral("county-pass-2026")))
            qFatal("county sign-in");
        return std::move(*cb);
    }

    // Changes the request's body without signing it again, as someone carrying the file might.
    static QByteArray tampered(const QByteArray &file, const QString &field, const QString &value)
    {
        QJsonObject envelope = QJsonDocument::fromJson(file).object();
        QJsonObject body = QJsonDocument::fromJson(
                               QByteArray::fromBase64(envelope.value(QStringLiteral("body")).toString().toLatin1()))
                               .object();
        body.insert(field, value);
        envelope.insert(QStringLiteral("body"),
                        QString::fromLatin1(QJsonDocument(body).toJson(QJsonDocument::Compact).toBase64()));
        return QJsonDocument(envelope).toJson();
    }

    int stationRows()
    {
        return Database::scalar(m_county->db(), QStringLiteral("SELECT count(*) FROM station"))->toInt();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_station = std::make_unique<TestCasebook>();
        m_county = county(QStringLiteral("county.casebook"), QStringLiteral("110105"));
        HouseholdRepository villages(*m_county);
        QVERIFY(villages.addVillage(QStringLiteral("110105100201"), QStringLiteral("和平村")).ok());
        QVERIFY(villages.addVillage(QStringLiteral("110105200201"), QStringLiteral("别的乡的村")).ok());
        registerOrg(*m_county, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
    }
    void cleanup()
    {
        m_county.reset();
        m_station.reset();
        m_dir.reset();
    }

    void requestApproveAccept()
    {
        auto request = Enrollment::request(m_station->casebook());
        QVERIFY2(request.ok(), qPrintable(request.message()));
        QVERIFY(!request->contains(m_station->casebook().setting(QStringLiteral("sign_secret_key")).toLatin1()));
        auto grant = Enrollment::approve(*m_county, *request);
        QVERIFY2(grant.ok(), qPrintable(grant.message()));
        auto stations = Enrollment::stations(*m_county);
        QCOMPARE(stations->size(), 1);
        QCOMPARE(stations->first().code, QStringLiteral("110105100000"));
        QCOMPARE(stations->first().stationId, m_station->casebook().stationId());
        QCOMPARE(Enrollment::fingerprint(stations->first().signPublicKey),
                 Enrollment::fingerprint(Enrollment::signPublicKey(m_station->casebook())));
        auto accepted = Enrollment::accept(m_station->casebook(), *grant);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
        QCOMPARE(accepted->villages, 1); // only the station's own township
        QCOMPARE(accepted->organisations, 1);
        QCOMPARE(accepted->countyFingerprint, Enrollment::fingerprint(Enrollment::signPublicKey(*m_county)));
        QVERIFY(accepted->countyFingerprint.contains(
            QRegularExpression(QStringLiteral("^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$"))));
        QCOMPARE(HouseholdRepository(m_station->casebook()).villages()->first().name, QStringLiteral("和平村"));
        QCOMPARE(CharityDirectory(m_station->casebook()).orgs()->first().name, QStringLiteral("县慈善总会"));
        // The same request again is granted again, without a second registration; accepting twice adds nothing.
        auto again = Enrollment::approve(*m_county, *request);
        QVERIFY(again.ok());
        QCOMPARE(stationRows(), 1);
        QCOMPARE(Enrollment::accept(m_station->casebook(), *again)->villages, 0);
    }

    /**
     * A new station enters its villages before it is enrolled, and registers households in them. Enrolment keeps
     * them (the county's village of the same code adds nothing), and the first bundle applies at the county.
     */
    void villagesEnteredBeforeEnrolmentSyncCleanly()
    {
        Casebook &station = m_station->casebook();
        HouseholdRepository repo(station);
        auto same = repo.addVillage(QStringLiteral("110105100201"), QStringLiteral("和平村"));
        auto own = repo.addVillage(QStringLiteral("110105100299"), QStringLiteral("新建社区"));
        QVERIFY2(same.ok() && own.ok(), qPrintable(same.message() + own.message()));
        for (const QString &village : {*same, *own}) {
            Household h;
            h.villageId = village;
            h.address = QStringLiteral("1组1号");
            Person head;
            head.name = village == *same ? QStringLiteral("和平户主") : QStringLiteral("新建户主");
            head.birthDate = QDate(1970, 5, 5);
            head.sex = QStringLiteral("F");
            QVERIFY(repo.createHousehold(h, head, true).ok());
        }
        auto request = Enrollment::request(station);
        auto grant = Enrollment::approve(*m_county, *request);
        auto accepted = Enrollment::accept(station, *grant);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
        QCOMPARE(accepted->villages, 0); // the county's 和平村 is the one the station has
        QCOMPARE(repo.villages()->size(), 2);
        auto files = StationSync::exportPending(station, m_dir->filePath(QStringLiteral("stick")));
        QVERIFY2(files.ok() && !files->isEmpty(), qPrintable(files.message()));
        for (const QString &file : *files) {
            QFile bundle(file);
            QVERIFY(bundle.open(QIODevice::ReadOnly));
            const auto r = BundleImporter::import(*m_county, bundle.readAll());
            QVERIFY2(r.outcome == BundleImporter::Outcome::Applied, qPrintable(r.reason));
        }
        auto faults = CasebookCheck::run(m_county->db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
        QCOMPARE(Database::scalar(m_county->db(),
                                  QStringLiteral("SELECT count(*) FROM household h JOIN village v ON v.id = "
                                                 "h.village_id WHERE v.code IN ('110105100201', '110105100299')"))
                     ->toInt(),
                 2);
    }

    void forgedOrMisaddressedFilesAreRefused()
    {
        const QByteArray request = *Enrollment::request(m_station->casebook());
        // Changed after signing: refused, nothing registered.
        QVERIFY(
            !Enrollment::approve(*m_county, tampered(request, QStringLiteral("name"), QStringLiteral("冒名站"))).ok());
        QVERIFY(!Enrollment::approve(*m_county, request.left(request.size() / 2)).ok());
        QVERIFY(!Enrollment::approve(*m_county, QByteArray("not json")).ok());
        QCOMPARE(stationRows(), 0);
        // A station of another county.
        auto other = county(QStringLiteral("other.casebook"), QStringLiteral("120101"));
        auto outside = Enrollment::approve(*other, request);
        QVERIFY(!outside.ok());
        QVERIFY(outside.message().contains(QStringLiteral("120101")));
        // A grant made for another station's casebook.
        TestCasebook second;
        const QByteArray grant = *Enrollment::approve(*m_county, request);
        auto wrong = Enrollment::accept(second.casebook(), grant);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QStringLiteral("another station")));
        // Once a county is accepted, a grant signed by any other key is refused.
        QVERIFY(Enrollment::accept(m_station->casebook(), grant).ok());
        auto impostor = county(QStringLiteral("impostor.casebook"), QStringLiteral("110105"));
        const QByteArray forged = *Enrollment::approve(*impostor, request);
        QVERIFY(!Enrollment::accept(m_station->casebook(), forged).ok());
        QVERIFY(!Enrollment::accept(m_station->casebook(),
                                    tampered(grant, QStringLiteral("county_name"), QStringLiteral("x")))
                     .ok());
    }

    void aStationWithNewKeysNeedsTheOldOnesRevoked()
    {
        QVERIFY(Enrollment::approve(*m_county, *Enrollment::request(m_station->casebook())).ok());
        TestCasebook reinstalled; // same station code, a new casebook and new keys
        const QByteArray request = *Enrollment::request(reinstalled.casebook());
        auto refused = Enrollment::approve(*m_county, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Duplicate);
        QVERIFY(!Enrollment::revoke(*m_county, QStringLiteral("110105100000"), QString()).ok()); // a reason is needed
        QVERIFY(
            Enrollment::revoke(*m_county, QStringLiteral("110105100000"), QStringLiteral("电脑损坏，重新安装")).ok());
        QVERIFY(!Enrollment::revoke(*m_county, QStringLiteral("110105100000"), QStringLiteral("again")).ok());
        QVERIFY(Enrollment::approve(*m_county, request).ok());
        auto stations = Enrollment::stations(*m_county);
        QCOMPARE(stations->size(), 2);
        int revoked = 0;
        for (const EnrolledStation &s : *stations)
            revoked += s.revokedOn.isValid() ? 1 : 0;
        QCOMPARE(revoked, 1);
    }

    void onlyHeadsAndCountyStaffEnrol()
    {
        UserRepository users(m_station->casebook());
        QVERIFY(users
                    .createUser(QStringLiteral("lisi"), QStringLiteral("李四"), Role::Worker,
                                QStringLiteral("dongfeng-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("lisi"), QStringLiteral("dongfeng-2026")).ok());
        auto refused = Enrollment::request(m_station->casebook());
        QVERIFY(!refused.ok());
        // Told what they may not do: enrol the station (not "manage user accounts").
        QVERIFY2(refused.message().contains(QStringLiteral("enrol")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QStringLiteral("user accounts")));
        QVERIFY(!Enrollment::approve(m_station->casebook(), QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(EnrollmentTest)
#include "enrollment_test.moc"
