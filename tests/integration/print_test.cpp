// The printed papers as a person holds them: from xianjie-cli print, read back with pdftotext -bbox for the size
// and the place of every word, not only the words.
#include "CliRunner.h"
#include "report/Aggregates.h"
#include "report/LinkageReport.h"
#include "storage/Casebook.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

namespace {

struct Word
{
    double x0, y0, x1, y1;
    QString text;
};

struct Page
{
    double width = 0, height = 0;
    QList<Word> words;
    QString text() const
    {
        QStringList all;
        for (const Word &w : words)
            all << w.text;
        return all.join(QLatin1Char(' '));
    }
    double medianHeight() const
    {
        QList<double> h;
        for (const Word &w : words)
            h << w.y1 - w.y0;
        std::sort(h.begin(), h.end());
        return h.isEmpty() ? 0 : h.at(h.size() / 2);
    }
    /** The share of the page's width the text spans. */
    double span() const
    {
        double lo = width, hi = 0;
        for (const Word &w : words) {
            lo = std::min(lo, w.x0);
            hi = std::max(hi, w.x1);
        }
        return words.isEmpty() ? 0 : (hi - lo) / width;
    }
    double lowest() const
    {
        double y = 0;
        for (const Word &w : words)
            y = std::max(y, w.y1);
        return y;
    }
};

QList<Page> readPdf(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext is missing: packaging/dev.sh installs poppler-utils");
    QProcess p;
    p.start(tool, {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed");
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Page> pages;
    for (auto m = pageRe.globalMatch(html); m.hasNext();) {
        const auto pm = m.next();
        Page page;
        page.width = pm.captured(1).toDouble();
        page.height = pm.captured(2).toDouble();
        for (auto w = wordRe.globalMatch(pm.captured(3)); w.hasNext();) {
            const auto wm = w.next();
            page.words << Word{wm.captured(1).toDouble(), wm.captured(2).toDouble(), wm.captured(3).toDouble(),
                               wm.captured(4).toDouble(), wm.captured(5)};
        }
        pages << page;
    }
    return pages;
}

/** pdftotext's text in reading order, one line per printed line. */
QString layoutText(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        qFatal("pdftotext failed");
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** One value from the casebook, read behind the program's back. */
QString query(const QString &casebook, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(casebook.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the casebook");
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

} // namespace

class PrintTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cb;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run print(const QStringList &args)
    {
        return cli(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("print")} + args +
                   QStringList{QStringLiteral("--user"), QStringLiteral("wangfang")});
    }

    /**
     * Every page readable: body text at least 10.5 pt, within the margins; the first page's content across most of
     * the width (a last page may hold only a few lines).
     */
    static void checkLegible(const QList<Page> &pages)
    {
        QVERIFY(!pages.isEmpty());
        for (int i = 0; i < pages.size(); ++i) {
            const Page &page = pages.at(i);
            const QString where = QStringLiteral("page %1").arg(i + 1);
            QVERIFY2(!page.words.isEmpty(), qPrintable(where));
            QVERIFY2(page.medianHeight() >= 10.5,
                     qPrintable(where + QStringLiteral(": median word height %1 pt").arg(page.medianHeight())));
            if (i == 0)
                QVERIFY2(page.span() >= 0.75, qPrintable(where + QStringLiteral(": spans %1").arg(page.span())));
            QVERIFY2(page.lowest() <= page.height, qPrintable(where));
            for (const Word &w : page.words)
                QVERIFY2(w.x0 >= 28 && w.x1 <= page.width - 28, qPrintable(where + QStringLiteral(": \"%1\" in the "
                                                                                                  "margin")
                                                                                       .arg(w.text)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("XIANJIE_CLI")));
        m_cb = path(QStringLiteral("station.casebook"));
        Run r = cli({QStringLiteral("init"), m_cb, QStringLiteral("--role"), QStringLiteral("station"),
                     QStringLiteral("--code"), QStringLiteral("110105100000"), QStringLiteral("--name"),
                     QStringLiteral("东风民政服务站"), QStringLiteral("--user"), QStringLiteral("wangfang"),
                     QStringLiteral("--full-name"), QStringLiteral("王芳")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = cli({QStringLiteral("demo"), m_cb, QStringLiteral("--households"), QStringLiteral("400"),
                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--user"), QStringLiteral("wangfang")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }

    void stationContactIsChecked()
    {
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("station-contact"), m_cb,
                     QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--phone"),
                     QStringLiteral("12345")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("手机号")), qPrintable(r.err));
        r = cli({QStringLiteral("station-contact"), m_cb, QStringLiteral("--user"), QStringLiteral("wangfang"),
                 QStringLiteral("--person"), QStringLiteral("李红"), QStringLiteral("--phone"),
                 QStringLiteral("0731-84567890"), QStringLiteral("--address"), QStringLiteral("东风镇人民路8号")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("0731-84567890")));
    }

    void referralLetter()
    {
        const QString number =
            query(m_cb, "SELECT number FROM referral WHERE direction = 'to_charity' AND status IN ('sent', 'accepted', "
                        "'helping', 'completed') ORDER BY number LIMIT 1");
        QVERIFY(!number.isEmpty());
        const QString pdf = path(QStringLiteral("letter.pdf"));
        Run r = print({QStringLiteral("referral-letter"), m_cb, number, QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QList<Page> pages = readPdf(pdf);
        checkLegible(pages);
        QString text;
        for (const Page &p : pages)
            text += p.text();
        for (const QString &expected :
             {QStringLiteral("转介函"), number, QStringLiteral("经办人"), QStringLiteral("李红"),
              QStringLiteral("0731-84567890"), QStringLiteral("（盖章）"), QStringLiteral("回执")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The reply slip comes last and names the referral again, for the charity to send back.
        const Page &last = pages.last();
        QVERIFY(last.text().contains(QStringLiteral("回执")));
        QVERIFY(last.text().contains(number));
        QVERIFY(last.text().contains(QStringLiteral("接受")));
        // Where the paper runs over a page, each page says which it is.
        if (pages.size() > 1)
            QVERIFY(pages.first().text().contains(QStringLiteral("共 %1 页").arg(pages.size())));
        // A number that is not there: told, and no file left behind.
        r = print({QStringLiteral("referral-letter"), m_cb, QStringLiteral("R2026-9999"), QStringLiteral("--out"),
                   path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
    }

    void consentForm()
    {
        const QString id =
            query(m_cb, "SELECT id FROM consent c WHERE withdrawn_on IS NULL ORDER BY purpose_text = '' DESC, "
                        "EXISTS (SELECT 1 FROM consent_item i WHERE i.consent_id = c.id AND i.item = "
                        "'health') DESC, rid LIMIT 1");
        QVERIFY(!id.isEmpty());
        const QString pdf = path(QStringLiteral("consent.pdf"));
        Run r = print({QStringLiteral("consent-form"), m_cb, id, QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QList<Page> pages = readPdf(pdf);
        checkLegible(pages);
        const QString text = layoutText(pdf);
        QVERIFY(text.contains(QStringLiteral("签名")));
        QVERIFY(text.contains(QStringLiteral("0731-84567890")));
        // The purpose is a word, never a word and a dangling colon.
        static const QRegularExpression dangling(QStringLiteral("用途\\s+\\S+：\\s*$"),
                                                 QRegularExpression::MultilineOption);
        QVERIFY2(!dangling.match(text).hasMatch(), qPrintable(text));
        // Sensitive items say why; items that are not sensitive are not marked.
        const QString items =
            query(m_cb, "SELECT group_concat(item) FROM consent_item WHERE consent_id = '" + id.toUtf8() + "'");
        if (items.contains(QStringLiteral("health")))
            QVERIFY(text.contains(QStringLiteral("健康信息")));
        const int marked = int(text.count(QStringLiteral("敏感个人信息：")));
        const int ticked = int(text.count(QStringLiteral("☑")));
        QVERIFY(ticked > 0);
        if (!items.contains(QStringLiteral("id_number")) || items.contains(QStringLiteral("name")))
            QVERIFY2(marked < ticked, qPrintable(text));
        r = print({QStringLiteral("consent-form"), m_cb, QStringLiteral("no-such-consent"), QStringLiteral("--out"),
                   path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exit, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
    }

    void visitList()
    {
        const QString village = query(
            m_cb, "SELECT g.code FROM visit v JOIN household h ON h.id = v.household_id JOIN village g ON "
                  "g.id = h.village_id WHERE v.status = 'planned' GROUP BY g.code ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(!village.isEmpty());
        const QString pdf = path(QStringLiteral("visits.pdf"));
        Run r = print({QStringLiteral("visit-list"), m_cb, QStringLiteral("--village"), village,
                       QStringLiteral("--until"), QStringLiteral("2030-12-31"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QList<Page> pages = readPdf(pdf);
        checkLegible(pages);
        QVERIFY(pages.first().width > pages.first().height); // landscape: room to write
        const QString text = layoutText(pdf);
        static const QRegularExpression mobile(QStringLiteral("\\b1[3-9]\\d{9}\\b"));
        QVERIFY2(mobile.match(text).hasMatch(), "phone numbers on the visit list");
        QVERIFY(text.contains(QStringLiteral("走访情况")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b\\d{17}[\\dX]\\b")))); // no ID numbers
        if (pages.size() > 1) {
            QVERIFY(pages.last().text().contains(QStringLiteral("第 %1 页").arg(pages.size())));
            // The header row is repeated on every page.
            for (const Page &p : pages)
                QVERIFY(p.text().contains(QStringLiteral("户主")));
        }
        r = print({QStringLiteral("visit-list"), m_cb, QStringLiteral("--village"), QStringLiteral("没有这个村"),
                   QStringLiteral("--out"), path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("没有这个村")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
    }
    void linkageReport()
    {
        const QDate month = QDate::currentDate().addMonths(-1);
        const QString pdf = path(QStringLiteral("linkage.pdf"));
        Run r =
            cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"), QStringLiteral("linkage"),
                 m_cb, QStringLiteral("--month"), month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--user"),
                 QStringLiteral("wangfang"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QList<Page> pages = readPdf(pdf);
        checkLegible(pages);
        const QString text = layoutText(pdf);
        QVERIFY(text.contains(QStringLiteral("衔接情况通报")));
        QVERIFY(text.contains(month.toString(QStringLiteral("yyyy年M月"))));
        // The numbers on the page are the aggregates' numbers, each on the line of its words.
        LinkageFigures f;
        {
            auto cb = Casebook::open(m_cb);
            QVERIFY(cb.ok());
            auto figures = Aggregates::compute(**cb, ReportScope::month(month.year(), month.month()));
            QVERIFY(figures.ok());
            f = *figures;
        }
        QVERIFY(f.households > 0 && f.funnel.sent > 0);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto onItsLine = [&](const QString &words, const QString &number) {
            const QRegularExpression line(QRegularExpression::escape(words) + QStringLiteral("[^\\n]*?\\s") +
                                              QRegularExpression::escape(number) + QStringLiteral("(\\s|$)"),
                                          QRegularExpression::MultilineOption);
            return line.match(text).hasMatch();
        };
        QVERIFY2(onItsLine(QStringLiteral("在册户数"), QString::number(f.households)), qPrintable(text.left(1500)));
        QVERIFY(onItsLine(QStringLiteral("发出转介"), QString::number(f.funnel.sent)));
        QVERIFY(onItsLine(QStringLiteral("政府救助（元）"), LinkageReport::yuan(f.governmentFen)));
        for (const ReferralFunnel &c : f.charities)
            QVERIFY2(onItsLine(c.orgName.left(5), QString::number(c.sent)), qPrintable(c.orgName)); // a long name wraps
        QLocale::setDefault(QLocale::c());
        // Counts only: no ID number, no head of household's name.
        static const QRegularExpression idNumber(QStringLiteral("\\d{17}[\\dX]"));
        QVERIFY(!idNumber.match(text).hasMatch());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(m_cb.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM person WHERE relation = 'self' LIMIT 40", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            QVERIFY2(!text.contains(name), qPrintable(name));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        // Three charts, drawn as images on the pages (an image near a page break is listed on both pages, once
        // shown: count the distinct objects).
        QProcess images;
        images.start(QStandardPaths::findExecutable(QStringLiteral("pdfimages")), {QStringLiteral("-list"), pdf});
        QVERIFY(images.waitForFinished(60000));
        QSet<QString> objects;
        for (const QString &line : QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            if (f.size() > 10 && f.at(2) == QLatin1String("image"))
                objects.insert(f.at(10));
        }
        QCOMPARE(objects.size(), 3);
        // A month that is not one is refused in words, and nothing is written.
        r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"), QStringLiteral("linkage"),
                 m_cb, QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--user"),
                 QStringLiteral("wangfang"), QStringLiteral("--out"), path(QStringLiteral("bad.pdf"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("YYYY-MM")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.pdf"))));
    }
};

QTEST_GUILESS_MAIN(PrintTest)
#include "print_test.moc"
