#include "TestCasebook.h"
#include "storage/Backup.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class BackupTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    const QString passphrase = QStringLiteral("beifen-mima-2026");
    QString backupPath() const { return m_cb->dir() + QStringLiteral("/station.xjbak"); }

    static qint64 households(const QString &path)
    {
        FixedClock clock;
        auto cb = Casebook::open(path, clock);
        return cb ? Database::scalar((*cb)->db(), QStringLiteral("SELECT count(*) FROM household"))->toLongLong() : -1;
    }

    void corrupt(qint64 offset)
    {
        QFile f(backupPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(offset);
        char c = 0;
        f.getChar(&c);
        f.seek(offset);
        f.putChar(char(c ^ 0x01));
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>(40, 9);
        QVERIFY(Backup::create(m_cb->casebook(), backupPath(), passphrase).ok());
    }
    void cleanup() { m_cb.reset(); }

    void roundTrip()
    {
        const QString to = m_cb->dir() + QStringLiteral("/restored/station.casebook");
        auto r = Backup::restore(backupPath(), passphrase, to, false);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(households(to), 40);
        FixedClock clock;
        auto restored = Casebook::open(to, clock);
        QCOMPARE((*restored)->stationId(), m_cb->casebook().stationId());
        QVERIFY(CasebookCheck::run((*restored)->db())->isEmpty());
        QVERIFY(UserRepository(**restored)
                    .signIn(QString::fromLatin1(TestCasebook::kHeadUser), QString::fromLatin1(TestCasebook::kPassword))
                    .ok());
        // The backup is audited, and it is not readable without the passphrase.
        QCOMPARE(Database::scalar(m_cb->casebook().db(),
                                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"))
                     ->toLongLong(),
                 1);
        QFile raw(backupPath());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("测试站长").toUtf8()));
    }

    void wrongPassphraseLeavesTheCasebookUntouched()
    {
        const QByteArray before = TestCasebook::fileHash(m_cb->path());
        auto r = Backup::restore(backupPath(), QStringLiteral("wrong-pass-2026"), m_cb->path(), true);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("passphrase is wrong")));
        QCOMPARE(TestCasebook::fileHash(m_cb->path()), before);
    }

    void damagedBackupsAreRefused_data()
    {
        QTest::addColumn<int>("where"); // 0 header, 1 middle, 2 cut short
        QTest::newRow("header") << 0;
        QTest::newRow("middle") << 1;
        QTest::newRow("cut short") << 2;
    }
    void damagedBackupsAreRefused()
    {
        QFETCH(int, where);
        const qint64 size = QFileInfo(backupPath()).size();
        if (where == 0)
            corrupt(20);
        else if (where == 1)
            corrupt(size / 2);
        else
            QVERIFY(QFile::resize(backupPath(), size - 100));
        m_cb->close();
        const QByteArray before = TestCasebook::fileHash(m_cb->path());
        auto r = Backup::restore(backupPath(), passphrase, m_cb->path(), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("nothing was restored")), qPrintable(r.message()));
        QCOMPARE(TestCasebook::fileHash(m_cb->path()), before);
        QCOMPARE(households(m_cb->path()), 40);
    }

    // The header — salt, Argon2 parameters, stream header — is authenticated with the first chunk: not one flipped
    // bit of it restores. (Before, flips in the low bits of the memory limit, which Argon2 reads in KiB, restored.)
    void everyFlippedHeaderBitIsRefused()
    {
        QFile raw(backupPath());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray good = raw.readAll();
        raw.close();
        m_cb->close();
        const QString to = m_cb->dir() + QStringLiteral("/flipped/station.casebook");
        // The Argon2 parameters (bytes 32 to 47) bit by bit in their low bytes, and the salt and stream header.
        QList<QPair<int, int>> flips;
        for (int bit = 0; bit < 8; ++bit)
            flips << qMakePair(40, bit) << qMakePair(41, bit); // the memory limit's two low bytes
        for (int at : {16, 24, 31, 32, 33, 48, 60, 71})
            flips << qMakePair(at, 0);
        for (const auto &[at, bit] : std::as_const(flips)) {
            QByteArray bad = good;
            bad[at] = char(bad.at(at) ^ (1 << bit));
            QFile out(backupPath());
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bad);
            out.close();
            auto r = Backup::restore(backupPath(), passphrase, to, false);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 bit %2 restored").arg(at).arg(bit)));
            QVERIFY(!QFile::exists(to));
        }
    }

    void anExistingCasebookNeedsExplicitConfirmation()
    {
        m_cb->close();
        const QByteArray before = TestCasebook::fileHash(m_cb->path());
        auto r = Backup::restore(backupPath(), passphrase, m_cb->path(), false);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("--force")));
        QCOMPARE(TestCasebook::fileHash(m_cb->path()), before);
        QVERIFY(Backup::restore(backupPath(), passphrase, m_cb->path(), true).ok());
        QCOMPARE(households(m_cb->path()), 40);
    }

    void onlyRolesThatMayBackUp()
    {
        UserRepository users(m_cb->casebook());
        QVERIFY(users
                    .createUser(QStringLiteral("worker1"), QStringLiteral("社工"), Role::Worker,
                                QStringLiteral("shegong-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("worker1"), QStringLiteral("shegong-2026")).ok());
        QVERIFY(!Backup::create(m_cb->casebook(), backupPath() + QStringLiteral("2"), passphrase).ok());
        QVERIFY(!QFile::exists(backupPath() + QStringLiteral("2")));
        QVERIFY(users.signIn(QString::fromLatin1(TestCasebook::kHeadUser), QString::fromLatin1(TestCasebook::kPassword))
                    .ok());
        QVERIFY(!Backup::create(m_cb->casebook(), backupPath() + QStringLiteral("3"), QStringLiteral("short")).ok());
    }
};

QTEST_GUILESS_MAIN(BackupTest)
#include "backup_test.moc"
