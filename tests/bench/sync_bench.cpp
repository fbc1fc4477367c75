// Sync benchmark: a station's outbox of about 100,000 ops written to bundles and imported at the county, beside
// the baseline of plain prepared inserts (and updates) of the same rows into the same schema through the sqlite3
// C API, in the same run. Usage: sync_bench [--ops N] [--runs R] [--dir DIR]
// The station casebook is made with demo data large enough to hold N ops; DIR keeps the files (default: a
// temporary folder removed at the end).

#include "BenchSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::bench;

namespace {

// The baseline: every op's row written with a prepared INSERT (or UPDATE by id) through sqlite3, in one
// transaction, into an empty casebook of the same schema (same indexes, triggers and foreign keys).
double plainInserts(const QString &path, const QList<Op> &ops)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        die(QStringLiteral("open baseline"));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", nullptr, nullptr,
                 nullptr);
    QHash<QString, sqlite3_stmt *> statements;
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Op &op : ops) {
        QStringList names = op.fields.keys();
        QString sql;
        if (op.op == QLatin1String("insert")) {
            QStringList all = names;
            all << QStringLiteral("id") << QStringLiteral("station_id") << QStringLiteral("created_at")
                << QStringLiteral("updated_at") << QStringLiteral("version");
            if (op.table == QLatin1String("user"))
                all << QStringLiteral("password_hash");
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(op.table, all.join(QLatin1Char(',')),
                           QStringList(all.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        } else {
            QStringList sets;
            for (const QString &n : std::as_const(names))
                sets << n + QStringLiteral("=?");
            sets << QStringLiteral("updated_at=?") << QStringLiteral("version=?");
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(op.table, sets.join(QLatin1Char(',')));
        }
        sqlite3_stmt *&stmt = statements[sql];
        if (!stmt) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
                die(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        int i = 1;
        auto bind = [&](const QVariant &v) {
            if (!v.isValid() || v.isNull() || v.typeId() == QMetaType::Nullptr) {
                sqlite3_bind_null(stmt, i++);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
                       v.typeId() == QMetaType::Bool) {
                sqlite3_bind_int64(stmt, i++, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                sqlite3_bind_double(stmt, i++, v.toDouble());
            } else {
                const QByteArray s = v.toString().toUtf8();
                sqlite3_bind_text(stmt, i++, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            }
        };
        for (const QString &n : std::as_const(names))
            bind(op.fields.value(n));
        if (op.op == QLatin1String("insert")) {
            bind(op.recordId);
            bind(op.stationId);
            bind(op.hlc);
            bind(op.hlc);
            bind(op.version);
            if (op.table == QLatin1String("user"))
                bind(QStringLiteral("!"));
        } else {
            bind(op.hlc);
            bind(op.version);
            bind(op.recordId);
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            die(QStringLiteral("baseline %1: %2").arg(op.table, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt *s : std::as_const(statements))
        sqlite3_finalize(s);
    sqlite3_close(db);
    return seconds;
}

// Opens a copy of @p templatePath (a casebook closed after set-up) and signs @p user in.
std::unique_ptr<Casebook> openCopy(const QString &templatePath, const QString &copyPath, const QString &user)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copyPath + QLatin1String(suffix));
    if (!QFile::copy(templatePath, copyPath))
        die(QStringLiteral("copy ") + copyPath);
    auto cb = Casebook::open(copyPath);
    if (!cb)
        die(cb.message());
    if (!UserRepository(**cb).signIn(user, QStringLiteral("bench-pass-2026")))
        die(QStringLiteral("sign in"));
    return std::move(*cb);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int wanted = 100000;
    int runs = 3;
    QString dirPath;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--ops"))
            wanted = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--dir"))
            dirPath = args.at(i + 1);
    }
    QTemporaryDir temp;
    const QDir dir(dirPath.isEmpty() ? temp.path() : dirPath);
    QDir().mkpath(dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.casebook*")}, QDir::Files))
        QFile::remove(dir.filePath(name));
    QDir(dir.filePath(QStringLiteral("stick"))).removeRecursively();
    const QString countyPath = dir.filePath(QStringLiteral("county.casebook"));
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.casebook"));
    const QString mergePath = dir.filePath(QStringLiteral("merge.casebook"));

    auto station = make(dir.filePath(QStringLiteral("station.casebook")),
                        {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("基准民政服务站")},
                        QStringLiteral("zhanzhang"));
    auto county = make(countyPath, {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("基准县民政局")},
                       QStringLiteral("xianli"));
    {
        auto baseline =
            Casebook::create(baselinePath, {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("基线")});
        if (!baseline)
            die(baseline.message());
    }
    make(mergePath, {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("合并")},
         QStringLiteral("hebing"));
    auto grant = Enrollment::approve(*county, *Enrollment::request(*station));
    if (!grant || !Enrollment::accept(*station, *grant))
        die(QStringLiteral("enrol: ") + grant.message());
    const bool direct = Database::drivesSqliteDirectly(county->db());
    county.reset(); // each run imports into a copy of the enrolled, empty county casebook

    // About 8.5 ops per demo household: generate enough households for the ops wanted.
    QElapsedTimer t;
    t.start();
    DemoGenerator::Options options;
    options.households = std::max(10, int(wanted / 8.5));
    options.seed = 11;
    if (auto r = DemoGenerator::generate(*station, options); !r)
        die(r.message());
    auto ops = OpApplier::outbox(*station);
    if (!ops)
        die(ops.message());
    std::printf("station: %d households, %lld ops in the outbox (made in %.1f s); statements: %s\n", options.households,
                qint64(ops->size()), double(t.elapsed()) / 1000, direct ? "SQLite library directly" : "through QtSql");

    t.restart();
    auto files = StationSync::exportPending(*station, dir.filePath(QStringLiteral("stick")));
    if (!files)
        die(files.message());
    const double exportSeconds = double(t.nsecsElapsed()) / 1e9;
    qint64 bytes = 0;
    for (const QString &f : std::as_const(*files))
        bytes += QFileInfo(f).size();
    const double n = double(ops->size());
    std::printf("export:   %lld ops into %lld bundles, %.2f s (%.0f ops/s), %.1f MB, %.1f bytes/op\n",
                qint64(ops->size()), qint64(files->size()), exportSeconds, n / exportSeconds, double(bytes) / 1e6,
                double(bytes) / n);

    QList<Op> rows = *ops;
    for (Op &op : rows)
        op.stationId = station->stationId();
    OpApplier::Options mergeOptions;
    mergeOptions.restateKeptValues = true;
    mergeOptions.findSamePerson = true;

    // Each run: the import into a fresh copy of the county, the baseline into a fresh copy of its casebook, and
    // the merge step alone (no files, no search index, no audit copy) into a fresh empty county. The figures
    // are the medians: timings on a shared machine vary from run to run.
    QList<double> imports, baselines, merges;
    for (int run = 1; run <= runs; ++run) {
        const QString suffix = QStringLiteral(".run%1.casebook").arg(run);
        {
            auto target = openCopy(countyPath, countyPath + suffix, QStringLiteral("xianli"));
            t.restart();
            const auto results = BundleImporter::importFiles(*target, *files);
            imports << double(t.nsecsElapsed()) / 1e9;
            for (const auto &r : results)
                if (r.outcome != BundleImporter::Outcome::Applied)
                    die(QStringLiteral("import: ") + r.reason);
        }
        {
            const QString copy = baselinePath + suffix;
            QFile::remove(copy);
            if (!QFile::copy(baselinePath, copy))
                die(QStringLiteral("copy ") + copy);
            baselines << plainInserts(copy, rows);
        }
        {
            auto target = openCopy(mergePath, mergePath + suffix, QStringLiteral("hebing"));
            t.restart();
            if (auto r = OpApplier::apply(*target, rows, mergeOptions); !r)
                die(r.message());
            merges << double(t.nsecsElapsed()) / 1e9;
        }
        std::printf("run %d:    import %.2f s, baseline %.2f s, merge %.2f s -> ratio %.2f\n", run, imports.last(),
                    baselines.last(), merges.last(), baselines.last() / imports.last());
        std::fflush(stdout);
    }
    const double importSeconds = median(imports);
    const double baselineSeconds = median(baselines);
    const double mergeSeconds = median(merges);
    std::printf("import:   %.2f s, %.0f ops/s (verify, decrypt, merge, search index, audit copy; median of %d)\n",
                importSeconds, n / importSeconds, runs);
    std::printf("baseline: %.2f s, %.0f ops/s (plain prepared INSERT/UPDATE of the same rows, sqlite3 C API)\n",
                baselineSeconds, n / baselineSeconds);
    std::printf("merge:    %.2f s, %.0f ops/s (the merge step alone: per-field clocks, rules, same-person check)\n",
                mergeSeconds, n / mergeSeconds);
    std::printf("ratio:    import rate = %.2f of the baseline (target >= 0.33); merge alone = %.2f\n",
                baselineSeconds / importSeconds, baselineSeconds / mergeSeconds);
    return 0;
}
