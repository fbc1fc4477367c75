// Server benchmark: S stations (default 30), each with about N changes (default 10,000) in its outbox, sync at once
// with the real xianjie-server on loopback, every station on its own thread through the real client
// (OnlineSync::syncOnce). Beside it, in the same run, the same bundle files imported into a copy of the same county
// by the real `xianjie-cli bundle-import`. Prints both rates, their ratio (goal: online >= 0.8 of the local import),
// the seconds per bundle (p50, p99), and checks that every household arrived exactly once.
// Usage: server_bench [--stations S] [--ops N] [--dir DIR]   (xianjie-cli and xianjie-server beside this program)

#include "BenchSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/Enrollment.h"
#include "sync/OnlineSync.h"
#include "sync/StationSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <httplib.h>
#include <latch>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace xianjie;
using namespace xianjie::bench;

namespace {

std::unique_ptr<Casebook> signedIn(const QString &path, const QString &user)
{
    auto cb = Casebook::open(path);
    if (!cb)
        die(cb.message());
    if (!UserRepository(**cb).signIn(user, kPassword))
        die(QStringLiteral("sign in"));
    return std::move(*cb);
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        die(QStringLiteral("no free port"));
    ::close(fd);
    return ntohs(addr.sin_port);
}

int count(const QString &casebook, const char *table)
{
    auto cb = Casebook::open(casebook);
    if (!cb)
        die(cb.message());
    return Database::scalar((*cb)->db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int stations = 30;
    int wanted = 10000;
    QString dirArg;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--stations"))
            stations = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--ops"))
            wanted = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
    }
    QTemporaryDir temp;
    const QDir dir(dirArg.isEmpty() ? temp.path() : dirArg);
    QDir().mkpath(dir.path());
    const QString bin = QCoreApplication::applicationDirPath();
    const QString countyPath = dir.filePath(QStringLiteral("county.casebook"));

    // The county and its stations, enrolled; each station's outbox written to bundles (kept until acknowledged).
    QElapsedTimer t;
    t.start();
    QStringList stationPaths;
    QStringList files;
    qint64 ops = 0;
    int households = 0;
    {
        auto county = make(countyPath, {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("基准县")},
                           QStringLiteral("xianli"));
        for (int s = 0; s < stations; ++s) {
            const QString code = QStringLiteral("110105") + QString::number(100 + s) + QStringLiteral("000");
            const QString path = dir.filePath(QStringLiteral("station-%1.casebook").arg(code));
            auto station = make(path, {Casebook::Role::Station, code, QStringLiteral("基准站%1").arg(s + 1)},
                                QStringLiteral("wang"));
            auto grant = Enrollment::approve(*county, *Enrollment::request(*station));
            if (!grant || !Enrollment::accept(*station, *grant))
                die(QStringLiteral("enrolment"));
            DemoGenerator::Options options;
            options.households = std::max(10, int(wanted / 8.5)); // about 8.5 ops per demo household
            options.seed = quint64(1000 + s);
            if (auto r = DemoGenerator::generate(*station, options); !r)
                die(r.message());
            households += options.households;
            auto written = StationSync::exportPending(*station, dir.filePath(QStringLiteral("stick")));
            if (!written)
                die(written.message());
            files << *written;
            stationPaths << path;
        }
    }
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            die(f);
        auto manifest = BundleImporter::inspect(file.readAll());
        if (!manifest)
            die(manifest.message());
        ops += manifest->value(QStringLiteral("ops")).toInteger();
    }
    std::printf("%d stations, %d households, %lld ops in %lld bundles (made in %.0f s)\n", stations, households, ops,
                qint64(files.size()), double(t.elapsed()) / 1000);
    std::fflush(stdout);

    // Baseline: the same files by the real `xianjie-cli bundle-import`, into a copy of the county.
    const QString localPath = dir.filePath(QStringLiteral("county-local.casebook"));
    QFile::copy(countyPath, localPath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XIANJIE_PASSWORD"), kPassword);
    QProcess local;
    local.setProcessEnvironment(env);
    t.restart();
    local.start(bin + QStringLiteral("/xianjie-cli"),
                QStringList{QStringLiteral("bundle-import"), localPath} + files +
                    QStringList{QStringLiteral("--user"), QStringLiteral("xianli")});
    if (!local.waitForFinished(-1) || local.exitCode() != 0)
        die(QStringLiteral("bundle-import: ") + QString::fromUtf8(local.readAllStandardError()));
    const double localSeconds = double(t.nsecsElapsed()) / 1e9;

    // Online: the real server on a copy of the same county, every station syncing at once on its own thread.
    const QString onlinePath = dir.filePath(QStringLiteral("county-online.casebook"));
    QFile::copy(countyPath, onlinePath);
    const int port = freePort();
    QProcess server;
    server.setProcessEnvironment(env);
    server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")));
    server.start(bin + QStringLiteral("/xianjie-server"),
                 {QStringLiteral("--casebook"), onlinePath, QStringLiteral("--user"), QStringLiteral("xianli"),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--threads"),
                  QString::number(qMax(8, stations + 2))});
    httplib::Client probe("127.0.0.1", port);
    bool up = false;
    for (int i = 0; i < 200 && !up; ++i) {
        auto r = probe.Get("/healthz");
        up = r && r->status == 200;
        if (!up)
            QThread::msleep(50);
    }
    if (!up)
        die(QStringLiteral("the server did not start"));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    std::mutex mutex;
    QList<double> perBundle;
    int uploaded = 0;
    QStringList problems;
    std::vector<std::thread> threads;
    // Every station opens its casebook and signs in first (Argon2, once per station, as on its own computer); the
    // clock starts when all are ready.
    std::latch ready(stations + 1);
    std::latch go(1);
    for (const QString &path : std::as_const(stationPaths))
        threads.emplace_back([&, path] {
            auto station = signedIn(path, QStringLiteral("wang"));
            ready.count_down();
            go.wait();
            OnlineSync::Options options;
            options.url = url;
            const OnlineSync::Report report = OnlineSync::syncOnce(*station, options);
            std::lock_guard lock(mutex);
            perBundle << report.bundleSeconds;
            uploaded += report.uploaded;
            if (report.outcome != OnlineSync::Outcome::InStep)
                problems << report.summary();
        });
    ready.arrive_and_wait();
    t.restart();
    go.count_down();
    for (std::thread &th : threads)
        th.join();
    const double onlineSeconds = double(t.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished();

    const int atLocal = count(localPath, "household");
    const int atOnline = count(onlinePath, "household");
    std::printf("local bundle-import: %.2f s = %.0f ops/s\n", localSeconds, double(ops) / localSeconds);
    std::printf("online, %d stations at once: %.2f s = %.0f ops/s -> ratio %.2f (goal >= 0.8)\n", stations,
                onlineSeconds, double(ops) / onlineSeconds, localSeconds / onlineSeconds);
    std::printf("seconds per bundle: p50 %.2f, p99 %.2f, max %.2f (%d bundles applied)\n", percentile(perBundle, 0.5),
                percentile(perBundle, 0.99), percentile(perBundle, 1.0), uploaded);
    std::printf("households: stations %d, county local %d, county online %d; problems: %lld\n", households, atLocal,
                atOnline, qint64(problems.size()));
    for (const QString &p : std::as_const(problems))
        std::printf("  %s\n", qPrintable(p));
    const bool exact = atOnline == households && atLocal == households && uploaded == files.size();
    std::printf("%s\n", exact ? "every household arrived exactly once" : "MISMATCH: something was lost or doubled");
    return exact && problems.isEmpty() ? 0 : 1;
}
