#include "BackgroundWork.h"
#include "Builders.h"
#include "I18n.h"
#include "MainWindow.h"
#include "OnlineSyncAgent.h"
#include "ServerRunner.h"
#include "TestCasebook.h"
#include "storage/Database.h"
#include "sync/OnlineSync.h"
#include "views/SyncView.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

/**
 * The station's window against the real xianjie-server: the status bar goes from "changes waiting" to "synced" by
 * itself, the county holds the households, and with the server gone "Sync now" ends in "offline". With
 * XIANJIE_SCREENSHOTS=DIR the Sync tab is saved online and offline, in Chinese.
 */
class OnlineSyncTest : public QObject
{
    Q_OBJECT

    QString m_shots;
    void shoot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name)));
    }
    static int households(const QString &casebook)
    {
        auto cb = Casebook::open(casebook);
        if (!cb)
            qFatal("%s", qPrintable(cb.message()));
        return Database::scalar((*cb)->db(), QStringLiteral("SELECT count(*) FROM household"))->toInt();
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("XIANJIE_SCREENSHOTS");
        if (!m_shots.isEmpty())
            I18n::install(*qApp, QStringLiteral("zh_CN"));
    }

    void theStatusBarGoesFromWaitingToSynced()
    {
        QTemporaryDir dir;
        TestCasebook station(12, 7);
        station.clock().set(QDateTime::currentDateTimeUtc()); // the status bar says "synced at" the time of day
        const QString countyPath = dir.filePath(QStringLiteral("county.casebook"));
        createCounty(countyPath, station.clock(), QStringLiteral("朝阳县民政局"), {&station.casebook()}).reset();
        ServerRunner server(countyPath, dir.filePath(QStringLiteral("spool")), QStringLiteral("xianli"),
                            QStringLiteral("county-pass-2026"));
        QVERIFY(server.start());
        QVERIFY(OnlineSync::setServerUrl(station.casebook(), server.url()).ok());

        auto *window = new MainWindow(station.take());
        window->resize(1366, 768);
        window->show();
        auto *status = window->findChild<QLabel *>(QStringLiteral("onlineStatus"));
        QVERIFY(status);
        // Before the first round (a few seconds after the start): what waits.
        QVERIFY2(status->text().contains(QStringLiteral("waiting")) || status->text().contains(QStringLiteral("待")),
                 qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Synced at")) ||
                                     status->text().contains(QStringLiteral("已于")),
                                 60000);
        QCOMPARE(households(countyPath), 12);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window->syncView());
        auto *panelStatus = window->findChild<QLabel *>(QStringLiteral("onlineStatusText"));
        QVERIFY(panelStatus);
        QCOMPARE(panelStatus->text(), status->text());
        shoot(window, QStringLiteral("sync-online-zh.png"));

        // The server goes away; a change waits and "Sync now" ends offline, with the change still waiting.
        QCOMPARE(server.stop(), 0);
        registerHousehold(window->casebook(), QStringLiteral("赵小花"));
        auto *now = window->findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(now);
        QTRY_VERIFY(now->isEnabled());
        now->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Offline since")) ||
                                     status->text().contains(QStringLiteral("离线")),
                                 60000);
        QVERIFY2(status->text().contains(QRegularExpression(QStringLiteral("[1-9]\\d* (change|项修改)"))),
                 qPrintable(status->text()));
        shoot(window, QStringLiteral("sync-offline-zh.png"));

        // It comes back: "Sync now" sends the change.
        QVERIFY(server.start());
        QTRY_VERIFY(now->isEnabled());
        now->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Synced at")) ||
                                     status->text().contains(QStringLiteral("已于")),
                                 60000);
        QCOMPARE(households(countyPath), 13);
        delete window;
    }

    void backoffGrowsWithFullJitter()
    {
        QCOMPARE(OnlineSyncAgent::backoffMs(1, 0), 1000); // never less than a second
        QVERIFY(OnlineSyncAgent::backoffMs(1, 0xffffffffu) <= 10000);
        for (quint32 r : {1u, 12345u, 987654321u, 0xfffffffeu})
            QVERIFY(OnlineSyncAgent::backoffMs(30, r) <= OnlineSyncAgent::kBackoffMaxMs);
        // Spread: different draws give different delays once the cap is large.
        QVERIFY(OnlineSyncAgent::backoffMs(8, 1000000u) != OnlineSyncAgent::backoffMs(8, 2000000u));
    }
};

QTEST_MAIN(OnlineSyncTest)
#include "online_sync_test.moc"
