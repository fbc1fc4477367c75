// Household list benchmark: opening a casebook to its first page, and search as you type, through Xianjie's
// core (Casebook, HouseholdQuery over QtSql) beside the same SQL run through the plain sqlite3 C API on the
// same file in the same run. Usage: search_bench [CASEBOOK] [--households N] [--queries N]
// The casebook is created with `demo` data when it does not exist.

#include "demo/DemoGenerator.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace xianjie;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size()))));
    };
    return {at(0.5), at(0.95)};
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The baseline: the same statement through sqlite3 directly, reading every column of every row as the app does.
int runRaw(sqlite3 *db, const HouseholdQuery::Sql &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.text.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        std::exit(2);
    }
    for (int i = 0; i < sql.values.size(); ++i) {
        const QVariant &v = sql.values.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray s = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, s.constData(), int(s.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            (void)sqlite3_column_text(stmt, c);
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}

struct Kind
{
    const char *name;
    QStringList queries;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int households = 100000;
    int perKind = 200;
    QString path = QStringLiteral("bench-100k.casebook");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--households") && i + 1 < args.size())
            households = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--queries") && i + 1 < args.size())
            perKind = args.at(++i).toInt();
        else
            path = args.at(i);
    }
    const int pageRows = 200 + 1; // the list asks one row more than a page to know whether more follow
    const QDate today = QDate::currentDate();

    if (!QFileInfo::exists(path)) {
        std::printf("creating %s with %d demo households (once)...\n", qPrintable(path), households);
        auto cb = Casebook::create(
            path, {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("基准测试站")});
        if (!cb)
            return std::fprintf(stderr, "%s\n", qPrintable(cb.message())), 1;
        auto user = UserRepository(**cb).createFirstUser(QStringLiteral("bench"), QStringLiteral("基准测试"),
                                                         QStringLiteral("jizhun-2026"));
        if (!user)
            return std::fprintf(stderr, "%s\n", qPrintable(user.message())), 1;
        DemoGenerator::Options options;
        options.households = households;
        options.seed = 1;
        QElapsedTimer t;
        t.start();
        auto r = DemoGenerator::generate(**cb, options);
        if (!r)
            return std::fprintf(stderr, "%s\n", qPrintable(r.message())), 1;
        std::printf("demo data: %.1f s\n", double(t.elapsed()) / 1000.0);
    }

    // --- open to first page -------------------------------------------------------------------------------
    QList<double> oursOpen, rawOpen;
    qint64 total = 0;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer t;
        t.start();
        auto cb = Casebook::open(path);
        if (!cb)
            return std::fprintf(stderr, "%s\n", qPrintable(cb.message())), 1;
        auto rows = HouseholdQuery::page((*cb)->db(), QString(), 0, pageRows, today);
        auto count = HouseholdQuery::count((*cb)->db(), QString());
        oursOpen << elapsedMs(t);
        total = *count;
        if (!rows || rows->size() != pageRows)
            return std::fprintf(stderr, "first page failed\n"), 1;

        t.restart();
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        runRaw(db, HouseholdQuery::pageSql({}, 0, pageRows, today));
        runRaw(db, HouseholdQuery::countSql({}));
        rawOpen << elapsedMs(t);
        sqlite3_close(db);
    }

    auto cb = Casebook::open(path);
    const QSqlDatabase qdb = (*cb)->db();
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);

    // --- queries, drawn from the data with a fixed seed ------------------------------------------------------
    QRandomGenerator rng(20261125);
    auto sample = [&](const QString &sql) {
        QStringList all;
        auto q = Database::exec(qdb, sql);
        while (q->next())
            all << q->value(0).toString();
        QStringList out;
        for (int i = 0; i < perKind && !all.isEmpty(); ++i)
            out << all.at(int(rng.bounded(quint32(all.size()))));
        return out;
    };
    QList<Kind> kinds = {
        {"name (汉字)", sample(QStringLiteral("SELECT name FROM person WHERE rid % 97 = 0"))},
        {"pinyin initials", {}},
        {"pinyin prefix", {}},
        {"ID fragment (last 6)", {}},
        {"ID fragment (1 char)", {}},
        {"village", sample(QStringLiteral("SELECT name FROM village"))},
    };
    const QStringList keys = sample(QStringLiteral("SELECT keys FROM household_fts WHERE rowid % 89 = 0"));
    for (const QString &k : keys) {
        const QStringList parts = k.split(QLatin1Char(' '));
        // keys hold: [village] name pinyin initials given ... id; pick the kinds by shape.
        for (const QString &p : parts) {
            const bool ascii = !p.isEmpty() && p.at(0).unicode() < 128;
            const bool digits = ascii && p.at(0).isDigit();
            if (digits && p.size() == 18) {
                kinds[3].queries << p.right(6);
                kinds[4].queries << p.right(1);
                break;
            }
        }
        for (const QString &p : parts)
            if (!p.isEmpty() && p.at(0).unicode() < 128 && !p.at(0).isDigit() && p.size() <= 3) {
                kinds[1].queries << p;
                break;
            }
        for (const QString &p : parts)
            if (!p.isEmpty() && p.at(0).unicode() < 128 && !p.at(0).isDigit() && p.size() > 4) {
                kinds[2].queries << p.left(4);
                break;
            }
    }
    for (Kind &k : kinds)
        k.queries = k.queries.mid(0, perKind);

    std::printf("\nXianjie search benchmark — %s, %lld households\n", qPrintable(QFileInfo(path).fileName()),
                qlonglong(total));
    std::printf("open to first page (%d rows + count), median of 7: ours %.1f ms, plain sqlite3 %.1f ms, ratio %.2f\n",
                pageRows, stats(oursOpen).median, stats(rawOpen).median,
                stats(oursOpen).median / stats(rawOpen).median);
    std::printf("\n%-22s %6s | %10s %10s | %10s %10s | %6s\n", "search (first page)", "n", "ours med", "ours p95",
                "sqlite med", "sqlite p95", "ratio");
    // One untimed pass first, so that neither side pays for reading the file into the page cache.
    for (const Kind &k : std::as_const(kinds))
        for (const QString &q : k.queries)
            (void)HouseholdQuery::page(qdb, q, 0, pageRows, today);
    QList<double> allOurs, allRaw;
    for (const Kind &k : std::as_const(kinds)) {
        QList<double> ours, base;
        for (const QString &q : k.queries) {
            QElapsedTimer t;
            t.start();
            auto rows = HouseholdQuery::page(qdb, q, 0, pageRows, today);
            ours << elapsedMs(t);
            if (!rows)
                return std::fprintf(stderr, "%s\n", qPrintable(rows.message())), 1;
            t.restart();
            runRaw(raw, HouseholdQuery::pageSql(HouseholdQuery::terms(q), 0, pageRows, today));
            base << elapsedMs(t);
        }
        allOurs += ours;
        allRaw += base;
        const Stats o = stats(ours), b = stats(base);
        std::printf("%-22s %6lld | %8.2f ms %7.2f ms | %7.2f ms %7.2f ms | %6.2f\n", k.name, qlonglong(ours.size()),
                    o.median, o.p95, b.median, b.p95, o.p95 / b.p95);
    }
    // The list shows "N found" once a count arrives; the worker runs it after the first page.
    QList<double> countOurs, countRaw;
    for (const Kind &k : std::as_const(kinds)) {
        for (const QString &q : k.queries.mid(0, 50)) {
            QElapsedTimer t;
            t.start();
            auto n = HouseholdQuery::count(qdb, q);
            countOurs << elapsedMs(t);
            t.restart();
            runRaw(raw, HouseholdQuery::countSql(HouseholdQuery::terms(q)));
            countRaw << elapsedMs(t);
        }
    }
    const Stats o = stats(allOurs), b = stats(allRaw);
    std::printf("%-22s %6lld | %8.2f ms %7.2f ms | %7.2f ms %7.2f ms | %6.2f\n", "all kinds", qlonglong(allOurs.size()),
                o.median, o.p95, b.median, b.p95, o.p95 / b.p95);
    const Stats co = stats(countOurs), cb2 = stats(countRaw);
    std::printf("%-22s %6lld | %8.2f ms %7.2f ms | %7.2f ms %7.2f ms | %6.2f\n", "count of matches",
                qlonglong(countOurs.size()), co.median, co.p95, cb2.median, cb2.p95, co.p95 / cb2.p95);
    std::printf("\ntargets (DESIGN.md): open < 1000 ms, search p95 < 30 ms\n");
    sqlite3_close(raw);
    return 0;
}
