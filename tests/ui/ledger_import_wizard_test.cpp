#include "Builders.h"
#include "I18n.h"
#include "TestCasebook.h"
#include "dialogs/LedgerImportWizard.h"
#include "dialogs/LedgerImportsDialog.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <xlsxwriter.h>

using namespace xianjie;
using namespace xianjie::test;

/**
 * The import wizard walked as a station worker walks it: a workbook of two sheets with a title row, the roll on the
 * second sheet → the columns as guessed, one corrected → the dry run with a refused row (an ID number Excel stored as
 * a number) and an unknown village → only the valid rows imported → done, with the batch. A second time the
 * corrected columns come back and there is nothing left to import. With XIANJIE_SCREENSHOTS=DIR set, each step is
 * saved there as a PNG in Chinese.
 */
class LedgerImportWizardTest : public QObject
{
    Q_OBJECT

    QString m_shots;

    void shoot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name)));
    }

    /** The roll: 12 households of 1 to 4 people, one wife's ID number typed into a number cell, one unknown village. */
    static QString writeRoll(const QString &path)
    {
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *notes = workbook_add_worksheet(book, "填表说明");
        worksheet_write_string(notes, 0, 0, "身份证号码列请设置为文本格式", nullptr);
        lxw_worksheet *roll = workbook_add_worksheet(book, "低保花名册");
        worksheet_merge_range(roll, 0, 0, 0, 7, "东风街道2026年农村低保对象花名册", nullptr);
        worksheet_write_string(roll, 1, 0, "填报单位：东风街道民政服务站    填报日期：2026年3月", nullptr);
        const char *header[] = {"户号",           "姓名",     "身份证号码", "与户主关系",
                                "所属村（社区）", "家庭住址", "救助类别",   "联系电话"};
        for (int c = 0; c < 8; ++c)
            worksheet_write_string(roll, 2, lxw_col_t(c), header[c], nullptr);
        const QString surnames = QStringLiteral("张王李赵刘陈杨黄周吴孙马");
        const QStringList given = {QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("桂兰"),
                                   QStringLiteral("志强"), QStringLiteral("春梅"), QStringLiteral("海燕"),
                                   QStringLiteral("德明"), QStringLiteral("玉珍"), QStringLiteral("文华"),
                                   QStringLiteral("丽娟"), QStringLiteral("国庆"), QStringLiteral("淑芬")};
        const QStringList relations = {QStringLiteral("户主"), QStringLiteral("妻"), QStringLiteral("长子"),
                                       QStringLiteral("次女")};
        int row = 3;
        for (int h = 0; h < 12; ++h) {
            const int size = 1 + h % 4;
            for (int m = 0; m < size; ++m, ++row) {
                const QDate born = m == 0   ? QDate(1950 + h * 2, 1 + h % 12, 3 + h)
                                   : m == 1 ? QDate(1952 + h * 2, 5, 9)
                                            : QDate(1980 + h, 2 + m, 11);
                const bool male = m == 0 || m == 2;
                const QString id = syntheticId(born, 10 + h * 4 + m * 2 + (male ? 1 : 0));
                const QString name = QString(surnames[m == 1 ? (h + 5) % 12 : h]) + given[(h * 4 + m * 5) % 12];
                worksheet_write_number(roll, lxw_row_t(row), 0, h + 1, nullptr);
                worksheet_write_string(roll, lxw_row_t(row), 1, name.toUtf8().constData(), nullptr);
                if (h == 5 && m == 1)
                    worksheet_write_number(roll, lxw_row_t(row), 2, id.toDouble(), nullptr);
                else
                    worksheet_write_string(roll, lxw_row_t(row), 2, id.toUtf8().constData(), nullptr);
                worksheet_write_string(roll, lxw_row_t(row), 3, relations[m].toUtf8().constData(), nullptr);
                worksheet_write_string(roll, lxw_row_t(row), 4,
                                       h == 9  ? "幸福村"
                                       : h % 2 ? "星火社区"
                                               : "东风村",
                                       nullptr);
                if (m == 0) {
                    worksheet_write_string(roll, lxw_row_t(row), 5,
                                           QStringLiteral("%1组%2号").arg(1 + h % 5).arg(10 + h).toUtf8().constData(),
                                           nullptr);
                    worksheet_write_string(roll, lxw_row_t(row), 6, h % 3 ? "农村低保" : "特困供养", nullptr);
                    worksheet_write_string(roll, lxw_row_t(row), 7,
                                           QStringLiteral("138%1").arg(10000000 + h * 1234567).toUtf8().constData(),
                                           nullptr);
                }
            }
        }
        worksheet_write_string(roll, lxw_row_t(row + 1), 0, "合计", nullptr);
        worksheet_write_string(roll, lxw_row_t(row + 1), 1, "30人", nullptr);
        worksheet_set_column(roll, 0, 7, 14, nullptr);
        if (workbook_close(book) != LXW_NO_ERROR)
            qFatal("workbook");
        return path;
    }

    static QComboBox *columnCombo(LedgerImportWizard &w, int column)
    {
        return w.findChild<QComboBox *>(QStringLiteral("ledgerColumnCombo%1").arg(column));
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("XIANJIE_SCREENSHOTS");
        if (!m_shots.isEmpty())
            I18n::install(*qApp, QStringLiteral("zh_CN"));
    }

    void fileMappingDryRunImport()
    {
        TestCasebook cb;
        HouseholdRepository repo(cb.casebook());
        QVERIFY(repo.addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村")).ok());
        QVERIFY(repo.addVillage(QStringLiteral("110105100202"), QStringLiteral("星火社区")).ok());
        const QString file = writeRoll(cb.dir() + QStringLiteral("/东风街道低保台账.xlsx"));
        auto households = [&cb] {
            return Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM household"))->toInt();
        };
        auto phones = [&cb] {
            return Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM household WHERE phone <> ''"))
                ->toInt();
        };

        {
            LedgerImportWizard w(cb.casebook());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *next = w.button(QWizard::NextButton);
            QVERIFY(!next->isEnabled()); // no file yet
            QVERIFY(w.setFile(file));
            auto *sheets = w.findChild<QComboBox *>(QStringLiteral("ledgerSheetCombo"));
            QCOMPARE(sheets->count(), 2);
            QVERIFY(sheets->isVisible());
            QVERIFY(!w.findChild<QComboBox *>(QStringLiteral("ledgerEncodingCombo"))->isVisible());
            // The first sheet is the note; the user picks the roll.
            auto *preview = w.findChild<QTableWidget *>(QStringLiteral("ledgerPreview"));
            QCOMPARE(preview->rowCount(), 1);
            sheets->setCurrentIndex(1);
            emit sheets->activated(1);
            QCOMPARE(preview->rowCount(), 12);
            QCOMPARE(preview->item(3, 1)->text(), QStringLiteral("张建国"));
            QVERIFY(next->isEnabled());
            shoot(&w, QStringLiteral("ledger-import-1-file.png"));

            next->click();
            QCOMPARE(w.currentId(), int(LedgerImportWizard::MappingPage));
            QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("ledgerHeaderSpin"))->value(), 3);
            QCOMPARE(LedgerWords::Field(columnCombo(w, 0)->currentData().toInt()), LedgerWords::Field::HouseholdNo);
            QCOMPARE(LedgerWords::Field(columnCombo(w, 2)->currentData().toInt()), LedgerWords::Field::IdNumber);
            QCOMPARE(LedgerWords::Field(columnCombo(w, 7)->currentData().toInt()), LedgerWords::Field::Phone);
            // The worker does not want the phone numbers of this old list: column H is not imported.
            columnCombo(w, 7)->setCurrentIndex(columnCombo(w, 7)->findData(int(LedgerWords::Field::Ignore)));
            shoot(&w, QStringLiteral("ledger-import-2-columns.png"));

            next->click();
            QCOMPARE(w.currentId(), int(LedgerImportWizard::ReportPage));
            QTRY_VERIFY_WITH_TIMEOUT(!w.isWorking() && !w.report().rows.isEmpty(), 20000);
            QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));
            const LedgerImporter::Report &report = w.report();
            // Household 6 (its wife's ID number lost digits) and household 10 (幸福村) are refused, whole.
            QCOMPARE(report.count(LedgerImporter::Outcome::Invalid), 2 + 2);
            QCOMPARE(report.householdsAdded, 10);
            QCOMPARE(report.unknownVillages, QStringList{QStringLiteral("幸福村")});
            QVERIFY(!next->isEnabled()); // refused rows: all or nothing, unless asked
            auto *table = w.findChild<QTableWidget *>(QStringLiteral("ledgerReportTable"));
            QCOMPARE(table->rowCount(), 31); // 30 people and the totals row; the blank row is not listed
            int refusedShown = 0;
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 4)->text().contains(QStringLiteral("stored by Excel as a number")) ||
                    table->item(r, 4)->text().contains(QStringLiteral("以数字")))
                    ++refusedShown;
            QCOMPARE(refusedShown, 1);
            QVERIFY(w.findChild<QLabel *>(QStringLiteral("ledgerLists"))->text().contains(QStringLiteral("幸福村")));
            auto *onlyValid = w.findChild<QCheckBox *>(QStringLiteral("ledgerOnlyValid"));
            onlyValid->setChecked(true);
            QVERIFY(next->isEnabled());
            shoot(&w, QStringLiteral("ledger-import-3-dry-run.png"));
            auto *filter = w.findChild<QComboBox *>(QStringLiteral("ledgerFilterCombo"));
            filter->setCurrentIndex(filter->findData(int(LedgerImporter::Outcome::Invalid)));
            emit filter->activated(filter->currentIndex());
            QCOMPARE(table->rowCount(), 4);
            shoot(&w, QStringLiteral("ledger-import-3b-refused.png"));
            QCOMPARE(households(), 0); // nothing written yet

            next->click();
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LedgerImportWizard::DonePage), 20000);
            QCOMPARE(households(), 10);
            QCOMPARE(phones(), 0); // column H was left out, as set
            QVERIFY(!w.report().batchId.isEmpty());
            QVERIFY(w.findChild<QLabel *>(QStringLiteral("ledgerDoneText"))->text().contains(w.report().batchId));
            shoot(&w, QStringLiteral("ledger-import-4-done.png"));
        }
        {
            // File → Ledger imports…: the file with its counts, and which record came from which row.
            LedgerImportsDialog d(cb.casebook());
            d.show();
            auto *batches = d.findChild<QTableWidget *>(QStringLiteral("ledgerBatchTable"));
            QCOMPARE(batches->rowCount(), 1);
            QCOMPARE(batches->item(0, 1)->text(), QStringLiteral("东风街道低保台账.xlsx"));
            QCOMPARE(batches->item(0, 5)->text(), QStringLiteral("10"));
            QCOMPARE(batches->item(0, 9)->text(), QStringLiteral("4"));
            auto *records = d.findChild<QTableWidget *>(QStringLiteral("ledgerRecordTable"));
            QCOMPARE(records->rowCount(), 20); // ten households and their ten categories
            QCOMPARE(records->item(0, 0)->text(), QStringLiteral("4"));
            QVERIFY2(records->item(0, 2)->text().contains(QStringLiteral("张*")),
                     qPrintable(records->item(0, 2)->text()));
            QVERIFY(!records->item(0, 2)->text().contains(QStringLiteral("张建国"))); // masked as lists are
            shoot(&d, QStringLiteral("ledger-imports.png"));
        }
        {
            // The same layout again: the corrected columns come back, and everything is already there.
            LedgerImportWizard w(cb.casebook());
            w.show();
            QVERIFY(w.setFile(file));
            auto *sheets = w.findChild<QComboBox *>(QStringLiteral("ledgerSheetCombo"));
            sheets->setCurrentIndex(1);
            emit sheets->activated(1);
            w.button(QWizard::NextButton)->click();
            QCOMPARE(LedgerWords::Field(columnCombo(w, 7)->currentData().toInt()), LedgerWords::Field::Ignore);
            w.button(QWizard::NextButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!w.isWorking() && !w.report().rows.isEmpty(), 20000);
            QCOMPARE(w.report().count(LedgerImporter::Outcome::Add), 0);
            QCOMPARE(w.report().count(LedgerImporter::Outcome::AlreadyThere), 26);
            w.findChild<QCheckBox *>(QStringLiteral("ledgerOnlyValid"))->setChecked(true);
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // nothing to import
            QCOMPARE(households(), 10);
        }
    }

    // The worker corrects the refused row in Excel, saves, and reads the file again on the report page.
    void readingTheCorrectedFileAgain()
    {
        TestCasebook cb;
        QVERIFY(HouseholdRepository(cb.casebook())
                    .addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村"))
                    .ok());
        const QString path = cb.dir() + QStringLiteral("/roll.csv");
        auto write = [&path](const QString &secondId) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral("姓名,身份证号码,所属村（社区）\n张建国,%1,东风村\n王桂兰,%2,东风村\n")
                        .arg(syntheticId(QDate(1975, 4, 2), 11), secondId)
                        .toUtf8());
        };
        const QString wang = syntheticId(QDate(1950, 12, 30), 42);
        write(wang.left(17) + (wang.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'))); // mistyped
        LedgerImportWizard w(cb.casebook());
        w.show();
        QVERIFY(w.setFile(path));
        w.button(QWizard::NextButton)->click();
        w.button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isWorking() && !w.report().rows.isEmpty(), 20000);
        QCOMPARE(w.report().count(LedgerImporter::Outcome::Invalid), 1);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        write(wang);
        w.findChild<QPushButton *>(QStringLiteral("ledgerRereadButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isWorking() && w.report().count(LedgerImporter::Outcome::Invalid) == 0, 20000);
        QCOMPARE(w.report().count(LedgerImporter::Outcome::Add), 2);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void unreadableFileIsSaidInWords()
    {
        TestCasebook cb;
        LedgerImportWizard w(cb.casebook());
        w.show();
        const QString path = cb.dir() + QStringLiteral("/old.xls");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xD0\xCF\x11\xE0");
        f.close();
        QVERIFY(!w.setFile(path));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("ledgerFileStatus"))->text().contains(QStringLiteral(".xlsx")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(LedgerImportWizardTest)
#include "ledger_import_wizard_test.moc"
