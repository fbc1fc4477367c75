// Ledger import benchmark: a station's roll of 10,000 people in about 4,000 households, written as an Excel
// workbook (one row per person under a household number, with relation, village, address and category, as
// stations keep it), read, judged row by row (the dry run) and imported into a new station casebook — beside plain
// prepared INSERTs of the same households and people into the same tables through the sqlite3 C API, in one
// transaction, in the same run.
// Usage: ledger_bench [--people N] [--runs N] [--dir DIR]

#include "BenchSupport.h"
#include "Uuid.h"
#include "rules/Validation.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/LedgerImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <xlsxwriter.h>

using namespace xianjie;
using namespace xianjie::bench;

namespace {

constexpr int kVillages = 12;
const int kSizes[] = {1, 2, 3, 4, 2, 3}; // 2.5 people a household

struct Row
{
    int household;
    QString name, id, relation, village, address, category;
    QString sex;
    QDate born;
};

QString villageName(int v)
{
    static const QStringList names = {QStringLiteral("东风"), QStringLiteral("星火"), QStringLiteral("红旗"),
                                      QStringLiteral("向阳"), QStringLiteral("前进"), QStringLiteral("团结"),
                                      QStringLiteral("和平"), QStringLiteral("新华"), QStringLiteral("光明"),
                                      QStringLiteral("胜利"), QStringLiteral("永安"), QStringLiteral("长乐")};
    return names.at(v % names.size()) + (v % 3 ? QStringLiteral("村") : QStringLiteral("社区"));
}

/** The synthetic roll: unique ID numbers from the birth date and the member's place. */
QList<Row> makeRoll(int people)
{
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
    static const QString given = QStringLiteral("建国秀英桂兰志强春梅海燕德明玉珍文华丽娟国庆淑芬红霞小龙");
    static const QStringList relations = {QStringLiteral("户主"), QStringLiteral("配偶"), QStringLiteral("长子"),
                                          QStringLiteral("次女")};
    static const QStringList categories = {QStringLiteral("农村低保"), QStringLiteral("城市低保"),
                                           QStringLiteral("特困供养"), QStringLiteral("低保边缘")};
    const QDate bases[] = {QDate(1940, 1, 1), QDate(1942, 1, 1), QDate(1968, 1, 1), QDate(1970, 1, 1)};
    QList<Row> rows;
    for (int h = 0; rows.size() < people; ++h) {
        const int size = kSizes[h % 6];
        for (int m = 0; m < size && rows.size() < people; ++m) {
            const bool male = m == 0 || m == 2;
            Row r;
            r.household = h + 1;
            r.born = bases[m].addDays(h);
            const QString first17 = QStringLiteral("110105") + r.born.toString(QStringLiteral("yyyyMMdd")) +
                                    QString::number(100 + m * 10 + (male ? 1 : 0));
            r.id = first17 + Validation::residentIdCheckChar(first17);
            r.name = QString(surnames[(h + m * 7) % surnames.size()]) + given[(h * 3 + m) % given.size()] +
                     given[(h + m * 5) % given.size()];
            r.sex = male ? QStringLiteral("M") : QStringLiteral("F");
            r.relation = relations.at(m);
            r.village = villageName(h % kVillages);
            if (m == 0) {
                r.address = QStringLiteral("%1组%2号").arg(1 + h % 9).arg(1 + h % 97);
                r.category = categories.at(h % categories.size());
            }
            rows << r;
        }
    }
    return rows;
}

void writeWorkbook(const QString &path, const QList<Row> &rows)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "花名册");
    worksheet_merge_range(sheet, 0, 0, 0, 6, "基准街道低保、特困对象花名册", nullptr);
    const char *header[] = {"户编号", "姓名", "身份证号码", "与户主关系", "所属村（社区）", "家庭住址", "救助类别"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), header[c], nullptr);
    lxw_row_t r = 2;
    for (const Row &row : rows) {
        worksheet_write_number(sheet, r, 0, row.household, nullptr);
        const QStringList texts = {row.name, row.id, row.relation, row.village, row.address, row.category};
        for (int c = 0; c < texts.size(); ++c)
            if (!texts.at(c).isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(c + 1), texts.at(c).toUtf8().constData(), nullptr);
        ++r;
    }
    worksheet_write_string(sheet, r + 1, 0, "合计", nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        die(QStringLiteral("cannot write %1").arg(path));
}

std::unique_ptr<Casebook> station(const QString &path)
{
    auto cb = make(path, {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("基准测试站")},
                   QStringLiteral("jizhun"));
    HouseholdRepository repo(*cb);
    for (int v = 0; v < kVillages; ++v)
        if (!repo.addVillage(QStringLiteral("110105100%1").arg(201 + v), villageName(v)))
            die(QStringLiteral("village"));
    return cb;
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
}

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray b = text.toUtf8();
    sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

/**
 * The baseline: the same households and people inserted with two prepared statements into the casebook's own
 * household and person tables (copied with their indexes from a new casebook), in one transaction.
 */
double plainInserts(const QString &path, const QString &schemaFrom, const QList<Row> &rows)
{
    QStringList ddl;
    {
        auto cb = Casebook::open(schemaFrom);
        if (!cb)
            die(cb.message());
        auto q = Database::exec((*cb)->db(),
                                QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name IN "
                                               "('village', 'household', 'person') AND type IN ('table', 'index') "
                                               "AND sql IS NOT NULL ORDER BY type = 'index'"));
        while (q && q->next())
            ddl << q->value(0).toString();
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open(QFile::encodeName(path).constData(), &db), db);
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON", nullptr,
                       nullptr, nullptr),
          db);
    for (const QString &s : ddl)
        check(sqlite3_exec(db, s.toUtf8().constData(), nullptr, nullptr, nullptr), db);
    QElapsedTimer t;
    t.start();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
    sqlite3_stmt *household = nullptr;
    sqlite3_stmt *person = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO household (id, station_id, created_at, updated_at, village_id, address) "
                             "VALUES (?, 'bench', ?, ?, NULL, ?)",
                             -1, &household, nullptr),
          db);
    check(
        sqlite3_prepare_v2(db,
                           "INSERT INTO person (id, station_id, created_at, updated_at, household_id, name, id_number, "
                           "sex, birth_date, relation) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &person, nullptr),
        db);
    const QString stamp = QStringLiteral("2026-12-03T00:00:00.000Z-0000-bench");
    QString householdId;
    int current = -1;
    for (const Row &r : rows) {
        if (r.household != current) {
            current = r.household;
            householdId = Uuid::v7(QDateTime::currentDateTimeUtc());
            bindText(household, 1, householdId);
            bindText(household, 2, stamp);
            bindText(household, 3, stamp);
            bindText(household, 4, r.address);
            check(sqlite3_step(household), db);
            sqlite3_reset(household);
        }
        bindText(person, 1, Uuid::v7(QDateTime::currentDateTimeUtc()));
        bindText(person, 2, stamp);
        bindText(person, 3, stamp);
        bindText(person, 4, householdId);
        bindText(person, 5, r.name);
        bindText(person, 6, r.id);
        bindText(person, 7, r.sex);
        bindText(person, 8, r.born.toString(Qt::ISODate));
        bindText(person, 9, r.relation == QLatin1String("户主") ? QStringLiteral("self") : QStringLiteral("child"));
        check(sqlite3_step(person), db);
        sqlite3_reset(person);
    }
    sqlite3_finalize(household);
    sqlite3_finalize(person);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    const double took = ms(t);
    sqlite3_close(db);
    return took;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int people = 10000;
    int runs = 3;
    QString dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--people") && i + 1 < args.size())
            people = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else
            die(QStringLiteral("usage: ledger_bench [--people N] [--runs N] [--dir DIR]"));
    }
    QTemporaryDir temp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/ledger-bench-XXXXXX")
                                     : dir + QStringLiteral("/ledger-bench-XXXXXX"));
    if (!temp.isValid())
        die(QStringLiteral("no temporary folder"));
    const QList<Row> roll = makeRoll(people);
    const int households = roll.last().household;
    const QString book = temp.filePath(QStringLiteral("花名册.xlsx"));
    writeWorkbook(book, roll);
    std::printf("ledger: %d people in %d households, %s (%lld KB)\n", int(roll.size()), households,
                qPrintable(QFileInfo(book).fileName()), QFileInfo(book).size() / 1024);

    QList<double> readMs, dryMs, importMs, plainMs;
    for (int run = 0; run < runs; ++run) {
        const QString path = temp.filePath(QStringLiteral("run%1.casebook").arg(run));
        auto cb = station(path);
        QElapsedTimer t;
        t.start();
        auto sheet = LedgerImporter::read(book);
        if (!sheet)
            die(sheet.message());
        readMs << ms(t);
        LedgerImporter importer(*cb);
        const LedgerMapping mapping = importer.suggest(*sheet);
        t.restart();
        auto dry = importer.dryRun(*sheet, mapping, {});
        if (!dry)
            die(dry.message());
        dryMs << ms(t);
        if (dry->count(LedgerImporter::Outcome::Add) != roll.size() || dry->householdsAdded != households)
            die(QStringLiteral("dry run: %1").arg(dry->summary()));
        t.restart();
        auto done = importer.import(*sheet, mapping, {});
        if (!done || !done->imported)
            die(done ? done->summary() : done.message());
        importMs << ms(t);
        const int stored = Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM person"))->toInt();
        if (stored != roll.size())
            die(QStringLiteral("%1 people stored").arg(stored));
        cb.reset();
        plainMs << plainInserts(temp.filePath(QStringLiteral("plain%1.sqlite").arg(run)), path, roll);
        std::printf("run %d: read %.0f ms, dry run %.0f ms, import %.0f ms; plain inserts %.0f ms\n", run + 1,
                    readMs.last(), dryMs.last(), importMs.last(), plainMs.last());
    }
    std::printf("median of %d: read the workbook %.0f ms, dry run %.0f ms (target < 3000), import %.0f ms "
                "(target < 15000); plain prepared inserts of the same rows %.0f ms; import / plain = %.1f\n",
                runs, median(readMs), median(dryMs), median(importMs), median(plainMs),
                median(importMs) / std::max(1.0, median(plainMs)));
    return 0;
}
