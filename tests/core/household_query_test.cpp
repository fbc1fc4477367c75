#include "TestCasebook.h"
#include "rules/Validation.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/HouseholdRepository.h"
#include "storage/SearchIndex.h"

#include <QCollator>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class HouseholdQueryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QMap<QString, QString> m_ids; // head name → household id

    QString add(const QString &village, const QString &head, const QString &idNumber)
    {
        HouseholdRepository repo(m_cb->casebook());
        QString villageId;
        const QList<Village> villages = *repo.villages();
        for (const Village &v : villages)
            if (v.name == village)
                villageId = v.id;
        Household h;
        h.villageId = villageId;
        h.address = QStringLiteral("1组1号");
        Person p;
        p.name = head;
        p.idNumber = idNumber;
        p.relation = QStringLiteral("self");
        p.birthDate = QDate(1970, 1, 1);
        p.sex = QStringLiteral("M");
        auto id = repo.createHousehold(h, p, true);
        if (!id)
            qFatal("%s", qPrintable(id.message()));
        m_ids.insert(head, *id);
        return *id;
    }

    QStringList heads(const QString &query)
    {
        auto rows = HouseholdQuery::page(m_cb->casebook().db(), query, 0, 100, m_cb->clock().today());
        if (!rows)
            qFatal("%s", qPrintable(rows.message()));
        QStringList out;
        for (const HouseholdRow &r : *rows)
            out << r.headName;
        return out;
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        HouseholdRepository repo(m_cb->casebook());
        QVERIFY(repo.addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村")).ok());
        QVERIFY(repo.addVillage(QStringLiteral("110105100202"), QStringLiteral("红星村")).ok());
        add(QStringLiteral("东风村"), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        add(QStringLiteral("红星村"), QStringLiteral("曾国藩"), QStringLiteral("11010519491231002X"));
        add(QStringLiteral("红星村"), QStringLiteral("欧阳娜娜"), QStringLiteral("360426199101010071"));
        add(QStringLiteral("东风村"), QStringLiteral("张山峰"), QString());
    }
    void cleanup() { m_cb.reset(); }

    void emptyQueryListsAllInRegistrationOrder()
    {
        QCOMPARE(heads(QString()), (QStringList{QStringLiteral("张三"), QStringLiteral("曾国藩"),
                                                QStringLiteral("欧阳娜娜"), QStringLiteral("张山峰")}));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString zs = QStringLiteral("张三"), zgf = QStringLiteral("曾国藩"), oy = QStringLiteral("欧阳娜娜"),
                      zsf = QStringLiteral("张山峰");
        QTest::newRow("initials zs") << QStringLiteral("zs") << QStringList{zs, zsf};
        QTest::newRow("initials ZSF upper-case") << QStringLiteral("ZSF") << QStringList{zsf};
        QTest::newRow("full pinyin") << QStringLiteral("zhangsan") << QStringList{zs};
        QTest::newRow("pinyin start") << QStringLiteral("zhangs") << QStringList{zs, zsf};
        QTest::newRow("pinyin with a space") << QStringLiteral("zhang san") << QStringList{zs};
        QTest::newRow("surname") << QStringLiteral("张") << QStringList{zs, zsf};
        QTest::newRow("whole name") << QStringLiteral("张三") << QStringList{zs};
        QTest::newRow("given name") << QStringLiteral("娜娜") << QStringList{oy};
        QTest::newRow("ID fragment end") << QStringLiteral("0017") << QStringList{zs};
        QTest::newRow("ID fragment middle") << QStringLiteral("19491231") << QStringList{zgf};
        QTest::newRow("ID with lower-case x") << QStringLiteral("002x") << QStringList{zgf};
        QTest::newRow("village") << QStringLiteral("红星村") << QStringList{zgf, oy};
        QTest::newRow("village short") << QStringLiteral("东风") << QStringList{zs, zsf};
        QTest::newRow("village and initials") << QStringLiteral("东风 zsf") << QStringList{zsf};
        QTest::newRow("surname read as Zeng") << QStringLiteral("zengguofan") << QStringList{zgf};
        QTest::newRow("surname read as Ceng") << QStringLiteral("cengguofan") << QStringList{zgf};
        QTest::newRow("initials zgf") << QStringLiteral("zgf") << QStringList{zgf};
        QTest::newRow("compound surname") << QStringLiteral("ouyang") << QStringList{oy};
        QTest::newRow("nothing") << QStringLiteral("qqq") << QStringList{};
        QTest::newRow("quote is data, not syntax") << QStringLiteral("\"张") << QStringList{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(heads(query), expected);
        auto n = HouseholdQuery::count(m_cb->casebook().db(), query);
        QVERIFY(n.ok());
        QCOMPARE(*n, qint64(expected.size()));
    }

    void polyphonicNamesAreFoundByEveryUsualReading()
    {
        add(QStringLiteral("红星村"), QStringLiteral("翟伟"), QString());
        add(QStringLiteral("东风村"), QStringLiteral("李长江"), QString());
        const QStringList zhai{QStringLiteral("翟伟")};
        const QStringList li{QStringLiteral("李长江")};
        QCOMPARE(heads(QStringLiteral("zhai")), zhai);
        QCOMPARE(heads(QStringLiteral("zhaiwei")), zhai);
        QCOMPARE(heads(QStringLiteral("zw")), zhai);
        QCOMPARE(heads(QStringLiteral("diwei")), zhai); // ICU's reading still finds it
        QCOMPARE(heads(QStringLiteral("lichangjiang")), li);
        QCOMPARE(heads(QStringLiteral("lizhangjiang")), li);
        QCOMPARE(heads(QStringLiteral("lcj")), li);
        QCOMPARE(heads(QStringLiteral("changjiang")), li); // the given name alone
    }

    // A casebook indexed by an older version is brought up to date in batches, from where the last batch stopped.
    void anOlderIndexCatchesUpInBatches()
    {
        add(QStringLiteral("红星村"), QStringLiteral("翟伟"), QString());
        Casebook &cb = m_cb->casebook();
        QVERIFY(Database::run(cb.db(), QStringLiteral("DELETE FROM household_prefix")).ok()); // as an old index
        QVERIFY(Database::run(cb.db(), QStringLiteral("DELETE FROM household_fts")).ok());
        QVERIFY(cb.storeSystemSetting(QStringLiteral("search_keys_version"), QStringLiteral("1")).ok());
        QCOMPARE(heads(QStringLiteral("zhai")), QStringList());
        int calls = 0;
        int done = 0;
        for (;;) {
            auto n = SearchIndex::catchUp(cb, 2); // two households a batch: five households, three batches
            QVERIFY2(n.ok(), qPrintable(n.message()));
            ++calls;
            if (*n == 0)
                break;
            done += *n;
        }
        QCOMPARE(done, 5);
        QCOMPARE(calls, 4);
        QCOMPARE(heads(QStringLiteral("zhai")), QStringList{QStringLiteral("翟伟")});
        QCOMPARE(heads(QStringLiteral("zs")), (QStringList{QStringLiteral("张三"), QStringLiteral("张山峰")}));
        QCOMPARE(cb.setting(QStringLiteral("search_keys_version")).toInt(), SearchIndex::kKeysVersion);
        QCOMPARE(*SearchIndex::catchUp(cb), 0); // and nothing more to do
    }

    void editsReachTheIndex()
    {
        HouseholdRepository repo(m_cb->casebook());
        Person p;
        p.name = QStringLiteral("李小龙");
        p.idNumber = QStringLiteral("110105201001010013");
        p.idNumber = p.idNumber.left(17) + Validation::residentIdCheckChar(p.idNumber.left(17));
        p.relation = QStringLiteral("child");
        p.householdId = m_ids.value(QStringLiteral("张三"));
        QVERIFY(repo.addMember(p).ok());
        QCOMPARE(heads(QStringLiteral("lxl")), QStringList{QStringLiteral("张三")});
        QCOMPARE(heads(QStringLiteral("李小龙")), QStringList{QStringLiteral("张三")});
    }

    void pagesFollowEachOther()
    {
        auto first = HouseholdQuery::page(m_cb->casebook().db(), QString(), 0, 3, m_cb->clock().today());
        QCOMPARE(first->size(), 3);
        auto second =
            HouseholdQuery::page(m_cb->casebook().db(), QString(), first->last().rid, 3, m_cb->clock().today());
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().headName, QStringLiteral("张山峰"));
        auto searched = HouseholdQuery::page(m_cb->casebook().db(), QStringLiteral("zs"), 0, 1, m_cb->clock().today());
        auto next = HouseholdQuery::page(m_cb->casebook().db(), QStringLiteral("zs"), searched->first().rid, 1,
                                         m_cb->clock().today());
        QCOMPARE(next->first().headName, QStringLiteral("张山峰"));
    }

    void rowCarriesMembersAndCurrentCategories()
    {
        HouseholdRepository repo(m_cb->casebook());
        CategoryMembership c;
        c.householdId = m_ids.value(QStringLiteral("张三"));
        c.category = QStringLiteral("dibao");
        c.startDate = QDate(2024, 1, 1);
        QVERIFY(repo.addCategory(c).ok());
        c.category = QStringLiteral("temporary");
        c.endDate = QDate(2024, 3, 1); // ended: not shown
        QVERIFY(repo.addCategory(c).ok());
        auto rows = HouseholdQuery::page(m_cb->casebook().db(), QStringLiteral("张三"), 0, 10, m_cb->clock().today());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().categories, QStringList{QStringLiteral("dibao")});
        QCOMPARE(rows->first().members, 1);
        QCOMPARE(rows->first().village, QStringLiteral("东风村"));
    }

    /** A household found through a member who is not its head says whom. */
    void aMatchThroughAMemberNamesTheMember()
    {
        HouseholdRepository repo(m_cb->casebook());
        Person member;
        member.householdId = m_ids.value(QStringLiteral("张三"));
        member.name = QStringLiteral("李小花");
        member.relation = QStringLiteral("spouse");
        member.birthDate = QDate(1972, 3, 3);
        member.sex = QStringLiteral("F");
        QVERIFY(repo.addMember(member, true).ok());
        const QDate today = m_cb->clock().today();
        for (const QString &query : {QStringLiteral("李小花"), QStringLiteral("lxh"), QStringLiteral("xiaohua")}) {
            HouseholdQuery::Request request;
            request.query = query;
            auto rows = HouseholdQuery::page(m_cb->casebook().db(), request, {}, 10, today);
            QVERIFY(rows.ok() && rows->size() == 1);
            QCOMPARE(rows->first().headName, QStringLiteral("张三"));
            QCOMPARE(rows->first().matchedMember, QStringLiteral("李小花"));
        }
        // Found through the head (or the village): no hint.
        for (const QString &query : {QStringLiteral("张三"), QStringLiteral("zs"), QStringLiteral("东风村 张")}) {
            HouseholdQuery::Request request;
            request.query = query;
            auto rows = HouseholdQuery::page(m_cb->casebook().db(), request, {}, 10, today);
            QVERIFY(rows.ok() && !rows->isEmpty());
            for (const HouseholdRow &r : *rows)
                QVERIFY2(r.matchedMember.isEmpty(), qPrintable(query + QLatin1Char(' ') + r.matchedMember));
        }
    }

    /** Sorted lists, a page at a time: every household once, in order, both ways, with a search and a filter. */
    void sortedPagesAreCompleteAndInOrder()
    {
        TestCasebook big(240, 9); // more households than one page holds
        const QDate today = big.clock().today();
        const qint64 all = *HouseholdQuery::count(big->db(), QString());
        for (const auto by : {HouseholdQuery::Sort::Head, HouseholdQuery::Sort::Village, HouseholdQuery::Sort::Members,
                              HouseholdQuery::Sort::Number, HouseholdQuery::Sort::LastChange}) {
            for (const bool descending : {false, true}) {
                HouseholdQuery::Request request;
                request.order = {by, descending};
                QList<HouseholdRow> rows;
                HouseholdQuery::After after;
                for (int guard = 0; guard < 100; ++guard) {
                    auto page = HouseholdQuery::page(big->db(), request, after, 37, today);
                    QVERIFY2(page.ok(), qPrintable(page.message()));
                    if (page->isEmpty())
                        break;
                    rows += *page;
                    after = {page->last().sortKey, page->last().rid};
                }
                QCOMPARE(qint64(rows.size()), all);
                QSet<qint64> seen;
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    QVERIFY(!seen.contains(rows.at(i).rid));
                    seen.insert(rows.at(i).rid);
                    if (i == 0)
                        continue;
                    const QVariant a = rows.at(i - 1).sortKey, b = rows.at(i).sortKey;
                    // Names and villages in pinyin order, as a Chinese reader sorts them.
                    static const QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
                    const int c = a.typeId() == QMetaType::QString
                                      ? pinyin.compare(a.toString(), b.toString())
                                      : (QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                         : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                                : 0);
                    QVERIFY2(descending ? c >= 0 : c <= 0,
                             qPrintable(QStringLiteral("%1 then %2").arg(a.toString(), b.toString())));
                }
            }
        }
        // Filters: a village, a current category, a status, each counted as listed.
        HouseholdRepository repo(big.casebook());
        const Village village = repo.villages()->at(1);
        HouseholdQuery::Request request;
        request.filter.villageId = village.id;
        request.order = {HouseholdQuery::Sort::Head, false};
        auto rows = HouseholdQuery::page(big->db(), request, {}, 1000, today);
        QVERIFY(rows.ok() && !rows->isEmpty());
        for (const HouseholdRow &r : *rows)
            QCOMPARE(r.village, village.name);
        QCOMPARE(*HouseholdQuery::count(big->db(), request, today), qint64(rows->size()));
        QCOMPARE(qint64(rows->size()),
                 Database::scalar(big->db(),
                                  QStringLiteral("SELECT count(*) FROM household WHERE village_id = ? AND "
                                                 "archived_on IS NULL AND deleted = 0"),
                                  {village.id})
                     ->toLongLong());
        request = {};
        request.filter.category = QStringLiteral("dibao");
        rows = HouseholdQuery::page(big->db(), request, {}, 1000, today);
        QVERIFY(rows.ok() && !rows->isEmpty());
        for (const HouseholdRow &r : *rows)
            QVERIFY(r.categories.contains(QStringLiteral("dibao")));
        QCOMPARE(*HouseholdQuery::count(big->db(), request, today), qint64(rows->size()));
        request = {};
        request.filter.status = QStringLiteral("closed");
        rows = HouseholdQuery::page(big->db(), request, {}, 1000, today);
        QVERIFY(rows.ok());
        for (const HouseholdRow &r : *rows)
            QCOMPARE(r.status, QStringLiteral("closed"));
        // A search and a filter together.
        request = {};
        request.query = village.name;
        request.filter.status = QStringLiteral("active");
        rows = HouseholdQuery::page(big->db(), request, {}, 1000, today);
        QVERIFY(rows.ok());
        for (const HouseholdRow &r : *rows)
            QVERIFY(r.village == village.name && r.status == QLatin1String("active"));
    }
};

QTEST_GUILESS_MAIN(HouseholdQueryTest)
#include "household_query_test.moc"
