#include "CasebookOpener.h"
#include "I18n.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "dialogs/NewCasebookDialog.h"
#include "dialogs/SignInDialog.h"
#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    // --version and --help print and quit: they must work without a display (a server, a package test, ssh).
    for (int i = 1; i < argc; ++i)
        for (const char *quiet : {"--version", "-v", "--help", "-h", "--help-all"})
            if (qstrcmp(argv[i], quiet) == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Xianjie"));
    QApplication::setApplicationName(QStringLiteral("xianjie"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cn.xianjie.Xianjie"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/xianjie-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

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
        QStringLiteral(
            "What to picture: window (default), register, signin, users, audit, agenda, visit, history, sync, "
            "referrals, wizard, consent, referral, directory, backup, restore, backup-setup, villages, guide, help, "
            "or casework-needs, casework-consents, casework-referrals (a household's tabs)."),
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
    if (parser.isSet(screenshotOption) && parser.value(screenshotOfOption) == QLatin1String("signin"))
        return xianjie::screenshot::signIn(*casebook, parser.value(userOption), parser.value(screenshotOption));
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
        xianjie::screenshot::schedule(window, parser.value(screenshotOption), parser.value(screenshotOfOption));
    window->show();
    // Once the window is up: a new station's head is guided through the first start; automatic backup is on by
    // default, so a station head without one is asked to set it up.
    if (!parser.isSet(screenshotOption))
        QTimer::singleShot(0, window, [window] { window->offerFirstRun(); });
    return app.exec();
}
