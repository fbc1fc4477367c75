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
        QVERIFY(Pinyin::readings(name).size() >= 2 || Pinyin::readings(name).first().join(QString()) == surnameReading);
    }

    // Polyphonic characters anywhere in a name are indexed in each usual reading: 翟 as a surname is Zhai, 长江 is
    // chang jiang, 重阳 chong yang (ICU reads them di, zhang, zhong).
    void everyUsualReadingFindsTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::newRow("翟伟") << QStringLiteral("翟伟") << QStringLiteral("zhaiwei") << QStringLiteral("zw");
        QTest::newRow("长江") << QStringLiteral("李长江") << QStringLiteral("lichangjiang") << QStringLiteral("lcj");
        QTest::newRow("重阳") << QStringLiteral("王重阳") << QStringLiteral("wangchongyang") << QStringLiteral("wcy");
        QTest::newRow("曾祥") << QStringLiteral("曾祥") << QStringLiteral("zengxiang") << QStringLiteral("zx");
        QTest::newRow("朝阳") << QStringLiteral("刘朝阳") << QStringLiteral("liuzhaoyang") << QStringLiteral("lzy");
        QTest::newRow("乐乐") << QStringLiteral("张乐乐") << QStringLiteral("zhangyueyue") << QStringLiteral("zyy");
    }
    void everyUsualReadingFindsTheName()
    {
        QFETCH(QString, name);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        const QStringList keys = Pinyin::searchKeys(name);
        QVERIFY2(keys.contains(full), qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY2(keys.contains(initials), qPrintable(keys.join(QLatin1Char(','))));
        // The common reading stays the first, and the keys stay few.
        QCOMPARE(keys.first(), Pinyin::readings(name).first().join(QString()));
        QVERIFY(keys.size() <= 32);
    }

    void longNamesKeepABoundedNumberOfReadings()
    {
        const QList<QStringList> many = Pinyin::readings(QStringLiteral("单长重乐朝行"));
        QCOMPARE(many.size(), 16);
        QCOMPARE(many.first().join(QString()),
                 Pinyin::readings(QStringLiteral("单长重乐朝行")).first().join(QString()));
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
