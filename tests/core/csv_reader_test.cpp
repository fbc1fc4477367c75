// CSV as stations save it: Chinese Excel's GB18030, "CSV UTF-8" with its byte-order mark, plain UTF-8; commas, tabs
// or semicolons; quoted fields with separators and line breaks. Files built here, byte by byte.
#include "io/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace xianjie;

namespace {
const QString kLedger = QStringLiteral("姓名,身份证号码,与户主关系,所属村（社区）\n"
                                       "张三,110105199003070017,户主,\"东风村, 一组\"\n"
                                       "李梅,,妻,\"东风村\n二组\"\n");

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}
} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void findsTheEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("Chinese Excel's CSV (GB18030)") << gb18030(kLedger) << int(CsvReader::Encoding::Gb18030);
        QTest::newRow("CSV UTF-8 with its mark")
            << QByteArray("\xEF\xBB\xBF" + kLedger.toUtf8()) << int(CsvReader::Encoding::Utf8Bom);
        QTest::newRow("UTF-8") << kLedger.toUtf8() << int(CsvReader::Encoding::Utf8);
        // 𠀀 (U+20000) needs GB18030's four-byte sequences, beyond GBK.
        QTest::newRow("GB18030 beyond GBK")
            << gb18030(QStringLiteral("姓名\n王\U00020000\n")) << int(CsvReader::Encoding::Gb18030);
    }
    void findsTheEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QVERIFY(bytes != kLedger.toUtf8() || encoding == int(CsvReader::Encoding::Utf8));
        auto decoded = CsvReader::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(int(decoded->encoding), encoding);
        QVERIFY(decoded->text.startsWith(QStringLiteral("姓名")));
        QVERIFY(!decoded->text.contains(QChar::ReplacementCharacter));
        QVERIFY(!CsvReader::encodingName(decoded->encoding).isEmpty());
    }

    void theUsersChoiceIsKeptOrRefusedInWords()
    {
        // GB18030 bytes read as UTF-8 because the user said so: refused, naming the way out.
        auto wrong = CsvReader::decode(gb18030(kLedger), CsvReader::Encoding::Utf8);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QStringLiteral("GB18030")), qPrintable(wrong.message()));
        // UTF-8 bytes read as GB18030 when chosen: what the user asked for, not what was found.
        auto forced = CsvReader::decode(QStringLiteral("abc\n").toUtf8(), CsvReader::Encoding::Gb18030);
        QVERIFY(forced.ok());
        QCOMPARE(forced->encoding, CsvReader::Encoding::Gb18030);
        // Bytes that are neither (a picture renamed .csv).
        auto neither = CsvReader::decode(QByteArray("\x89PNG\r\n\x1a\n\xff\xfe\xfd\x80\x81", 13));
        QVERIFY(!neither.ok());
        QVERIFY(neither.message().contains(QStringLiteral("neither")));
    }

    void findsTheSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << kLedger << QStringLiteral(",");
        QString tabs = kLedger;
        tabs.replace(QLatin1Char(','), QLatin1Char('\t'));
        QTest::newRow("tab") << tabs << QStringLiteral("\t");
        QTest::newRow("semicolon, with commas inside quotes")
            << QStringLiteral("姓名;地址;金额\n张三;\"一组, 32号\";1,200\n李四;\"二组, 5号\";800\n")
            << QStringLiteral(";");
        QTest::newRow("one column") << QStringLiteral("姓名\n张三\n") << QStringLiteral(",");
    }
    void findsTheSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QCOMPARE(QString(CsvReader::detectSeparator(text)), separator);
    }

    void quotedFieldsKeepSeparatorsAndLineBreaks()
    {
        auto decoded = CsvReader::decode(gb18030(kLedger));
        QVERIFY(decoded.ok());
        const auto rows = CsvReader::parse(decoded->text);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("张三"), QStringLiteral("110105199003070017"),
                                          QStringLiteral("户主"), QStringLiteral("东风村, 一组")}));
        QCOMPARE(rows.at(2).at(3), QStringLiteral("东风村\n二组"));
        QCOMPARE(rows.at(2).at(1), QString());
        const auto semicolons = CsvReader::parse(QStringLiteral("a;\"b;c\";d\n"), QLatin1Char(';'));
        QCOMPARE(semicolons.first(), (QStringList{QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("d")}));
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "csv_reader_test.moc"
