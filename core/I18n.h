#pragma once

#include <QString>

class QCoreApplication;

namespace xianjie {

/** Chinese first: follows the system locale (zh_* → 简体中文), or the language forced with --lang. */
class I18n
{
public:
    /** Installs Qt's and Xianjie's translators for @p forcedLanguage, or the system locale when empty. Returns the
     * language used. */
    static QString install(QCoreApplication &app, const QString &forcedLanguage = {});
};

} // namespace xianjie
