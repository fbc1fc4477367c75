#include "TestCasebook.h"
#include "io/CsvReader.h"
#include "storage/CharityDirectory.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace xianjie;
using namespace xianjie::test;

class CharityDirectoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;

    static QByteArray csv(const QString &text) { return text.toUtf8(); }

    Result<CharityDirectory::ImportReport> import(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return CharityDirectory(m_cb->casebook()).importCsv(buffer);
    }

    int count(const char *table)
    {
        return Database::scalar(m_cb->casebook().db(),
                                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    }

private slots:
    void init() { m_cb = std::make_unique<TestCasebook>(); }
    void cleanup() { m_cb.reset(); }

    void organisationNeedsAValidCreditCode()
    {
        CharityDirectory dir(m_cb->casebook());
        CharityOrg o;
        o.name = QStringLiteral("县慈善总会");
        o.creditCode = QStringLiteral("53110000MA00000151"); // check character wrong
        QVERIFY(!dir.saveOrg(o).ok());
        o.creditCode = QStringLiteral("53110000ma00000150");
        o.serviceTypes = {QStringLiteral("medical"), QStringLiteral("教育")}; // a code, and a word in Chinese?
        auto unknownWord = dir.saveOrg(o);
        // The test runs in English: "教育" is not a word of the current language, so it is refused by name.
        QVERIFY(!unknownWord.ok());
        QVERIFY(unknownWord.message().contains(QStringLiteral("教育")));
        o.serviceTypes = {QStringLiteral("medical"), QStringLiteral("Education")};
        auto id = dir.saveOrg(o);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        auto stored = dir.org(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->creditCode, QStringLiteral("53110000MA00000150"));
        QCOMPARE(stored->serviceTypes, (QStringList{QStringLiteral("medical"), QStringLiteral("education")}));
        // The same code twice is one organisation.
        CharityOrg twin = o;
        twin.name = QStringLiteral("另一个名字");
        auto dup = dir.saveOrg(twin);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, Error::Kind::Duplicate);
    }

    void projectChecks()
    {
        CharityDirectory dir(m_cb->casebook());
        CharityOrg o;
        o.name = QStringLiteral("县慈善总会");
        o.creditCode = QStringLiteral("53110000MA00000150");
        const QString org = *dir.saveOrg(o);
        CharityProject p;
        p.orgId = org;
        p.name = QStringLiteral("助学");
        p.startsOn = QDate(2026, 9, 1);
        p.endsOn = QDate(2026, 8, 1);
        QVERIFY(!dir.saveProject(p).ok());
        p.endsOn = QDate(2027, 7, 31);
        p.capacity = 20;
        p.region = {QStringLiteral("110105")};
        auto id = dir.saveProject(p);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        auto projects = dir.projects(org);
        QCOMPARE(projects->size(), 1);
        QCOMPARE(projects->first().orgName, QStringLiteral("县慈善总会"));
        QCOMPARE(projects->first().placesLeft(), 20);
        p.region = {QStringLiteral("11x")};
        QVERIFY(!dir.saveProject(p).ok());
    }

    void csvImportReportsEveryBadRowAndWritesNothing()
    {
        const int before = count("charity_org");
        const int opsBefore = count("change_log");
        auto report =
            import(csv(QStringLiteral("名称,统一社会信用代码,联系电话,服务类型,服务对象,公开募捐资格\n"
                                      "县慈善总会,53110000MA00000150,13800138000,medical education,minor,是\n"
                                      ",53110000MA00000150,,,,\n"
                                      "\"某某基金会, 北京\",91110000600037341X,,,,\n"
                                      "乡村助老协会,91110000600037341L,010-62345678,care,elderly_dependent,否\n")));
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->rowErrors.size() == 2, qPrintable(report->rowErrors.join(QLatin1Char('\n'))));
        QVERIFY(report->rowErrors.at(0).startsWith(QStringLiteral("Row 3")));
        QVERIFY(report->rowErrors.at(1).startsWith(QStringLiteral("Row 4")));
        QCOMPARE(count("charity_org"), before);
        QCOMPARE(count("change_log"), opsBefore);
    }

    // Bad files seen in the field: the same organisation twice in one file (both rows named, not "already in the
    // directory"), and a cell of megabytes (refused in words, never stored as a name).
    void csvImportNamesRepeatedCodesAndRefusesHugeCells()
    {
        const int before = count("charity_org");
        auto twice =
            import(csv(QStringLiteral("名称,统一社会信用代码\n县慈善总会,53110000MA00000150\n"
                                      "乡村助老协会,91110000600037341L\n县慈善总会（重复）,53110000MA00000150\n")));
        QVERIFY2(twice.ok(), qPrintable(twice.message()));
        QCOMPARE(twice->rowErrors.size(), 1);
        QVERIFY2(twice->rowErrors.first().startsWith(QStringLiteral("Row 4")), qPrintable(twice->rowErrors.first()));
        QVERIFY2(twice->rowErrors.first().contains(QStringLiteral("row 2")), qPrintable(twice->rowErrors.first()));
        QVERIFY(!twice->rowErrors.first().contains(QStringLiteral("already holds")));
        QCOMPARE(count("charity_org"), before);

        const QString huge(10 * 1024 * 1024, QLatin1Char('A'));
        auto big = import(csv(QStringLiteral("名称,统一社会信用代码\n%1,53110000MA00000150\n").arg(huge)));
        QVERIFY2(big.ok(), qPrintable(big.message()));
        QCOMPARE(big->rowErrors.size(), 1);
        QVERIFY2(big->rowErrors.first().contains(QStringLiteral("at most")),
                 qPrintable(big->rowErrors.first().left(200)));
        QVERIFY(big->rowErrors.first().size() < 300); // the cell is not quoted back
        QCOMPARE(count("charity_org"), before);
    }

    void csvImportOfOrganisationsThenProjectsIsIdempotent()
    {
        const QByteArray orgs =
            "\xEF\xBB\xBF" + csv(QStringLiteral("name,credit_code,service_area,service_types,target_groups\n"
                                                "县慈善总会,53110000MA00000150,110105,medical,seriously_ill\n"
                                                "乡村助老协会,91110000600037341L,,care,elderly_dependent\n"));
        auto first = import(orgs);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY2(first->rowErrors.isEmpty(), qPrintable(first->rowErrors.join(QLatin1Char('\n'))));
        QCOMPARE(first->orgsAdded, 2);
        auto again = import(orgs);
        QCOMPARE(again->orgsAdded, 0);
        QCOMPARE(again->orgsUpdated, 2);
        QCOMPARE(CharityDirectory(m_cb->casebook()).orgs()->size(), 2);

        const QByteArray projects = csv(QStringLiteral(
            "org_credit_code,name,project_number,service_types,capacity,budget_yuan,starts_on,ends_on,campaign_tags\n"
            "53110000MA00000150,大病救助,P-001,medical,30,150000.50,2026-01-01,2026-12-31,中华慈善日\n"
            "91110000600037341L,\"助老\n陪伴\",,care,,,,,春节\n"));
        auto p1 = import(projects);
        QVERIFY2(p1.ok() && p1->rowErrors.isEmpty(),
                 qPrintable(p1.ok() ? p1->rowErrors.join(QLatin1Char(' ')) : p1.message()));
        QCOMPARE(p1->projectsAdded, 2);
        auto p2 = import(projects);
        QCOMPARE(p2->projectsAdded, 0);
        QCOMPARE(p2->projectsUpdated, 2);
        auto all = CharityDirectory(m_cb->casebook()).projects();
        QCOMPARE(all->size(), 2);
        const CharityProject big = all->at(1).name == QStringLiteral("大病救助") ? all->at(1) : all->at(0);
        QCOMPARE(big.budgetFen, qint64(15000050));
        QCOMPARE(big.campaignTags, QStringList{QStringLiteral("中华慈善日")});

        auto unknownOrg = import(csv(QStringLiteral("org_credit_code,name\n53100000MA0000000X,x\n")));
        QCOMPARE(unknownOrg->rowErrors.size(), 1);
        QVERIFY(unknownOrg->rowErrors.first().contains(QStringLiteral("import the organisations first")));
    }

    void csvWithoutTheNeededColumnsIsRefused()
    {
        auto r = import(csv(QStringLiteral("foo,bar\n1,2\n")));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("no column")));
        auto binary = import(QByteArray("\xff\xfe\x00n\x00a", 6));
        QVERIFY(!binary.ok());
    }

    void auditorMayNotChangeTheDirectory()
    {
        UserRepository users(m_cb->casebook());
        QVERIFY(users
                    .createUser(QStringLiteral("shenji"), QStringLiteral("审计员"), Role::Auditor,
                                QStringLiteral("dongfeng-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("shenji"), QStringLiteral("dongfeng-2026")).ok());
        CharityOrg o;
        o.name = QStringLiteral("县慈善总会");
        o.creditCode = QStringLiteral("53110000MA00000150");
        QVERIFY(!CharityDirectory(m_cb->casebook()).saveOrg(o).ok());
    }

    void chineseExcelsCsvIsImportedAsItIs()
    {
        // Saved by Chinese Excel as plain "CSV": GB18030, and here separated by tabs.
        QStringEncoder gb("GB18030");
        const QByteArray bytes =
            gb.encode(QStringLiteral("名称\t统一社会信用代码\t联系人\n县慈善总会\t53110000MA00000150\t王芳\n"));
        auto report = import(bytes);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->rowErrors.isEmpty(), qPrintable(report->rowErrors.join(QLatin1Char('\n'))));
        auto orgs = CharityDirectory(m_cb->casebook()).orgs();
        QCOMPARE(orgs->size(), 1);
        QCOMPARE(orgs->first().name, QStringLiteral("县慈善总会"));
        QCOMPARE(orgs->first().contactPerson, QStringLiteral("王芳"));
    }

    void anExcelWorkbookIsImportedLikeItsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("慈善组织.xlsx"));
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, "机构");
        worksheet_write_string(sheet, 0, 0, "名称", nullptr);
        worksheet_write_string(sheet, 0, 1, "统一社会信用代码", nullptr);
        worksheet_write_string(sheet, 0, 2, "公开募捐资格", nullptr);
        worksheet_write_string(sheet, 1, 0, "乡村助老协会", nullptr);
        worksheet_write_string(sheet, 1, 1, "91110000600037341L", nullptr);
        worksheet_write_string(sheet, 1, 2, "是", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
        auto report = CharityDirectory(m_cb->casebook()).importFile(path);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->rowErrors.isEmpty(), qPrintable(report->rowErrors.join(QLatin1Char('\n'))));
        auto orgs = CharityDirectory(m_cb->casebook()).orgs();
        QCOMPARE(orgs->size(), 1);
        QCOMPARE(orgs->first().creditCode, QStringLiteral("91110000600037341L"));
        // A file named .xlsx that is not one: said in words, nothing imported.
        QFile fake(dir.filePath(QStringLiteral("fake.xlsx")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("名称,统一社会信用代码\n");
        fake.close();
        auto refused = CharityDirectory(m_cb->casebook()).importFile(fake.fileName());
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("Excel")));
        QCOMPARE(count("charity_org"), 1);
    }

    void parseCsvHandlesQuotesAndLineBreaks()
    {
        const auto rows = CsvReader::parse(QStringLiteral("a,\"b \"\"q\"\"\",c\r\n\"x\ny\",,\n"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b \"q\""), QStringLiteral("c")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("x\ny"), QString(), QString()}));
    }
};

QTEST_GUILESS_MAIN(CharityDirectoryTest)
#include "charity_directory_test.moc"
