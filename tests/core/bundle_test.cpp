#include "Builders.h"
#include "TestCasebook.h"
#include "storage/Backup.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"
#include "storage/UserRepository.h"
#include "sync/BundleCodec.h"
#include "sync/BundleFile.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationRestore.h"
#include "sync/StationSync.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace xianjie;
using namespace xianjie::test;

/** Station → county bundles: written safely, unreadable on the stick, applied exactly once, forgeries refused. */
class BundleTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCasebook> m_station;
    std::unique_ptr<Casebook> m_county;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    int count(Casebook &cb, const char *table)
    {
        return Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    }

    QString exportOne()
    {
        auto files = StationSync::exportPending(m_station->casebook(), m_dir->filePath(QStringLiteral("stick")));
        if (!files || files->size() != 1)
            qFatal("export: %s",
                   files ? qPrintable(QStringLiteral("%1 files").arg(files->size())) : qPrintable(files.message()));
        return files->first();
    }

    QString exportFrom(Casebook &station, const QString &folder)
    {
        auto files = StationSync::exportPending(station, m_dir->filePath(folder));
        if (!files || files->size() != 1)
            qFatal("export: %s",
                   files ? qPrintable(QStringLiteral("%1 files").arg(files->size())) : qPrintable(files.message()));
        return files->first();
    }

    void changeSomething(const QString &name) { changeSomething(m_station->casebook(), name); }
    static void changeSomething(Casebook &station, const QString &name)
    {
        HouseholdRepository repo(station);
        Household h;
        h.villageId = repo.villages()->first().id;
        h.address = QStringLiteral("1组1号");
        Person p;
        p.name = name;
        p.birthDate = QDate(1970, 1, 1);
        p.sex = QStringLiteral("M");
        if (auto id = repo.createHousehold(h, p, true); !id)
            qFatal("household: %s", qPrintable(id.message()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_station = std::make_unique<TestCasebook>(30, 7);
        auto county = Casebook::create(
            m_dir->filePath(QStringLiteral("county.casebook")),
            {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("测试县民政局")}, m_station->clock());
        QVERIFY(county.ok());
        m_county = std::move(*county);
        UserRepository users(*m_county);
        QVERIFY(users.createFirstUser(QStringLiteral("xianli"), QStringLiteral("县里"),
                                      QStringLiteral("county-pass-2026")));
        QVERIFY(users.signIn(QStringLiteral("xianli"), QStringLiteral("county-pass-2026")).ok());
        auto grant = Enrollment::approve(*m_county, *Enrollment::request(m_station->casebook()));
        QVERIFY2(grant.ok(), qPrintable(grant.message()));
        QVERIFY(Enrollment::accept(m_station->casebook(), *grant).ok());
    }
    void cleanup()
    {
        m_county.reset();
        m_station.reset();
        m_dir.reset();
    }

    void exportedOnceAppliedOnce()
    {
        const int ops = count(m_station->casebook(), "change_log");
        const QString path = exportOne();
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(count(m_station->casebook(), "change_log WHERE bundle_id IS NULL"), 0);
        auto again = StationSync::exportPending(m_station->casebook(), m_dir->filePath(QStringLiteral("stick")));
        QVERIFY(again.ok() && again->isEmpty()); // nothing left to send
        const QByteArray file = read(path);
        // The manifest is readable without keys; the households are not.
        auto manifest = BundleImporter::inspect(file);
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->value(QStringLiteral("station_code")).toString(), QStringLiteral("110105100000"));
        QCOMPARE(manifest->value(QStringLiteral("ops")).toInt(), ops);
        const Person head = HouseholdRepository(m_station->casebook())
                                .members(Database::scalar(m_station->casebook().db(),
                                                          QStringLiteral("SELECT id FROM household LIMIT 1"))
                                             ->toString())
                                ->first();
        QVERIFY(!file.contains(head.name.toUtf8()));
        QVERIFY(head.idNumber.isEmpty() || !file.contains(head.idNumber.toUtf8()));

        auto applied = BundleImporter::import(*m_county, file);
        QVERIFY2(applied.outcome == BundleImporter::Outcome::Applied, qPrintable(applied.reason));
        QCOMPARE(applied.ops, ops);
        QCOMPARE(count(*m_county, "household"), 30);
        const int persons = count(*m_county, "person");
        auto twice = BundleImporter::import(*m_county, file);
        QCOMPARE(int(twice.outcome), int(BundleImporter::Outcome::AlreadyHad));
        QCOMPARE(count(*m_county, "person"), persons);
        QCOMPARE(count(*m_county, "bundle_receipt"), 1);
        QCOMPARE(count(*m_county, "audit_log WHERE action = 'import'"), 1);
        // The county casebook is sound, its households searchable.
        auto faults = CasebookCheck::run(m_county->db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
    }

    void damagedOrForgedBundlesAreRefusedAndChangeNothing()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        changeSomething(QStringLiteral("赵新"));
        const QByteArray good = read(exportOne());
        const int households = count(*m_county, "household");
        // A flipped bit anywhere: in the manifest, the signature, the payload.
        for (const qsizetype at : {qsizetype(20), qsizetype(100), good.size() - 70, good.size() / 2, good.size() - 1}) {
            QByteArray bad = good;
            bad[at] = char(bad.at(at) ^ 0x10);
            const auto r = BundleImporter::import(*m_county, bad);
            QVERIFY2(r.outcome == BundleImporter::Outcome::Refused, qPrintable(QString::number(at)));
            QVERIFY(!r.reason.isEmpty());
            QCOMPARE(count(*m_county, "household"), households);
        }
        // Cut short at many points.
        for (qsizetype cut = 0; cut < good.size(); cut += good.size() / 7 + 1)
            QCOMPARE(int(BundleImporter::import(*m_county, good.left(cut)).outcome),
                     int(BundleImporter::Outcome::Refused));
        QCOMPARE(count(*m_county, "household"), households);
        QCOMPARE(int(BundleImporter::import(*m_county, good).outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(*m_county, "household"), households + 1);
    }

    void aGapIsHeldAndNamed()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        changeSomething(QStringLiteral("钱一"));
        const QByteArray second = read(exportOne());
        changeSomething(QStringLiteral("孙二"));
        const QByteArray third = read(exportOne());
        const auto held = BundleImporter::import(*m_county, third);
        QCOMPARE(int(held.outcome), int(BundleImporter::Outcome::Held));
        QVERIFY2(held.reason.contains(
                     BundleImporter::inspect(second)->value(QStringLiteral("seq_from")).toVariant().toString()),
                 qPrintable(held.reason));
        // The county kept the held bundle: the missing one fills the gap and the held one is applied after it, in
        // order, without being imported again (the county server relies on this).
        QCOMPARE(count(*m_county, "held_bundle"), 1);
        const auto filled = BundleImporter::import(*m_county, second);
        QCOMPARE(int(filled.outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(filled.heldApplied, 1);
        QVERIFY2(filled.notes().join(QLatin1Char(' ')).contains(QStringLiteral("held earlier")),
                 qPrintable(filled.notes().join(QLatin1Char(' '))));
        QCOMPARE(count(*m_county, "held_bundle"), 0);
        QCOMPARE(Database::scalar(m_county->db(), QStringLiteral("SELECT count(*) FROM person WHERE name = '孙二'"))
                     ->toInt(),
                 1);
        QCOMPARE(int(BundleImporter::import(*m_county, third).outcome), int(BundleImporter::Outcome::AlreadyHad));
        QCOMPARE(int(BundleImporter::import(*m_county, second).outcome), int(BundleImporter::Outcome::AlreadyHad));
    }

    // Two held bundles in a row, kept across imports: both follow the one that fills the gap, in their order.
    void heldBundlesAreAppliedInOrderWhenTheGapFills()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        changeSomething(QStringLiteral("周一"));
        const QByteArray gap = read(exportOne());
        changeSomething(QStringLiteral("吴二"));
        const QByteArray later = read(exportOne());
        changeSomething(QStringLiteral("郑三"));
        const QByteArray latest = read(exportOne());
        QCOMPARE(int(BundleImporter::import(*m_county, latest).outcome), int(BundleImporter::Outcome::Held));
        QCOMPARE(int(BundleImporter::import(*m_county, later).outcome), int(BundleImporter::Outcome::Held));
        QCOMPARE(int(BundleImporter::import(*m_county, latest).outcome), int(BundleImporter::Outcome::Held));
        QCOMPARE(count(*m_county, "held_bundle"), 2);
        const auto filled = BundleImporter::import(*m_county, gap);
        QCOMPARE(int(filled.outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(filled.heldApplied, 2);
        QCOMPARE(count(*m_county, "held_bundle"), 0);
        for (const char *name : {"周一", "吴二", "郑三"})
            QCOMPARE(Database::scalar(m_county->db(), QStringLiteral("SELECT count(*) FROM person WHERE name = ?"),
                                      {QString::fromUtf8(name)})
                         ->toInt(),
                     1);
        QVERIFY(CasebookCheck::run(m_county->db())->isEmpty());
    }

    // A stick that fills up while a bundle is written: a clear sentence, nothing marked as sent, and the next
    // export (to a drive with room) continues the chain as if the failed one had never been tried.
    void aFullDriveMarksNothingAsSent()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        const QString stick = m_dir->filePath(QStringLiteral("small-stick"));
        QVERIFY(QDir().mkpath(stick));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=64k"), QStringLiteral("tmpfs"), stick});
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("a small tmpfs cannot be mounted here (the test needs root)");
        auto unmount = qScopeGuard([&stick] { QProcess::execute(QStringLiteral("umount"), {stick}); });
        {
            QFile filler(QDir(stick).filePath(QStringLiteral("photos.bin")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) {
            }
        }
        for (const char *name : {"满盘甲", "满盘乙", "满盘丙"})
            changeSomething(QString::fromUtf8(name));
        Casebook &station = m_station->casebook();
        auto unsent = [&station] {
            return Database::scalar(station.db(),
                                    QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"))
                ->toInt();
        };
        const int waiting = unsent();
        const int sent = count(station, "bundle_sent");
        const QString chain = station.setting(QStringLiteral("last_bundle_hash"));
        const QString audit = station.setting(QStringLiteral("audit_sent_seq"));
        auto failed = StationSync::exportPending(station, stick);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message().contains(QDir::toNativeSeparators(stick)), qPrintable(failed.message()));
        QCOMPARE(unsent(), waiting);
        QCOMPARE(count(station, "bundle_sent"), sent);
        QCOMPARE(station.setting(QStringLiteral("last_bundle_hash")), chain);
        QCOMPARE(station.setting(QStringLiteral("audit_sent_seq")), audit);
        QVERIFY(QDir(stick).entryList({QStringLiteral("*.bundle")}, QDir::Files).isEmpty());
        QVERIFY(CasebookCheck::run(station.db())->isEmpty());
        // The same changes go in the next bundle, which follows the last one the county has.
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        QCOMPARE(Database::scalar(m_county->db(), QStringLiteral("SELECT count(*) FROM person WHERE name LIKE '满盘%'"))
                     ->toInt(),
                 3);
    }

    // The bundle is recorded as sent (with its bytes) before its file appears: a bundle whose file never made it to
    // the stick (the program was killed between the two) is written again under the same id by the next export,
    // and the county applies it once.
    void aRecordedBundleWithoutItsFileIsWrittenAgainUnderTheSameId()
    {
        changeSomething(QStringLiteral("中断"));
        const QString path = exportOne();
        const QString id = BundleImporter::inspect(read(path))->value(QStringLiteral("bundle_id")).toString();
        QVERIFY(QFile::remove(path)); // as if killed before the file became visible
        auto again = StationSync::rewriteUnacknowledged(m_station->casebook(), m_dir->filePath(QStringLiteral("s2")));
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 1);
        QCOMPARE(BundleImporter::inspect(read(again->first()))->value(QStringLiteral("bundle_id")).toString(), id);
        auto fresh = StationSync::exportPending(m_station->casebook(), m_dir->filePath(QStringLiteral("s2")));
        QVERIFY(fresh.ok());
        QVERIFY(fresh->isEmpty()); // its changes are in the recorded bundle, not sent again under a new id
        QCOMPARE(int(BundleImporter::import(*m_county, read(again->first())).outcome),
                 int(BundleImporter::Outcome::Applied));
    }

    // Inputs the fuzzer found (tests/fuzz/corpus/content): a decrypted payload damaged so that Qt 6.4 crashed
    // converting or storing a value read from it, and one declaring four billion ops. Each is refused in words.
    void payloadsTheFuzzerFoundAreRefused()
    {
        const QString dir = QFINDTESTDATA("fuzz/corpus/content");
        QVERIFY(!dir.isEmpty());
        const QStringList found =
            QDir(dir).entryList({QStringLiteral("crash-*"), QStringLiteral("oom-*")}, QDir::Files);
        QVERIFY(found.size() >= 3);
        for (const QString &name : found) {
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto content = BundleCodec::read(f.readAll());
            QVERIFY2(!content.ok(), qPrintable(name));
            QVERIFY(content.message().contains(QStringLiteral("damaged")));
        }
    }

    void aRevokedOrUnknownStationIsRefused()
    {
        const QByteArray first = read(exportOne());
        QVERIFY(Enrollment::revoke(*m_county, QStringLiteral("110105100000"), QStringLiteral("测试")).ok());
        const auto revoked = BundleImporter::import(*m_county, first);
        QCOMPARE(int(revoked.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY(revoked.reason.contains(QStringLiteral("revoked")));
        QCOMPARE(count(*m_county, "household"), 0);
        // A county that never enrolled the station.
        auto other = Casebook::create(m_dir->filePath(QStringLiteral("other.casebook")),
                                      {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("别的县")},
                                      m_station->clock());
        QVERIFY(other.ok());
        UserRepository users(**other);
        QVERIFY(users.createFirstUser(QStringLiteral("bieren"), QStringLiteral("别人"),
                                      QStringLiteral("county-pass-2026")));
        QVERIFY(users.signIn(QStringLiteral("bieren"), QStringLiteral("county-pass-2026")).ok());
        const auto unknown = BundleImporter::import(**other, first);
        QCOMPARE(int(unknown.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY(unknown.reason.contains(QStringLiteral("not enrolled")));
    }

    void aBundleClaimingAnotherStationIsRefused()
    {
        // Station B is enrolled too; station A signs a bundle that says it comes from B.
        TestCasebook other(0, 2,
                           {Casebook::Role::Station, QStringLiteral("110105101000"), QStringLiteral("第二民政服务站")});
        auto grant = Enrollment::approve(*m_county, *Enrollment::request(other.casebook()));
        QVERIFY(grant.ok());
        QVERIFY(Enrollment::accept(other.casebook(), *grant).ok());
        const QByteArray genuine = read(exportOne());
        QJsonObject manifest = *BundleImporter::inspect(genuine);
        manifest.insert(QStringLiteral("station_id"), other.casebook().stationId());
        manifest.insert(QStringLiteral("station_code"), QStringLiteral("110105101000"));
        manifest.remove(QStringLiteral("parts"));
        auto forged = bundlefile::build(
            manifest, QByteArray("\xa0"),
            bundlefile::unb64(m_station->casebook().setting(QStringLiteral("sign_secret_key"))),
            bundlefile::unb64(m_station->casebook().setting(QStringLiteral("county_box_public_key"))));
        QVERIFY(forged.ok());
        const auto r = BundleImporter::import(*m_county, *forged);
        QCOMPARE(int(r.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY2(r.reason.contains(QStringLiteral("110105101000")), qPrintable(r.reason));
        QCOMPARE(count(*m_county, "household"), 0);
    }

    // Format 3 carries the audit entries compressed on their own; a format-2 bundle (entries as a CBOR array)
    // written before the change is still read; a format-1 bundle is refused in words.
    void olderFormatsAreReadOrRefusedInWords()
    {
        const QByteArray genuine = read(exportOne());
        auto parts = bundlefile::split(genuine);
        QVERIFY(parts.ok());
        QCOMPARE(parts->manifest.value(QStringLiteral("version")).toInt(), 3);
        auto plain = bundlefile::open(*parts, bundlefile::unb64(m_county->setting(QStringLiteral("box_public_key"))),
                                      bundlefile::unb64(m_county->setting(QStringLiteral("box_secret_key"))));
        QVERIFY2(plain.ok(), qPrintable(plain.message()));
        QCborMap content = QCborValue::fromCbor(*plain).toMap();
        const QByteArray auditBytes = content.value(QStringLiteral("audit_z")).toByteArray();
        const QCborArray entries = QCborValue::fromCbor(qUncompress(auditBytes)).toArray();
        QVERIFY(entries.size() > 30); // every household's creation, at least
        content.remove(QStringLiteral("audit_z"));
        content.insert(QStringLiteral("audit"), entries);
        auto rewrite = [&](int version) {
            QJsonObject manifest = parts->manifest;
            manifest.insert(QStringLiteral("version"), version);
            manifest.remove(QStringLiteral("parts"));
            auto file = bundlefile::build(
                manifest, QCborValue(content).toCbor(),
                bundlefile::unb64(m_station->casebook().setting(QStringLiteral("sign_secret_key"))),
                bundlefile::unb64(m_station->casebook().setting(QStringLiteral("county_box_public_key"))));
            if (!file)
                qFatal("build: %s", qPrintable(file.message()));
            return *file;
        };
        const auto first = BundleImporter::import(*m_county, rewrite(1));
        QCOMPARE(int(first.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY2(first.reason.contains(QStringLiteral("earlier version")), qPrintable(first.reason));
        QCOMPARE(count(*m_county, "household"), 0);

        const auto second = BundleImporter::import(*m_county, rewrite(2));
        QVERIFY2(second.outcome == BundleImporter::Outcome::Applied, qPrintable(second.reason));
        QCOMPARE(count(*m_county, "household"), 30);
        // The county's copy of the entries is the same either way.
        const QByteArray kept =
            Database::scalar(m_county->db(), QStringLiteral("SELECT entries FROM station_audit"))->toByteArray();
        QCOMPARE(QCborValue::fromCbor(qUncompress(kept)).toArray(), entries);
        auto faults = CasebookCheck::run(m_county->db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
    }

    // A format-3 bundle's entries are kept as the station compressed them.
    void theCountyKeepsTheStationsCompressedEntries()
    {
        const QByteArray file = read(exportOne());
        auto parts = bundlefile::split(file);
        auto plain = bundlefile::open(*parts, bundlefile::unb64(m_county->setting(QStringLiteral("box_public_key"))),
                                      bundlefile::unb64(m_county->setting(QStringLiteral("box_secret_key"))));
        QVERIFY(plain.ok());
        const QByteArray sent = QCborValue::fromCbor(*plain).toMap().value(QStringLiteral("audit_z")).toByteArray();
        QVERIFY(BundleImporter::import(*m_county, file).outcome == BundleImporter::Outcome::Applied);
        QCOMPARE(Database::scalar(m_county->db(), QStringLiteral("SELECT entries FROM station_audit"))->toByteArray(),
                 sent);
    }

    void downstreamBundlesAreCheckedLikeUpstreamOnes()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        auto path = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                 m_dir->filePath(QStringLiteral("back")));
        QVERIFY2(path.ok(), qPrintable(path.message()));
        const QByteArray good = read(*path);
        QCOMPARE(BundleImporter::inspect(good)->value(QStringLiteral("direction")).toString(), QStringLiteral("down"));
        Casebook &station = m_station->casebook();
        const int waiting = count(station, "change_log");
        QVERIFY(waiting > 0);
        for (const qsizetype at : {qsizetype(20), qsizetype(100), good.size() - 70, good.size() / 2, good.size() - 1}) {
            QByteArray bad = good;
            bad[at] = char(bad.at(at) ^ 0x10);
            QCOMPARE(int(BundleImporter::import(station, bad).outcome), int(BundleImporter::Outcome::Refused));
        }
        for (qsizetype cut = 0; cut < good.size(); cut += good.size() / 7 + 1)
            QCOMPARE(int(BundleImporter::import(station, good.left(cut)).outcome),
                     int(BundleImporter::Outcome::Refused));
        QCOMPARE(count(station, "change_log"), waiting); // nothing acknowledged by a damaged bundle
        // Not for another station; not for the county itself.
        TestCasebook other(0, 2,
                           {Casebook::Role::Station, QStringLiteral("110105101000"), QStringLiteral("第二民政服务站")});
        auto grant = Enrollment::approve(*m_county, *Enrollment::request(other.casebook()));
        QVERIFY(Enrollment::accept(other.casebook(), *grant).ok());
        const auto elsewhere = BundleImporter::import(other.casebook(), good);
        QCOMPARE(int(elsewhere.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY(elsewhere.reason.contains(QStringLiteral("another station")));
        QCOMPARE(int(BundleImporter::import(*m_county, good).outcome), int(BundleImporter::Outcome::Refused));
        // The real one: acknowledged, the outbox empties; a replay changes nothing.
        const auto applied = BundleImporter::import(station, good);
        QCOMPARE(int(applied.outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(applied.acknowledged, 1);
        QCOMPARE(count(station, "change_log"), 0);
        QCOMPARE(int(BundleImporter::import(station, good).outcome), int(BundleImporter::Outcome::AlreadyHad));
        QVERIFY(CasebookCheck::run(station.db())->isEmpty());
        // New work after the acknowledgement is still found by check if written without its op.
        changeSomething(QStringLiteral("周七"));
        QVERIFY(CasebookCheck::run(station.db())->isEmpty());
        const auto status = StationSync::status(station);
        QVERIFY(status.ok());
        QVERIFY(status->waiting > 0);
        QVERIFY(status->lastAcknowledged.isValid());
    }

    void aLostStickLosesNothing()
    {
        Casebook &station = m_station->casebook();
        exportOne(); // on a stick that never reaches the county
        changeSomething(QStringLiteral("冯八"));
        // The next export writes the unacknowledged bundle again beside the new one.
        const QString second = m_dir->filePath(QStringLiteral("stick2"));
        auto again = StationSync::rewriteUnacknowledged(station, second);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 1);
        auto fresh = StationSync::exportPending(station, second);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->size(), 1);
        const auto results = BundleImporter::importFiles(*m_county, *again + *fresh);
        QCOMPARE(results.size(), 2);
        for (const auto &r : results)
            QVERIFY2(r.outcome == BundleImporter::Outcome::Applied, qPrintable(r.reason));
        QCOMPARE(count(*m_county, "household"), 31);
        auto down = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                 m_dir->filePath(QStringLiteral("back")));
        QCOMPARE(int(BundleImporter::import(station, read(*down)).outcome), int(BundleImporter::Outcome::Applied));
        QVERIFY(StationSync::rewriteUnacknowledged(station, second)->isEmpty()); // acknowledged: nothing kept
        QCOMPARE(count(station, "bundle_sent WHERE file IS NOT NULL"), 0);
    }

    // A folder of bundles: taken in the station's order whatever the file names, progress within each file,
    // and Stop takes effect between files, each file applied whole.
    void aFolderIsImportedInOrderWithProgressAndCanBeStopped()
    {
        QStringList files;
        files << exportOne();
        for (const char *name : {"冯一", "冯二"}) {
            changeSomething(QString::fromUtf8(name));
            files << exportOne();
        }
        const int firstOps = BundleImporter::inspect(read(files.first()))->value(QStringLiteral("ops")).toInt();
        QVERIFY(firstOps > 256); // enough for progress within the file
        QList<QPair<int, int>> within;
        int calls = 0;
        const auto stopped = BundleImporter::importFiles(
            *m_county, {files.at(2), files.at(0), files.at(1)},
            [&calls](int, int) { return ++calls < 1; }, // Stop pressed during the first file
            [&within](int done, int total) { within << qMakePair(done, total); });
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().file, files.at(0)); // the station's first bundle first
        QVERIFY2(stopped.first().outcome == BundleImporter::Outcome::Applied, qPrintable(stopped.first().reason));
        QCOMPARE(count(*m_county, "household"), 30);
        QVERIFY(within.size() >= 2);
        for (qsizetype i = 1; i < within.size(); ++i)
            QVERIFY(within.at(i).first > within.at(i - 1).first);
        QCOMPARE(within.last(), qMakePair(firstOps, firstOps));

        const auto rest = BundleImporter::importFiles(*m_county, files);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(int(rest.at(0).outcome), int(BundleImporter::Outcome::AlreadyHad));
        QCOMPARE(int(rest.at(1).outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(int(rest.at(2).outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(*m_county, "household"), 32);
    }

    void aStationKilledBeforeMarkingItsBundleRecovers()
    {
        Casebook &station = m_station->casebook();
        const QString hashBefore = station.setting(QStringLiteral("last_bundle_hash"));
        const QString auditBefore = station.setting(QStringLiteral("audit_sent_seq"));
        const QByteArray orphan = read(exportOne());
        // As if the station died after the file was renamed but before its changes were marked as sent.
        QVERIFY(Database::run(station.db(), QStringLiteral("UPDATE change_log SET bundle_id = NULL")).ok());
        QVERIFY(Database::run(station.db(), QStringLiteral("DELETE FROM bundle_sent")).ok());
        QVERIFY(station.storeSystemSetting(QStringLiteral("last_bundle_hash"), hashBefore).ok());
        QVERIFY(station.storeSystemSetting(QStringLiteral("audit_sent_seq"), auditBefore).ok());
        // The orphan reaches the county; the station writes the same changes again under a new id: refused.
        QCOMPARE(int(BundleImporter::import(*m_county, orphan).outcome), int(BundleImporter::Outcome::Applied));
        const auto repeat = BundleImporter::import(*m_county, read(exportOne()));
        QCOMPARE(int(repeat.outcome), int(BundleImporter::Outcome::Refused));
        // The county's answer realigns the station: its changes are acknowledged, the chain follows the county's.
        auto down = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                 m_dir->filePath(QStringLiteral("back")));
        QCOMPARE(int(BundleImporter::import(station, read(*down)).outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(station, "change_log"), 0);
        QVERIFY(CasebookCheck::run(station.db())->isEmpty());
        changeSomething(QStringLiteral("陈九"));
        const auto next = BundleImporter::import(*m_county, read(exportOne()));
        QVERIFY2(next.outcome == BundleImporter::Outcome::Applied, qPrintable(next.reason));
        QCOMPARE(count(*m_county, "household"), 31);
    }

    // A station restored from a backup made before bundles the county already holds: the county's answer must not
    // acknowledge, by their numbers, the changes recorded since the restore (the county holds other changes under
    // those numbers). They stay in the outbox, and the station is told why in words.
    void aStationRestoredFromAnOlderBackupKeepsItsNewChanges()
    {
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        auto down = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                 m_dir->filePath(QStringLiteral("back1")));
        QCOMPARE(int(BundleImporter::import(m_station->casebook(), read(*down)).outcome),
                 int(BundleImporter::Outcome::Applied));
        const QString backup = m_dir->filePath(QStringLiteral("station.xjbackup"));
        const QString passphrase = QStringLiteral("backup-pass-2026");
        QVERIFY(Backup::create(m_station->casebook(), backup, passphrase).ok());
        changeSomething(QStringLiteral("后一"));
        changeSomething(QStringLiteral("后二"));
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(*m_county, "household"), 32);

        // The disk fails; the station restores last week's backup and goes on working.
        m_station->close();
        auto restoredOk = Backup::restore(backup, passphrase, m_station->path(), true);
        QVERIFY2(restoredOk.ok(), qPrintable(restoredOk.message()));
        auto opened = Casebook::open(m_station->path(), m_station->clock());
        QVERIFY(opened.ok());
        Casebook &station = **opened;
        QVERIFY(UserRepository(station)
                    .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                    .ok());
        changeSomething(station, QStringLiteral("复原后"));
        const int waiting = count(station, "change_log WHERE bundle_id IS NULL");
        QVERIFY(waiting > 0);

        auto answer = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                   m_dir->filePath(QStringLiteral("back2")));
        QVERIFY(answer.ok());
        const auto r = BundleImporter::import(station, read(*answer));
        QVERIFY2(r.outcome == BundleImporter::Outcome::Applied, qPrintable(r.reason));
        QCOMPARE(count(station, "change_log WHERE bundle_id IS NULL"), waiting); // nothing dropped
        QCOMPARE(r.alerts, 1);
        const QString text =
            Database::scalar(station.db(), QStringLiteral("SELECT text FROM alert WHERE kind = 'behind_county'"))
                ->toString();
        QVERIFY2(text.contains(QStringLiteral("restored from a backup")), qPrintable(text));
        // `check` says the same from its side: the county holds audit entries this log no longer has as they were.
        const QStringList faults = *CasebookCheck::run(station.db());
        QVERIFY2(faults.join(QLatin1Char(' ')).contains(QStringLiteral("restored from a backup")),
                 qPrintable(faults.join(QLatin1Char('\n'))));
        // A second answer from the county raises no second alert.
        auto again = CountySync::exportDownstream(*m_county, QStringLiteral("110105100000"),
                                                  m_dir->filePath(QStringLiteral("back3")));
        QCOMPARE(BundleImporter::import(station, read(*again)).alerts, 0);
        QCOMPARE(count(station, "change_log WHERE bundle_id IS NULL"), waiting);
    }

    // Finding 5 of issue 13: the county takes in a station restored from an older backup. Before, the station's
    // bundles were refused for good ("repeats changes", "audit log does not continue"); now county staff decide,
    // the station renumbers what it recorded since the restore and gets back what it lost, and sync goes on.
    void aRestoredStationIsTakenInByTheCountyAndSyncsAgain()
    {
        const QString code = QStringLiteral("110105100000");
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        auto down = CountySync::exportDownstream(*m_county, code, m_dir->filePath(QStringLiteral("back1")));
        QCOMPARE(int(BundleImporter::import(m_station->casebook(), read(*down)).outcome),
                 int(BundleImporter::Outcome::Applied));
        const QString backup = m_dir->filePath(QStringLiteral("station.xjbackup"));
        const QString passphrase = QStringLiteral("backup-pass-2026");
        QVERIFY(Backup::create(m_station->casebook(), backup, passphrase).ok());
        // After the backup: two households and a changed address reach the county, then the disk fails.
        const QString lostId = syntheticId(QDate(1966, 6, 6), 901);
        registerHousehold(m_station->casebook(), QStringLiteral("后一"), lostId);
        changeSomething(QStringLiteral("后二"));
        const QString changed = Database::scalar(m_station->casebook().db(),
                                                 QStringLiteral("SELECT id FROM household ORDER BY rid LIMIT 1"))
                                    ->toString();
        QVERIFY(RecordWriter(m_station->casebook())
                    .update(QStringLiteral("household"), changed,
                            {{QStringLiteral("address"), QStringLiteral("新地址9号")}})
                    .ok());
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(*m_county, "household"), 32);

        m_station->close();
        QVERIFY(Backup::restore(backup, passphrase, m_station->path(), true).ok());
        auto opened = Casebook::open(m_station->path(), m_station->clock());
        QVERIFY(opened.ok());
        Casebook &station = **opened;
        QVERIFY(UserRepository(station)
                    .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                    .ok());
        QCOMPARE(count(station, "household"), 30);
        changeSomething(station, QStringLiteral("复原后"));
        // Someone enters a lost household again, with the same ID number, before the county has decided.
        registerHousehold(station, QStringLiteral("后一重录"), lostId);
        const int removedBefore = count(station, "person WHERE deleted = 1");

        // The restored casebook's bundle is refused in words and noted; nothing of it is applied.
        const QString refusedFile = exportFrom(station, QStringLiteral("stick2"));
        const auto refused = BundleImporter::import(*m_county, read(refusedFile));
        QCOMPARE(int(refused.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY2(refused.reason.contains(QStringLiteral("restored from a backup")), qPrintable(refused.reason));
        QCOMPARE(count(*m_county, "household"), 32);
        auto waiting = StationRestore::restores(*m_county);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().code, code);
        QVERIFY(waiting->first().lostEntries > 0);
        QVERIFY(waiting->first().lostChanges > 0);
        QVERIFY(!waiting->first().decidedAt.isValid());

        // Only the county decides, and only once.
        QCOMPARE(StationRestore::takeIn(station, code).error().kind, Error::Kind::Invalid);
        auto taken = StationRestore::takeIn(*m_county, code);
        QVERIFY2(taken.ok(), qPrintable(taken.message()));
        QVERIFY(taken->supersededEntries > 0);
        QVERIFY2(taken->returnedRecords >= 3,
                 qPrintable(QString::number(taken->returnedRecords))); // 2 households, people
        QVERIFY2(CasebookCheck::run(m_county->db())->isEmpty(),
                 qPrintable(CasebookCheck::run(m_county->db())->join(QLatin1Char('\n'))));
        QCOMPARE(count(*m_county, "audit_log WHERE action = 'restore' AND table_name = 'station'"), 1);
        QCOMPARE(StationRestore::takeIn(*m_county, code).error().kind, Error::Kind::NotFound);
        QVERIFY(count(*m_county, "station_audit_superseded") > 0);

        // The county's next bundle carries the decision and the lost records; the station renumbers and catches up.
        auto decision = CountySync::exportDownstream(*m_county, code, m_dir->filePath(QStringLiteral("back2")));
        QVERIFY(decision.ok());
        const auto applied = BundleImporter::import(station, read(*decision));
        QVERIFY2(applied.outcome == BundleImporter::Outcome::Applied, qPrintable(applied.reason));
        // 30 + the two lost ones back + the one recorded since the restore + the re-entered household, whose head
        // gave way to the county's record with the same ID number (marked removed: it is sent as removed).
        QCOMPARE(count(station, "household"), 34);
        QCOMPARE(count(station, "person WHERE deleted = 1"), removedBefore + 1);
        QCOMPARE(count(station, "person WHERE deleted = 0"), count(*m_county, "person WHERE deleted = 0") + 1);
        QCOMPARE(Database::scalar(station.db(),
                                  QStringLiteral("SELECT count(*) FROM person WHERE id_number = ? AND "
                                                 "deleted = 0"),
                                  {lostId})
                     ->toInt(),
                 1);
        QVERIFY2(
            Database::scalar(station.db(), QStringLiteral("SELECT text FROM alert WHERE kind = 'restore_taken_in'"))
                ->toString()
                .contains(QStringLiteral("repeated")),
            "the worker is told of the repeat");
        QCOMPARE(Database::scalar(station.db(), QStringLiteral("SELECT address FROM household WHERE id = ?"), {changed})
                     ->toString(),
                 QStringLiteral("新地址9号"));
        QCOMPARE(count(station, "alert WHERE kind = 'restore_taken_in'"), 1);
        QCOMPARE(count(station, "alert WHERE kind = 'behind_county' AND seen_at IS NULL"), 0);
        QVERIFY(station.setting(StationRestore::markKey()).isEmpty());
        QVERIFY2(CasebookCheck::run(station.db())->isEmpty(),
                 qPrintable(CasebookCheck::run(station.db())->join(QLatin1Char('\n'))));
        // The same bundle again changes nothing.
        QCOMPARE(int(BundleImporter::import(station, read(*decision)).outcome),
                 int(BundleImporter::Outcome::AlreadyHad));

        // The station's changes since the restore now follow the county's, and its audit chain continues.
        const auto next = BundleImporter::import(*m_county, read(exportFrom(station, QStringLiteral("stick3"))));
        QVERIFY2(next.outcome == BundleImporter::Outcome::Applied, qPrintable(next.reason));
        QCOMPARE(count(*m_county, "household"), 34);
        QVERIFY(StationRestore::restores(*m_county)->isEmpty()); // confirmed
        QCOMPARE(StationRestore::restores(*m_county, false)->size(), 1);
        QVERIFY2(CasebookCheck::run(m_county->db())->isEmpty(),
                 qPrintable(CasebookCheck::run(m_county->db())->join(QLatin1Char('\n'))));
        // The bundle the restored casebook wrote before the decision stays refused.
        QCOMPARE(int(BundleImporter::import(*m_county, read(refusedFile)).outcome),
                 int(BundleImporter::Outcome::Refused));

        // And on as usual: one more change each way, everything acknowledged, both casebooks sound.
        changeSomething(station, QStringLiteral("再一"));
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportFrom(station, QStringLiteral("stick4")))).outcome),
                 int(BundleImporter::Outcome::Applied));
        auto last = CountySync::exportDownstream(*m_county, code, m_dir->filePath(QStringLiteral("back3")));
        QCOMPARE(int(BundleImporter::import(station, read(*last)).outcome), int(BundleImporter::Outcome::Applied));
        QCOMPARE(count(station, "change_log"), 0);
        QCOMPARE(count(*m_county, "household"), 35);
        QCOMPARE(count(station, "household"), 35);
        QVERIFY(CasebookCheck::run(station.db())->isEmpty());
        QVERIFY(CasebookCheck::run(m_county->db())->isEmpty());
    }

    // Restored again from the same backup after the county decided but before its bundle arrived: the decision
    // still finds the casebook on the next round (the county ties it to the newer restore), and nothing is lost.
    void restoredAgainBeforeTheDecisionArrives()
    {
        const QString code = QStringLiteral("110105100000");
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        const QString backup = m_dir->filePath(QStringLiteral("station.xjbackup"));
        const QString passphrase = QStringLiteral("backup-pass-2026");
        QVERIFY(Backup::create(m_station->casebook(), backup, passphrase).ok());
        changeSomething(QStringLiteral("后一"));
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportOne())).outcome),
                 int(BundleImporter::Outcome::Applied));
        auto restore = [&]() {
            m_station->close();
            if (auto r = Backup::restore(backup, passphrase, m_station->path(), true); !r)
                qFatal("restore: %s", qPrintable(r.message()));
            auto opened = Casebook::open(m_station->path(), m_station->clock());
            if (!opened || !UserRepository(**opened)
                                .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                                .ok())
                qFatal("reopen");
            return std::move(*opened);
        };
        auto first = restore();
        changeSomething(*first, QStringLiteral("第一次恢复后"));
        QCOMPARE(int(BundleImporter::import(*m_county, read(exportFrom(*first, QStringLiteral("s1")))).outcome),
                 int(BundleImporter::Outcome::Refused));
        QVERIFY(StationRestore::takeIn(*m_county, code).ok());
        first.reset();
        auto station = restore();
        changeSomething(*station, QStringLiteral("第二次恢复后"));
        // The decision is for the first restore: not applied to the second ...
        auto down = CountySync::exportDownstream(*m_county, code, m_dir->filePath(QStringLiteral("d1")));
        QVERIFY(BundleImporter::import(*station, read(*down)).outcome == BundleImporter::Outcome::Applied);
        QVERIFY(!station->setting(StationRestore::markKey()).isEmpty());
        QCOMPARE(count(*station, "household"), 31); // the backup's 30 and the one since the second restore
        // ... whose bundle is refused as written before the decision, and ties the decision to it.
        const auto refused = BundleImporter::import(*m_county, read(exportFrom(*station, QStringLiteral("s2"))));
        QCOMPARE(int(refused.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY2(refused.reason.contains(QStringLiteral("before the station applied")), qPrintable(refused.reason));
        auto again = CountySync::exportDownstream(*m_county, code, m_dir->filePath(QStringLiteral("d2")));
        QVERIFY(BundleImporter::import(*station, read(*again)).outcome == BundleImporter::Outcome::Applied);
        QVERIFY(station->setting(StationRestore::markKey()).isEmpty());
        QCOMPARE(count(*station, "household"), 32); // 30 + the lost one back + the one since the second restore
        const auto next = BundleImporter::import(*m_county, read(exportFrom(*station, QStringLiteral("s3"))));
        QVERIFY2(next.outcome == BundleImporter::Outcome::Applied, qPrintable(next.reason));
        QCOMPARE(count(*m_county, "household"), 32);
        QVERIFY(CasebookCheck::run(station->db())->isEmpty());
        QVERIFY(CasebookCheck::run(m_county->db())->isEmpty());
    }

    void nothingToSendWithoutEnrolment()
    {
        TestCasebook lone;
        auto r = StationSync::exportPending(lone.casebook(), m_dir->filePath(QStringLiteral("stick2")));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("Enrol")));
        QCOMPARE(count(lone.casebook(), "change_log WHERE bundle_id IS NOT NULL"), 0);
    }
};

QTEST_GUILESS_MAIN(BundleTest)
#include "bundle_test.moc"
