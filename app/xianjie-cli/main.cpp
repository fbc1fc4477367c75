#include "CommandLine.h"
#include "I18n.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xianjie"));
    QCoreApplication::setApplicationName(QStringLiteral("xianjie"));
    QStringList args = app.arguments().mid(1);
    QString language;
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    if (lang >= 0 && lang + 1 < args.size()) {
        language = args.at(lang + 1);
        args.remove(lang, 2);
    }
    xianjie::I18n::install(app, language);
    return xianjie::CommandLine().run(args);
}
