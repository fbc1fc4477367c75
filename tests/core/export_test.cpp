// The lists exported to Excel and CSV, read back as Excel would: the XLSX unzipped and its sheet parsed, every row
// there, ID numbers whole as text when unmasked and never whole when masked; a worker's unmasked export refused, a
// head's audited; a stopped export leaves no file.
#include "Builders.h"
#include "TestCasebook.h"
#include "io/XlsxReader.h"
#include "report/ListExport.h"
#include "rules/Labels.h"
#include "rules/Masking.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace xianjie;
using namespace xianjie::test;

namespace {

/** The cells of the first sheet of an XLSX file, row by row, as text (numbers as written, dates as serials). */
QList<QStringList> readSheet(const QString &path)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        qFatal("unzip is missing: packaging/dev.sh installs it");
    QProcess p;
    p.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("unzip failed");
    QXmlStreamReader xml(p.readAllStandardOutput());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            rows << row;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            // The column from the reference ("C12" → 2), so that empty cells keep their place.
            const QString ref = xml.attributes().value(QLatin1String("r")).toString();
            column = 0;
            for (QChar ch : ref) {
                if (!ch.isLetter())
                    break;
                column = column * 26 + (ch.unicode() - 'A' + 1);
            }
            --column;
            cell.clear();
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("t") || xml.name() == QLatin1String("v"))) {
            cell += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            while (row.size() < column)
                row << QString();
            row << cell;
        }
    }
    if (xml.hasError())
        qFatal("sheet XML: %s", qPrintable(xml.errorString()));
    return rows;
}

QString fileText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_household;

    Casebook &cb() { return m_cb->casebook(); }
    QString path(const QString &name) const { return m_tmp->filePath(name); }

    Result<ListExport::Outcome> exportTo(const QString &file, ListExport::List list, bool unmasked,
                                         const ListExport::Progress &progress = {})
    {
        ListExport::Options o;
        o.list = list;
        o.path = path(file);
        o.format = *TableWriter::formatOf(file);
        o.unmasked = unmasked;
        return ListExport::run(cb(), o, progress);
    }

    int count(const QString &sql) { return Database::scalar(cb().db(), sql)->toInt(); }

    int exportEntries()
    {
        AuditLog::Filter f;
        f.action = QStringLiteral("export");
        return int(AuditLog::entries(cb().db(), f)->size());
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>(120, 3);
        m_tmp = std::make_unique<QTemporaryDir>();
        // One household of our own, with a head whose ID number we know and a child under 14 with one.
        m_household = registerHousehold(cb(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        Person child;
        child.householdId = m_household;
        child.name = QStringLiteral("张小宝");
        child.idNumber = QStringLiteral("11010520160501002X");
        child.sex = QStringLiteral("F");
        child.birthDate = QDate(2016, 5, 1);
        child.relation = QStringLiteral("child");
        child.health = QStringLiteral("serious");
        QVERIFY(HouseholdRepository(cb()).addMember(child, true).ok());
    }
    void cleanup() { m_cb.reset(); }

    void maskedWorkbookHoldsEveryMemberAndNoFullIdNumber()
    {
        auto done = exportTo(QStringLiteral("households.xlsx"), ListExport::List::Households, false);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        const QList<QStringList> rows = readSheet(path(QStringLiteral("households.xlsx")));
        const int people = count(QStringLiteral("SELECT count(*) FROM person p JOIN household h ON h.id = "
                                                "p.household_id WHERE p.deleted = 0 AND h.deleted = 0 AND "
                                                "h.archived_on IS NULL"));
        QCOMPARE(rows.size(), people + 1); // the header row, then one row per member
        QCOMPARE(done->rows, people);
        QCOMPARE(rows.first().at(12), ListExport::tr("ID number"));
        // No whole ID number anywhere: not ours, not the demo's.
        static const QRegularExpression wholeId(QStringLiteral("\\b\\d{17}[\\dX]\\b"));
        for (const QStringList &row : rows.mid(1))
            for (const QString &cell : row)
                QVERIFY2(!wholeId.match(cell).hasMatch(), qPrintable(cell));
        const auto head = std::find_if(rows.cbegin(), rows.cend(),
                                       [](const QStringList &r) { return r.value(7) == QStringLiteral("张三"); });
        QVERIFY(head != rows.cend());
        QCOMPARE(head->at(12), QStringLiteral("110105********0017"));
        // The child: a masked name and an age, nothing else.
        const auto child = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &r) {
            return r.value(0) == head->at(0) &&
                   r.value(8) == Labels::label(Labels::relations(), QStringLiteral("child"));
        });
        QVERIFY(child != rows.cend());
        QVERIFY(child->at(7) != QLatin1String("张小宝"));
        QVERIFY(child->at(7).startsWith(QStringLiteral("张")));
        QVERIFY(child->value(10).isEmpty());             // no birth date
        QCOMPARE(child->value(11), QStringLiteral("9")); // on 15 March 2026, born 1 May 2016
        QVERIFY(!child->value(12).contains(QLatin1Char('1')));
        QCOMPARE(child->value(14), Masking::hidden()); // health
        QCOMPARE(exportEntries(), 1);
    }

    void aHeadsUnmaskedExportKeepsAllEighteenDigitsAndIsAudited()
    {
        auto done = exportTo(QStringLiteral("open.xlsx"), ListExport::List::Households, true);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        const QList<QStringList> rows = readSheet(path(QStringLiteral("open.xlsx")));
        QStringList ids;
        for (const QStringList &row : rows.mid(1))
            ids << row.value(12);
        QVERIFY(ids.contains(QStringLiteral("110105199003070017")));
        QVERIFY(ids.contains(QStringLiteral("11010520160501002X")));
        // Stored as text, not as a number that Excel would round.
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("unzip")),
                {QStringLiteral("-p"), path(QStringLiteral("open.xlsx")), QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(p.waitForFinished(60000));
        const QString xml = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(xml.contains(QStringLiteral("t=\"inlineStr\"><is><t>110105199003070017</t>")));
        QVERIFY(!xml.contains(QStringLiteral("<v>110105199003070017</v>")));
        AuditLog::Filter f;
        f.action = QStringLiteral("export");
        auto entries = AuditLog::entries(cb().db(), f);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().note.contains(QStringLiteral("unmasked")));
        QVERIFY(entries->first().note.contains(QStringLiteral("open.xlsx")));
    }

    void aWorkersUnmaskedExportIsRefused()
    {
        UserRepository users(cb());
        QVERIFY(users
                    .createUser(QStringLiteral("lisi"), QStringLiteral("李四"), Role::Worker,
                                QStringLiteral("shegong-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("lisi"), QStringLiteral("shegong-2026")).ok());
        auto refused = exportTo(QStringLiteral("worker.xlsx"), ListExport::List::Households, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("unmasked")), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(path(QStringLiteral("worker.xlsx"))));
        QCOMPARE(exportEntries(), 0);
        // Masked, the same worker may.
        QVERIFY(exportTo(QStringLiteral("worker.xlsx"), ListExport::List::Households, false).ok());
        QCOMPARE(exportEntries(), 1);
    }

    void csvOpensInChineseExcel()
    {
        QVERIFY(exportTo(QStringLiteral("open.csv"), ListExport::List::Households, true).ok());
        QFile f(path(QStringLiteral("open.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("=\"110105199003070017\"")));
        QCOMPARE(text.count(QStringLiteral("\r\n")),
                 count(QStringLiteral("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE "
                                      "p.deleted = 0 AND h.deleted = 0 AND h.archived_on IS NULL")) +
                     1);
        QVERIFY(exportTo(QStringLiteral("masked.csv"), ListExport::List::Households, false).ok());
        QVERIFY(!fileText(path(QStringLiteral("masked.csv"))).contains(QStringLiteral("110105199003070017")));
    }

    void everyListHasItsRows()
    {
        auto referrals = exportTo(QStringLiteral("referrals.xlsx"), ListExport::List::Referrals, false);
        QVERIFY2(referrals.ok(), qPrintable(referrals.message()));
        QCOMPARE(referrals->rows, count(QStringLiteral("SELECT count(*) FROM referral WHERE deleted = 0")));
        QCOMPARE(readSheet(path(QStringLiteral("referrals.xlsx"))).size(), referrals->rows + 1);
        auto visits = exportTo(QStringLiteral("visits.csv"), ListExport::List::Visits, false);
        QVERIFY(visits.ok());
        QCOMPARE(visits->rows, count(QStringLiteral("SELECT count(*) FROM visit v WHERE deleted = 0 AND id NOT IN "
                                                    "(SELECT amends_id FROM visit WHERE amends_id IS NOT NULL)")));
        auto help = exportTo(QStringLiteral("help.xlsx"), ListExport::List::Assistance, false);
        QVERIFY(help.ok());
        const QList<QStringList> rows = readSheet(path(QStringLiteral("help.xlsx")));
        QCOMPARE(rows.size(), help->rows + 1);
        QVERIFY(help->rows > 0);
        // Amounts in yuan as numbers: the sum of the sheet is the sum of the ledger.
        double sheet = 0;
        for (const QStringList &row : rows.mid(1))
            sheet += row.value(9).toDouble();
        const double ledger =
            Database::scalar(cb().db(), QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM assistance WHERE "
                                                       "deleted = 0 AND id NOT IN (SELECT amends_id FROM "
                                                       "assistance WHERE amends_id IS NOT NULL)"))
                ->toDouble() /
            100.0;
        QCOMPARE(qRound64(sheet * 100), qRound64(ledger * 100));
    }

    void ourOwnReaderReadsTheExportBack()
    {
        // The ledger import (issue 16) reads what this export writes: inline strings, dates, yuan.
        QVERIFY(exportTo(QStringLiteral("round.xlsx"), ListExport::List::Households, true).ok());
        auto rows = XlsxReader::readSheet(path(QStringLiteral("round.xlsx")), 0);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        // Cell for cell what unzip and the raw sheet XML say, except that the birth date column (10) reads as the
        // date Excel shows where the XML holds its serial day.
        const QList<QStringList> raw = readSheet(path(QStringLiteral("round.xlsx")));
        const QList<QStringList> read = XlsxReader::texts(*rows);
        QCOMPARE(read.size(), raw.size());
        for (int r = 1; r < raw.size(); ++r)
            for (int c = 0; c < raw.at(r).size(); ++c)
                if (c == 10 && !raw.at(r).at(c).isEmpty())
                    QCOMPARE(read.at(r).value(c),
                             XlsxReader::serialDate(raw.at(r).at(c).toDouble()).toString(Qt::ISODate));
                else
                    QCOMPARE(read.at(r).value(c), raw.at(r).at(c));
        const auto head = std::find_if(rows->cbegin(), rows->cend(), [](const XlsxReader::Row &r) {
            return r.value(12).text == QLatin1String("110105199003070017");
        });
        QVERIFY(head != rows->cend());
        QCOMPARE(head->at(12).kind, XlsxReader::Cell::Kind::Text);
        QCOMPARE(head->at(10).kind, XlsxReader::Cell::Kind::Date); // the birth date, as a date
        QCOMPARE(head->at(10).date, QDate(1990, 3, 7));
    }

    void aStoppedExportLeavesNothing()
    {
        int calls = 0;
        auto stopped = exportTo(QStringLiteral("stopped.xlsx"), ListExport::List::Households, false,
                                [&](qint64, qint64) { return ++calls < 1; });
        QVERIFY(!stopped.ok());
        QVERIFY(calls > 0);
        QVERIFY(stopped.message().contains(QStringLiteral("stopped")));
        QVERIFY(!QFile::exists(path(QStringLiteral("stopped.xlsx"))));
        QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no partial file either
        QCOMPARE(exportEntries(), 0);
        // A folder that does not exist: said in words, nothing written.
        ListExport::Options o;
        o.path = path(QStringLiteral("nowhere/list.xlsx"));
        auto missing = ListExport::run(cb(), o);
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(ExportTest)
#include "export_test.moc"
