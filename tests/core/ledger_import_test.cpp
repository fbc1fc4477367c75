// The ledgers stations keep today, imported: rolls of households as UTF-8 and GB18030 CSV and as Excel workbooks
// written here with libxlsxwriter (a merged title row, an ID number stored as a number, serial dates, a totals row),
// and payment lists. Every rule of the importer is tried, and what it writes is read back from the casebook: never
// a wrong ID number, birth date or relation, never a second household, nothing half-imported.
#include "Builders.h"
#include "TestCasebook.h"
#include "io/LedgerWords.h"
#include "rules/Validation.h"
#include "storage/AssistanceRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/LedgerImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>
#include <xlsxwriter.h>

using namespace xianjie;
using namespace xianjie::test;
using Outcome = LedgerImporter::Outcome;
using Field = LedgerWords::Field;

namespace {

/** The same number with a wrong check character. */
QString wrongCheck(const QString &id)
{
    const QChar right = id.back();
    return id.left(17) + (right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

} // namespace

class LedgerImportTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_dongfeng, m_xinghuo;
    // The people of the roll; male sequence numbers are odd, female even.
    const QString zhang = syntheticId(QDate(1975, 4, 2), 11);     // 张建国, head of household 1
    const QString li = syntheticId(QDate(1977, 8, 19), 22);       // 李秀英, his wife
    const QString son = syntheticId(QDate(2003, 1, 5), 31);       // 张小龙, their son
    const QString wang = syntheticId(QDate(1950, 12, 30), 42);    // 王桂兰, head of household 2, alone
    const QString zhao = syntheticId(QDate(1962, 6, 6), 51);      // 赵大山, head of household 3
    const QString zhaoWife = syntheticId(QDate(1964, 2, 29), 62); // 钱美华, his wife (born on a leap day)

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_cb->dir() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /** The roll as stations keep it: a title, a note, the header, members under a household number, a blank row
     *  between households, a totals row. */
    QString rollText(QChar sep = QLatin1Char(',')) const
    {
        QStringList lines = {
            QStringLiteral("东风街道2026年低保、特困对象花名册"),
            QStringLiteral("填报单位：东风街道民政服务站,,,,,,,"),
            QStringLiteral("户编号,姓名,身份证号码,与户主关系,所属村（社区）,家庭住址,救助类别,联系电话"),
            QStringLiteral("1,张建国,%1,户主,东风村,东风村3组12号,农村低保,13800138000").arg(zhang),
            QStringLiteral("1,李秀英,%1,妻,东风村,,,").arg(li),
            QStringLiteral("1,张小龙,%1,长子,东风村,,,").arg(son),
            QStringLiteral(",,,,,,,"),
            QStringLiteral("2,王桂兰,%1,户主,星火社区居委会,星火路8号,特困供养,").arg(wang),
            QStringLiteral("3,赵大山,%1,户主,东风村,东风村1组2号,低保边缘,").arg(zhao),
            QStringLiteral("3,钱美华,%1,配偶,东风村,,,").arg(zhaoWife),
            QStringLiteral("合计,6人,,,,,,"),
        };
        QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        if (sep != QLatin1Char(','))
            text.replace(QLatin1Char(','), sep);
        return text;
    }

    LedgerSheet read(const QString &path, int sheet = 0)
    {
        auto s = LedgerImporter::read(path, sheet);
        if (!s)
            qFatal("read %s: %s", qPrintable(path), qPrintable(s.message()));
        return *s;
    }

    int count(const QString &sql) { return Database::scalar(m_cb->casebook().db(), sql)->toInt(); }
    int households() { return count(QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0")); }
    int people() { return count(QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0")); }

    /** The row report of spreadsheet row @p row (1 first). */
    static LedgerImporter::RowReport rowOf(const LedgerImporter::Report &report, int row)
    {
        for (const auto &r : report.rows)
            if (r.row == row)
                return r;
        return {};
    }

    /** A person as the casebook holds them, by ID number. */
    QVariantList personById(const QString &id)
    {
        auto q = Database::exec(m_cb->casebook().db(),
                                QStringLiteral("SELECT name, sex, birth_date, relation, household_id FROM person "
                                               "WHERE id_number = ? AND deleted = 0"),
                                {id});
        if (!q || !q->next())
            return {};
        return {q->value(0), q->value(1), q->value(2), q->value(3), q->value(4)};
    }

    /** A ledger of rows under the roll's header, as CSV. */
    LedgerSheet rows(const QStringList &lines, const QString &header = {})
    {
        const QString head =
            header.isEmpty() ? QStringLiteral("户编号,姓名,身份证号码,与户主关系,所属村（社区）,家庭住址,出生日期,性别")
                             : header;
        return read(
            write(QStringLiteral("rules.csv"), (head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))).toUtf8()));
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        HouseholdRepository repo(m_cb->casebook());
        m_dongfeng = *repo.addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村"));
        m_xinghuo = *repo.addVillage(QStringLiteral("110105100002"), QStringLiteral("星火社区"));
    }
    void cleanup() { m_cb.reset(); }

    void wordsAsPeopleWriteThem()
    {
        QCOMPARE(LedgerWords::headerField(QStringLiteral("姓 名")), Field::Name);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("身份证号码")), Field::IdNumber);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("与户主关系")), Field::Relation);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("所属村（社区）")), Field::Village);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("救助类别")), Field::Category);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("联系电话")), Field::Phone);
        QCOMPARE(LedgerWords::headerField(QStringLiteral("备注")), Field::Ignore);
        const QList<QPair<const char *, const char *>> relations = {
            {"户主", "self"},       {"配偶", "spouse"},     {"妻", "spouse"},         {"夫", "spouse"},
            {"子", "child"},        {"儿子", "child"},      {"女", "child"},          {"女儿", "child"},
            {"长子", "child"},      {"次女", "child"},      {"父亲", "parent"},       {"母亲", "parent"},
            {"孙子", "grandchild"}, {"孙女", "grandchild"}, {"儿媳", "child_in_law"}, {"女婿", "child_in_law"},
            {"其他", "other"}};
        for (const auto &[word, code] : relations) {
            const auto r = LedgerWords::relation(QString::fromUtf8(word));
            QVERIFY2(r.has_value(), word);
            QCOMPARE(r->code, QString::fromLatin1(code));
        }
        QCOMPARE(LedgerWords::relation(QStringLiteral("妻"))->sex, QStringLiteral("F"));
        QCOMPARE(LedgerWords::relation(QStringLiteral("长子"))->sex, QStringLiteral("M"));
        QVERIFY(!LedgerWords::relation(QStringLiteral("邻居")));
        for (const char *w : {"低保", "城市低保", "农村低保", "低保户"})
            QCOMPARE(LedgerWords::category(QString::fromUtf8(w)), std::optional<QString>(QStringLiteral("dibao")));
        for (const char *w : {"特困", "特困供养", "五保"})
            QCOMPARE(LedgerWords::category(QString::fromUtf8(w)), std::optional<QString>(QStringLiteral("tekun")));
        QCOMPARE(LedgerWords::category(QStringLiteral("低保边缘")),
                 std::optional<QString>(QStringLiteral("dibao_edge")));
        QVERIFY(!LedgerWords::category(QStringLiteral("富裕户")));
        const QDate d(1975, 4, 2);
        for (const char *w : {"1975/4/2", "1975-04-02", "1975.4.2", "19750402", "1975年4月2日", "27486"})
            QCOMPARE(LedgerWords::date(QString::fromUtf8(w)), d);
        QVERIFY(!LedgerWords::date(QStringLiteral("1975/2/30")).isValid());
        QVERIFY(!LedgerWords::date(QStringLiteral("明年")).isValid());
        QCOMPARE(LedgerWords::month(QStringLiteral("2026年10月")), QDate(2026, 10, 1));
        QCOMPARE(LedgerWords::month(QStringLiteral("2026-10")), QDate(2026, 10, 1));
        QCOMPARE(LedgerWords::yuan(QStringLiteral("1,234.50")), std::optional<qint64>(123450));
        QCOMPARE(LedgerWords::yuan(QStringLiteral("650元")), std::optional<qint64>(65000));
        QVERIFY(!LedgerWords::yuan(QStringLiteral("六百")));
        QVERIFY(LedgerWords::idLostDigits(QStringLiteral("1.10105E+17")));
        QVERIFY(LedgerWords::idLostDigits(QStringLiteral("110105197504021000")));
        QVERIFY(!LedgerWords::idLostDigits(zhang));
        QVERIFY(LedgerWords::isTotalsWord(QStringLiteral("合计")));
    }

    void rollFromUtf8CsvByHouseholdNumber()
    {
        const LedgerSheet sheet = read(write(QStringLiteral("花名册.csv"), rollText().toUtf8()));
        QCOMPARE(sheet.encoding, CsvReader::encodingName(CsvReader::Encoding::Utf8));
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(sheet);
        QCOMPARE(mapping.headerRow, 2); // the title and the note above it
        QCOMPARE(mapping.kind, LedgerMapping::Kind::Households);
        QCOMPARE(mapping.columns.value(0), Field::HouseholdNo);
        QCOMPARE(mapping.columns.value(2), Field::IdNumber);
        QCOMPARE(mapping.columns.value(4), Field::Village);
        QCOMPARE(mapping.columns.value(6), Field::Category);

        auto dry = importer.dryRun(sheet, mapping, {});
        QVERIFY2(dry.ok(), qPrintable(dry.message()));
        QCOMPARE(households(), 0); // a dry run writes nothing
        QCOMPARE(dry->count(Outcome::Add), 6);
        QCOMPARE(dry->count(Outcome::Invalid), 0);
        QCOMPARE(dry->householdsAdded, 3);
        QCOMPARE(dry->peopleAdded, 6);
        QCOMPARE(dry->categoriesAdded, 3);
        QCOMPARE(rowOf(*dry, 7).reason, LedgerImporter::tr("Blank row."));
        QCOMPARE(rowOf(*dry, 11).reason, LedgerImporter::tr("Totals row."));
        QCOMPARE(rowOf(*dry, 4).who, QStringLiteral("张**"));

        auto done = importer.import(sheet, mapping, {});
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY(done->imported);
        QVERIFY(!done->batchId.isEmpty());
        QCOMPARE(households(), 3);
        QCOMPARE(people(), 6);
        // Exactly what the ledger says: ID numbers, birth dates and sexes from the ID, relations from the words.
        QCOMPARE(personById(zhang).mid(0, 4), (QVariantList{QStringLiteral("张建国"), QStringLiteral("M"),
                                                            QStringLiteral("1975-04-02"), QStringLiteral("self")}));
        QCOMPARE(personById(li).mid(0, 4), (QVariantList{QStringLiteral("李秀英"), QStringLiteral("F"),
                                                         QStringLiteral("1977-08-19"), QStringLiteral("spouse")}));
        QCOMPARE(personById(son).mid(0, 4), (QVariantList{QStringLiteral("张小龙"), QStringLiteral("M"),
                                                          QStringLiteral("2003-01-05"), QStringLiteral("child")}));
        QCOMPARE(personById(zhaoWife).value(2), QVariant(QStringLiteral("1964-02-29")));
        QCOMPARE(personById(zhang).value(4), personById(son).value(4)); // one household
        QVERIFY(personById(zhang).value(4) != personById(zhao).value(4));
        const QString zhangHousehold = personById(zhang).value(4).toString();
        auto h = HouseholdRepository(m_cb->casebook()).household(zhangHousehold);
        QCOMPARE(h->villageId, m_dongfeng);
        QCOMPARE(h->address, QStringLiteral("东风村3组12号"));
        QCOMPARE(h->phone, QStringLiteral("13800138000"));
        auto wangHousehold = HouseholdRepository(m_cb->casebook()).household(personById(wang).value(4).toString());
        QCOMPARE(wangHousehold->villageId, m_xinghuo); // 星火社区居委会 is the village 星火社区
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership WHERE category = 'dibao'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership WHERE category = 'tekun'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership WHERE category = 'dibao_edge'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership WHERE start_date = '2026-03-15'")), 3);
        // Written through the repositories: every record in the change log.
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT record_id) FROM change_log WHERE table_name = 'person'")),
                 6);

        // One audit entry naming the file and the counts, and a batch listing what came from it.
        AuditLog::Filter filter;
        filter.action = QStringLiteral("ledger_import");
        auto entries = AuditLog::entries(m_cb->casebook().db(), filter);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().note.contains(QStringLiteral("花名册.csv")));
        const QJsonObject counts = QJsonDocument::fromJson(entries->first().after.toUtf8()).object();
        QCOMPARE(counts.value(QStringLiteral("households_added")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("people_added")).toInt(), 6);
        QCOMPARE(entries->first().recordId, done->batchId);
        QVERIFY(AuditLog::verify(m_cb->casebook().db()).ok());
        auto batches = importer.batches();
        QCOMPARE(batches->size(), 1);
        QCOMPARE(batches->first().id, done->batchId);
        QCOMPARE(batches->first().fileName, QStringLiteral("花名册.csv"));
        QCOMPARE(batches->first().rowsRead, 6);
        QCOMPARE(batches->first().householdsAdded, 3);
        auto records = importer.batchRecords(done->batchId);
        QCOMPARE(records->size(), 6); // three households and their three categories
        QCOMPARE(records->first().row, 4);
        QCOMPARE(records->first().table, QStringLiteral("household"));
        QCOMPARE(records->first().recordId, zhangHousehold);
        // No ID number or name in the audit entry.
        QVERIFY(!entries->first().after.contains(zhang));
        QVERIFY(!entries->first().after.contains(QStringLiteral("张建国")));

        // The same file again adds nothing: everyone is already in the casebook.
        auto again = importer.dryRun(sheet, mapping, {});
        QCOMPARE(again->count(Outcome::AlreadyThere), 6);
        QCOMPARE(again->count(Outcome::Add), 0);
        auto second = importer.import(sheet, mapping, {});
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(households(), 3);
        QCOMPARE(people(), 6);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership")), 3);
        // Asked to update: the categories are held already and nothing changed, so nothing is written either.
        LedgerImporter::Options update;
        update.existing = LedgerImporter::Existing::Update;
        auto third = importer.import(sheet, mapping, update);
        QVERIFY2(third.ok(), qPrintable(third.message()));
        QCOMPARE(third->count(Outcome::Update), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership")), 3);
    }

    void gb18030CsvWithSemicolonsAndTabs()
    {
        for (const QChar sep : {QLatin1Char(';'), QLatin1Char('\t')}) {
            init();
            QStringEncoder gbk("GB18030");
            const QByteArray bytes = gbk.encode(rollText(sep));
            QVERIFY(bytes != rollText(sep).toUtf8());
            const LedgerSheet sheet = read(write(QStringLiteral("excel-saved.csv"), bytes));
            QCOMPARE(sheet.encoding, CsvReader::encodingName(CsvReader::Encoding::Gb18030));
            QCOMPARE(sheet.rows.value(3).value(1).text, QStringLiteral("张建国"));
            LedgerImporter importer(m_cb->casebook());
            auto done = importer.import(sheet, importer.suggest(sheet), {});
            QVERIFY2(done.ok(), qPrintable(done.message()));
            QCOMPARE(households(), 3);
            QCOMPARE(personById(wang).value(0), QVariant(QStringLiteral("王桂兰")));
            // Read as UTF-8 on the user's word, the same bytes are refused rather than stored garbled.
            auto forced =
                LedgerImporter::read(m_cb->dir() + QStringLiteral("/excel-saved.csv"), 0, CsvReader::Encoding::Utf8);
            QVERIFY(!forced.ok());
            cleanup();
        }
    }

    void quotedFieldsWithCommasAndLineBreaks()
    {
        const QString text = QStringLiteral("姓名,身份证号码,所属村（社区）,家庭住址\n"
                                            "王桂兰,%1,星火社区,\"星火路8号,\n2单元\"\n")
                                 .arg(wang);
        const LedgerSheet sheet = read(write(QStringLiteral("quoted.csv"), "\xEF\xBB\xBF" + text.toUtf8()));
        LedgerImporter importer(m_cb->casebook());
        auto done = importer.import(sheet, importer.suggest(sheet), {});
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto h = HouseholdRepository(m_cb->casebook()).household(personById(wang).value(4).toString());
        QVERIFY(h->address.startsWith(QStringLiteral("星火路8号,")));
        QCOMPARE(personById(wang).value(3), QVariant(QStringLiteral("self"))); // one row per household: the head
    }

    void workbookWithTitleNumberIdSerialDatesAndTotals()
    {
        const QString path = m_cb->dir() + QStringLiteral("/台账.xlsx");
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *notes = workbook_add_worksheet(book, "说明");
        worksheet_write_string(notes, 0, 0, "本表按季度更新", nullptr);
        lxw_worksheet *roll = workbook_add_worksheet(book, "花名册");
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "yyyy/m/d");
        worksheet_merge_range(roll, 0, 0, 0, 6, "东风街道低保对象花名册", nullptr);
        const char *header[] = {"户号", "姓名", "身份证号码", "与户主关系", "出生日期", "所属村（社区）", "纳入时间"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(roll, 1, lxw_col_t(c), header[c], nullptr);
        auto person = [&](int row, double household, const QString &name, const QString &id, const char *relation,
                          const QDate &born, bool idAsNumber) {
            worksheet_write_number(roll, lxw_row_t(row), 0, household, nullptr);
            worksheet_write_string(roll, lxw_row_t(row), 1, name.toUtf8().constData(), nullptr);
            if (idAsNumber)
                worksheet_write_number(roll, lxw_row_t(row), 2, id.toDouble(), nullptr);
            else
                worksheet_write_string(roll, lxw_row_t(row), 2, id.toUtf8().constData(), nullptr);
            worksheet_write_string(roll, lxw_row_t(row), 3, relation, nullptr);
            lxw_datetime d{born.year(), born.month(), born.day(), 0, 0, 0};
            worksheet_write_datetime(roll, lxw_row_t(row), 4, &d, date);
            worksheet_write_string(roll, lxw_row_t(row), 5, "东风村", nullptr);
        };
        person(2, 1, QStringLiteral("张建国"), zhang, "户主", QDate(1975, 4, 2), false);
        // The date the household came onto the roll, as a bare serial number (2025-07-01).
        worksheet_write_number(roll, 2, 6, 45839, nullptr);
        person(3, 1, QStringLiteral("李秀英"), li, "妻", QDate(1977, 8, 19), false);
        person(4, 2, QStringLiteral("赵大山"), zhao, "户主", QDate(1962, 6, 6), false);
        person(5, 2, QStringLiteral("钱美华"), zhaoWife, "妻", QDate(1964, 2, 29), true); // typed into a number cell
        worksheet_write_string(roll, 7, 0, "合计", nullptr);
        worksheet_write_formula_num(roll, 7, 1, "=COUNTA(B3:B6)", nullptr, 4);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        auto sheet = LedgerImporter::read(path, 1);
        QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
        QCOMPARE(sheet->sheetNames, (QStringList{QStringLiteral("说明"), QStringLiteral("花名册")}));
        QVERIFY(sheet->encoding.isEmpty());
        QVERIFY(!LedgerImporter::read(path, 2).ok()); // there is no third sheet
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(*sheet);
        QCOMPARE(mapping.headerRow, 1);
        QCOMPARE(mapping.column(Field::CategoryStart), 6);
        auto dry = importer.dryRun(*sheet, mapping, {});
        QVERIFY2(dry.ok(), qPrintable(dry.message()));
        // The number cell lost its last digits: refused with that reason, and its household with it.
        const auto bad = rowOf(*dry, 6);
        QCOMPARE(bad.outcome, Outcome::Invalid);
        QCOMPARE(bad.column, 2);
        QVERIFY2(bad.reason.contains(QStringLiteral("stored by Excel as a number")), qPrintable(bad.reason));
        QCOMPARE(LedgerImporter::columnName(*sheet, mapping, bad.column), QStringLiteral("C 身份证号码"));
        QCOMPARE(rowOf(*dry, 5).outcome, Outcome::Invalid);
        QCOMPARE(rowOf(*dry, 3).outcome, Outcome::Add);
        QCOMPARE(rowOf(*dry, 8).outcome, Outcome::Skipped);
        QCOMPARE(dry->count(Outcome::Invalid), 2);

        // Refused rows stop the whole import unless only the valid ones are asked for.
        auto all = importer.import(*sheet, mapping, {});
        QVERIFY(!all.ok());
        QVERIFY(all.message().contains(QStringLiteral("2 row")));
        QCOMPARE(households(), 0);
        LedgerImporter::Options valid;
        valid.onlyValid = true;
        auto done = importer.import(*sheet, mapping, valid);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(households(), 1);
        QCOMPARE(people(), 2);
        QVERIFY(personById(zhao).isEmpty());
        QVERIFY(personById(zhaoWife).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE id_number LIKE '%000'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM category_membership")), 0); // no category column
        QCOMPARE(importer.batches()->first().rowsRefused, 2);
        QCOMPARE(importer.batches()->first().sheet, QStringLiteral("花名册"));
    }

    void everyRuleRefusesInWords()
    {
        const QString noId;
        const LedgerSheet sheet = rows({
            // row 2: a wrong check character
            QStringLiteral("1,张建国,%1,户主,东风村,1组,,").arg(wrongCheck(zhang)),
            // row 3: a birth date that does not exist, for someone without an ID number
            QStringLiteral("2,王桂兰,,户主,东风村,2组,1950/2/30,女"),
            // row 4: a birth date that does not match the ID number
            QStringLiteral("3,赵大山,%1,户主,东风村,3组,1962/6/7,").arg(zhao),
            // row 5: a sex that does not match the ID number
            QStringLiteral("4,李秀英,%1,户主,东风村,4组,,男").arg(li),
            // rows 6-7: a household without a head
            QStringLiteral("5,张小龙,%1,子,东风村,5组,,").arg(son),
            QStringLiteral("5,钱美华,%1,母亲,东风村,,,").arg(zhaoWife),
            // rows 8-9: a household with two heads
            QStringLiteral("6,孙一,%1,户主,东风村,6组,,").arg(syntheticId(QDate(1980, 1, 1), 71)),
            QStringLiteral("6,孙二,%1,户主,东风村,,,").arg(syntheticId(QDate(1981, 1, 1), 81)),
            // row 10: a relation word nobody uses
            QStringLiteral("7,周一,%1,邻居,东风村,7组,,").arg(syntheticId(QDate(1982, 1, 1), 91)),
            // row 11: an unknown village
            QStringLiteral("8,吴一,%1,户主,幸福村,8组,,").arg(syntheticId(QDate(1983, 1, 1), 13)),
            // rows 12-13: the same person twice
            QStringLiteral("9,郑一,%1,户主,东风村,9组,,").arg(syntheticId(QDate(1984, 1, 1), 15)),
            QStringLiteral("10,郑一,%1,户主,东风村,10组,,").arg(syntheticId(QDate(1984, 1, 1), 15)),
            // row 14: the relation missing
            QStringLiteral("11,冯一,%1,,东风村,11组,,").arg(syntheticId(QDate(1985, 1, 1), 17)),
            // row 15: the ID number in scientific notation, as Excel shows a number
            QStringLiteral("12,陈一,1.10105E+17,户主,东风村,12组,,"),
            // row 16: a wife who is a man by her ID number
            QStringLiteral("13,褚一,%1,户主,东风村,13组,,").arg(syntheticId(QDate(1986, 1, 1), 19)),
            QStringLiteral("13,卫一,%1,妻,东风村,,,").arg(syntheticId(QDate(1986, 2, 1), 21)),
            // row 18: fine
            QStringLiteral("14,蒋一,%1,户主,东风村,14组,,").arg(syntheticId(QDate(1987, 1, 1), 23)),
        });
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(sheet);
        auto dry = importer.dryRun(sheet, mapping, {});
        QVERIFY2(dry.ok(), qPrintable(dry.message()));
        auto expect = [&](int row, int column, const QString &words) {
            const auto r = rowOf(*dry, row);
            QVERIFY2(r.outcome == Outcome::Invalid, qPrintable(QStringLiteral("row %1").arg(row)));
            QVERIFY2(r.reason.contains(words), qPrintable(QStringLiteral("row %1: %2").arg(row).arg(r.reason)));
            if (column >= -1)
                QCOMPARE(r.column, column);
        };
        expect(2, 2, QStringLiteral("last character"));
        expect(3, 6, QStringLiteral("not a date that exists"));
        expect(4, 6, QStringLiteral("does not match the ID number (1962-06-06)"));
        expect(5, 7, QStringLiteral("does not match the ID number"));
        expect(6, 3, QStringLiteral("no head of household"));
        expect(7, 3, QStringLiteral("no head of household"));
        expect(8, 3, QStringLiteral("2 heads"));
        expect(9, 3, QStringLiteral("2 heads"));
        expect(10, 3, QStringLiteral("\"邻居\" is not a relation word"));
        expect(11, 4, QStringLiteral("\"幸福村\" is not on the station's village list"));
        expect(13, 2, QStringLiteral("The same person as row 12."));
        expect(14, 3, QStringLiteral("relation to the head of household is missing"));
        expect(15, 2, QStringLiteral("stored by Excel as a number"));
        expect(17, 3, QStringLiteral("does not match the sex in the ID number"));
        expect(16, -1, QStringLiteral("another of its rows is refused"));
        QCOMPARE(rowOf(*dry, 12).outcome, Outcome::Add);
        QCOMPARE(rowOf(*dry, 18).outcome, Outcome::Add);
        QCOMPARE(dry->unknownVillages, QStringList{QStringLiteral("幸福村")});
        QCOMPARE(dry->count(Outcome::Add), 2);
        QVERIFY(dry->anyRefused());

        // Refused: nothing written at all, not even an audit entry.
        const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto all = importer.import(sheet, mapping, {});
        QVERIFY(!all.ok());
        QCOMPARE(households(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_import")), 0);
        // Only the valid ones: two households, and nothing of the refused rows.
        LedgerImporter::Options valid;
        valid.onlyValid = true;
        auto done = importer.import(sheet, mapping, valid);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(households(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE name = '郑一'")), 1);
        QVERIFY(personById(zhao).isEmpty());
        QVERIFY(personById(li).isEmpty());
    }

    void peopleWithoutIdNumbers()
    {
        // A child without an ID number yet: the birth date and sex from the ledger, the sex from 次女 when not given.
        const LedgerSheet sheet = rows({
            QStringLiteral("1,张建国,%1,户主,东风村,1组,,").arg(zhang),
            QStringLiteral("1,张小花,,次女,东风村,,2024年5月1日,"),
            QStringLiteral("2,刘一,,户主,东风村,2组,1980-05,男"), // a birth month is not enough without the ID
            QStringLiteral("3,刘二,,户主,东风村,3组,1980/5/6,男"),
        });
        LedgerImporter importer(m_cb->casebook());
        auto dry = importer.dryRun(sheet, importer.suggest(sheet), {});
        QVERIFY2(dry.ok(), qPrintable(dry.message()));
        QCOMPARE(rowOf(*dry, 3).outcome, Outcome::Add);
        QCOMPARE(rowOf(*dry, 4).outcome, Outcome::Invalid);
        QVERIFY(rowOf(*dry, 4).reason.contains(QStringLiteral("has no day")));
        LedgerImporter::Options valid;
        valid.onlyValid = true;
        QVERIFY(importer.import(sheet, importer.suggest(sheet), valid).ok());
        auto q = Database::exec(m_cb->casebook().db(),
                                QStringLiteral("SELECT sex, birth_date, relation FROM person WHERE name = '张小花'"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("F"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("child"));

        // The same name and birth date elsewhere, without an ID number to tell them apart: refused.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE name = '刘二' AND birth_date = '1980-05-06'")),
                 1);
        const LedgerSheet other = rows({QStringLiteral("7,刘二,,户主,东风村,7组,1980.5.6,男")});
        auto twin = importer.dryRun(other, importer.suggest(other), {});
        QCOMPARE(rowOf(*twin, 2).outcome, Outcome::Invalid);
        QVERIFY(rowOf(*twin, 2).reason.contains(QStringLiteral("same name and birth date")));
    }

    void oneRowPerHouseholdAndHeadFollowedByMembers()
    {
        // No household number: a head's row and the members below it form one household.
        const LedgerSheet sheet = rows(
            {
                QStringLiteral("张建国,%1,户主,东风村").arg(zhang),
                QStringLiteral("李秀英,%1,妻,东风村").arg(li),
                QStringLiteral("王桂兰,%1,户主,星火社区").arg(wang),
            },
            QStringLiteral("姓名,身份证号码,与户主关系,所属村（社区）"));
        LedgerImporter importer(m_cb->casebook());
        auto done = importer.import(sheet, importer.suggest(sheet), {});
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(households(), 2);
        QCOMPARE(personById(zhang).value(4), personById(li).value(4));
        // The address falls back to the village's name.
        auto h = HouseholdRepository(m_cb->casebook()).household(personById(wang).value(4).toString());
        QCOMPARE(h->address, QStringLiteral("星火社区"));

        // A member before any head is refused.
        const LedgerSheet orphan = rows({QStringLiteral("钱美华,%1,妻,东风村").arg(zhaoWife)},
                                        QStringLiteral("姓名,身份证号码,与户主关系,所属村（社区）"));
        auto dry = importer.dryRun(orphan, importer.suggest(orphan), {});
        QVERIFY(rowOf(*dry, 2).reason.contains(QStringLiteral("No head of household above this row")));
    }

    void existingHouseholdIsSkippedOrUpdatedNeverDoubled()
    {
        const QString id = registerHousehold(m_cb->casebook(), QStringLiteral("张建国"), zhang, QDate(1975, 4, 2));
        const LedgerSheet sheet = rows({
            QStringLiteral("1,张建国,%1,户主,星火社区,星火路1号,,").arg(zhang),
            QStringLiteral("1,李秀英,%1,妻,星火社区,,,").arg(li),
        });
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(sheet);
        auto skip = importer.dryRun(sheet, mapping, {});
        QCOMPARE(skip->count(Outcome::AlreadyThere), 2);
        QVERIFY(skip->rows.value(0).reason.contains(QStringLiteral("Left as it is")));
        QVERIFY(importer.import(sheet, mapping, {}).ok());
        QCOMPARE(households(), 1);
        QCOMPARE(people(), 1);

        LedgerImporter::Options update;
        update.existing = LedgerImporter::Existing::Update;
        auto dry = importer.dryRun(sheet, mapping, update);
        QCOMPARE(rowOf(*dry, 2).outcome, Outcome::Update);
        QCOMPARE(rowOf(*dry, 3).outcome, Outcome::Update);
        QCOMPARE(dry->householdsUpdated, 1);
        auto done = importer.import(sheet, mapping, update);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(households(), 1);
        QCOMPARE(people(), 2);
        QCOMPARE(personById(li).value(4), QVariant(id));
        auto h = HouseholdRepository(m_cb->casebook()).household(id);
        QCOMPARE(h->villageId, m_xinghuo);
        QCOMPARE(h->address, QStringLiteral("星火路1号"));
        QCOMPARE(importer.batchRecords(done->batchId)->size(), 2); // the household updated, the wife added

        // A ledger that puts two registered people of different households into one is refused.
        registerHousehold(m_cb->casebook(), QStringLiteral("赵大山"), zhao, QDate(1962, 6, 6));
        const LedgerSheet mixed = rows({
            QStringLiteral("1,张建国,%1,户主,东风村,1组,,").arg(zhang),
            QStringLiteral("1,赵大山,%1,父亲,东风村,,,").arg(zhao),
        });
        auto refused = importer.dryRun(mixed, mapping, update);
        QCOMPARE(rowOf(*refused, 2).outcome, Outcome::Invalid);
        QVERIFY(rowOf(*refused, 2).reason.contains(QStringLiteral("registered in different households")));
    }

    void paymentList()
    {
        const LedgerSheet roll = read(write(QStringLiteral("roll.csv"), rollText().toUtf8()));
        QVERIFY(LedgerImporter(m_cb->casebook()).import(roll, LedgerImporter::guess(roll), {}).ok());
        const QString text = QStringLiteral("东风街道2026年2月低保金发放表\n"
                                            "序号,姓名,身份证号码,发放金额（元）,发放月份,救助项目\n"
                                            "1,张建国,%1,\"1,260.00\",2026年2月,低保金\n"
                                            "2,王桂兰,%2,980,2026-02,特困供养金\n"
                                            "3,李四,%3,650,2026-02,低保金\n"
                                            "4,赵大山,%4,300,2026-04,临时救助\n"
                                            "5,钱美华,,120,2026-01,\n"
                                            "合计,,,3310,,\n")
                                 .arg(zhang, wang, syntheticId(QDate(1990, 1, 1), 33), zhao);
        const LedgerSheet sheet = read(write(QStringLiteral("发放表.csv"), text.toUtf8()));
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(sheet);
        QCOMPARE(mapping.kind, LedgerMapping::Kind::Payments);
        auto dry = importer.dryRun(sheet, mapping, {});
        QVERIFY2(dry.ok(), qPrintable(dry.message()));
        QCOMPARE(rowOf(*dry, 3).outcome, Outcome::Add);
        QCOMPARE(rowOf(*dry, 4).outcome, Outcome::Add);
        QCOMPARE(rowOf(*dry, 5).outcome, Outcome::Invalid); // not in the casebook
        QCOMPARE(dry->notInCasebook, QStringList{QStringLiteral("Row 5: 李*")});
        QVERIFY(rowOf(*dry, 6).reason.contains(QStringLiteral("has not come yet"))); // April, and today is 15 March
        QCOMPARE(rowOf(*dry, 7).outcome, Outcome::Add); // by name alone: she is the only 钱美华
        QCOMPARE(rowOf(*dry, 8).outcome, Outcome::Skipped);
        QCOMPARE(dry->paymentsAdded, 3);
        LedgerImporter::Options valid;
        valid.onlyValid = true;
        auto done = importer.import(sheet, mapping, valid);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        const QString zhangHousehold = personById(zhang).value(4).toString();
        auto ledger = AssistanceRepository(m_cb->casebook()).ledger(zhangHousehold);
        QCOMPARE(ledger->size(), 1);
        const Assistance a = ledger->first();
        QCOMPARE(a.amountFen, 126000);
        QCOMPARE(a.programme, QStringLiteral("dibao"));
        QCOMPARE(a.source, QStringLiteral("government"));
        QCOMPARE(a.form, QStringLiteral("cash"));
        QCOMPARE(a.periodStart, QDate(2026, 2, 1));
        QCOMPARE(a.periodEnd, QDate(2026, 2, 28));
        QVERIFY(a.note.contains(QStringLiteral("发放表.csv")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assistance WHERE programme = 'tekun'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assistance")), 3);
        // The same list again records nothing twice.
        auto again = importer.dryRun(sheet, mapping, valid);
        QCOMPARE(again->count(Outcome::AlreadyThere), 3);
        QVERIFY(importer.import(sheet, mapping, valid).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assistance")), 3);
    }

    void stopLeavesNothing()
    {
        // 600 one-person households, so the importer asks whether to go on.
        QStringList lines;
        const QString surnames = QStringLiteral("赵钱孙李周吴郑王冯陈"), given = QStringLiteral("安平康乐明华");
        for (int i = 0; i < 600; ++i)
            lines << QStringLiteral("%1,%2%3%4,%5,户主,东风村,%1号,,")
                         .arg(i + 1)
                         .arg(surnames[i % 10])
                         .arg(given[(i / 10) % 6])
                         .arg(surnames[i / 60])
                         .arg(syntheticId(QDate(1960, 1, 1).addDays(i), 11));
        const LedgerSheet sheet = rows(lines);
        LedgerImporter importer(m_cb->casebook());
        const LedgerMapping mapping = importer.suggest(sheet);
        const int changesBefore = count(QStringLiteral("SELECT count(*) FROM change_log"));
        int calls = 0;
        auto stopSoon = [&calls](int, int) {
            return ++calls < 3;
        };
        auto done = importer.import(sheet, mapping, {}, stopSoon);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY(done->stopped);
        QVERIFY(!done->imported);
        QCOMPARE(households(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), changesBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_import_record")), 0);
        int last = 0, total = 0;
        auto full = importer.import(sheet, mapping, {}, [&](int d, int t) {
            last = d;
            total = t;
            return true;
        });
        QVERIFY(full->imported);
        QCOMPARE(households(), 600);
        QVERIFY(last > 0 && last <= total);
    }

    void mappingIsRememberedForTheSameLayout()
    {
        const LedgerSheet sheet = read(write(QStringLiteral("a.csv"), rollText().toUtf8()));
        LedgerImporter importer(m_cb->casebook());
        LedgerMapping mapping = importer.suggest(sheet);
        QVERIFY(!importer.remembered(sheet));
        mapping.columns[7] = Field::Ignore; // the user does not want the phone numbers
        QVERIFY(importer.import(sheet, mapping, {}).ok());
        // Another file with the same headings, other people and another title: the user's mapping comes back.
        QString text = rollText();
        text.replace(QStringLiteral("2026年"), QStringLiteral("2027年"));
        const LedgerSheet next = read(write(QStringLiteral("b.csv"), text.toUtf8()));
        QCOMPARE(LedgerImporter::layoutKey(next, 2), LedgerImporter::layoutKey(sheet, 2));
        auto back = importer.remembered(next);
        QVERIFY(back.has_value());
        QCOMPARE(back->columns, mapping.columns);
        QCOMPARE(importer.suggest(next).columns.value(7), Field::Ignore);
        // Mapping files round-trip, and wrong ones are refused in words.
        auto json = LedgerMapping::fromJson(mapping.toJson());
        QVERIFY(json.ok());
        QCOMPARE(json->columns, mapping.columns);
        QCOMPARE(json->headerRow, 2);
        QCOMPARE(mapping.toJson().value(QStringLiteral("header_row")).toInt(), 3);
        QJsonObject bad = mapping.toJson();
        bad.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("shoe_size")});
        QVERIFY(LedgerMapping::fromJson(bad).message().contains(QStringLiteral("shoe_size")));
    }

    void filesThatAreNotLedgers()
    {
        auto xls = LedgerImporter::read(write(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0", 4)));
        QVERIFY(!xls.ok());
        QVERIFY(xls.message().contains(QStringLiteral("save it as an Excel workbook (.xlsx)")));
        auto fake = LedgerImporter::read(write(QStringLiteral("fake.xlsx"), QByteArray("姓名,身份证号码\n")));
        QVERIFY(!fake.ok());
        QVERIFY(!LedgerImporter::read(m_cb->dir() + QStringLiteral("/none.csv")).ok());
        // No header row: said in words, nothing guessed.
        const LedgerSheet prose = read(write(QStringLiteral("prose.csv"), QByteArray("这是一封信\n没有表格\n")));
        const LedgerMapping m = LedgerImporter::guess(prose);
        QCOMPARE(m.headerRow, -1);
        auto dry = LedgerImporter(m_cb->casebook()).dryRun(prose, m, {});
        QVERIFY(!dry.ok());
        QVERIFY(dry.message().contains(QStringLiteral("column headings")));
    }
};

QTEST_GUILESS_MAIN(LedgerImportTest)
#include "ledger_import_test.moc"
