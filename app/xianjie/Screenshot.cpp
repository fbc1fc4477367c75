#include "Screenshot.h"

#include "MainWindow.h"
#include "dialogs/CharityDirectoryDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralWizard.h"
#include "dialogs/SignInDialog.h"
#include "models/HouseholdListModel.h"
#include "models/ReferralListModel.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "views/AgendaView.h"
#include "views/DashboardView.h"
#include "views/HouseholdPage.h"
#include "views/ReferralsView.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace xianjie::screenshot {

namespace {
void saveLater(QWidget *widget, int ms, const QString &file)
{
    QTimer::singleShot(ms, widget, [widget, file] { QApplication::exit(widget->grab().save(file) ? 0 : 1); });
}

// The dialog a slot opens (modal): saved once it is up.
void saveModalLater(QObject *context, int ms, const QString &file)
{
    QTimer::singleShot(ms, context, [file] {
        QWidget *dialog = QApplication::activeModalWidget();
        QApplication::exit(dialog && dialog->grab().save(file) ? 0 : 1);
    });
}
// Opens the first household with a completed referral: it has a need, a consent and the referral's history.
void showReferredHousehold(MainWindow *window)
{
    auto referred = Database::scalar(
        window->casebook().db(),
        QStringLiteral("SELECT household_id FROM referral WHERE status = 'completed' ORDER BY rid LIMIT 1"));
    if (referred && !referred->isNull())
        window->householdPage()->showHousehold(referred->toString());
}
} // namespace

// Screenshot mode (for docs/screenshots and for looking at the app on a machine without a display): waits for
// the list, opens the first household and saves the window; with "register" it saves the registration form
// instead, filled in as a worker would, including a mistyped ID number.
void schedule(MainWindow *window, const QString &file, const QString &what)
{
    auto *model = window->householdModel();
    QObject::connect(
        model, &HouseholdListModel::pageLoaded, window,
        [window, file, what] {
            static bool done = false;
            if (std::exchange(done, true))
                return;
            if (auto *list = window->findChild<QTableView *>(QStringLiteral("householdView")))
                list->selectRow(0);
            if (what.startsWith(QLatin1String("dashboard"))) {
                auto *dashboard = window->dashboardView();
                QObject::connect(dashboard, &DashboardView::shown, window, [window, dashboard, file, what] {
                    static bool saved = false;
                    if (std::exchange(saved, true))
                        return;
                    if (what == QLatin1String("dashboard-list")) {
                        saveModalLater(window, 1200, file);
                        if (auto *card = dashboard->findChild<QPushButton *>(QStringLiteral("referralsCard")))
                            card->click();
                        return;
                    }
                    saveLater(window, 600, file);
                });
                if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs")))
                    tabs->setCurrentWidget(dashboard);
                dashboard->setPeriod(what == QLatin1String("dashboard-year") ? DashboardView::Period::ThisYear
                                                                             : DashboardView::Period::LastMonth);
                return;
            }
            if (what == QLatin1String("sync")) {
                if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs")))
                    tabs->setCurrentIndex(tabs->count() - 1);
                saveLater(window, 800, file);
                return;
            }
            if (what == QLatin1String("agenda") || what == QLatin1String("visit")) {
                if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs")))
                    tabs->setCurrentIndex(1);
                if (what == QLatin1String("visit")) {
                    if (auto *agenda = window->findChild<QTableView *>(QStringLiteral("agendaTable")))
                        agenda->selectRow(0);
                    saveModalLater(window, 600, file);
                    QTimer::singleShot(0, window->agendaView(), &AgendaView::recordVisit);
                    return;
                }
                saveLater(window, 800, file);
                return;
            }
            if (what == QLatin1String("referrals")) {
                if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs")))
                    tabs->setCurrentWidget(window->referralsView());
                if (auto *list = window->findChild<QTableView *>(QStringLiteral("referralView"))) {
                    auto *model = window->referralsView()->model();
                    for (int r = 0; r < model->rowCount(); ++r)
                        if (!model->rowAt(r)->referral.householdId.isEmpty()) {
                            list->selectRow(r);
                            break;
                        }
                }
                saveLater(window, 800, file);
                return;
            }
            if (what == QLatin1String("referral") || what == QLatin1String("directory")) {
                QDialog *dialog = nullptr;
                if (what == QLatin1String("directory")) {
                    dialog = new CharityDirectoryDialog(window->casebook(), window);
                } else {
                    auto id = Database::scalar(window->casebook().db(),
                                               QStringLiteral("SELECT id FROM referral WHERE status = "
                                                              "'completed' ORDER BY rid LIMIT 1"));
                    if (!id || id->isNull())
                        return QApplication::exit(1);
                    dialog = new ReferralDialog(window->casebook(), id->toString(), window);
                }
                dialog->show();
                saveLater(dialog, 800, file);
                return;
            }
            if (what == QLatin1String("wizard") || what == QLatin1String("consent")) {
                // An open need not referred yet: the wizard shows the matching projects and why they fit.
                auto need = Database::exec(
                    window->casebook().db(),
                    QStringLiteral(
                        "SELECT n.household_id, n.id FROM need n JOIN household h ON h.id = n.household_id "
                        "WHERE n.status = 'open' AND h.status = 'active' AND NOT EXISTS (SELECT 1 FROM "
                        "referral r WHERE r.need_id = n.id) ORDER BY n.need_type = 'care' DESC, n.rid LIMIT 1"));
                if (!need || !need->next())
                    return QApplication::exit(1);
                const QString household = need->value(0).toString();
                const QString needId = need->value(1).toString();
                window->householdPage()->showHousehold(household);
                QDialog *dialog = nullptr;
                if (what == QLatin1String("wizard")) {
                    auto *wizard = new ReferralWizard(window->casebook(), household, needId, window);
                    wizard->show();
                    wizard->next();
                    dialog = wizard;
                } else {
                    auto *consent = new ConsentDialog(window->casebook(), household, window);
                    auto n = NeedRepository(window->casebook()).need(needId);
                    auto matches = ReferralRepository(window->casebook()).matches(needId);
                    if (n && matches && !matches->isEmpty())
                        consent->preset(matches->first().project.orgId, QString(), n->needType, n->personId);
                    consent->show();
                    dialog = consent;
                }
                saveLater(dialog, 800, file);
                return;
            }
            if (what == QLatin1String("history")) {
                // A household whose history has everything: a need, its consent and a completed referral.
                showReferredHousehold(window);
                saveModalLater(window, 600, file);
                QTimer::singleShot(300, window->householdPage(), &HouseholdPage::showHistory);
                return;
            }
            if (what.startsWith(QLatin1String("casework-"))) {
                // A household with a need, a consent and a completed referral, on one of its casework tabs.
                showReferredHousehold(window);
                const QString tab = what.mid(9);
                if (auto *tabs = window->householdPage()->findChild<QTabWidget *>(QStringLiteral("householdTabs")))
                    tabs->setCurrentIndex(tab == QLatin1String("needs")       ? 1
                                          : tab == QLatin1String("consents")  ? 2
                                          : tab == QLatin1String("referrals") ? 3
                                                                              : 0);
                saveLater(window, 800, file);
                return;
            }
            if (what == QLatin1String("help")) {
                window->showHelp();
                QTimer::singleShot(500, window, [window, file] {
                    auto *help = window->findChild<HelpDialog *>();
                    QApplication::exit(help && help->grab().save(file) ? 0 : 1);
                });
                return;
            }
            if (what == QLatin1String("backup") || what == QLatin1String("restore") ||
                what == QLatin1String("backup-setup") || what == QLatin1String("villages") ||
                what == QLatin1String("guide")) {
                saveModalLater(window, 600, file);
                if (what == QLatin1String("guide"))
                    QTimer::singleShot(0, window, &MainWindow::offerFirstRun);
                else if (what == QLatin1String("villages"))
                    QTimer::singleShot(0, window, &MainWindow::editVillages);
                else if (what == QLatin1String("backup"))
                    QTimer::singleShot(0, window, &MainWindow::backupNow);
                else if (what == QLatin1String("restore"))
                    QTimer::singleShot(0, window, &MainWindow::restoreFromBackup);
                else
                    QTimer::singleShot(0, window, &MainWindow::offerBackupSetup);
                return;
            }
            if (what == QLatin1String("export")) {
                saveModalLater(window, 600, file);
                QTimer::singleShot(0, window, &MainWindow::exportList);
                return;
            }
            if (what == QLatin1String("users") || what == QLatin1String("audit")) {
                saveModalLater(window, 600, file);
                QTimer::singleShot(0, window,
                                   what == QLatin1String("users") ? &MainWindow::showUsers : &MainWindow::showAudit);
                return;
            }
            if (what == QLatin1String("register")) {
                QTimer::singleShot(300, window, [file] {
                    QWidget *dialog = QApplication::activeModalWidget();
                    if (!dialog)
                        return QApplication::exit(1);
                    auto set = [dialog](const char *name, const QString &text) {
                        if (auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name))) {
                            edit->setText(text);
                            emit edit->textEdited(text);
                        }
                    };
                    if (auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageCombo")))
                        village->setCurrentIndex(0);
                    set("addressEdit", QStringLiteral("3组12号"));
                    set("householdPhoneEdit", QStringLiteral("13812345678"));
                    set("incomeEdit", QStringLiteral("520"));
                    set("nameEdit", QStringLiteral("王秀英"));
                    set("idNumberEdit", QStringLiteral("110105195603120024"));
                    saveLater(dialog, 300, file);
                });
                QTimer::singleShot(0, window, &MainWindow::newHousehold);
                return;
            }
            saveLater(window, 800, file);
        },
        Qt::QueuedConnection);
}

int signIn(Casebook &casebook, const QString &user, const QString &file)
{
    SignInDialog dialog(casebook, SignInDialog::modeFor(casebook));
    dialog.show();
    if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit")))
        name->setText(user);
    QTimer::singleShot(500, &dialog, [&dialog, file] { QApplication::exit(dialog.grab().save(file) ? 0 : 1); });
    return QApplication::exec();
}

} // namespace xianjie::screenshot
