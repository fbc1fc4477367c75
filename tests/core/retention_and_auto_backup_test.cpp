#include "TestCasebook.h"
#include "storage/AutoBackup.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/HouseholdRepository.h"
#include "storage/Retention.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class RetentionAndAutoBackupTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;

private slots:
    void init() { m_cb = std::make_unique<TestCasebook>(30, 4); }
    void cleanup() { m_cb.reset(); }

    void householdsClosedLongAgoAreArchivedNotDeleted()
    {
        HouseholdRepository repo(m_cb->casebook());
        auto page = HouseholdQuery::page(m_cb->casebook().db(), QString(), 0, 100, m_cb->clock().today());
        const QString oldClosed = page->at(0).id, recentClosed = page->at(1).id;
        const QString head = page->at(0).headName;
        const qint64 listed = *HouseholdQuery::count(m_cb->casebook().db(), QString());
        QVERIFY(repo.closeHousehold(oldClosed, m_cb->clock().today().addYears(-6), QStringLiteral("迁出")).ok());
        QVERIFY(repo.closeHousehold(recentClosed, m_cb->clock().today().addYears(-1), QStringLiteral("迁出")).ok());
        auto archived = Retention::archiveClosedHouseholds(m_cb->casebook());
        QVERIFY2(archived.ok(), qPrintable(archived.message()));
        const qint64 expected =
            Database::scalar(m_cb->casebook().db(),
                             QStringLiteral("SELECT count(*) FROM household WHERE archived_on IS NOT NULL"))
                ->toLongLong();
        QCOMPARE(qint64(*archived), expected);
        QVERIFY(*archived >= 1);
        QCOMPARE(
            Database::scalar(m_cb->casebook().db(), QStringLiteral("SELECT count(*) FROM household"))->toLongLong(),
            30);
        QCOMPARE(*HouseholdQuery::count(m_cb->casebook().db(), QString()), listed - expected); // out of the list
        auto found = HouseholdQuery::page(m_cb->casebook().db(), head, 0, 100, m_cb->clock().today());
        bool sawArchived = false;
        for (const auto &row : *found)
            sawArchived = sawArchived || (row.id == oldClosed && row.status == QLatin1String("archived"));
        QVERIFY(sawArchived); // still found by a search
        QVERIFY(Database::scalar(m_cb->casebook().db(),
                                 QStringLiteral("SELECT archived_on IS NULL FROM household WHERE id = ?"),
                                 {recentClosed})
                    ->toBool());
        QCOMPARE(*Retention::archiveClosedHouseholds(m_cb->casebook()), 0); // nothing twice
    }

    void automaticBackupOncePerDayKeepingTheNewest()
    {
        QTemporaryDir folder;
        QVERIFY(!AutoBackup::isDue(m_cb->casebook())); // not set up
        QVERIFY(!AutoBackup::configure(m_cb->casebook(), folder.path(), QStringLiteral("weak"), 3).ok());
        QVERIFY(AutoBackup::configure(m_cb->casebook(), folder.path(), QStringLiteral("zidong-beifen-2026"), 3).ok());
        for (int day = 0; day < 5; ++day) {
            QVERIFY(AutoBackup::isDue(m_cb->casebook()));
            auto job = AutoBackup::start(m_cb->casebook());
            QVERIFY(job.ok());
            auto written = AutoBackup::write(*job);
            QVERIFY2(written.ok(), qPrintable(written.message()));
            QVERIFY(AutoBackup::finished(m_cb->casebook(), *job).ok());
            QVERIFY(!AutoBackup::isDue(m_cb->casebook())); // once a day
            m_cb->clock().advance(24LL * 3600 * 1000);
        }
        const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.xjbak")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        QVERIFY(files.last().contains(m_cb->clock().today().addDays(-1).toString(QStringLiteral("yyyyMMdd"))));
        // The newest restores.
        const QString to = folder.filePath(QStringLiteral("restored.casebook"));
        QVERIFY(Backup::restore(folder.filePath(files.last()), QStringLiteral("zidong-beifen-2026"), to, false).ok());
    }

    void onlyTheHeadSetsItUp()
    {
        UserRepository users(m_cb->casebook());
        QVERIFY(
            users.createUser(QStringLiteral("w1"), QStringLiteral("社工"), Role::Worker, QStringLiteral("shegong-2026"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("w1"), QStringLiteral("shegong-2026")).ok());
        QTemporaryDir folder;
        QVERIFY(!AutoBackup::configure(m_cb->casebook(), folder.path(), QStringLiteral("zidong-beifen-2026"), 3).ok());
        QVERIFY(!Retention::archiveClosedHouseholds(m_cb->casebook()).ok());
    }
};

QTEST_GUILESS_MAIN(RetentionAndAutoBackupTest)
#include "retention_and_auto_backup_test.moc"
