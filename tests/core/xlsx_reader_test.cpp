// Excel ledgers read back: workbooks written here with libxlsxwriter as stations keep them — a merged title row, a
// household number merged over its members, an ID number stored as text and one stored as a number, dates as
// Excel dates and as typed text, a totals row, a second sheet — and files that are not workbooks.
#include "StoredZip.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace xianjie;

class XlsxReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

private slots:
    void initTestCase()
    {
        m_book = m_dir.filePath(QStringLiteral("台账.xlsx"));
        lxw_workbook *book = workbook_new(QFile::encodeName(m_book).constData()); // shared strings, as Excel writes
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "yyyy/m/d");
        lxw_format *chineseDate = workbook_add_format(book);
        format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format *money = workbook_add_format(book);
        format_set_num_format(money, "0.00");
        lxw_worksheet *roll = workbook_add_worksheet(book, "低保台账");
        worksheet_merge_range(roll, 0, 0, 0, 5, "东风村低保对象花名册", nullptr);
        const char *header[] = {"户号", "姓名", "身份证号码", "与户主关系", "出生日期", "月救助金（元）"};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(roll, 2, lxw_col_t(c), header[c], nullptr);
        worksheet_merge_range(roll, 3, 0, 4, 0, "", nullptr);
        worksheet_write_number(roll, 3, 0, 1, nullptr); // the household number, merged over its two members
        worksheet_write_string(roll, 3, 1, "张三", nullptr);
        worksheet_write_string(roll, 3, 2, "110105199003070017", nullptr);
        worksheet_write_string(roll, 3, 3, "户主", nullptr);
        lxw_datetime born{1990, 3, 7, 0, 0, 0};
        worksheet_write_datetime(roll, 3, 4, &born, date);
        worksheet_write_number(roll, 3, 5, 1200.5, money);
        worksheet_write_string(roll, 4, 1, "李梅", nullptr);
        worksheet_write_number(roll, 4, 2, 110105199204040026.0, nullptr); // typed into a number cell
        worksheet_write_string(roll, 4, 3, "妻", nullptr);
        lxw_datetime wife{1992, 4, 4, 0, 0, 0};
        worksheet_write_datetime(roll, 4, 4, &wife, chineseDate);
        worksheet_write_string(roll, 6, 1, "合计", nullptr);
        worksheet_write_formula_num(roll, 6, 5, "=SUM(F4:F5)", money, 1200.5);
        lxw_worksheet *payments = workbook_add_worksheet(book, "发放台账");
        worksheet_write_string(payments, 0, 0, "姓名", nullptr);
        worksheet_write_string(payments, 0, 1, "发放月份", nullptr);
        worksheet_write_string(payments, 1, 0, "张三", nullptr);
        worksheet_write_number(payments, 1, 1, 46327, nullptr); // a serial day without a date format
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    }

    void listsTheSheets()
    {
        auto names = XlsxReader::sheetNames(m_book);
        QVERIFY2(names.ok(), qPrintable(names.message()));
        QCOMPARE(*names, (QStringList{QStringLiteral("低保台账"), QStringLiteral("发放台账")}));
    }

    void readsALedgerAsItShows()
    {
        auto rows = XlsxReader::readSheet(m_book, 0);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        const auto text = XlsxReader::texts(*rows);
        QCOMPARE(rows->size(), 7);
        // The merged title is in each of its cells; the blank second row stays, so row numbers are Excel's.
        QCOMPARE(text.at(0).value(0), QStringLiteral("东风村低保对象花名册"));
        QCOMPARE(text.at(0).value(5), QStringLiteral("东风村低保对象花名册"));
        QVERIFY(text.at(1).isEmpty());
        QCOMPARE(text.at(2).value(2), QStringLiteral("身份证号码"));
        // The household number merged over both members is on both rows.
        QCOMPARE(text.at(3).value(0), QStringLiteral("1"));
        QCOMPARE(text.at(4).value(0), QStringLiteral("1"));
        QCOMPARE(rows->at(4).at(0).kind, XlsxReader::Cell::Kind::Number);
        // The ID number stored as text is whole; the one stored as a number is marked as one and has lost digits.
        QCOMPARE(rows->at(3).at(2).kind, XlsxReader::Cell::Kind::Text);
        QCOMPARE(text.at(3).value(2), QStringLiteral("110105199003070017"));
        QCOMPARE(rows->at(4).at(2).kind, XlsxReader::Cell::Kind::Number);
        QVERIFY(text.at(4).value(2) != QStringLiteral("110105199204040026"));
        // Dates in both formats are dates.
        QCOMPARE(rows->at(3).at(4).kind, XlsxReader::Cell::Kind::Date);
        QCOMPARE(text.at(3).value(4), QStringLiteral("1990-03-07"));
        QCOMPARE(rows->at(4).at(4).date, QDate(1992, 4, 4));
        // Amounts are numbers; a formula's cached value is read.
        QCOMPARE(rows->at(3).at(5).number, 1200.5);
        QCOMPARE(text.at(6).value(1), QStringLiteral("合计"));
        QCOMPARE(text.at(6).value(5), QStringLiteral("1200.5"));
    }

    void readsTheSecondSheetAndItsSerialDays()
    {
        auto rows = XlsxReader::readSheet(m_book, 1);
        QVERIFY(rows.ok());
        QCOMPARE(rows->at(1).at(1).kind, XlsxReader::Cell::Kind::Number); // no date format: a number
        QCOMPARE(XlsxReader::serialDate(rows->at(1).at(1).number), QDate(2026, 11, 1));
        QCOMPARE(XlsxReader::serialDate(45658), QDate(2025, 1, 1)); // as Excel shows it
        QCOMPARE(XlsxReader::serialDate(1), QDate(1899, 12, 31));
        QVERIFY(!XlsxReader::serialDate(-5).isValid());
        auto missing = XlsxReader::readSheet(m_book, 2);
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("2")));
    }

    void refusesWhatIsNotAWorkbook()
    {
        const QString csv = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,身份证号码\n张三,110105199003070017\n");
        f.close();
        auto notBook = XlsxReader::sheetNames(csv);
        QVERIFY(!notBook.ok());
        QVERIFY2(notBook.message().contains(QStringLiteral("not an Excel workbook")), qPrintable(notBook.message()));
        // A workbook cut short (a copy that stopped half-way).
        QFile whole(m_book);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.xlsx"));
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(bytes.left(bytes.size() / 2));
        c.close();
        QVERIFY(!XlsxReader::readSheet(cut, 0).ok());
    }

    // Cell references no sheet has: more letters than columns (used to overflow an int, found by fuzz_xlsx) and
    // Chinese characters, which are letters too. Such a cell is read as the next one of its row, as a cell without a
    // reference is; a cell with a good reference is where it says.
    void refusesCellReferencesNoSheetHas()
    {
        const QByteArray workbook = test::workbookOf(
            "<workbook><sheets><sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></sheets></workbook>",
            "<worksheet><sheetData><row r=\"1\">"
            "<c r=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1\" t=\"inlineStr\"><is><t>x</t></is></c>"
            "<c r=\"中1\" t=\"inlineStr\"><is><t>y</t></is></c>"
            "<c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row></sheetData></worksheet>",
            {}, {});
        QCOMPARE(XlsxReader::sheetNamesOf(workbook).value(), QStringList{QStringLiteral("花名册")});
        auto rows = XlsxReader::readSheetOf(workbook, 0);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        QCOMPARE(XlsxReader::texts(*rows), (QList<QStringList>{{QStringLiteral("x"), QStringLiteral("姓名")}}));
    }

    // Every input the fuzzer kept (tests/fuzz/corpus/xlsx: seeds and the ones that once crashed) is read or refused
    // in words, never a crash, here in the ordinary build too.
    void fuzzInputsAreReadOrRefused()
    {
        const QDir corpus(QStringLiteral(QT_TESTCASE_SOURCEDIR "/fuzz/corpus/xlsx"));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray workbook = test::workbookFromFuzzInput(f.readAll());
            auto names = XlsxReader::sheetNamesOf(workbook);
            if (!names) {
                QVERIFY(!names.message().isEmpty());
                continue;
            }
            for (int i = 0; i < names->size(); ++i)
                if (auto rows = XlsxReader::readSheetOf(workbook, i); !rows)
                    QVERIFY(!rows.message().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "xlsx_reader_test.moc"
