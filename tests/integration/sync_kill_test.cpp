#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace xianjie::test;

/**
 * The county's importer is killed (SIGKILL, no chance to clean up) at random points while it applies a large
 * station bundle. After every kill the county casebook passes `xianjie-cli check` and holds either none or all of
 * the bundle; the next import completes the job with nothing lost or doubled.
 */
class SyncKillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int tableCount(const QString &casebook, const QString &table)
    {
        const Run r = cli({QStringLiteral("stats"), casebook, QStringLiteral("--json")});
        if (r.exit != 0)
            qFatal("stats: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("tables"))
            .toObject()
            .value(table)
            .toInt();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("XIANJIE_CLI"))); }

    void killedImportsLeaveTheCountyWholeAndTheNextOneFinishes()
    {
        const QString station = path(QStringLiteral("station.casebook"));
        const QString county = path(QStringLiteral("county.casebook"));
        QCOMPARE(cli({QStringLiteral("init"), station, QStringLiteral("--role"), QStringLiteral("station"),
                      QStringLiteral("--code"), QStringLiteral("110105100000"), QStringLiteral("--name"),
                      QStringLiteral("东风民政服务站"), QStringLiteral("--user"), QStringLiteral("wangfang")})
                     .exit,
                 0);
        QCOMPARE(
            cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("1200"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--user"), QStringLiteral("wangfang")})
                .exit,
            0);
        QCOMPARE(cli({QStringLiteral("init"), county, QStringLiteral("--role"), QStringLiteral("county"),
                      QStringLiteral("--code"), QStringLiteral("110105"), QStringLiteral("--name"),
                      QStringLiteral("测试县民政局"), QStringLiteral("--user"), QStringLiteral("zhaoqiang")})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("enroll-request"), station, QStringLiteral("--user"), QStringLiteral("wangfang"),
                      QStringLiteral("--out"), path(QStringLiteral("req"))})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("enroll-approve"), county, path(QStringLiteral("req")), QStringLiteral("--user"),
                      QStringLiteral("zhaoqiang"), QStringLiteral("--out"), path(QStringLiteral("grant"))})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("enroll-accept"), station, path(QStringLiteral("grant")), QStringLiteral("--user"),
                      QStringLiteral("wangfang")})
                     .exit,
                 0);
        const Run exported = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"),
                                  QStringLiteral("wangfang"), QStringLiteral("--out"), path(QStringLiteral("stick"))});
        QVERIFY2(exported.exit == 0, qPrintable(exported.err));
        const QStringList bundles = exported.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(bundles.size(), 1);
        const int households = tableCount(station, QStringLiteral("household"));
        const int persons = tableCount(station, QStringLiteral("person"));
        QCOMPARE(households, 1200);

        // How long a whole import takes here, so that the kills spread over all of it.
        const QString probe = path(QStringLiteral("probe.casebook"));
        QVERIFY(QFile::copy(county, probe));
        QElapsedTimer timer;
        timer.start();
        const Run whole = cli({QStringLiteral("bundle-import"), probe, bundles.first(), QStringLiteral("--user"),
                               QStringLiteral("zhaoqiang")});
        QVERIFY2(whole.exit == 0, qPrintable(whole.err));
        const qint64 span = timer.elapsed();

        QRandomGenerator rng(20261126);
        int killedMidway = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            QProcess importer;
            importer.setProcessEnvironment(cliEnvironment());
            importer.start(qEnvironmentVariable("XIANJIE_CLI"),
                           {QStringLiteral("bundle-import"), county, bundles.first(), QStringLiteral("--user"),
                            QStringLiteral("zhaoqiang")});
            QVERIFY(importer.waitForStarted());
            QThread::msleep(quint64(rng.bounded(qint64(span * 9 / 10) + 1)));
            const bool running = importer.state() == QProcess::Running;
            importer.kill(); // SIGKILL
            importer.waitForFinished();
            const Run check = cli({QStringLiteral("check"), county});
            QVERIFY2(check.exit == 0, qPrintable(check.out + check.err));
            const int have = tableCount(county, QStringLiteral("household"));
            QVERIFY2(have == 0 || have == households, qPrintable(QString::number(have)));
            if (running && have == 0)
                ++killedMidway;
            if (have == households)
                break; // this attempt finished before the kill
        }
        QVERIFY(killedMidway > 0);
        // The next import completes the job (or says it is done), nothing doubled.
        const Run last = cli({QStringLiteral("bundle-import"), county, bundles.first(), QStringLiteral("--user"),
                              QStringLiteral("zhaoqiang")});
        QVERIFY2(last.exit == 0, qPrintable(last.err));
        QCOMPARE(tableCount(county, QStringLiteral("household")), households);
        QCOMPARE(tableCount(county, QStringLiteral("person")), persons);
        const Run again = cli({QStringLiteral("bundle-import"), county, bundles.first(), QStringLiteral("--user"),
                               QStringLiteral("zhaoqiang")});
        QVERIFY(again.out.contains(QStringLiteral("already")));
        QCOMPARE(tableCount(county, QStringLiteral("person")), persons);
        QCOMPARE(cli({QStringLiteral("check"), county}).exit, 0);
    }
};

QTEST_GUILESS_MAIN(SyncKillTest)
#include "sync_kill_test.moc"
