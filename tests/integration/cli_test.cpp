#include "Builders.h"
#include "CliRunner.h"
#include "TestCasebook.h"
#include "report/ReferralDocuments.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/ConsentWithdrawal.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** A new casebook whose header claims schema @p version, written behind the program's back. */
    static void stampVersion(const QString &cb, int version)
    {
        QCOMPARE(cli({QStringLiteral("init"), cb, QStringLiteral("--code"), QStringLiteral("110105100000"),
                      QStringLiteral("--name"), QStringLiteral("站"), QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(cb.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("XIANJIE_CLI"))); }

    void initDemoStatsCheck()
    {
        const QString cb = path(QStringLiteral("station.casebook"));
        Run r = cli({QStringLiteral("init"), cb, QStringLiteral("--role"), QStringLiteral("station"),
                     QStringLiteral("--code"), QStringLiteral("110105100000"), QStringLiteral("--name"),
                     QStringLiteral("东风民政服务站"), QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("demo"), cb, QStringLiteral("--households"), QStringLiteral("150"),
                 QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(r.exit != 0); // changes need a user
        QVERIFY(r.err.contains(QStringLiteral("--user")));
        r = cli({QStringLiteral("demo"), cb, QStringLiteral("--households"), QStringLiteral("150"),
                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("150")));
        r = cli({QStringLiteral("stats"), cb, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("tables")).toObject().value(QStringLiteral("household")).toInt(), 150);
        QVERIFY(stats.value(QStringLiteral("tables")).toObject().value(QStringLiteral("person")).toInt() >= 150);
        QCOMPARE(stats.value(QStringLiteral("role")).toString(), QStringLiteral("station"));
        r = cli({QStringLiteral("check"), cb});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("stats"), cb});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("household")));
    }

    void initRefusesBadInput()
    {
        Run r = cli({QStringLiteral("init"), path(QStringLiteral("a.casebook")), QStringLiteral("--role"),
                     QStringLiteral("station"), QStringLiteral("--code"), QStringLiteral("11010510000"),
                     QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--user"), QStringLiteral("head")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("12 digits")));
        QVERIFY(!QFile::exists(path(QStringLiteral("a.casebook"))));
        r = cli({QStringLiteral("init"), path(QStringLiteral("a.casebook")), QStringLiteral("--role"),
                 QStringLiteral("station"), QStringLiteral("--code"), QStringLiteral("110105100000")});
        QVERIFY(r.exit != 0);
        r = cli({QStringLiteral("frobnicate")});
        QVERIFY(r.exit != 0);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    }

    void badFilesGiveOneSentenceAndStayUntouched()
    {
        const QString text = path(QStringLiteral("notes.casebook"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        const QByteArray before = TestCasebook::fileHash(text);
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("check"), QStringLiteral("demo")}) {
            Run r = cli({command, text});
            QCOMPARE(r.exit, 1);
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
            QVERIFY2(r.err.contains(QStringLiteral("not a Xianjie casebook")), qPrintable(r.err));
        }
        QCOMPARE(TestCasebook::fileHash(text), before);

        Run missing = cli({QStringLiteral("check"), path(QStringLiteral("none.casebook"))});
        QCOMPARE(missing.exit, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no casebook")));
    }

    void newerVersionIsRefused()
    {
        const QString cb = path(QStringLiteral("newer.casebook"));
        stampVersion(cb, 42);
        const QByteArray before = TestCasebook::fileHash(cb);
        Run r = cli({QStringLiteral("stats"), cb});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
        QCOMPARE(TestCasebook::fileHash(cb), before);
    }

    // check never changes the file it checks, so it does not upgrade an older casebook: it says what to do.
    void checkOfAnOlderCasebookSaysToOpenItFirst()
    {
        const QString cb = path(QStringLiteral("older.casebook"));
        stampVersion(cb, 5);
        const QByteArray before = TestCasebook::fileHash(cb);
        Run r = cli({QStringLiteral("check"), cb});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("earlier version")), qPrintable(r.err));
        QCOMPARE(TestCasebook::fileHash(cb), before);
    }

    void checkReportsFaults()
    {
        const QString cb = path(QStringLiteral("faulty.casebook"));
        QCOMPARE(cli({QStringLiteral("init"), cb, QStringLiteral("--code"), QStringLiteral("110105100000"),
                      QStringLiteral("--name"), QStringLiteral("站"), QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("demo"), cb, QStringLiteral("--households"), QStringLiteral("20"),
                      QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(cb.toUtf8().constData(), &db), SQLITE_OK);
        // Behind the app's back: a member of a household that does not exist.
        QCOMPARE(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; UPDATE person SET household_id = 'gone' WHERE rid = 1",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        Run r = cli({QStringLiteral("check"), cb});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("person")), qPrintable(r.err));
    }

    void backupAndRestore()
    {
        Run r0;
        const QString cb = path(QStringLiteral("backed.casebook"));
        QCOMPARE(cli({QStringLiteral("init"), cb, QStringLiteral("--code"), QStringLiteral("110105100000"),
                      QStringLiteral("--name"), QStringLiteral("站"), QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("demo"), cb, QStringLiteral("--households"), QStringLiteral("12"),
                      QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        // A worker cannot back up; the head adds one and the worker is refused.
        r0 = cli({QStringLiteral("user-add"), cb, QStringLiteral("--user"), QStringLiteral("head"),
                  QStringLiteral("--new"), QStringLiteral("wangfang"), QStringLiteral("--full-name"),
                  QStringLiteral("王芳"), QStringLiteral("--role"), QStringLiteral("worker")});
        QVERIFY2(r0.exit == 0, qPrintable(r0.err));
        r0 = cli({QStringLiteral("backup"), cb, QStringLiteral("--out"), path(QStringLiteral("w.xjbak")),
                  QStringLiteral("--user"), QStringLiteral("wangfang")});
        QCOMPARE(r0.exit, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("w.xjbak"))));
        const QString bak = path(QStringLiteral("backed.xjbak"));
        Run r = cli({QStringLiteral("backup"), cb, QStringLiteral("--out"), bak, QStringLiteral("--user"),
                     QStringLiteral("head")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("restore"), bak, QStringLiteral("--to"), cb});
        QCOMPARE(r.exit, 1); // exists: needs --force
        const QString copy = path(QStringLiteral("copy.casebook"));
        r = cli({QStringLiteral("restore"), bak, QStringLiteral("--to"), copy});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("check"), copy});
        QCOMPARE(r.exit, 0);
    }

    void checkNamesATamperedAuditEntry()
    {
        const QString cb = path(QStringLiteral("audited.casebook"));
        QCOMPARE(cli({QStringLiteral("init"), cb, QStringLiteral("--code"), QStringLiteral("110105100000"),
                      QStringLiteral("--name"), QStringLiteral("站"), QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("demo"), cb, QStringLiteral("--households"), QStringLiteral("5"),
                      QStringLiteral("--user"), QStringLiteral("head")})
                     .exit,
                 0);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(cb.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET note = 'x' WHERE seq = 7",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        Run r = cli({QStringLiteral("check"), cb});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry No. 7 ")), qPrintable(r.err));
    }

    // The directory comes from a CSV file; a referral packet leaves the station only under a consent that holds.
    void directoryImportAndReferralPacket()
    {
        TestCasebook fixture;
        Casebook &cb = fixture.casebook();
        QVERIFY(UserRepository(cb)
                    .createUser(QStringLiteral("xiaoli"), QStringLiteral("命令行"), Role::Worker,
                                QStringLiteral("cli-test-2026"))
                    .ok());
        const QString household = registerHousehold(cb, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        const QString head = HouseholdRepository(cb).members(household)->first().id;
        fixture.close();

        const QString csv = path(QStringLiteral("orgs.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("名称,统一社会信用代码,服务类型\n县慈善总会,53110000MA00000150,medical\n坏行,123,\n")
                    .toUtf8());
        f.close();
        Run r = cli({QStringLiteral("directory-import"), fixture.path(), csv, QStringLiteral("--user"),
                     QStringLiteral("xiaoli")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Row 3")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("名称,统一社会信用代码,服务类型\n县慈善总会,53110000MA00000150,medical\n").toUtf8());
        f.close();
        r = cli({QStringLiteral("directory-import"), fixture.path(), csv, QStringLiteral("--user"),
                 QStringLiteral("xiaoli")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 added")));

        // A consent, a need and a sent referral, recorded in the casebook as the app would.
        auto reopened = Casebook::open(fixture.path(), fixture.clock());
        QVERIFY(reopened.ok());
        Casebook &c2 = **reopened;
        QVERIFY(UserRepository(c2).signIn(QStringLiteral("xiaoli"), QStringLiteral("cli-test-2026")).ok());
        const QString org = CharityDirectory(c2).orgs()->first().id;
        const QString consentId = *ConsentRepository(c2).record(selfConsent(
            household, head, QStringLiteral("张三"), org, {QStringLiteral("name"), QStringLiteral("need")}));
        Need need;
        need.householdId = household;
        need.needType = QStringLiteral("medical");
        need.description = QStringLiteral("住院押金");
        Referral draft;
        draft.needId = *NeedRepository(c2).add(need);
        draft.orgId = org;
        ReferralRepository referrals(c2);
        const QString referral = *referrals.createDraft(draft);
        QVERIFY(
            referrals.send(referral, {qMakePair(head, QStringLiteral("name")), qMakePair(head, QStringLiteral("need"))})
                .ok());
        const QString number = referrals.referral(referral)->number;

        const QString packet = path(QStringLiteral("packet.json"));
        r = cli({QStringLiteral("referral-packet"), fixture.path(), number, QStringLiteral("--user"),
                 QStringLiteral("xiaoli"), QStringLiteral("--out"), packet});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QFile written(packet);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        written.close();
        QCOMPARE(json.value(QStringLiteral("number")).toString(), number);
        QVERIFY(!QString::fromUtf8(QJsonDocument(json).toJson()).contains(QStringLiteral("110105199003070017")));
        QVERIFY(QFile::remove(packet));

        // After withdrawal the command line cannot produce it either, and writes nothing.
        QVERIFY(ConsentWithdrawal(c2).withdraw(consentId, QStringLiteral("电话")).ok());
        r = cli({QStringLiteral("referral-packet"), fixture.path(), number, QStringLiteral("--user"),
                 QStringLiteral("xiaoli"), QStringLiteral("--out"), packet});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("consent")), qPrintable(r.err));
        QVERIFY(!QFile::exists(packet));
        r = cli({QStringLiteral("referral-packet"), fixture.path(), QStringLiteral("R2026-9999"),
                 QStringLiteral("--user"), QStringLiteral("xiaoli"), QStringLiteral("--out"), packet});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("R2026-9999")));
    }

    // Every program says its version and its usage, with exit 0, without a casebook or a display.
    void versionAndHelp()
    {
        const QRegularExpression version(QStringLiteral("^xianjie-cli \\d+\\.\\d+\\.\\d+\n$"));
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(version.match(r.out).hasMatch(), qPrintable(r.out));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("xianjie-cli import-ledger")));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(cli({}).exit, 64); // no command: the usage on stderr, and the exit code of wrong use
        if (const QString server = qEnvironmentVariable("XIANJIE_SERVER"); !server.isEmpty()) {
            for (const char *option : {"--version", "--help"}) {
                QProcess p;
                p.start(server, {QString::fromLatin1(option)});
                QVERIFY(p.waitForFinished(30000));
                QCOMPARE(p.exitCode(), 0);
                QVERIFY(p.readAllStandardOutput().startsWith(qstrcmp(option, "--version") == 0 ? "xianjie-server "
                                                                                               : "Usage"));
            }
        }
    }

    // A station's ledger into the casebook: the report row by row, the counts last, exit 1 while rows are refused.
    void importLedger()
    {
        TestCasebook fixture;
        Casebook &cb = fixture.casebook();
        QVERIFY(UserRepository(cb)
                    .createUser(QStringLiteral("xiaoli"), QStringLiteral("命令行"), Role::Worker,
                                QStringLiteral("cli-test-2026"))
                    .ok());
        QVERIFY(HouseholdRepository(cb).addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村")).ok());
        fixture.close();
        const QString csv = path(QStringLiteral("花名册.csv"));
        auto writeLedger = [&](const QString &secondId) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral("东风村低保花名册\n户号,姓名,身份证号码,与户主关系,所属村（社区）,救助类别\n"
                                   "1,张三,110105199003070017,户主,东风村,低保\n"
                                   "2,李梅,%1,户主,东风村,特困\n合计,2人,,,,\n")
                        .arg(secondId)
                        .toUtf8());
        };
        writeLedger(QStringLiteral("110105199204040027")); // the check character is wrong
        const QStringList base = {QStringLiteral("import-ledger"), fixture.path(), csv, QStringLiteral("--user"),
                                  QStringLiteral("xiaoli")};
        const QString mapping = path(QStringLiteral("mapping.json"));
        Run r = cli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), mapping});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Header row 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("C 身份证号码 → ID number")));
        QVERIFY(r.out.contains(QStringLiteral("Row 3 · Will be added · 张*")));
        QVERIFY(r.out.contains(QStringLiteral("Row 4 · Refused · 李* · cell C 身份证号码")));
        QVERIFY(r.out.contains(QStringLiteral("Row 5 · Not a person's row")));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.last().startsWith(QStringLiteral("Dry run, nothing written.")), qPrintable(lines.last()));
        QVERIFY(lines.last().contains(QStringLiteral("1 refused")));
        QVERIFY(!r.out.contains(QStringLiteral("110105199003070017"))); // masked: no ID number, no name
        QVERIFY(!r.out.contains(QStringLiteral("张三")));
        QVERIFY(QFile::exists(mapping));

        r = cli(base);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--only-valid")), qPrintable(r.err));
        r = cli({QStringLiteral("ledger-imports"), fixture.path(), QStringLiteral("--user"), QStringLiteral("xiaoli")});
        QVERIFY2(r.exit == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out)); // nothing imported, no batch

        r = cli(base + QStringList{QStringLiteral("--only-valid"), QStringLiteral("--mapping"), mapping});
        QCOMPARE(r.exit, 1); // imported, and still rows refused
        QVERIFY2(r.out.contains(QStringLiteral("Imported as batch")), qPrintable(r.out));
        writeLedger(QStringLiteral("110105199204040025"));
        r = cli(base);
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Row 3 · Already in the casebook")));
        QVERIFY(r.out.contains(QStringLiteral("Row 4 · Will be added")));

        r = cli({QStringLiteral("ledger-imports"), fixture.path(), QStringLiteral("--user"), QStringLiteral("xiaoli")});
        QCOMPARE(r.exit, 0);
        const QStringList batches = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(batches.size(), 2);
        QVERIFY(batches.last().contains(QStringLiteral("花名册.csv")));
        const QString batch = batches.last().section(QLatin1Char('\t'), 0, 0);
        r = cli({QStringLiteral("ledger-imports"), fixture.path(), QStringLiteral("--user"), QStringLiteral("xiaoli"),
                 QStringLiteral("--batch"), batch});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Row 3")), qPrintable(r.out));
        r = cli({QStringLiteral("check"), fixture.path()});
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        r = cli({QStringLiteral("import-ledger"), fixture.path(), path(QStringLiteral("none.xlsx")),
                 QStringLiteral("--user"), QStringLiteral("xiaoli")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    }

    // Enrolment through files, as county and station clerks do it with a USB stick.
    void enrolAStationThroughFiles()
    {
        const QString station = path(QStringLiteral("enrol-station.casebook"));
        const QString county = path(QStringLiteral("enrol-county.casebook"));
        Run r = cli({QStringLiteral("init"), station, QStringLiteral("--role"), QStringLiteral("station"),
                     QStringLiteral("--code"), QStringLiteral("110105100000"), QStringLiteral("--name"),
                     QStringLiteral("东风民政服务站"), QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("init"), county, QStringLiteral("--role"), QStringLiteral("county"),
                 QStringLiteral("--code"), QStringLiteral("110105"), QStringLiteral("--name"),
                 QStringLiteral("测试县民政局"), QStringLiteral("--user"), QStringLiteral("zhaoqiang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString request = path(QStringLiteral("station.request"));
        const QString grant = path(QStringLiteral("station.grant"));
        r = cli({QStringLiteral("enroll-request"), station, QStringLiteral("--user"), QStringLiteral("wangfang"),
                 QStringLiteral("--out"), request});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QRegularExpression fp(QStringLiteral("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"));
        const QString stationFingerprint = fp.match(r.out).captured();
        QVERIFY(!stationFingerprint.isEmpty());
        r = cli({QStringLiteral("enroll-approve"), county, request, QStringLiteral("--user"),
                 QStringLiteral("zhaoqiang"), QStringLiteral("--out"), grant});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(stationFingerprint));
        // A grant changed on the way is refused; the real one is accepted.
        QFile g(grant);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QByteArray bytes = g.readAll();
        g.close();
        const QString bad = path(QStringLiteral("bad.grant"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        bytes[bytes.indexOf("\"signature\"") + 20] ^= 0x01;
        b.write(bytes);
        b.close();
        r = cli({QStringLiteral("enroll-accept"), station, bad, QStringLiteral("--user"), QStringLiteral("wangfang")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("changed after it was signed")));
        r = cli(
            {QStringLiteral("enroll-accept"), station, grant, QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("测试县民政局")));
        // The station's changes travel in a bundle: applied once, acknowledged again, the manifest readable by all.
        const QString stick = path(QStringLiteral("stick"));
        r = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"), QStringLiteral("wangfang"),
                 QStringLiteral("--out"), stick});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString bundle = r.out.trimmed().split(QLatin1Char('\n')).first();
        QVERIFY(QFile::exists(bundle));
        // Exporting again before the county answered writes the same bundle again (a lost stick loses nothing).
        r = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"), QStringLiteral("wangfang"),
                 QStringLiteral("--out"), path(QStringLiteral("stick2"))});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("written again")), qPrintable(r.out));
        r = cli({QStringLiteral("bundle-inspect"), bundle});
        QCOMPARE(r.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("station_code")).toString(),
                 QStringLiteral("110105100000"));
        r = cli(
            {QStringLiteral("bundle-import"), county, bundle, QStringLiteral("--user"), QStringLiteral("zhaoqiang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("applied")));
        r = cli(
            {QStringLiteral("bundle-import"), county, bundle, QStringLiteral("--user"), QStringLiteral("zhaoqiang")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("already")));
        r = cli({QStringLiteral("bundle-import"), county, bad, QStringLiteral("--user"), QStringLiteral("zhaoqiang")});
        QCOMPARE(r.exit, 2);
        // The county answers: acknowledgements go back, the station's outbox empties, applying twice is harmless.
        const QString back = path(QStringLiteral("back"));
        r = cli({QStringLiteral("downstream-export"), county, QStringLiteral("--station"),
                 QStringLiteral("110105100000"), QStringLiteral("--user"), QStringLiteral("zhaoqiang"),
                 QStringLiteral("--out"), back});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString down = r.out.trimmed();
        QVERIFY(QFile::exists(down));
        // Asked of a station casebook, --all says why there is nothing to write instead of printing nothing.
        r = cli({QStringLiteral("downstream-export"), station, QStringLiteral("--all"), QStringLiteral("--user"),
                 QStringLiteral("wangfang"), QStringLiteral("--out"), back});
        QVERIFY(r.exit != 0);
        QVERIFY2(r.err.contains(QStringLiteral("county casebook")), qPrintable(r.err));
        r = cli({QStringLiteral("bundle-import"), county, down, QStringLiteral("--user"), QStringLiteral("zhaoqiang")});
        QCOMPARE(r.exit, 2); // the county's own bundle for a station is not for the county
        r = cli({QStringLiteral("bundle-import"), station, down, QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("acknowledged 1 bundle")), qPrintable(r.out));
        r = cli({QStringLiteral("bundle-import"), station, down, QStringLiteral("--user"), QStringLiteral("wangfang")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("already")));
        r = cli({QStringLiteral("check"), station});
        QVERIFY2(r.exit == 0, qPrintable(r.err + r.out));
        r = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"), QStringLiteral("wangfang"),
                 QStringLiteral("--out"), stick});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to send")), qPrintable(r.out));
        // The station is restored from a backup older than what the county holds; the county takes it in.
        const QString bak = path(QStringLiteral("enrol-station.xjbak"));
        auto run = [&](const QStringList &args) {
            const Run done = cli(args);
            if (done.exit != 0)
                qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(done.err));
            return done;
        };
        const QStringList asHead = {QStringLiteral("--user"), QStringLiteral("wangfang")};
        const QStringList asStaff = {QStringLiteral("--user"), QStringLiteral("zhaoqiang")};
        QCOMPARE(run(QStringList{QStringLiteral("backup"), station, QStringLiteral("--out"), bak} + asHead).exit, 0);
        QCOMPARE(run(QStringList{QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("3"),
                                 QStringLiteral("--seed"), QStringLiteral("41")} +
                     asHead)
                     .exit,
                 0);
        const QString stick3 = path(QStringLiteral("stick3"));
        QCOMPARE(
            run(QStringList{QStringLiteral("bundle-export"), station, QStringLiteral("--out"), stick3} + asHead).exit,
            0);
        QCOMPARE(run(QStringList{QStringLiteral("bundle-import"), county} +
                     QDir(stick3)
                         .entryList(QDir::Files)
                         .replaceInStrings(QRegularExpression(QStringLiteral("^")), stick3 + QLatin1Char('/')) +
                     asStaff)
                     .exit,
                 0);
        QCOMPARE(run({QStringLiteral("restore"), bak, QStringLiteral("--to"), station, QStringLiteral("--force")}).exit,
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("1"),
                                 QStringLiteral("--seed"), QStringLiteral("42")} +
                     asHead)
                     .exit,
                 0);
        const QString stick4 = path(QStringLiteral("stick4"));
        r = run(QStringList{QStringLiteral("bundle-export"), station, QStringLiteral("--out"), stick4} + asHead);
        const QString restoredBundle = r.out.trimmed().split(QLatin1Char('\n')).first();
        r = cli(QStringList{QStringLiteral("bundle-import"), county, restoredBundle} + asStaff);
        QCOMPARE(r.exit, 2);
        QVERIFY2((r.out + r.err).contains(QStringLiteral("restored from a backup")), qPrintable(r.out + r.err));
        r = run(QStringList{QStringLiteral("station-restores"), county} + asStaff);
        QVERIFY2(r.out.contains(QStringLiteral("waits to be taken in")), qPrintable(r.out));
        r = cli(QStringList{QStringLiteral("station-restores"), county, QStringLiteral("--take-in"),
                            QStringLiteral("110105100000"), QStringLiteral("--user"), QStringLiteral("wangfang")});
        QCOMPARE(r.exit, 1); // not a county account
        r = run(QStringList{QStringLiteral("station-restores"), county, QStringLiteral("--take-in"),
                            QStringLiteral("110105100000")} +
                asStaff);
        QVERIFY2(r.out.contains(QStringLiteral("Taken in")), qPrintable(r.out));
        r = run(QStringList{QStringLiteral("downstream-export"), county, QStringLiteral("--station"),
                            QStringLiteral("110105100000"), QStringLiteral("--out"), path(QStringLiteral("back2"))} +
                asStaff);
        QCOMPARE(run(QStringList{QStringLiteral("bundle-import"), station, r.out.trimmed()} + asHead).exit, 0);
        r = run(QStringList{QStringLiteral("bundle-export"), station, QStringLiteral("--out"),
                            path(QStringLiteral("stick5"))} +
                asHead);
        r = run(QStringList{QStringLiteral("bundle-import"), county, r.out.trimmed().split(QLatin1Char('\n')).first()} +
                asStaff);
        QVERIFY2(r.out.contains(QStringLiteral("applied")), qPrintable(r.out));
        auto households = [&](const QString &casebook) {
            const Run stats = run({QStringLiteral("stats"), casebook, QStringLiteral("--json")});
            return QJsonDocument::fromJson(stats.out.toUtf8())
                .object()
                .value(QStringLiteral("tables"))
                .toObject()
                .value(QStringLiteral("household"))
                .toInt();
        };
        QCOMPARE(households(station), 4);
        QCOMPARE(households(county), 4);
        QCOMPARE(run({QStringLiteral("check"), station}).exit, 0);
        QCOMPARE(run({QStringLiteral("check"), county}).exit, 0);
        r = run(QStringList{QStringLiteral("station-restores"), county, QStringLiteral("--all")} + asStaff);
        QVERIFY2(r.out.contains(QStringLiteral("confirmed")), qPrintable(r.out));

        r = cli({QStringLiteral("station-revoke"), county, QStringLiteral("--code"), QStringLiteral("110105100000"),
                 QStringLiteral("--reason"), QStringLiteral("测试"), QStringLiteral("--user"),
                 QStringLiteral("zhaoqiang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("check"), county});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }

    void chineseMessagesWithLang()
    {
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("check"),
                     path(QStringLiteral("none.casebook"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("没有")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
