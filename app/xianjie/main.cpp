#include "I18n.h"
#include "MainWindow.h"
#include "models/HouseholdListModel.h"
#include "storage/Casebook.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace {

// Screenshot mode (for docs and checks): wait for the list, open the first household, save the window.
void scheduleScreenshot(xianjie::MainWindow *window, const QString &file)
{
    auto *model = window->householdModel();
    QObject::connect(
        model, &xianjie::HouseholdListModel::pageLoaded, window,
        [window, file] {
            static bool done = false;
            if (std::exchange(done, true))
                return;
            if (auto *list = window->findChild<QTableView *>(QStringLiteral("householdView")))
                list->selectRow(0);
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
    parser.addOptions({casebookOption, langOption, screenshotOption});
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
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("xianjie::App", "Open casebook"),
                                            QString(),
                                            QCoreApplication::translate("xianjie::App", "Casebooks (*.casebook)"));
    if (path.isEmpty())
        return 0;
    auto casebook = xianjie::Casebook::open(path);
    if (!casebook) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("xianjie::App", "Cannot open the casebook"),
                              casebook.message());
        return 1;
    }
    QSettings().setValue(QStringLiteral("casebook/last"), (*casebook)->path());
    auto *window = new xianjie::MainWindow(std::move(*casebook));
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    window->show();
    return app.exec();
}
