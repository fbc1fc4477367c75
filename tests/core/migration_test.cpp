#include "TestCasebook.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Schema.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationSync.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

/**
 * A casebook written by the previous version (schema 7: consents, referrals with disclosed items, visits, help
 * received; made by that version's `xianjie-cli demo`, stored compressed in tests/fixtures) is upgraded when
 * opened, stays sound, keeps every record, and then syncs like a new one.
 */
class MigrationTest : public QObject
{
    Q_OBJECT

    static int count(Casebook &cb, const char *table)
    {
        return Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    }

private slots:
    void aVersion7CasebookIsUpgradedAndSyncs()
    {
        QTemporaryDir dir;
        QFile fixture(QFINDTESTDATA("fixtures/station-v7.casebook.qz"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString path = dir.filePath(QStringLiteral("station.casebook"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(qUncompress(fixture.readAll()));
        out.close();

        FixedClock clock;
        auto opened = Casebook::open(path, clock);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Casebook &station = **opened;
        QCOMPARE(Database::scalar(station.db(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 Schema::currentVersion());
        QVERIFY(UserRepository(station).signIn(QStringLiteral("zhanzhang"), QStringLiteral("fixture-2026")).ok());
        auto faults = CasebookCheck::run(station.db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
        QCOMPARE(count(station, "household"), 40);
        QCOMPARE(count(station, "person"), 103);
        QCOMPARE(count(station, "consent"), 2);
        QCOMPARE(count(station, "referral_shared_item"), 13);
        QCOMPARE(count(station, "visit"), 55);

        // It keeps working: a new household, then a first bundle to a county of this version.
        Household h;
        h.villageId = HouseholdRepository(station).villages()->first().id;
        h.address = QStringLiteral("2组5号");
        Person head;
        head.name = QStringLiteral("新户主");
        head.birthDate = QDate(1971, 4, 5);
        head.sex = QStringLiteral("F");
        auto created0 = HouseholdRepository(station).createHousehold(h, head, true);
        QVERIFY2(created0.ok(), qPrintable(created0.message()));
        // Version 10 lets a person's health, ability and disability be "not known", the default for a new member.
        QCOMPARE(Database::scalar(station.db(),
                                  QStringLiteral("SELECT health || self_care || work_capacity || "
                                                 "disability_category FROM person WHERE name = ?"),
                                  {head.name})
                     ->toString(),
                 QStringLiteral("unknownunknownunknown-1"));
        QVERIFY(!Database::run(station.db(), QStringLiteral("UPDATE person SET health = 'well' WHERE name = ?"),
                               {head.name})
                     .ok()); // the constraint still refuses what is not a state of health
        // Version 11: material help delivered is stored without minutes; other services still need them.
        const QString visit =
            Database::scalar(station.db(), QStringLiteral("SELECT id FROM visit LIMIT 1"))->toString();
        const QString columns = QStringLiteral("INSERT INTO visit_service (id, station_id, created_at, updated_at, "
                                               "visit_id, service, minutes) SELECT ?, station_id, '', '', id, ?, 0 "
                                               "FROM visit WHERE id = ?");
        QVERIFY(
            Database::run(station.db(), columns,
                          {QStringLiteral("00000000-0000-4000-8000-000000000001"), QStringLiteral("material"), visit})
                .ok());
        QVERIFY(!Database::run(station.db(), columns,
                               {QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("care"), visit})
                     .ok());
        QCOMPARE(Database::scalar(station.db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        auto created = createCounty(dir.filePath(QStringLiteral("county.casebook")), clock,
                                    QStringLiteral("测试县民政局"), {&station});
        Casebook &county = *created;
        auto files = StationSync::exportPending(station, dir.filePath(QStringLiteral("stick")));
        QVERIFY2(files.ok() && files->size() == 1, qPrintable(files.message()));
        QFile bundle(files->first());
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const auto r = BundleImporter::import(county, bundle.readAll());
        QVERIFY2(r.outcome == BundleImporter::Outcome::Applied, qPrintable(r.reason));
        QCOMPARE(count(county, "household"), 41);
        QCOMPARE(count(county, "referral_shared_item"), 13);
        faults = CasebookCheck::run(county.db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(MigrationTest)
#include "migration_test.moc"
