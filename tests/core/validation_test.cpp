#include "rules/Validation.h"

#include <QTest>

using namespace xianjie;

class ValidationTest : public QObject
{
    Q_OBJECT

    const QDate today{2026, 3, 15};

private slots:
    void residentIdValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sex");
        QTest::newRow("X check") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << int(Sex::Female);
        QTest::newRow("retired area code")
            << QStringLiteral("360426199101010071") << QDate(1991, 1, 1) << int(Sex::Male);
        QTest::newRow("Beijing") << QStringLiteral("110105199003070017") << QDate(1990, 3, 7) << int(Sex::Male);
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << QDate(1949, 12, 31)
                                      << int(Sex::Female);
        QTest::newRow("spaces") << QStringLiteral(" 110105 199003070017 ") << QDate(1990, 3, 7) << int(Sex::Male);
    }
    void residentIdValid()
    {
        QFETCH(QString, id);
        QFETCH(QDate, birth);
        QFETCH(int, sex);
        auto r = Validation::residentId(id, today);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->birthDate, birth);
        QCOMPARE(int(r->sex), sex);
        QCOMPARE(r->number.size(), 18);
        QVERIFY(!r->number.contains(QLatin1Char('x'))); // stored upper-case
    }

    void residentIdInvalid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
        QTest::newRow("short") << QStringLiteral("11010519900307001") << QStringLiteral("17");
        QTest::newRow("letter inside") << QStringLiteral("1101051990030700A7") << QStringLiteral("digit");
        QTest::newRow("wrong check") << QStringLiteral("110105199003070018") << QStringLiteral("typing mistake");
        QTest::newRow("Feb 30") << QStringLiteral("110105199002300017") << QStringLiteral("not a real date");
        QTest::newRow("future") << QStringLiteral("110105202703070011") << QStringLiteral("future");
    }
    void residentIdInvalid()
    {
        QFETCH(QString, id);
        QFETCH(QString, mentions);
        QString input = id;
        // Give the future and Feb-30 cases a correct check character, so the date is what fails.
        if (input.size() == 18 && (mentions == QLatin1String("future") || mentions.contains(QLatin1String("real"))))
            input = input.left(17) + Validation::residentIdCheckChar(input.left(17));
        auto r = Validation::residentId(input, today);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
    }

    void residentIdBornToday()
    {
        const QString first17 = QStringLiteral("11010520260315001");
        auto r = Validation::residentId(first17 + Validation::residentIdCheckChar(first17), today);
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void creditCode()
    {
        QVERIFY(Validation::creditCode(QStringLiteral("91110000600037341L")).ok());
        QVERIFY(Validation::creditCode(QStringLiteral("53110000MA00000150")).ok());
        QCOMPARE(*Validation::creditCode(QStringLiteral("53110000ma00000150")), QStringLiteral("53110000MA00000150"));
        auto wrong = Validation::creditCode(QStringLiteral("91110000600037341K"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QStringLiteral("typing mistake")));
        auto badChar = Validation::creditCode(QStringLiteral("9111000060003734IL"));
        QVERIFY(!badChar.ok());
        QVERIFY(badChar.message().contains(QStringLiteral("\"I\"")));
        QVERIFY(!Validation::creditCode(QStringLiteral("9111000060003734")).ok());
    }

    void divisionCodes()
    {
        QVERIFY(Validation::divisionCode12(QStringLiteral("110105100000")).ok());
        QVERIFY(Validation::divisionCode12(QStringLiteral("110105100201")).ok());
        QVERIFY(!Validation::divisionCode12(QStringLiteral("11010510000")).ok());
        QVERIFY(!Validation::divisionCode12(QStringLiteral("99010510000A")).ok());
        QVERIFY(!Validation::divisionCode12(QStringLiteral("990105100000")).ok()); // no province 99
        QVERIFY(!Validation::divisionCode12(QStringLiteral("110105000201")).ok()); // village without township
        QVERIFY(Validation::divisionCode6(QStringLiteral("360426")).ok());
        QVERIFY(!Validation::divisionCode6(QStringLiteral("36042")).ok());
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
        QTest::newRow("mobile +86") << QStringLiteral("+86 138 1234 5678") << true;
        QTest::newRow("mobile short") << QStringLiteral("1381234567") << false;
        QTest::newRow("mobile 12x") << QStringLiteral("12812345678") << false;
        QTest::newRow("Beijing landline") << QStringLiteral("010-62345678") << true;
        QTest::newRow("county landline") << QStringLiteral("0797-8123456") << true;
        QTest::newRow("local landline") << QStringLiteral("8123456") << true;
        QTest::newRow("extension") << QStringLiteral("010-62345678-123") << true;
        QTest::newRow("letters") << QStringLiteral("call me") << false;
    }
    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        auto r = Validation::phone(phone);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QVERIFY(!r.message().isEmpty());
    }

    void masking()
    {
        QCOMPARE(Validation::maskResidentId(QStringLiteral("110105199003070017")),
                 QStringLiteral("110105********0017"));
        QCOMPARE(Validation::maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(Validation::maskName(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(Validation::maskName(QStringLiteral("欧阳娜娜")), QStringLiteral("欧***"));
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "validation_test.moc"
