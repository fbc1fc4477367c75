#include "CommandLine.h"
#include "I18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing needs fonts, so Qt Gui; nothing is shown, so no display either. The other commands run without Gui.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (const qsizetype lang = raw.indexOf(QStringLiteral("--lang")); lang >= 0)
        raw.remove(lang, qMin<qsizetype>(2, raw.size() - lang));
    std::unique_ptr<QCoreApplication> app;
    if (xianjie::CommandLine::needsGui(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Xianjie"));
    QCoreApplication::setApplicationName(QStringLiteral("xianjie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QStringList args = app->arguments().mid(1);
    QString language;
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    if (lang >= 0 && lang + 1 < args.size()) {
        language = args.at(lang + 1);
        args.remove(lang, 2);
    }
    xianjie::I18n::install(*app, language);
    return xianjie::CommandLine().run(args);
}
