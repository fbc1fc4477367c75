#include "SyncFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace xianjie::test;

/**
 * Ordinary edits, a backup and a county import on a disk that fills up (a small tmpfs): each ends with a sentence
 * that says the disk is full, nothing half-written, and the casebook sound; once space is freed the same command
 * succeeds. Needs root (mount); CI runs as root.
 */
class DiskFullTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_disk;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString onDisk(const QString &name) const { return QDir(m_disk).filePath(name); }

    /** Fills the disk, then frees @p leave bytes of it. */
    void fill(qint64 leave)
    {
        QFile filler(onDisk(QStringLiteral("photos.bin")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) {
        }
        filler.close();
        QVERIFY(filler.resize(qMax<qint64>(0, filler.size() - leave)));
    }
    void unfill() { QFile::remove(onDisk(QStringLiteral("photos.bin"))); }
    static bool saysFull(const Run &r)
    {
        return r.err.contains(QStringLiteral("disk is full")) || r.err.contains(QStringLiteral("not enough room")) ||
               r.err.contains(QStringLiteral("No space"));
    }

private slots:
    void initTestCase()
    {
        m_disk = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(m_disk));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=48m"), QStringLiteral("tmpfs"), m_disk});
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("a small tmpfs cannot be mounted here (the test needs root)");
    }
    void cleanupTestCase() { QProcess::execute(QStringLiteral("umount"), {m_disk}); }
    void cleanup() { unfill(); }

    void editsOnAFullDiskSayItAndKeepTheCasebookWhole()
    {
        const QString station = onDisk(QStringLiteral("station.casebook"));
        QVERIFY(cli({QStringLiteral("init"), station, QStringLiteral("--role"), QStringLiteral("station"),
                     QStringLiteral("--code"), QStringLiteral("110105100000"), QStringLiteral("--name"),
                     QStringLiteral("东风民政服务站"), QStringLiteral("--user"), kStationUser})
                    .exit == 0);
        QVERIFY(cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("50"),
                     QStringLiteral("--user"), kStationUser})
                    .exit == 0);
        const int before = tableCount(station, QStringLiteral("household"));
        fill(64 * 1024);
        const Run full = cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("3000"),
                              QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--user"), kStationUser});
        QVERIFY(full.exit != 0);
        QVERIFY2(saysFull(full), qPrintable(full.err));
        QVERIFY2(!full.err.contains(QStringLiteral("SQL")) && !full.err.contains(QStringLiteral("sqlite")),
                 qPrintable(full.err));
        // All or nothing: the demo is one transaction.
        const Run check = cli({QStringLiteral("check"), station});
        QVERIFY2(check.exit == 0, qPrintable(check.out + check.err));
        QCOMPARE(tableCount(station, QStringLiteral("household")), before);
        unfill();
        QCOMPARE(cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("20"),
                      QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--user"), kStationUser})
                     .exit,
                 0);
        QCOMPARE(tableCount(station, QStringLiteral("household")), before + 20);
        QCOMPARE(cli({QStringLiteral("check"), station}).exit, 0);
    }

    void aBackupOntoAFullDiskLeavesNoHalfFile()
    {
        const QString station = path(QStringLiteral("backup-station.casebook"));
        QVERIFY(cli({QStringLiteral("init"), station, QStringLiteral("--role"), QStringLiteral("station"),
                     QStringLiteral("--code"), QStringLiteral("110105101000"), QStringLiteral("--name"),
                     QStringLiteral("西风民政服务站"), QStringLiteral("--user"), kStationUser})
                    .exit == 0);
        QVERIFY(cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QStringLiteral("800"),
                     QStringLiteral("--user"), kStationUser})
                    .exit == 0);
        const QString target = onDisk(QStringLiteral("backup.xjbak"));
        fill(128 * 1024);
        const Run full = cli({QStringLiteral("backup"), station, QStringLiteral("--user"), kStationUser,
                              QStringLiteral("--out"), target});
        QVERIFY(full.exit != 0);
        QVERIFY2(saysFull(full), qPrintable(full.err));
        // Nothing that looks like a backup is left behind, half-written or under a temporary name.
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_disk).entryList({QStringLiteral("*backup*")}, QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(cli({QStringLiteral("check"), station}).exit, 0);
        unfill();
        const Run ok = cli({QStringLiteral("backup"), station, QStringLiteral("--user"), kStationUser,
                            QStringLiteral("--out"), target});
        QVERIFY2(ok.exit == 0, qPrintable(ok.err));
        const Run restored =
            cli({QStringLiteral("restore"), target, QStringLiteral("--to"), path(QStringLiteral("restored.casebook"))});
        QVERIFY2(restored.exit == 0, qPrintable(restored.err));
        QCOMPARE(tableCount(path(QStringLiteral("restored.casebook")), QStringLiteral("household")), 800);
    }

    void aCountyImportOnAFullDiskAppliesNothing()
    {
        const QString county = onDisk(QStringLiteral("county.casebook"));
        const QString station = path(QStringLiteral("import-station.casebook"));
        makeCounty(county);
        makeEnrolledStation(station, QStringLiteral("110105102000"), county, 1500);
        const Run exported = cli({QStringLiteral("bundle-export"), station, QStringLiteral("--user"), kStationUser,
                                  QStringLiteral("--out"), path(QStringLiteral("stick"))});
        QVERIFY2(exported.exit == 0, qPrintable(exported.err));
        const QString bundle = exported.out.trimmed().split(QLatin1Char('\n')).last();
        const QString before = QString::number(tableCount(county, QStringLiteral("household")));
        fill(256 * 1024);
        const Run full = cli({QStringLiteral("bundle-import"), county, bundle, QStringLiteral("--user"), kCountyUser});
        QCOMPARE(full.exit, 2);
        QVERIFY2(saysFull(full), qPrintable(full.err));
        QVERIFY2(cli({QStringLiteral("check"), county}).exit == 0, "the county casebook is not sound");
        QCOMPARE(QString::number(tableCount(county, QStringLiteral("household"))), before);
        unfill();
        const Run again = cli({QStringLiteral("bundle-import"), county, bundle, QStringLiteral("--user"), kCountyUser});
        QVERIFY2(again.exit == 0, qPrintable(again.err));
        QCOMPARE(tableCount(county, QStringLiteral("household")), 1500);
        QCOMPARE(cli({QStringLiteral("check"), county}).exit, 0);
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "disk_full_test.moc"
