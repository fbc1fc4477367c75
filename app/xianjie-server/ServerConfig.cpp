#include "ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace xianjie {

QString ServerConfig::usage()
{
    return tr("Usage: xianjie-server --casebook COUNTY.casebook --user ACCOUNT [--listen 127.0.0.1:8470] "
              "[--config FILE] [--spool DIR] [--threads N] [--lang zh_CN|en] [--version] [--help]\n"
              "The account's password comes from XIANJIE_PASSWORD or from password_file in the config file.");
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    // key → value, from the file first, then the command line on top.
    QMap<QString, QString> values;
    QMap<QString, QString> given;
    static const QStringList keys{
        QStringLiteral("casebook"), QStringLiteral("listen"),        QStringLiteral("config"),
        QStringLiteral("user"),     QStringLiteral("spool"),         QStringLiteral("threads"),
        QStringLiteral("lang"),     QStringLiteral("password_file"), QStringLiteral("max_bundle_mb")};
    ServerConfig config;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--version")) {
            config.showVersion = true;
            return config;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            config.showHelp = true;
            return config;
        }
        const QString key =
            a.startsWith(QLatin1String("--")) ? a.mid(2).replace(QLatin1Char('-'), QLatin1Char('_')) : QString();
        if (!keys.contains(key) || i + 1 >= arguments.size())
            return makeError(Error::Kind::Invalid, tr("Unknown or incomplete option \"%1\".").arg(a));
        given.insert(key, arguments.at(++i));
    }
    if (given.contains(QStringLiteral("config"))) {
        QFile file(given.value(QStringLiteral("config")));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Io, tr("The config file %1 cannot be read: %2")
                                                  .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            const QString key = line.left(eq).trimmed();
            if (eq < 0 || !keys.contains(key) || key == QLatin1String("config"))
                return makeError(Error::Kind::Invalid,
                                 tr("Line %1 of the config file is not \"key = value\" with a known key.").arg(number));
            values.insert(key, line.mid(eq + 1).trimmed());
        }
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());

    config.service.casebook = values.value(QStringLiteral("casebook"));
    config.service.user = values.value(QStringLiteral("user"));
    config.service.spool = values.value(QStringLiteral("spool"));
    config.language = values.value(QStringLiteral("lang"));
    if (config.service.casebook.isEmpty() || config.service.user.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Name the county casebook (--casebook) and the account the server "
                                                  "acts as (--user)."));
    if (values.contains(QStringLiteral("listen"))) {
        const QString listen = values.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        config.port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
        config.host = listen.left(colon);
        if (!ok || config.port <= 0 || config.port > 65535)
            return makeError(Error::Kind::Invalid, tr("--listen takes an address and a port, such as 127.0.0.1:8470."));
    }
    if (values.contains(QStringLiteral("threads"))) {
        bool ok = false;
        config.threads = values.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || config.threads < 2 || config.threads > 256)
            return makeError(Error::Kind::Invalid, tr("--threads takes a number from 2 to 256."));
    }
    if (values.contains(QStringLiteral("max_bundle_mb"))) {
        bool ok = false;
        const int mb = values.value(QStringLiteral("max_bundle_mb")).toInt(&ok);
        if (!ok || mb < 1 || mb > 1024)
            return makeError(Error::Kind::Invalid, tr("max_bundle_mb takes a number from 1 to 1024."));
        config.service.maxBundleBytes = qint64(mb) * 1024 * 1024;
    }
    config.service.password = qEnvironmentVariable("XIANJIE_PASSWORD");
    if (config.service.password.isEmpty() && values.contains(QStringLiteral("password_file"))) {
        QFile file(values.value(QStringLiteral("password_file")));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Io, tr("The password file %1 cannot be read: %2")
                                                  .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        config.service.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    if (config.service.password.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Give the account's password in XIANJIE_PASSWORD or in a "
                                                  "password_file named by the config file."));
    return config;
}

} // namespace xianjie
