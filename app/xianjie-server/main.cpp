// xianjie-server: the county sync endpoint. A thin main: options, the HTTP listener (cpp-httplib), signals.
// Everything the server decides is in CountyService and the core's sync services.
#include "CountyService.h"
#include "I18n.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <csignal>
#include <httplib.h>
#include <pthread.h>
#include <thread>

using namespace xianjie;

namespace {
QByteArray header(const httplib::Request &request, const char *name)
{
    return QByteArray::fromStdString(request.get_header_value(name));
}

void send(httplib::Response &response, const CountyService::Answer &answer)
{
    response.status = answer.status;
    for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
        response.set_header(it.key().toStdString(), it.value().toStdString());
    if (!answer.body.isEmpty() || !answer.contentType.isEmpty())
        response.set_content(answer.body.toStdString(), answer.contentType.toStdString());
}
} // namespace

int main(int argc, char *argv[])
{
    // SIGTERM and SIGINT are taken by one thread (sigwait), never by a handler in the middle of a request.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xianjie"));
    QCoreApplication::setApplicationName(QStringLiteral("xianjie-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XIANJIE_VERSION));
    QTextStream err(stderr);

    // The language first, so that even a mistake in the options is told in it.
    const QStringList arguments = app.arguments();
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    I18n::install(app, lang > 0 && lang + 1 < arguments.size() ? arguments.at(lang + 1) : QString());
    auto config = ServerConfig::fromArguments(arguments);
    if (!config) {
        err << config.message() << Qt::endl << ServerConfig::usage() << Qt::endl;
        return 64;
    }
    if (config->showHelp) {
        QTextStream(stdout) << ServerConfig::usage() << Qt::endl;
        return 0;
    }
    if (config->showVersion) {
        QTextStream(stdout) << "xianjie-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (lang < 0 && !config->language.isEmpty()) // from the config file
        I18n::install(app, config->language);

    auto service = CountyService::start(config->service);
    if (!service) {
        err << service.message() << Qt::endl;
        return 1;
    }

    httplib::Server server;
    server.new_task_queue = [threads = config->threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    server.set_payload_max_length(size_t((*service)->chunkLimit()) + 64 * 1024);
    server.set_read_timeout(30, 0);
    server.set_write_timeout(30, 0);
    server.set_keep_alive_timeout(10);
    // Never an exception's text in a header or body: one plain sentence.
    server.set_exception_handler([](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
        response.status = 500;
        response.set_content("{\"error\":\"internal error\"}\n", "application/json");
    });
    // The server takes bodies as sent: no compressed bodies (a small body must not unpack into a large one).
    server.set_pre_routing_handler([](const httplib::Request &request, httplib::Response &response) {
        if (request.has_header("Content-Encoding") || request.has_header("Transfer-Encoding")) {
            response.status = 415;
            response.set_content(
                QStringLiteral("{\"error\":\"%1\"}\n")
                    .arg(CountyService::tr("The server takes request bodies uncompressed and with a length."))
                    .toStdString(),
                "application/json");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // One line per request: time, method, path (station codes and bundle ids, never a name or ID number), status,
    // bytes in and out, milliseconds.
    server.set_logger([&service](const httplib::Request &request, const httplib::Response &response) {
        (*service)->countRequest(response.status);
        const QString line = QStringLiteral("%1 %2 %3 %4 in=%5 out=%6\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                      QString::fromStdString(request.method), QString::fromStdString(request.path))
                                 .arg(response.status)
                                 .arg(request.body.size())
                                 .arg(response.body.size());
        fputs(line.toUtf8().constData(), stderr);
    });

    server.Get("/healthz", [&service](const httplib::Request &, httplib::Response &response) {
        send(response, (*service)->health());
    });
    server.Get("/metrics", [&service](const httplib::Request &, httplib::Response &response) {
        send(response, (*service)->metrics());
    });
    auto route = [&service](const httplib::Request &request, httplib::Response &response) {
        const QByteArray path = QByteArray::fromStdString(request.path);
        // The target as the station signed it: the path and the query exactly as they arrived.
        QByteArray target = path;
        const std::string::size_type mark = request.target.find('?');
        if (mark != std::string::npos)
            target += QByteArray::fromStdString(request.target.substr(mark));
        send(response, (*service)->handle(
                           QByteArray::fromStdString(request.method), target, path,
                           [&request](const char *name) { return header(request, name); },
                           QByteArray::fromStdString(request.body)));
    };
    server.Get(R"(/v1/.*)", route);
    server.Put(R"(/v1/.*)", route);

    std::thread stopper([&server, stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        // Stops listening; the requests being answered (a bundle being applied) finish first.
        server.stop();
    });
    stopper.detach();

    if (!server.bind_to_port(config->host.toStdString(), config->port)) {
        err << CountyService::tr("Cannot listen on %1:%2 (in use, or not an address of this machine).")
                   .arg(config->host)
                   .arg(config->port)
            << Qt::endl;
        return 1;
    }
    err << CountyService::tr("Serving %1 on %2:%3").arg(config->service.casebook, config->host).arg(config->port)
        << Qt::endl;
    server.listen_after_bind();
    service->reset(); // the writer finishes its job and closes the casebook
    err << CountyService::tr("Stopped.") << Qt::endl;
    return 0;
}
