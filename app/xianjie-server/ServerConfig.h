#pragma once

#include "CountyService.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace xianjie {

/**
 * The server's settings, from the command line and an optional file (--config FILE: "key = value" lines, # for
 * comments; the command line wins). The account's password comes from $XIANJIE_PASSWORD or from password_file.
 */
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ServerConfig)

public:
    CountyService::Options service;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8470;
    int threads = 8;
    QString language;
    bool showVersion = false;
    bool showHelp = false;

    static Result<ServerConfig> fromArguments(const QStringList &arguments);
    static QString usage();
};

} // namespace xianjie
