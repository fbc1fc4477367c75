#include "BackgroundWork.h"
#include "Builders.h"
#include "I18n.h"
#include "MainWindow.h"
#include "TestCasebook.h"
#include "dialogs/AuditDialog.h"
#include "models/AuditModel.h"
#include "models/HouseholdListModel.h"
#include "storage/Backup.h"
#include "storage/CharityDirectory.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationRestore.h"
#include "sync/StationSync.h"
#include "views/SyncView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace xianjie;
using namespace xianjie::test;

/**
 * The round trip in the app: the station exports a bundle from its Sync tab, the county imports the folder and sees
 * the result table, its stations and the review queue (a field changed on both sides, base and both values side by
 * side), decides it, writes the bundles for its stations, and the station imports the county's bundle and sees its
 * changes acknowledged. With XIANJIE_SCREENSHOTS=DIR set, the steps are saved there as PNG files in Chinese.
 */
class SyncViewTest : public QObject
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
    /**
     * Closes the message box the next slot opens (after saving it when asked). It looks every 50 ms, for up to a
     * minute: the slot may first show a progress dialog (and let timers run) while it works.
     */
    void closeNextBox(QString *text, const QString &shot = {}, int tries = 1200)
    {
        QTimer::singleShot(50, this, [this, text, shot, tries] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (tries > 0)
                    closeNextBox(text, shot, tries - 1);
                return;
            }
            *text = box->text();
            if (!shot.isEmpty())
                shoot(box, shot);
            box->accept();
        });
    }
    static QString cell(QTableWidget *t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("XIANJIE_SCREENSHOTS");
        if (!m_shots.isEmpty())
            I18n::install(*qApp, QStringLiteral("zh_CN"));
    }

    void stationToCountyAndBack()
    {
        QTemporaryDir dir;
        TestCasebook station(40, 5);
        station.clock().set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        std::unique_ptr<Casebook> county = createCounty(dir.filePath(QStringLiteral("county.casebook")),
                                                        station.clock(), QStringLiteral("朝阳县民政局"));
        const QString org = registerOrg(*county, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        {
            // Enrolment through the Sync tabs: request at the station, approval at the county, grant accepted.
            SyncView stationView(station.casebook());
            SyncView countyView(*county);
            // Before enrolment there is nothing to export or import (issue 18: the buttons used to be offered).
            auto *exportButton = stationView.findChild<QPushButton *>(QStringLiteral("exportButton"));
            QVERIFY(!exportButton->isEnabled());
            QVERIFY(!stationView.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
            QString said;
            closeNextBox(&said);
            QVERIFY(stationView.requestEnrolmentTo(dir.filePath(QStringLiteral("station.request"))));
            const QString fingerprint = Enrollment::fingerprint(Enrollment::signPublicKey(station.casebook()));
            QVERIFY2(said.contains(fingerprint), qPrintable(said));
            closeNextBox(&said);
            QVERIFY(countyView.approveRequestFrom(dir.filePath(QStringLiteral("station.request")),
                                                  dir.filePath(QStringLiteral("station.grant"))));
            QVERIFY(said.contains(fingerprint));
            closeNextBox(&said);
            QVERIFY(stationView.acceptGrantFrom(dir.filePath(QStringLiteral("station.grant"))));
            QVERIFY2(said.contains(QStringLiteral("朝阳县民政局")), qPrintable(said));
            QVERIFY(exportButton->isEnabled());
        }
        // Both sides change the organisation's phone: the station later, so the station's value is kept.
        CharityOrg o = *CharityDirectory(*county).org(org);
        o.contactPhone = QStringLiteral("010-61110001");
        QVERIFY(CharityDirectory(*county).saveOrg(o).ok());
        station.clock().advance(60 * 1000);
        o = *CharityDirectory(station.casebook()).org(org);
        o.contactPhone = QStringLiteral("010-61110002");
        QVERIFY(CharityDirectory(station.casebook()).saveOrg(o).ok());

        // Station: the Sync tab says what waits; Export writes the bundle.
        auto *stationWindow = new MainWindow(station.take());
        stationWindow->resize(1400, 860);
        stationWindow->show();
        auto *stationTabs = stationWindow->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        SyncView *stationSync = stationWindow->syncView();
        stationTabs->setCurrentWidget(stationSync);
        auto *status = stationSync->findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY2(status->text().contains(QRegularExpression(QStringLiteral("\\d{3,}"))), qPrintable(status->text()));
        shoot(stationWindow, QStringLiteral("sync-station-before-zh.png"));
        const QString stick = dir.filePath(QStringLiteral("U盘"));
        QString said;
        closeNextBox(&said, QStringLiteral("sync-station-exported-zh.png"));
        QVERIFY(stationSync->exportBundlesTo(stick));
        QTRY_VERIFY(!said.isEmpty());
        const QStringList files = QDir(stick).entryList({QStringLiteral("*.bundle")}, QDir::Files);
        QCOMPARE(files.size(), 1);

        // County: import the folder; the result table, the stations, the review queue.
        auto *countyWindow = new MainWindow(std::move(county));
        countyWindow->resize(1400, 860);
        countyWindow->show();
        auto *countyTabs = countyWindow->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        SyncView *countySync = countyWindow->syncView();
        countyTabs->setCurrentWidget(countySync);
        countySync->importFiles({QDir(stick).filePath(files.first())});
        QDialog *results = nullptr;
        QTRY_VERIFY((results = countyWindow->findChild<QDialog *>(QStringLiteral("importResults"))));
        auto *resultTable = results->findChild<QTableWidget *>(QStringLiteral("resultTable"));
        QCOMPARE(resultTable->rowCount(), 1);
        QCOMPARE(cell(resultTable, 0, 2), BundleImporter::outcomeLabel(BundleImporter::Outcome::Applied));
        shoot(results, QStringLiteral("sync-county-import-results-zh.png"));
        results->close();
        auto *stations = countySync->findChild<QTableWidget *>(QStringLiteral("stationsTable"));
        QCOMPARE(stations->rowCount(), 1);
        QCOMPARE(cell(stations, 0, 3), QStringLiteral("1"));
        auto *queue = countySync->findChild<QTableWidget *>(QStringLiteral("reviewTable"));
        QCOMPARE(queue->rowCount(), 1);
        QCOMPARE(cell(queue, 0, 4), QStringLiteral("010-61110002")); // kept: the later change
        QCOMPARE(cell(queue, 0, 6), QStringLiteral("010-61110001")); // the county's, side by side
        QVERIFY(countyTabs->tabText(countyTabs->indexOf(countySync)).contains(QLatin1Char('1')));
        // The county searches across stations: the station's households are in its list.
        QTRY_COMPARE(countyWindow->householdModel()->totalCount(), qint64(40));
        shoot(countyWindow, QStringLiteral("sync-county-review-zh.png"));
        {
            // The county reads the station's audit log, as it arrived in the bundle.
            AuditDialog audit(countyWindow->casebook(), countyWindow);
            auto *log = audit.findChild<QComboBox *>(QStringLiteral("auditLogCombo"));
            QVERIFY(log);
            QCOMPARE(log->count(), 2);
            audit.findChild<QDateEdit *>()->setDate(QDate(2020, 1, 1));
            log->setCurrentIndex(1);
            QVERIFY(audit.model()->rowCount() > 100);
            audit.show();
            shoot(&audit, QStringLiteral("audit-station-log-at-county-zh.png"));
        }
        queue->selectRow(0);
        countySync->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();
        QCOMPARE(queue->rowCount(), 0);

        // County writes the stations' bundles; the station imports its own.
        const QString back = dir.filePath(QStringLiteral("回县")); // a different stick
        said.clear();
        closeNextBox(&said);
        QVERIFY(countySync->writeStationBundlesTo(back));
        QTRY_VERIFY(!said.isEmpty());
        const QStringList down = QDir(back).entryList({QStringLiteral("*.bundle")}, QDir::Files);
        QCOMPARE(down.size(), 1);
        stationSync->importFiles({QDir(back).filePath(down.first())});
        QDialog *stationResults = nullptr;
        QTRY_VERIFY((stationResults = stationWindow->findChild<QDialog *>(QStringLiteral("importResults"))));
        QCOMPARE(cell(stationResults->findChild<QTableWidget *>(QStringLiteral("resultTable")), 0, 2),
                 BundleImporter::outcomeLabel(BundleImporter::Outcome::Applied));
        stationResults->close();
        QVERIFY2(status->text().contains(QRegularExpression(QStringLiteral("\\b0\\b"))), qPrintable(status->text()));
        QCOMPARE(Database::scalar(stationWindow->casebook().db(), QStringLiteral("SELECT count(*) FROM change_log"))
                     ->toInt(),
                 0);
        shoot(stationWindow, QStringLiteral("sync-station-after-zh.png"));
        delete countyWindow;
        delete stationWindow;
    }

    // A station restored from an older backup: the county's next bundle leaves its new changes in the outbox and
    // the Sync tab says why, in words.
    void aRestoredStationIsToldWhy()
    {
        QTemporaryDir dir;
        TestCasebook station(5, 9);
        auto created = createCounty(dir.filePath(QStringLiteral("county.casebook")), station.clock(),
                                    QStringLiteral("朝阳县民政局"), {&station.casebook()});
        Casebook &county = *created;
        auto sync = [&](Casebook &from) {
            auto files = StationSync::exportPending(from, dir.filePath(QStringLiteral("up")));
            QVERIFY(files.ok());
            for (const QString &f : std::as_const(*files))
                QVERIFY(BundleImporter::importFiles(county, {f}).first().outcome == BundleImporter::Outcome::Applied);
        };
        sync(station.casebook());
        const QString backup = dir.filePath(QStringLiteral("station.xjbackup"));
        QVERIFY(Backup::create(station.casebook(), backup, QStringLiteral("backup-pass-2026")).ok());
        registerHousehold(station.casebook(), QStringLiteral("备份后"));
        sync(station.casebook());
        station.close();
        QVERIFY(Backup::restore(backup, QStringLiteral("backup-pass-2026"), station.path(), true).ok());
        auto reopened = Casebook::open(station.path(), station.clock());
        QVERIFY(reopened.ok());
        QVERIFY(UserRepository(**reopened)
                    .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                    .ok());
        registerHousehold(**reopened, QStringLiteral("恢复后"));
        auto down =
            CountySync::exportDownstream(county, QStringLiteral("110105100000"), dir.filePath(QStringLiteral("down")));
        QVERIFY(down.ok());

        auto *window = new MainWindow(std::move(*reopened));
        window->resize(1400, 860);
        window->show();
        SyncView *view = window->syncView();
        window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(view);
        view->importFiles({*down});
        QDialog *results = nullptr;
        QTRY_VERIFY((results = window->findChild<QDialog *>(QStringLiteral("importResults"))));
        auto *table = results->findChild<QTableWidget *>(QStringLiteral("resultTable"));
        QCOMPARE(cell(table, 0, 2), BundleImporter::outcomeLabel(BundleImporter::Outcome::Applied));
        results->close();
        auto *alerts = view->findChild<QTableWidget *>(QStringLiteral("alertsTable"));
        QCOMPARE(alerts->rowCount(), 1);
        const QString text = cell(alerts, 0, 2);
        QCOMPARE(Database::scalar(window->casebook().db(), QStringLiteral("SELECT text FROM alert WHERE kind = "
                                                                          "'behind_county'"))
                     ->toString(),
                 text);
        QVERIFY2(text.contains(window->casebook().setting(QStringLiteral("county_audit_seq"))), qPrintable(text));
        QCOMPARE(alerts->item(0, 2)->toolTip(), text);
        // The sentence wraps in its column: the row is taller than one line.
        QTRY_VERIFY(alerts->rowHeight(0) > 2 * alerts->fontMetrics().height());
        QVERIFY(Database::scalar(window->casebook().db(),
                                 QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"))
                    ->toInt() > 0);
        shoot(window, QStringLiteral("sync-station-behind-county-zh.png"));
        delete window;
    }

    // The county's side of a restore: the refused station is named above its stations with what happened, and
    // county staff take the restored casebook in from the Sync tab (finding 5 of issue 13).
    void theCountyTakesInARestoredStation()
    {
        QTemporaryDir dir;
        TestCasebook station(5, 9);
        auto created = createCounty(dir.filePath(QStringLiteral("county.casebook")), station.clock(),
                                    QStringLiteral("朝阳县民政局"), {&station.casebook()});
        auto upload = [&](Casebook &from) {
            auto files = StationSync::exportPending(from, dir.filePath(QStringLiteral("up")));
            if (!files || files->isEmpty())
                qFatal("export: %s", files ? "nothing" : qPrintable(files.message()));
            return BundleImporter::importFiles(*created, {files->last()}).first();
        };
        QVERIFY(upload(station.casebook()).outcome == BundleImporter::Outcome::Applied);
        const QString backup = dir.filePath(QStringLiteral("station.xjbackup"));
        QVERIFY(Backup::create(station.casebook(), backup, QStringLiteral("backup-pass-2026")).ok());
        registerHousehold(station.casebook(), QStringLiteral("备份后"));
        QVERIFY(upload(station.casebook()).outcome == BundleImporter::Outcome::Applied);
        station.close();
        QVERIFY(Backup::restore(backup, QStringLiteral("backup-pass-2026"), station.path(), true).ok());
        auto reopened = Casebook::open(station.path(), station.clock());
        QVERIFY(reopened.ok());
        QVERIFY(UserRepository(**reopened)
                    .signIn(QLatin1String(TestCasebook::kHeadUser), QLatin1String(TestCasebook::kPassword))
                    .ok());
        registerHousehold(**reopened, QStringLiteral("恢复后"));
        QVERIFY(upload(**reopened).outcome == BundleImporter::Outcome::Refused);

        auto *window = new MainWindow(std::move(created));
        window->resize(1366, 768);
        window->show();
        SyncView *view = window->syncView();
        window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(view);
        auto *notice = view->findChild<QLabel *>(QStringLiteral("restoresNotice"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("110105100000")), qPrintable(notice->text()));
        shoot(window, QStringLiteral("sync-county-restored-station-zh.png"));
        auto *stations = view->findChild<QTableWidget *>(QStringLiteral("stationsTable"));
        stations->selectRow(0);
        QString question;
        QString answer;
        QTimer::singleShot(50, this, [&] {
            closeNextBox(&question, QStringLiteral("sync-county-take-in-zh.png"));
            QTimer::singleShot(400, this, [&] { closeNextBox(&answer); });
        });
        view->findChild<QPushButton *>(QStringLiteral("takeInButton"))->click();
        QTRY_VERIFY(!answer.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("110105100000")), qPrintable(question));
        auto restores = StationRestore::restores(window->casebook());
        QCOMPARE(restores->size(), 1);
        QVERIFY(restores->first().decidedAt.isValid());
        QTRY_VERIFY(notice->text().contains(QStringLiteral("carries the records it lost")) ||
                    notice->text().contains(QStringLiteral("丢失")));
        delete window;
    }

    // A large import runs on the worker thread: the window keeps answering — another tab opens with a click, the
    // progress label repaints, timers run — and the result arrives when it is done.
    void theWindowAnswersWhileALargeImportRuns()
    {
        QTemporaryDir dir;
        TestCasebook station(1500, 11);
        auto county = createCounty(dir.filePath(QStringLiteral("county.casebook")), station.clock(),
                                   QStringLiteral("朝阳县民政局"), {&station.casebook()});
        auto files = StationSync::exportPending(station.casebook(), dir.filePath(QStringLiteral("up")));
        QVERIFY(files.ok());
        QVERIFY(!files->isEmpty());
        auto *window = new MainWindow(std::move(county));
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        SyncView *view = window->syncView();
        tabs->setCurrentWidget(view);
        auto *label = view->findChild<QLabel *>(QStringLiteral("syncProgressText"));
        QVERIFY(label);

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QList<int> ticksAtProgress;
        bool clickedWhileBusy = false;
        QString shownWhileBusy;
        connect(window->backgroundWork(), &BackgroundWork::progressed, this, [&](int, int, const QString &text) {
            if (!window->backgroundWork()->isBusy())
                return;
            ticksAtProgress << ticks;
            if (ticksAtProgress.size() == 2) {
                // A click on the first tab while the import holds the casebook's write lock.
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
                clickedWhileBusy = tabs->currentIndex() == 0;
                tabs->setCurrentWidget(view);
                label->repaint();
                shownWhileBusy = label->text();
                QCOMPARE(shownWhileBusy, text);
                shoot(window, QStringLiteral("sync-county-importing-zh.png"));
            }
        });
        view->importFiles(*files);
        QVERIFY(window->backgroundWork()->isBusy()); // the slot returned at once
        QVERIFY(view->findChild<QWidget *>(QStringLiteral("syncProgress"))->isVisible());
        QDialog *results = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((results = window->findChild<QDialog *>(QStringLiteral("importResults"))), 120000);
        QVERIFY2(ticksAtProgress.size() >= 3, qPrintable(QString::number(ticksAtProgress.size())));
        QVERIFY2(ticksAtProgress.last() > ticksAtProgress.first(), "no timer ran while the import worked");
        QVERIFY(clickedWhileBusy);
        QVERIFY2(shownWhileBusy.contains(QRegularExpression(QStringLiteral("\\d+.*\\d+"))), qPrintable(shownWhileBusy));
        QCOMPARE(cell(results->findChild<QTableWidget *>(QStringLiteral("resultTable")), 0, 2),
                 BundleImporter::outcomeLabel(BundleImporter::Outcome::Applied));
        QVERIFY(!view->findChild<QWidget *>(QStringLiteral("syncProgress"))->isVisible());
        QTRY_COMPARE(window->householdModel()->totalCount(), qint64(1500));
        delete window;
    }
};

QTEST_MAIN(SyncViewTest)
#include "sync_view_test.moc"
