#include "TestCasebook.h"
#include "demo/DemoGenerator.h"
#include "rules/Validation.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

    static QStringList idNumbers(Casebook &cb)
    {
        auto q = Database::exec(
            cb.db(), QStringLiteral("SELECT id_number FROM person WHERE id_number IS NOT NULL ORDER BY rid"));
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    }

private slots:
    void realisticAndSound()
    {
        TestCasebook cb(400, 42);
        Casebook &c = cb.casebook();
        auto faults = CasebookCheck::run(c.db());
        QVERIFY2(faults->isEmpty(), qPrintable(faults->join(QLatin1Char('\n'))));
        const qint64 villages = Database::scalar(c.db(), QStringLiteral("SELECT count(*) FROM village"))->toLongLong();
        QVERIFY(villages >= 8 && villages <= 20);
        QCOMPARE(Database::scalar(c.db(), QStringLiteral("SELECT count(*) FROM household"))->toLongLong(), 400);
        auto sizes = Database::exec(c.db(), QStringLiteral("SELECT min(n), max(n) FROM (SELECT count(*) n FROM person "
                                                           "GROUP BY household_id)"));
        QVERIFY(sizes->next());
        QVERIFY(sizes->value(0).toInt() >= 1);
        QVERIFY(sizes->value(1).toInt() <= 6);

        // Every ID number is valid and agrees with the stored birth date and sex.
        auto people = Database::exec(
            c.db(), QStringLiteral("SELECT id_number, birth_date, sex FROM person WHERE id_number IS NOT NULL"));
        int checked = 0;
        while (people->next()) {
            auto id = Validation::residentId(people->value(0).toString(), c.clock().today());
            QVERIFY2(id.ok(), qPrintable(id.message()));
            QCOMPARE(id->birthDate.toString(Qt::ISODate), people->value(1).toString());
            QCOMPARE(id->sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F"), people->value(2).toString());
            QVERIFY(id->number.startsWith(c.identity().code.left(6)));
            ++checked;
        }
        QVERIFY(checked > 400);

        auto share = [&](const QString &where) {
            return Database::scalar(c.db(), QStringLiteral("SELECT avg(%1) FROM person").arg(where))->toDouble();
        };
        const double elderly = share(QStringLiteral("birth_date <= date('2026-03-15', '-60 years')"));
        const double minors = share(QStringLiteral("birth_date > date('2026-03-15', '-18 years')"));
        const double disabled = share(QStringLiteral("disability_category > 0"));
        const double serious = share(QStringLiteral("health = 'serious'"));
        QVERIFY2(elderly > 0.2 && elderly < 0.6, qPrintable(QString::number(elderly)));
        QVERIFY2(minors > 0.1 && minors < 0.45, qPrintable(QString::number(minors)));
        QVERIFY2(disabled > 0.05 && disabled < 0.3, qPrintable(QString::number(disabled)));
        QVERIFY2(serious > 0.02 && serious < 0.25, qPrintable(QString::number(serious)));
        const double dibao =
            Database::scalar(c.db(), QStringLiteral("SELECT avg(category = 'dibao') FROM "
                                                    "category_membership WHERE category <> 'temporary'"))
                ->toDouble();
        QVERIFY2(dibao > 0.45 && dibao < 0.75, qPrintable(QString::number(dibao)));
    }

    void sameSeedSameData()
    {
        TestCasebook a(60, 7);
        TestCasebook b(60, 7);
        TestCasebook c(60, 8);
        QCOMPARE(idNumbers(a.casebook()), idNumbers(b.casebook()));
        QVERIFY(idNumbers(a.casebook()) != idNumbers(c.casebook()));
    }

    void refusesCountyCasebook()
    {
        QTemporaryDir dir;
        FixedClock clock;
        auto county =
            Casebook::create(dir.filePath(QStringLiteral("county.casebook")),
                             {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("县民政局")}, clock);
        QVERIFY(county.ok());
        DemoGenerator::Options options;
        options.households = 5;
        QVERIFY(!DemoGenerator::generate(**county, options).ok());
    }

    void stopRollsBackEverything()
    {
        TestCasebook cb;
        DemoGenerator::Options options;
        options.households = 1200;
        options.progress = [](int done) {
            return done < 1000;
        };
        const qint64 ops = Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
        QVERIFY(!DemoGenerator::generate(cb.casebook(), options).ok());
        QCOMPARE(Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM household"))->toLongLong(), 0);
        QCOMPARE(Database::scalar(cb->db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong(), ops);
    }
};

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "demo_generator_test.moc"
