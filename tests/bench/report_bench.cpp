// Dashboard, report and export benchmark on a large casebook: the year's aggregates through Xianjie's core beside
// the same statements (Aggregates::statements) through the plain sqlite3 C API in the same run; the monthly linkage
// report to PDF; the household list with members to XLSX beside plain sqlite3 + libxlsxwriter writing the same rows.
// Usage: report_bench [CASEBOOK] [--user USER] [--year YYYY] [--month YYYY-MM] [--runs N]
// (password from XIANJIE_PASSWORD, default jizhun-2026). The casebook is made with 100,000 demo households when it
// does not exist.

#include "BenchSupport.h"
#include "demo/DemoGenerator.h"
#include "print/PdfDocument.h"
#include "report/Aggregates.h"
#include "report/LinkageReport.h"
#include "report/ListExport.h"
#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <xlsxwriter.h>

using namespace xianjie;

namespace {

using bench::median;
using bench::ms;

void bind(sqlite3_stmt *stmt, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray s = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, s.constData(), int(s.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
}

/** The baseline: every statement of the aggregates, each row's every column read. */
qint64 runRaw(sqlite3 *db, const QList<QPair<QString, QVariantList>> &statements, QList<double> *each = nullptr)
{
    qint64 rows = 0;
    for (const auto &[sql, values] : statements) {
        QElapsedTimer t;
        t.start();
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
            std::exit(2);
        }
        bind(stmt, values);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                (void)sqlite3_column_text(stmt, c);
            ++rows;
        }
        sqlite3_finalize(stmt);
        if (each)
            *each << ms(t);
    }
    return rows;
}

/** The export's baseline: the same household and member rows, read with sqlite3 and written as they come. */
qint64 rawXlsx(sqlite3 *db, const QString &out)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(out.toUtf8().constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "households");
    const char *sql = "SELECT h.rid, (SELECT name FROM person WHERE household_id = h.id AND relation = 'self' AND "
                      "deleted = 0), (SELECT name FROM village WHERE id = h.village_id), h.address, h.phone, "
                      "h.status, p.name, p.relation, p.sex, p.birth_date, p.id_number, p.phone, p.health, "
                      "p.disability_category, p.self_care FROM household h JOIN person p ON p.household_id = h.id "
                      "AND p.deleted = 0 WHERE h.deleted = 0 AND h.archived_on IS NULL ORDER BY h.rid, "
                      "p.relation <> 'self', p.rid";
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    qint64 row = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(c), text ? text : "", nullptr);
        }
    }
    sqlite3_finalize(stmt);
    workbook_close(book);
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path = QStringLiteral("bench-100k.casebook");
    QString user = QStringLiteral("bench");
    int year = QDate::currentDate().year();
    QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    int runs = 7;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--user") && i + 1 < args.size())
            user = args.at(++i);
        else if (args.at(i) == QLatin1String("--year") && i + 1 < args.size())
            year = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--month") && i + 1 < args.size())
            month = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i).startsWith(QLatin1Char('-')))
            return std::fprintf(stderr, "usage: report_bench [CASEBOOK] [--user USER] [--year YYYY] [--month YYYY-MM] "
                                        "[--runs N]\n(password from XIANJIE_PASSWORD)\n"),
                   args.at(i) == QLatin1String("--help") ? 0 : 2;
        else
            path = args.at(i);
    }
    const QString password = qEnvironmentVariableIsSet("XIANJIE_PASSWORD") ? qEnvironmentVariable("XIANJIE_PASSWORD")
                                                                           : QStringLiteral("jizhun-2026");
    if (!QFileInfo::exists(path)) {
        std::printf("creating %s with 100000 demo households (once, about ten minutes)...\n", qPrintable(path));
        auto cb = Casebook::create(
            path, {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("基准测试站")});
        if (!cb || !UserRepository(**cb).createFirstUser(user, QStringLiteral("基准测试"), password))
            return std::fprintf(stderr, "cannot create %s\n", qPrintable(path)), 1;
        DemoGenerator::Options options;
        options.households = 100000;
        options.seed = 1;
        if (auto r = DemoGenerator::generate(**cb, options); !r)
            return std::fprintf(stderr, "%s\n", qPrintable(r.message())), 1;
    }
    auto cb = Casebook::open(path);
    if (!cb)
        return std::fprintf(stderr, "%s\n", qPrintable(cb.message())), 1;
    if (auto s = UserRepository(**cb).signIn(user, password); !s)
        return std::fprintf(stderr, "%s\n", qPrintable(s.message())), 1;
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_exec(raw, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr); // as compute() asks for
    const QDate today = (*cb)->clock().today();

    // --- the year's aggregates ---------------------------------------------------------------------------------
    const ReportScope yearScope = ReportScope::year(year);
    const auto statements = Aggregates::statements(yearScope, today);
    QList<double> ours, plain;
    LinkageFigures figures;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        auto f = Aggregates::compute(**cb, yearScope);
        const double o = ms(t);
        if (!f)
            return std::fprintf(stderr, "%s\n", qPrintable(f.message())), 1;
        figures = *f;
        t.restart();
        QList<double> each;
        runRaw(raw, statements, &each);
        const double r = ms(t);
        if (i == runs && qEnvironmentVariableIsSet("REPORT_BENCH_DETAIL"))
            for (int k = 0; k < each.size(); ++k)
                std::printf("  statement %d: %.1f ms\n", k, each.at(k));
        if (i > 0) { // the first run of each warms the page cache
            ours << o;
            plain << r;
        }
    }
    std::printf("\nXianjie report benchmark — %s, %d households on the books in %d, %d people\n",
                qPrintable(QFileInfo(path).fileName()), figures.households, year, figures.people);
    std::printf("%-46s %10s %14s %7s %10s\n", "what", "ours", "plain sqlite3", "ratio", "target");
    std::printf("%-46s %8.1f ms %11.1f ms %7.2f %10s\n", "dashboard aggregates for a year, median", median(ours),
                median(plain), median(ours) / median(plain), "< 500 ms");

    // --- the monthly report, figures to PDF -----------------------------------------------------------------------
    const QStringList parts = month.split(QLatin1Char('-'));
    const ReportScope monthScope = ReportScope::month(parts.value(0).toInt(), parts.value(1).toInt());
    const QString pdf = QDir::temp().filePath(QStringLiteral("report_bench.pdf"));
    QList<double> report, reportPlain;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto f = Aggregates::compute(**cb, monthScope);
        if (!f)
            return std::fprintf(stderr, "%s\n", qPrintable(f.message())), 1;
        if (auto w = PdfDocument::write(LinkageReport::paper(*f, false), pdf); !w)
            return std::fprintf(stderr, "%s\n", qPrintable(w.message())), 1;
        report << ms(t);
        t.restart();
        runRaw(raw, Aggregates::statements(monthScope, today));
        reportPlain << ms(t);
    }
    std::printf("%-46s %8.1f ms %11.1f ms %7.2f %10s\n",
                qPrintable(QStringLiteral("linkage report %1 to PDF, median").arg(month)), median(report),
                median(reportPlain), median(report) / median(reportPlain), "< 3,000 ms");

    // --- the household list with members to XLSX ---------------------------------------------------------------
    const QString xlsx = QDir::temp().filePath(QStringLiteral("report_bench.xlsx"));
    const QString rawFile = QDir::temp().filePath(QStringLiteral("report_bench_raw.xlsx"));
    QList<double> exportOurs, exportPlain;
    qint64 rows = 0, rawRows = 0;
    for (int i = 0; i < 3; ++i) {
        ListExport::Options o;
        o.path = xlsx;
        QElapsedTimer t;
        t.start();
        auto done = ListExport::run(**cb, o);
        if (!done)
            return std::fprintf(stderr, "%s\n", qPrintable(done.message())), 1;
        exportOurs << ms(t);
        rows = done->rows;
        t.restart();
        rawRows = rawXlsx(raw, rawFile);
        exportPlain << ms(t);
    }
    std::printf("%-46s %8.0f ms %11.0f ms %7.2f %10s\n",
                qPrintable(QStringLiteral("households to XLSX, %1 rows (plain: %2), median").arg(rows).arg(rawRows)),
                median(exportOurs), median(exportPlain), median(exportOurs) / median(exportPlain), "< 15,000 ms");
    std::printf("XLSX file: %.1f MB\n", double(QFileInfo(xlsx).size()) / 1e6);
    sqlite3_close(raw);
    QFile::remove(pdf);
    QFile::remove(xlsx);
    QFile::remove(rawFile);
    return 0;
}
