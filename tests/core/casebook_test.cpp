#include "Builders.h"
#include "TestCasebook.h"
#include "Uuid.h"
#include "storage/Backup.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Schema.h"
#include "storage/StationSettings.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

namespace {
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

qint64 rawScalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

// Overwrites the first page of @p table's tree with garbage, as a failing disk might.
void damageTable(const QString &path, const char *table)
{
    rawExec(path, "PRAGMA wal_checkpoint(TRUNCATE);");
    const qint64 pageSize = rawScalar(path, "PRAGMA page_size");
    const QByteArray sql = QByteArray("SELECT rootpage FROM sqlite_schema WHERE name = '") + table + "'";
    const qint64 root = rawScalar(path, sql.constData());
    QVERIFY(pageSize > 0 && root > 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek((root - 1) * pageSize);
    f.write(QByteArray(int(pageSize), '\x5A'));
}

qint64 count(Casebook &cb, const QString &sql)
{
    return Database::scalar(cb.db(), sql)->toLongLong();
}
} // namespace

class CasebookTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;

private slots:
    void init() { m_cb = std::make_unique<TestCasebook>(); }
    void cleanup() { m_cb.reset(); }

    void createdWithPragmasAndSettings()
    {
        Casebook &cb = m_cb->casebook();
        QCOMPARE(Database::scalar(cb.db(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(Database::scalar(cb.db(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(Database::scalar(cb.db(), QStringLiteral("PRAGMA application_id"))->toLongLong(),
                 qint64(Schema::kApplicationId));
        QCOMPARE(Database::scalar(cb.db(), QStringLiteral("PRAGMA user_version"))->toInt(), Schema::currentVersion());
        QVERIFY(Database::scalar(cb.db(), QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
        QCOMPARE(cb.identity().code, QStringLiteral("110105100000"));
        QVERIFY(Uuid::isValid(cb.stationId()));
    }

    void reopens()
    {
        const QString path = m_cb->path();
        const QString station = m_cb->casebook().stationId();
        m_cb->close();
        auto again = Casebook::open(path, m_cb->clock());
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE((*again)->stationId(), station);
        QCOMPARE((*again)->identity().name, QStringLiteral("测试民政服务站"));
    }

    void createRefusesExistingFile()
    {
        const QByteArray before = TestCasebook::fileHash(m_cb->path());
        auto again = Casebook::create(m_cb->path(), TestCasebook::stationIdentity(), m_cb->clock());
        QVERIFY(!again.ok());
        QVERIFY(again.message().contains(QStringLiteral("already exists")));
        QCOMPARE(TestCasebook::fileHash(m_cb->path()), before);
    }

    // The identity's rules live in Casebook::create, whoever calls it: a station's code names its township.
    void createRefusesAnIdentityThatBreaksTheRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.casebook"));
        auto county = Casebook::create(
            path, {Casebook::Role::Station, QStringLiteral("110105000000"), QStringLiteral("某县")}, m_cb->clock());
        QVERIFY(!county.ok());
        QVERIFY2(county.message().contains(QStringLiteral("000")), qPrintable(county.message()));
        QVERIFY(!QFile::exists(path)); // nothing was written
        QVERIFY(!Casebook::create(path, {Casebook::Role::Station, QStringLiteral("1101051000"), QStringLiteral("站")},
                                  m_cb->clock())
                     .ok());
        QVERIFY(!Casebook::create(path, {Casebook::Role::County, QStringLiteral("11010"), QStringLiteral("县")},
                                  m_cb->clock())
                     .ok());
        auto unnamed = Casebook::create(
            path, {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("  ")}, m_cb->clock());
        QVERIFY(!unnamed.ok());
        QVERIFY(!QFile::exists(path));
        auto fine = Casebook::create(
            path, {Casebook::Role::Station, QStringLiteral(" 110105 100000 "), QStringLiteral(" 东风街道民政服务站 ")},
            m_cb->clock());
        QVERIFY2(fine.ok(), qPrintable(fine.message()));
        QCOMPARE((*fine)->identity().code, QStringLiteral("110105100000"));
        QCOMPARE((*fine)->identity().name, QStringLiteral("东风街道民政服务站"));
    }

    // The station's settings: keys, defaults and bounds in one place; out of bounds is refused and changes nothing.
    void settingsOutOfBoundsAreRefused()
    {
        Casebook &cb = m_cb->casebook();
        StationSettings settings(cb);
        QCOMPARE(settings.lockMinutes(), 10);
        QCOMPARE(settings.visitMonthsPriority(), 1);
        QCOMPARE(settings.visitMonthsRegular(), 3);
        QCOMPARE(settings.referralResponseDays(), 10);
        QCOMPARE(settings.archiveAfterYears(), 5);
        for (const auto &[key, bad] :
             {std::pair{StationSettings::Key::LockMinutes, 0}, std::pair{StationSettings::Key::LockMinutes, 121},
              std::pair{StationSettings::Key::VisitMonthsRegular, 13},
              std::pair{StationSettings::Key::ReferralResponseDays, 0},
              std::pair{StationSettings::Key::ReferralResponseDays, 61},
              std::pair{StationSettings::Key::ArchiveAfterYears, -1}}) {
            auto r = StationSettings::set(cb, key, bad);
            QVERIFY2(!r.ok(), qPrintable(QString::number(bad)));
            QVERIFY2(r.message().contains(QString::number(bad)), qPrintable(r.message()));
        }
        QCOMPARE(settings.lockMinutes(), 10);
        QCOMPARE(settings.referralResponseDays(), 10);
        QVERIFY(StationSettings::set(cb, StationSettings::Key::LockMinutes, 30).ok());
        QCOMPARE(settings.lockMinutes(), 30);
        // Priority households are visited at least as often as others; both intervals change together or not at all.
        QVERIFY(!StationSettings::setVisitPlan(cb, 4, 2).ok());
        QVERIFY(!StationSettings::setVisitPlan(cb, 2, 13).ok());
        QCOMPARE(settings.visitMonthsPriority(), 1);
        QCOMPARE(settings.visitMonthsRegular(), 3);
        QVERIFY(StationSettings::setVisitPlan(cb, 2, 6).ok());
        QCOMPARE(settings.visitMonthsPriority(), 2);
        QCOMPARE(settings.visitMonthsRegular(), 6);
        // A value stored out of bounds by hand reads as the default.
        QVERIFY(cb.storeSystemSetting(QStringLiteral("referral_response_days"), QStringLiteral("900")).ok());
        QCOMPARE(settings.referralResponseDays(), 10);
        // Only the station head changes them.
        cb.setUser(std::nullopt);
        QVERIFY(!StationSettings::set(cb, StationSettings::Key::LockMinutes, 20).ok());
    }

    void everySyncedTableHasSyncColumns()
    {
        for (const QString &table : Schema::syncedTables()) {
            auto q =
                Database::exec(m_cb->casebook().db(), QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
            QStringList columns;
            while (q->next())
                columns << q->value(0).toString();
            for (const char *c : {"id", "station_id", "created_at", "updated_at", "version", "deleted"})
                QVERIFY2(columns.contains(QLatin1String(c)), qPrintable(table + QLatin1Char('.') + QLatin1String(c)));
        }
    }

    void notACasebookIsLeftUntouched()
    {
        const QString path = m_cb->dir() + QStringLiteral("/notes.casebook");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库 just some text\n");
        f.close();
        const QByteArray before = TestCasebook::fileHash(path);
        auto cb = Casebook::open(path, m_cb->clock());
        QVERIFY(!cb.ok());
        QCOMPARE(cb.error().kind, Error::Kind::NotACasebook);
        QVERIFY(cb.message().contains(QStringLiteral("not a Xianjie casebook")));
        QCOMPARE(TestCasebook::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void otherProgramsDatabaseIsLeftUntouched()
    {
        const QString path = m_cb->dir() + QStringLiteral("/other.db");
        rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const QByteArray before = TestCasebook::fileHash(path);
        auto cb = Casebook::open(path, m_cb->clock());
        QVERIFY(!cb.ok());
        QCOMPARE(cb.error().kind, Error::Kind::NotACasebook);
        QVERIFY(cb.message().contains(QStringLiteral("another program")));
        QCOMPARE(TestCasebook::fileHash(path), before);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = m_cb->path();
        m_cb->close();
        rawExec(path, "PRAGMA user_version = 99;");
        const QByteArray before = TestCasebook::fileHash(path);
        auto cb = Casebook::open(path, m_cb->clock());
        QVERIFY(!cb.ok());
        QCOMPARE(cb.error().kind, Error::Kind::TooNew);
        QVERIFY(cb.message().contains(QStringLiteral("newer version")));
        QCOMPARE(TestCasebook::fileHash(path), before);
    }

    void damagedFileIsRefusedAndUntouched()
    {
        const QString path = m_cb->path();
        m_cb->close();
        rawExec(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // past the 100-byte header: the schema page
        f.write(QByteArray(400, '\xA5'));
        f.close();
        const QByteArray before = TestCasebook::fileHash(path);
        auto cb = Casebook::open(path, m_cb->clock());
        QVERIFY(!cb.ok());
        QVERIFY2(cb.error().kind == Error::Kind::Corrupt, qPrintable(cb.message()));
        QVERIFY(cb.message().contains(QStringLiteral("damaged")));
        QCOMPARE(TestCasebook::fileHash(path), before);
    }

    // SQLite reports a damaged page: every write stops at once, before anything else is written, and `check` says
    // so in words. (Before, user-add succeeded in 37 of 40 such trials and check printed SQLite's own lines.)
    void aDamagedPageStopsEveryWriteAtOnce()
    {
        TestCasebook damaged(40, 3);
        const QString path = damaged.path();
        damaged.close();
        damageTable(path, "household");
        auto cb = Casebook::open(path, damaged.clock());
        QVERIFY2(cb.ok(), qPrintable(cb.message())); // the pages it starts from are sound
        QVERIFY(UserRepository(**cb)
                    .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                    .ok());
        auto read = Database::scalar((*cb)->db(), QStringLiteral("SELECT sum(length(address)) FROM household"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Corrupt);
        const qint64 audit = count(**cb, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto added = UserRepository(**cb).createUser(QStringLiteral("zhaoliu"), QStringLiteral("赵六"), Role::Worker,
                                                     QStringLiteral("shegong-2026"));
        QVERIFY(!added.ok());
        QVERIFY2(added.message().contains(QStringLiteral("damaged")), qPrintable(added.message()));
        QVERIFY(added.message().contains(QStringLiteral("backup")));
        QVERIFY(!(*cb)->storeSystemSetting(QStringLiteral("lock_minutes"), QStringLiteral("20")).ok());
        QCOMPARE(count(**cb, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(count(**cb, QStringLiteral("SELECT count(*) FROM user WHERE username = 'zhaoliu'")), 0);
        auto faults = CasebookCheck::run((*cb)->db());
        QVERIFY(faults.ok());
        QCOMPARE(faults->size(), 1);
        QVERIFY2(faults->first().contains(QStringLiteral("damaged")), qPrintable(faults->first()));
        QVERIFY2(!faults->first().contains(QStringLiteral("btree")), qPrintable(faults->first()));
        QVERIFY2(!faults->first().contains(QStringLiteral("error code")), qPrintable(faults->first()));
        // The daily backup checks the whole file first: a damaged casebook is not backed up over the good backups.
        QTemporaryDir out;
        const QString backup = out.filePath(QStringLiteral("daily.xjbak"));
        auto written = Backup::write(path, backup, QStringLiteral("beifen-mima-2026"));
        QVERIFY(!written.ok());
        QVERIFY2(written.message().contains(QStringLiteral("damaged")), qPrintable(written.message()));
        QVERIFY(!QFile::exists(backup));
    }

    // Damage in the pages everything starts from (the accounts) is found at open: not even the sign-in writes.
    void damageFoundAtOpenStopsTheFirstWrite()
    {
        TestCasebook damaged(5, 4);
        const QString path = damaged.path();
        damaged.close();
        damageTable(path, "user");
        const qint64 audit = rawScalar(path, "SELECT count(*) FROM audit_log");
        auto cb = Casebook::open(path, damaged.clock());
        QVERIFY2(cb.ok(), qPrintable(cb.message()));
        QVERIFY(Database::isDamaged((*cb)->db()));
        QVERIFY(!UserRepository(**cb)
                     .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                     .ok());
        QVERIFY(!(*cb)->storeSystemSetting(QStringLiteral("lock_minutes"), QStringLiteral("20")).ok());
        cb->reset();
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM audit_log"), audit);
    }

    // A casebook copied over another by hand while the old one's log (-wal) was still beside it: the log is not
    // replayed into it. The casebook is not opened, says why in words, and nothing is moved or changed. (Before,
    // opening — even for `stats` — replayed the foreign log and damaged the file.)
    void aLogFileOfAnotherDatabaseIsNotReplayed()
    {
        QTemporaryDir dir;
        TestCasebook other(30, 7);
        TestCasebook mine(10, 8);
        const QString target = mine.path();
        mine.close();
        rawExec(target, "PRAGMA wal_checkpoint(TRUNCATE);");
        // The other casebook, still open with changes in its log: its -wal, copied as a clerk's file copy would.
        rawExec(other.path(), "PRAGMA wal_checkpoint(TRUNCATE);");
        sqlite3 *live = nullptr;
        QCOMPARE(sqlite3_open(other.path().toUtf8().constData(), &live), SQLITE_OK);
        sqlite3_exec(live,
                     "PRAGMA wal_autocheckpoint = 0; UPDATE household SET address = address || '（改）'; "
                     "UPDATE station_settings SET value = value WHERE key = 'station_id';",
                     nullptr, nullptr, nullptr);
        QVERIFY(QFileInfo(other.path() + QStringLiteral("-wal")).size() > 0);
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(other.path() + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
        sqlite3_close(live);
        const QByteArray before = TestCasebook::fileHash(target);
        const QByteArray log = TestCasebook::fileHash(target + QStringLiteral("-wal"));
        auto opened = Casebook::open(target, mine.clock());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("does not belong")), qPrintable(opened.message()));
        QCOMPARE(TestCasebook::fileHash(target), before);
        QCOMPARE(TestCasebook::fileHash(target + QStringLiteral("-wal")), log); // moved nothing, changed nothing
        // Moved away as the sentence says, the casebook opens as it was.
        QVERIFY(QFile::rename(target + QStringLiteral("-wal"), dir.filePath(QStringLiteral("stray-wal"))));
        QFile::remove(target + QStringLiteral("-shm"));
        auto again = Casebook::open(target, mine.clock());
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY(CasebookCheck::run((*again)->db())->isEmpty());
    }

    // The casebook's own log, left by a program that stopped before folding it in: taken, with its changes.
    void itsOwnLeftoverLogIsKept()
    {
        QTemporaryDir dir;
        TestCasebook mine(5, 9);
        const QString path = mine.path();
        mine.close();
        rawExec(path, "PRAGMA wal_checkpoint(TRUNCATE);");
        sqlite3 *live = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &live), SQLITE_OK);
        sqlite3_exec(live,
                     "PRAGMA wal_autocheckpoint = 0; INSERT INTO station_settings (key, value) VALUES "
                     "('left_in_the_log', 'yes');",
                     nullptr, nullptr, nullptr);
        // As if the program died here: the file and its log, copied while it is still open.
        const QString crashed = dir.filePath(QStringLiteral("crashed.casebook"));
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        sqlite3_close(live);
        auto opened = Casebook::open(crashed, mine.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->setting(QStringLiteral("left_in_the_log")), QStringLiteral("yes"));
    }

    // Opening the casebook a second time in the same program (as the worker thread and the county server's request
    // threads do) used to read its header with a file of its own: closing that file dropped every POSIX lock the
    // program held on the casebook, so another program that then closed it believed itself the last one, folded the
    // log in and deleted it under the first connection, whose next changes went to a deleted file.
    void aSecondConnectionKeepsTheFirstOnesLocks()
    {
        TestCasebook mine(0, 3);
        auto households = [&](Casebook &cb) {
            auto n = Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM household"));
            return n ? n->toInt() : -1;
        };
        auto otherProgram = [&] { // opens and closes the casebook, as `xianjie-cli stats` or the desktop app does
            QProcess other;
            other.start(qEnvironmentVariable("XIANJIE_CLI"), {QStringLiteral("stats"), mine.path()});
            return other.waitForFinished(60000) && other.exitCode() == 0;
        };
        // Each round: another connection of this program (as each worker thread opens one), a change, another
        // program's look at the casebook, and every connection reads the change.
        std::vector<std::unique_ptr<Casebook>> more;
        const QStringList names{QStringLiteral("张一"), QStringLiteral("张二"), QStringLiteral("张三")};
        for (int k = 0; k < names.size(); ++k) {
            auto opened = Casebook::open(mine.path(), mine.clock());
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            more.push_back(std::move(*opened));
            registerHousehold(mine.casebook(), names.at(k));
            QVERIFY(otherProgram());
            for (const auto &cb : more)
                QCOMPARE(households(*cb), k + 1);
        }
        more.clear();
        const QString path = mine.path();
        mine.close();
        auto reopened = Casebook::open(path, mine.clock());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(households(**reopened), 3);
    }

    // An older casebook (rollback journal, before its first upgrade turns it to WAL) whose program was killed in the
    // middle of a write leaves a hot journal that a read-only connection cannot undo: every open used to say "the
    // casebook cannot be written (read-only)". Now the unfinished write is undone and the casebook opens as it was.
    void anUnfinishedWriteLeftInAJournalIsUndone()
    {
        QTemporaryDir dir;
        TestCasebook mine(30, 5);
        const QString path = mine.path();
        mine.close();
        rawExec(path, "PRAGMA journal_mode = DELETE;");
        const QString crashed = dir.filePath(QStringLiteral("crashed.casebook"));
        sqlite3 *live = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &live), SQLITE_OK);
        // A small cache makes SQLite write changed pages into the file before the commit, as a large write does.
        QCOMPARE(sqlite3_exec(live,
                              "PRAGMA cache_size = 2; BEGIN; DELETE FROM household_prefix; DELETE FROM "
                              "change_log;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(path, crashed)); // as if the program died here
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        sqlite3_exec(live, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(live);
        auto opened = Casebook::open(crashed, mine.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto changes = Database::scalar((*opened)->db(), QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(changes->toInt() > 0); // the deletes were undone
        auto faults = CasebookCheck::run((*opened)->db());
        QVERIFY2(faults && faults->isEmpty(), qPrintable(faults ? faults->join(QLatin1Char('\n')) : faults.message()));
    }

    void missingFile()
    {
        auto cb = Casebook::open(m_cb->dir() + QStringLiteral("/nothing.casebook"), m_cb->clock());
        QVERIFY(!cb.ok());
        QCOMPARE(cb.error().kind, Error::Kind::NotFound);
    }

    void migrationIsRepeatable()
    {
        QVERIFY(Schema::migrate(m_cb->casebook().db(), Schema::currentVersion()).ok());
        QCOMPARE(Database::scalar(m_cb->casebook().db(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 Schema::currentVersion());
    }

    void transactionRollsBackUnlessCommitted()
    {
        Casebook &cb = m_cb->casebook();
        RecordWriter writer(cb);
        const qint64 ops = count(cb, QStringLiteral("SELECT count(*) FROM change_log")); // the first account
        {
            Transaction tx(cb);
            QVERIFY(tx.isActive());
            QVERIFY(writer
                        .insert(QStringLiteral("village"), {{QStringLiteral("code"), QStringLiteral("110105100201")},
                                                            {QStringLiteral("name"), QStringLiteral("东风村")}})
                        .ok());
        }
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM village")), 0);
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM change_log")), ops);
        {
            Transaction tx(cb);
            QVERIFY(writer
                        .insert(QStringLiteral("village"), {{QStringLiteral("code"), QStringLiteral("110105100201")},
                                                            {QStringLiteral("name"), QStringLiteral("东风村")}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM village")), 1);
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM change_log")), ops + 1);
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        Casebook &cb = m_cb->casebook();
        RecordWriter writer(cb);
        const qint64 ops = count(cb, QStringLiteral("SELECT count(*) FROM change_log"));
        Transaction outer(cb);
        QVERIFY(writer
                    .insert(QStringLiteral("village"), {{QStringLiteral("code"), QStringLiteral("110105100201")},
                                                        {QStringLiteral("name"), QStringLiteral("东风村")}})
                    .ok());
        {
            Transaction inner(cb);
            QVERIFY(inner.isActive());
            QVERIFY(writer
                        .insert(QStringLiteral("village"), {{QStringLiteral("code"), QStringLiteral("110105100202")},
                                                            {QStringLiteral("name"), QStringLiteral("红星村")}})
                        .ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM village")), 1);
        QCOMPARE(count(cb, QStringLiteral("SELECT count(*) FROM change_log")), ops + 1);
    }

    void hlcIsMonotonicWhenTheClockStandsStillOrGoesBack()
    {
        Hlc &hlc = m_cb->casebook().hlc();
        const QString a = hlc.next();
        const QString b = hlc.next(); // clock has not moved
        QVERIFY(b > a);
        m_cb->clock().advance(-60000); // clock set back a minute
        const QString c = hlc.next();
        QVERIFY(c > b);
        m_cb->clock().advance(120000);
        const QString d = hlc.next();
        QVERIFY(d > c);
        QCOMPARE(Hlc::toDateTime(d), m_cb->clock().now());
    }

    void hlcResumesAfterReopenWithAClockBehind()
    {
        Casebook &cb = m_cb->casebook();
        RecordWriter writer(cb);
        QVERIFY(writer
                    .insert(QStringLiteral("village"), {{QStringLiteral("code"), QStringLiteral("110105100201")},
                                                        {QStringLiteral("name"), QStringLiteral("东风村")}})
                    .ok());
        const QString last = Database::scalar(cb.db(), QStringLiteral("SELECT max(hlc) FROM change_log"))->toString();
        const QString path = m_cb->path();
        m_cb->close();
        FixedClock behind(m_cb->clock().now().addDays(-1));
        auto again = Casebook::open(path, behind);
        QVERIFY(again.ok());
        QVERIFY((*again)->hlc().next() > last);
    }

    void uuidV7()
    {
        const QDateTime t = m_cb->clock().now();
        const QString a = Uuid::v7(t);
        const QString b = Uuid::v7(t.addMSecs(1));
        QVERIFY(Uuid::isValid(a));
        QCOMPARE(a.at(14), QLatin1Char('7'));
        QVERIFY(b > a); // time-ordered
        QVERIFY(Uuid::v7(t) != a);
    }
};

QTEST_GUILESS_MAIN(CasebookTest)
#include "casebook_test.moc"
