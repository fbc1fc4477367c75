#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace xianjie {

QString I18n::install(QCoreApplication &app, const QString &forcedLanguage)
{
    QString language = forcedLanguage.isEmpty() ? QLocale::system().name() : forcedLanguage;
    if (language.startsWith(QLatin1String("zh")))
        language = QStringLiteral("zh_CN");
    else
        language = QStringLiteral("en");
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // English is the source language; its catalogue only adds plural forms.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/xianjie_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    return language;
}

} // namespace xianjie
