#include "CasebookOpener.h"
#include "I18n.h"
#include "MainWindow.h"
#include "dialogs/CharityDirectoryDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/NewCasebookDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralWizard.h"
#include "dialogs/SignInDialog.h"
#include "models/HouseholdListModel.h"
#include "models/ReferralListModel.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/UserRepository.h"
#include "views/AgendaView.h"
#include "views/HouseholdPage.h"
#include "views/ReferralsView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {

// Screenshot mode (for docs/screenshots and for looking at the app on a machine without a display): waits for
// the list, opens the first household and saves the window; with "register" it saves the registration form
// instead, filled in as a worker would, including a mistyped ID number.
void scheduleScreenshot(xianjie::MainWindow *window, const QString &file, const QString &what)
{
    auto *model = window->householdModel();
    QObject::connect(
        model, &xianjie::HouseholdListModel::pageLoaded, window,
        [window, file, what] {
            static bool done = false;
            if (std::exchange(done, true))
                return;
            if (auto *list = window->findChild<QTableView *>(QStringLiteral("householdView")))
                list->selectRow(0);
            if (what == QLatin1String("agenda") || what == QLatin1String("visit")) {
                if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs")))
                    tabs->setCurrentIndex(1);
                if (what == QLatin1String("visit")) {
                    if (auto *agenda = window->findChild<QTableView *>(QStringLiteral("agendaTable")))
                        agenda->selectRow(0);
                    QTimer::singleShot(600, window, [file] {
                        QWidget *dialog = QApplication::activeModalWidget();
                        QApplication::exit(dialog && dialog->grab().save(file) ? 0 : 1);
                    });
                    QTimer::singleShot(0, window->agendaView(), &xianjie::AgendaView::recordVisit);
                    return;
                }
                QTimer::singleShot(800, window,
                                   [window, file] { QApplication::exit(window->grab().save(file) ? 0 : 1); });
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
                QTimer::singleShot(800, window,
                                   [window, file] { QApplication::exit(window->grab().save(file) ? 0 : 1); });
                return;
            }
            if (what == QLatin1String("referral") || what == QLatin1String("directory")) {
                QDialog *dialog = nullptr;
                if (what == QLatin1String("directory")) {
                    dialog = new xianjie::CharityDirectoryDialog(window->casebook(), window);
                } else {
                    auto id = xianjie::Database::scalar(window->casebook().db(),
                                                        QStringLiteral("SELECT id FROM referral WHERE status = "
                                                                       "'completed' ORDER BY rid LIMIT 1"));
                    if (!id || id->isNull())
                        return QApplication::exit(1);
                    dialog = new xianjie::ReferralDialog(window->casebook(), id->toString(), window);
                }
                dialog->show();
                QTimer::singleShot(800, dialog,
                                   [dialog, file] { QApplication::exit(dialog->grab().save(file) ? 0 : 1); });
                return;
            }
            if (what == QLatin1String("wizard") || what == QLatin1String("consent")) {
                // An open need not referred yet: the wizard shows the matching projects and why they fit.
                auto need = xianjie::Database::exec(
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
                    auto *wizard = new xianjie::ReferralWizard(window->casebook(), household, needId, window);
                    wizard->show();
                    wizard->next();
                    dialog = wizard;
                } else {
                    auto *consent = new xianjie::ConsentDialog(window->casebook(), household, window);
                    auto n = xianjie::NeedRepository(window->casebook()).need(needId);
                    auto matches = xianjie::ReferralRepository(window->casebook()).matches(needId);
                    if (n && matches && !matches->isEmpty())
                        consent->preset(matches->first().project.orgId, QString(), n->needType, n->personId);
                    consent->show();
                    dialog = consent;
                }
                QTimer::singleShot(800, dialog,
                                   [dialog, file] { QApplication::exit(dialog->grab().save(file) ? 0 : 1); });
                return;
            }
            if (what == QLatin1String("history")) {
                // A household whose history has everything: a need, its consent and a completed referral.
                auto referred = xianjie::Database::scalar(
                    window->casebook().db(),
                    QStringLiteral(
                        "SELECT household_id FROM referral WHERE status = 'completed' ORDER BY rid LIMIT 1"));
                if (referred && !referred->isNull())
                    window->householdPage()->showHousehold(referred->toString());
                QTimer::singleShot(600, window, [file] {
                    QWidget *dialog = QApplication::activeModalWidget();
                    QApplication::exit(dialog && dialog->grab().save(file) ? 0 : 1);
                });
                QTimer::singleShot(300, window->householdPage(), &xianjie::HouseholdPage::showHistory);
                return;
            }
            if (what == QLatin1String("users") || what == QLatin1String("audit")) {
                QTimer::singleShot(600, window, [file] {
                    QWidget *dialog = QApplication::activeModalWidget();
                    QApplication::exit(dialog && dialog->grab().save(file) ? 0 : 1);
                });
                QTimer::singleShot(0, window,
                                   what == QLatin1String("users") ? &xianjie::MainWindow::showUsers
                                                                  : &xianjie::MainWindow::showAudit);
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
                    set("idNumberEdit", QStringLiteral("110105195603120028"));
                    QTimer::singleShot(300, dialog,
                                       [dialog, file] { QApplication::exit(dialog->grab().save(file) ? 0 : 1); });
                });
                QTimer::singleShot(0, window, &xianjie::MainWindow::newHousehold);
                return;
            }
            QTimer::singleShot(800, window, [window, file] {
                const bool saved = window->grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Xianjie"));
    QApplication::setApplicationName(QStringLiteral("xianjie"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cn.xianjie.Xianjie"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption casebookOption(QStringLiteral("casebook"), QStringLiteral("Casebook file to open."),
                                            QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to a PNG file and quit."),
                                              QStringLiteral("png"));
    const QCommandLineOption screenshotOfOption(
        QStringLiteral("screenshot-of"),
        QStringLiteral("What to picture: window (default), register, signin, users, audit, agenda, visit, history, "
                       "referrals, wizard, consent, referral or directory."),
        QStringLiteral("what"), QStringLiteral("window"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Sign in as this user (password from XIANJIE_PASSWORD)."),
                                        QStringLiteral("name"));
    parser.addOptions({casebookOption, langOption, screenshotOption, screenshotOfOption, userOption});
    parser.process(app);
    if (parser.isSet(screenshotOption)) {
        // Pictures for the docs show the defaults, not this user's window layout.
        QApplication::setApplicationName(QStringLiteral("xianjie-screenshot"));
        QSettings().clear();
    }
    xianjie::I18n::install(app, parser.value(langOption));

    QString path = parser.value(casebookOption);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("casebook/last")).toString();
    if (path.isEmpty()) {
        // First start on this computer: open an existing casebook, or make a new one.
        QMessageBox start(QMessageBox::Question, QCoreApplication::translate("xianjie::App", "Xianjie"),
                          QCoreApplication::translate("xianjie::App", "Welcome to Xianjie. Open the casebook of your "
                                                                      "station, or create a new one?"));
        auto *open =
            start.addButton(QCoreApplication::translate("xianjie::App", "&Open casebook…"), QMessageBox::AcceptRole);
        auto *create =
            start.addButton(QCoreApplication::translate("xianjie::App", "&New casebook…"), QMessageBox::ActionRole);
        start.addButton(QMessageBox::Cancel);
        start.exec();
        if (start.clickedButton() == static_cast<QAbstractButton *>(open)) {
            path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("xianjie::App", "Open casebook"),
                                                QString(),
                                                QCoreApplication::translate("xianjie::App", "Casebooks (*.casebook)"));
        } else if (start.clickedButton() == static_cast<QAbstractButton *>(create)) {
            xianjie::NewCasebookDialog dialog;
            if (dialog.exec() == QDialog::Accepted)
                path = dialog.path();
        }
    }
    if (path.isEmpty())
        return 0;
    auto casebook = xianjie::CasebookOpener::open(path, nullptr);
    if (!casebook)
        return 1;
    if (parser.isSet(screenshotOption) && parser.value(screenshotOfOption) == QLatin1String("signin")) {
        xianjie::SignInDialog signIn(*casebook, xianjie::SignInDialog::modeFor(*casebook));
        signIn.show();
        if (auto *name = signIn.findChild<QLineEdit *>(QStringLiteral("usernameEdit")))
            name->setText(parser.value(userOption));
        QTimer::singleShot(500, &signIn, [&signIn, file = parser.value(screenshotOption)] {
            QApplication::exit(signIn.grab().save(file) ? 0 : 1);
        });
        return app.exec();
    }
    // Sign in: from the environment for scripts and screenshots, else with the sign-in form.
    const QString user = parser.value(userOption);
    const QByteArray password = qgetenv("XIANJIE_PASSWORD");
    if (!user.isEmpty() && !password.isEmpty()) {
        auto signedIn = xianjie::UserRepository(*casebook).signIn(user, QString::fromUtf8(password));
        if (!signedIn) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("xianjie::App", "Cannot sign in"),
                                  signedIn.message());
            return 1;
        }
    } else {
        xianjie::SignInDialog signIn(*casebook, xianjie::SignInDialog::modeFor(*casebook));
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    }
    auto *window = new xianjie::MainWindow(std::move(casebook));
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption), parser.value(screenshotOfOption));
    window->show();
    return app.exec();
}
