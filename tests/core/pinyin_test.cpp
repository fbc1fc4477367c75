#include "rules/Pinyin.h"
#include "storage/SearchIndex.h"

#include <QTest>

using namespace xianjie;

class PinyinTest : public QObject
{
    Q_OBJECT

private slots:
    void commonNames()
    {
        QCOMPARE(Pinyin::searchKeys(QStringLiteral("张三")),
                 (QStringList{QStringLiteral("zhangsan"), QStringLiteral("zs")}));
        QCOMPARE(
            Pinyin::readings(QStringLiteral("欧阳娜娜")).first(),
            (QStringList{QStringLiteral("ou"), QStringLiteral("yang"), QStringLiteral("na"), QStringLiteral("na")}));
    }

    void polyphonicSurnamesHaveBothReadings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("surnameReading");
        QTest::newRow("曾") << QStringLiteral("曾国藩") << QStringLiteral("zengguofan");
        QTest::newRow("单") << QStringLiteral("单芳秀") << QStringLiteral("shanfangxiu");
        QTest::newRow("解") << QStringLiteral("解放") << QStringLiteral("xiefang");
        QTest::newRow("区") << QStringLiteral("区明") << QStringLiteral("ouming");
        QTest::newRow("朴") << QStringLiteral("朴鹏") << QStringLiteral("piaopeng");
        QTest::newRow("尉迟") << QStringLiteral("尉迟恭") << QStringLiteral("yuchigong");
    }
    void polyphonicSurnamesHaveBothReadings()
    {
        QFETCH(QString, name);
        QFETCH(QString, surnameReading);
        const QStringList keys = Pinyin::searchKeys(name);
        QVERIFY2(keys.contains(surnameReading), qPrintable(keys.join(QLatin1Char(','))));
        // The common reading (what ICU says) stays findable too.
        QVERIFY2(keys.contains(Pinyin::readings(name).first().join(QString())),
                 qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY(Pinyin::readings(name).size() == 2 || Pinyin::readings(name).first().join(QString()) == surnameReading);
    }

    void nonHanPassesThrough()
    {
        QCOMPARE(Pinyin::searchKeys(QStringLiteral("阿依古丽·买买提")).first(), QStringLiteral("ayigulimaimaiti"));
        QCOMPARE(Pinyin::searchKeys(QStringLiteral("Anna")).first(), QStringLiteral("anna"));
    }

    void personKeysIncludeGivenNameAndId()
    {
        const QStringList keys =
            SearchIndex::personKeys(QStringLiteral("王小明"), QStringLiteral("11010519491231002X"));
        for (const char *k : {"王小明", "小明", "wangxiaoming", "wxm", "xiaoming", "xm", "11010519491231002x"})
            QVERIFY2(keys.contains(QString::fromUtf8(k)), k);
    }
};

QTEST_GUILESS_MAIN(PinyinTest)
#include "pinyin_test.moc"
