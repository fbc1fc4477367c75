// The dashboard and the export dialog driven as a worker would: the cards say what the aggregates say, a click lists
// what is behind a figure and a double-click opens the household; a period change counts again; the export dialog
// offers unmasked lists only to the head and the export runs on the worker thread to a real file.
#include "BackgroundWork.h"
#include "MainWindow.h"
#include "TestCasebook.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FigureListDialog.h"
#include "report/Aggregates.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "views/DashboardView.h"
#include "views/HouseholdPage.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace xianjie;
using namespace xianjie::test;

class DashboardTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    MainWindow *m_window = nullptr;

    template <typename T> T *child(QObject *in, const char *name) const
    {
        T *w = in->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString cardValue(const char *card) const
    {
        return child<QLabel>(m_window, (QByteArray(card) + "Value").constData())->text();
    }
    DashboardView *showDashboard()
    {
        auto *dashboard = m_window->dashboardView();
        QSignalSpy shown(dashboard, &DashboardView::shown);
        child<QTabWidget>(m_window, "mainTabs")->setCurrentWidget(dashboard);
        if (!shown.wait(20000))
            qFatal("the dashboard was not shown");
        return dashboard;
    }

    /**
     * Answers the modal dialogs that come up, in order, as a user would: each handler gets the dialog on top and
     * says whether it dealt with it.
     */
    void answerDialogs(QList<std::function<bool(QWidget *)>> handlers)
    {
        auto *timer = new QTimer(m_window);
        auto queue = std::make_shared<QList<std::function<bool(QWidget *)>>>(std::move(handlers));
        QObject::connect(timer, &QTimer::timeout, timer, [timer, queue] {
            QWidget *top = QApplication::activeModalWidget();
            if (!top || queue->isEmpty())
                return;
            if (queue->first()(top))
                queue->removeFirst();
            if (queue->isEmpty())
                timer->deleteLater();
        });
        timer->start(100);
    }
    static std::function<bool(QWidget *)> saveAs(const QString &path)
    {
        return [path](QWidget *top) {
            auto *dialog = qobject_cast<QFileDialog *>(top);
            if (!dialog)
                return false;
            // Typed into the name field as a person would (Qt's own dialog on the offscreen platform).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return false;
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
            return true;
        };
    }
    static std::function<bool(QWidget *)> answerNo()
    {
        return [](QWidget *top) {
            auto *box = qobject_cast<QMessageBox *>(top);
            if (!box)
                return false;
            QAbstractButton *no = box->button(QMessageBox::No);
            (no ? no : box->buttons().first())->click();
            return true;
        };
    }

private slots:
    void init()
    {
        // Demo data spread over the year before the fixture's day (15 March 2026); counted on today's clock.
        m_cb = std::make_unique<TestCasebook>(400, 21);
        m_cb->clock().set(QDateTime::currentDateTimeUtc());
        m_window = new MainWindow(m_cb->take());
        m_window->resize(1366, 728);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        m_cb.reset();
    }

    void cardsAndChartsShowTheAggregates()
    {
        DashboardView *dashboard = showDashboard();
        dashboard->setPeriod(DashboardView::Period::ThisYear);
        QSignalSpy shown(dashboard, &DashboardView::shown);
        QVERIFY(shown.wait(20000));
        auto f = Aggregates::compute(m_window->casebook(), dashboard->scope());
        QVERIFY(f.ok());
        QVERIFY(f->households > 0 && f->funnel.sent > 0);
        QCOMPARE(cardValue("householdsCard"), QString::number(f->households));
        QCOMPARE(cardValue("referralsCard"), QString::number(f->funnel.sent));
        QCOMPARE(cardValue("needsCard"), QString::number(f->needsOpen));
        QCOMPARE(cardValue("visitsCard"), QString::number(f->visitsOverdue));
        QCOMPARE(dashboard->findChildren<QChartView *>().size(), 6);
        // The household page gives the dashboard the whole width.
        QVERIFY(!m_window->householdPage()->isVisible());
        // Another period counts again.
        dashboard->setPeriod(DashboardView::Period::LastYear);
        QVERIFY(shown.wait(20000));
        QCOMPARE(dashboard->scope().from, QDate(QDate::currentDate().year() - 1, 1, 1));
        auto last = Aggregates::compute(m_window->casebook(), dashboard->scope());
        QCOMPARE(cardValue("referralsCard"), QString::number(last->funnel.sent));
        QVERIFY(last->funnel.sent != f->funnel.sent);
    }

    void aClickListsWhatIsBehindAFigureAndOpensTheHousehold()
    {
        DashboardView *dashboard = showDashboard();
        dashboard->setPeriod(DashboardView::Period::ThisYear);
        QSignalSpy shown(dashboard, &DashboardView::shown);
        QVERIFY(shown.wait(20000));
        const int sent = dashboard->figures().funnel.sent;
        child<QPushButton>(dashboard, "referralsCard")->click();
        FigureListDialog *list = nullptr;
        QTRY_VERIFY((list = m_window->findChild<FigureListDialog *>()) != nullptr);
        auto *table = child<QTableWidget>(list, "figureListTable");
        QCOMPARE(table->rowCount(), sent);
        table->setCurrentCell(0, 0);
        const QString household = table->item(0, 0)->data(Qt::UserRole).toString();
        QVERIFY(!household.isEmpty());
        child<QPushButton>(list, "openHouseholdButton")->click();
        QTRY_COMPARE(m_window->householdPage()->householdId(), household);
        QCOMPARE(child<QTabWidget>(m_window, "mainTabs")->currentIndex(), 0);
        QVERIFY(m_window->householdPage()->isVisible());
    }

    void aVillageNarrowsTheFigures()
    {
        DashboardView *dashboard = showDashboard();
        dashboard->setPeriod(DashboardView::Period::ThisYear);
        QSignalSpy shown(dashboard, &DashboardView::shown);
        QVERIFY(shown.wait(20000));
        const int all = dashboard->figures().households;
        auto *village = child<QComboBox>(dashboard, "villagePicker");
        QVERIFY(village->count() > 2);
        village->setCurrentIndex(1);
        QVERIFY(shown.wait(20000));
        QVERIFY(dashboard->figures().households < all);
        QCOMPARE(dashboard->figures().scope.villageCode, village->currentData().toString());
        QCOMPARE(cardValue("householdsCard"), QString::number(dashboard->figures().households));
    }

    void theReportIsSavedFromTheDashboardAndAudited()
    {
        DashboardView *dashboard = showDashboard();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("通报.pdf"));
        QSignalSpy saved(dashboard, &DashboardView::reportSaved);
        answerDialogs({saveAs(pdf), answerNo()});
        child<QPushButton>(dashboard, "linkageReportButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.first().first().toString(), pdf);
        QVERIFY(QFile(pdf).size() > 10000);
        AuditLog::Filter f;
        f.action = QStringLiteral("print");
        auto entries = AuditLog::entries(m_window->casebook().db(), f);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
                            [](const AuditEntry &e) { return e.table == QLatin1String("report"); }));
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void aListIsExportedFromTheFileMenuOnTheWorkerThread()
    {
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("家庭.xlsx"));
        answerDialogs({[](QWidget *top) {
                           auto *dialog = qobject_cast<ExportDialog *>(top);
                           if (!dialog)
                               return false;
                           dialog->accept();
                           return true;
                       },
                       saveAs(xlsx),
                       [](QWidget *top) { // "N rows written to …"
                           auto *box = qobject_cast<QMessageBox *>(top);
                           if (!box)
                               return false;
                           box->accept();
                           return true;
                       }});
        m_window->exportList();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(xlsx), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->backgroundWork()->isBusy(), 20000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        AuditLog::Filter f;
        f.action = QStringLiteral("export");
        auto entries = AuditLog::entries(m_window->casebook().db(), f);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().note.contains(QStringLiteral("家庭.xlsx")));
    }

    void theExportDialogOffersUnmaskedOnlyToTheHead()
    {
        Casebook &cb = m_window->casebook();
        {
            ExportDialog head(cb, {}, QStringLiteral("400"), {}, m_window);
            QVERIFY(child<QCheckBox>(&head, "exportUnmasked")->isEnabled());
        }
        UserRepository users(cb);
        QVERIFY(users
                    .createUser(QStringLiteral("lisi"), QStringLiteral("李四"), Role::Worker,
                                QStringLiteral("shegong-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("lisi"), QStringLiteral("shegong-2026")).ok());
        ExportDialog worker(cb, {}, QStringLiteral("400"), {}, m_window);
        auto *unmasked = child<QCheckBox>(&worker, "exportUnmasked");
        QVERIFY(!unmasked->isEnabled());
        unmasked->setChecked(true); // even ticked behind its back, the options stay masked
        QVERIFY(!worker.options().unmasked);
        QVERIFY(child<QLabel>(&worker, "exportNote")->text().contains(QStringLiteral("station head")));
    }
};

QTEST_MAIN(DashboardTest)
#include "dashboard_test.moc"
