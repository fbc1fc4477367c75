#include "TestCasebook.h"
#include "rules/Validation.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

namespace {
Person makePerson(const QString &name, const QString &id, const QString &relation = QStringLiteral("self"))
{
    Person p;
    p.name = name;
    p.idNumber = id;
    p.relation = relation;
    return p;
}

QString validId(const QString &birth, int seq)
{
    const QString first17 = QStringLiteral("110105") + birth + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + Validation::residentIdCheckChar(first17);
}

Household makeHousehold()
{
    Household h;
    h.address = QStringLiteral("东风村3组12号");
    h.phone = QStringLiteral("13812345678");
    h.hardshipCause = QStringLiteral("illness");
    h.incomeFen = 45000;
    return h;
}
} // namespace

class HouseholdRepositoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    std::unique_ptr<HouseholdRepository> m_repo;

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_cb->casebook().db(), sql, values)->toLongLong();
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        m_repo = std::make_unique<HouseholdRepository>(m_cb->casebook());
    }
    void cleanup()
    {
        m_repo.reset();
        m_cb.reset();
    }

    void createRecordsOpsInTheSameTransaction()
    {
        auto village = m_repo->addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村"));
        QVERIFY(village.ok());
        Household h = makeHousehold();
        h.villageId = *village;
        auto id = m_repo->createHousehold(h, makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'household' AND op = 'insert' "
                                 "AND record_id = ?"),
                  {*id}),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'person' AND op = 'insert'")),
                 1);
        auto members = m_repo->members(*id);
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->first().birthDate, QDate(1990, 3, 7)); // from the ID number
        QCOMPARE(members->first().sex, QStringLiteral("M"));
        QVERIFY(members->first().isHead());
        QVERIFY(CasebookCheck::run(m_cb->casebook().db())->isEmpty());
    }

    void aStationWithVillagesPlacesEveryHouseholdInOne()
    {
        // No village list yet (before the county sends one): the address is enough.
        QVERIFY(m_repo
                    ->createHousehold(makeHousehold(),
                                      makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")))
                    .ok());
        QVERIFY(m_repo->addVillage(QStringLiteral("110105100201"), QStringLiteral("东风村")).ok());
        auto none = m_repo->createHousehold(makeHousehold(),
                                            makePerson(QStringLiteral("李四"), QStringLiteral("360426199101010071")));
        QVERIFY(!none.ok());
        QVERIFY(none.message().contains(QStringLiteral("village")));
        Household h = makeHousehold();
        h.villageId = QStringLiteral("01a2142e-6907-7ae4-937e-eeb813754f80");
        auto unknown =
            m_repo->createHousehold(h, makePerson(QStringLiteral("李四"), QStringLiteral("360426199101010071")));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.message().contains(QStringLiteral("not on the station's village list")));
    }

    void updateLogsOnlyChangedFieldsAndBumpsVersion()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(id.ok());
        Household h = *m_repo->household(*id);
        QCOMPARE(h.version, 1);
        h.address = QStringLiteral("东风村4组1号");
        QVERIFY(m_repo->updateHousehold(h).ok());
        auto q = Database::exec(m_cb->casebook().db(),
                                QStringLiteral("SELECT op, record_version, fields FROM change_log WHERE record_id = ? "
                                               "ORDER BY seq DESC LIMIT 1"),
                                {*id});
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("update"));
        QCOMPARE(q->value(1).toInt(), 2);
        const QJsonObject fields = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        QCOMPARE(fields.keys(), QStringList{QStringLiteral("address")});
        QCOMPARE(m_repo->household(*id)->version, 2);
        // Saving unchanged data writes nothing.
        const qint64 ops = count(QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(m_repo->updateHousehold(*m_repo->household(*id)).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), ops);
    }

    void idNumberCannotBeRegisteredTwice()
    {
        auto first = m_repo->createHousehold(makeHousehold(),
                                             makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(first.ok());
        const qint64 ops = count(QStringLiteral("SELECT count(*) FROM change_log"));
        auto second = m_repo->createHousehold(makeHousehold(),
                                              makePerson(QStringLiteral("李四"), QStringLiteral("110105199003070017")));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Duplicate);
        QVERIFY2(second.message().contains(QStringLiteral("张*")), qPrintable(second.message())); // names the household
        QVERIFY(!second.message().contains(QStringLiteral("张三"))); // without the full name
        QVERIFY(!second.message().contains(QStringLiteral("110105199003070017")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), ops);

        Person member =
            makePerson(QStringLiteral("王五"), QStringLiteral("110105199003070017"), QStringLiteral("spouse"));
        member.householdId = *first;
        QVERIFY(!m_repo->addMember(member).ok());
    }

    void databaseRefusesDuplicateIdBehindTheAppsBack()
    {
        auto first = m_repo->createHousehold(makeHousehold(),
                                             makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(first.ok());
        auto r = Database::exec(
            m_cb->casebook().db(),
            QStringLiteral("INSERT INTO person (id, station_id, created_at, updated_at, household_id, "
                           "name, id_number, sex, birth_date, relation) VALUES "
                           "('01a2142e-6907-7ae4-937e-eeb813754f80', (SELECT value FROM station_settings WHERE key = "
                           "'station_id'), 't', 't', ?, '李四', "
                           "'110105199003070017', 'M', '1990-03-07', 'spouse')"),
            {*first});
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("UNIQUE")));
    }

    void sameNameAndBirthNeedsConfirmation()
    {
        Person a = makePerson(QStringLiteral("王芳"), QString());
        a.birthDate = QDate(1960, 5, 1);
        a.sex = QStringLiteral("F");
        QVERIFY(m_repo->createHousehold(makeHousehold(), a).ok());
        auto second = m_repo->createHousehold(makeHousehold(), a);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::NeedsConfirmation);
        QVERIFY(second.message().contains(QStringLiteral("王*")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 1);
        QVERIFY(m_repo->createHousehold(makeHousehold(), a, true).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 2);
    }

    void invalidMembersAreRefusedWithTheReason()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(id.ok());
        Person bad = makePerson(QStringLiteral("李四"), QStringLiteral("110105199003070018"), QStringLiteral("spouse"));
        bad.householdId = *id;
        auto r = m_repo->addMember(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("typing mistake")));

        Person secondHead = makePerson(QStringLiteral("李四"), validId(QStringLiteral("19920101"), 22));
        secondHead.householdId = *id;
        secondHead.relation = QStringLiteral("self");
        r = m_repo->addMember(secondHead);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("already has a head")));

        Person noId = makePerson(QStringLiteral("小宝"), QString(), QStringLiteral("child"));
        noId.householdId = *id;
        noId.birthDate = QDate();
        r = m_repo->addMember(noId);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("birth date")));
    }

    void editingAMemberKeepsTheirIdAvailableToThemselves()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        Person head = m_repo->members(*id)->first();
        head.phone = QStringLiteral("13900001111");
        QVERIFY2(m_repo->updateMember(head).ok(), qPrintable(m_repo->updateMember(head).message()));
        QCOMPARE(m_repo->person(head.id)->phone, QStringLiteral("13900001111"));
    }

    void closeKeepsTheHousehold()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(!m_repo->closeHousehold(*id, m_cb->clock().today(), QString()).ok());
        QVERIFY(!m_repo->closeHousehold(*id, m_cb->clock().today().addDays(1), QStringLiteral("搬迁")).ok());
        QVERIFY(m_repo->closeHousehold(*id, m_cb->clock().today(), QStringLiteral("迁出本镇")).ok());
        auto h = m_repo->household(*id);
        QVERIFY(h->isClosed());
        QCOMPARE(h->closedReason, QStringLiteral("迁出本镇"));
        Person child =
            makePerson(QStringLiteral("张小"), validId(QStringLiteral("20150101"), 33), QStringLiteral("child"));
        child.householdId = *id;
        QVERIFY(!m_repo->addMember(child).ok());
        QCOMPARE(m_repo->members(*id)->size(), 1);
        QVERIFY(m_repo->reopenHousehold(*id).ok());
        QVERIFY(!m_repo->household(*id)->isClosed());
        QVERIFY(m_repo->addMember(child).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 1);
    }

    void categoryRules()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        CategoryMembership c;
        c.householdId = *id;
        c.category = QStringLiteral("dibao");
        c.startDate = QDate(2025, 1, 1);
        QVERIFY(m_repo->addCategory(c).ok());
        // The same category cannot overlap itself.
        c.startDate = QDate(2025, 6, 1);
        auto overlap = m_repo->addCategory(c);
        QVERIFY(!overlap.ok());
        QVERIFY(overlap.message().contains(QStringLiteral("2025-01-01")));
        // Rigid-expenditure hardship lasts at most 12 months.
        CategoryMembership rigid;
        rigid.householdId = *id;
        rigid.category = QStringLiteral("rigid_expense");
        rigid.startDate = QDate(2025, 2, 1);
        QVERIFY(!m_repo->addCategory(rigid).ok());
        rigid.endDate = QDate(2026, 2, 2);
        QVERIFY(!m_repo->addCategory(rigid).ok());
        rigid.endDate = QDate(2026, 2, 1);
        QVERIFY(m_repo->addCategory(rigid).ok());
        // Ending before the start is refused; ending later is fine.
        const QString dibaoId = m_repo->categories(*id)->last().id;
        QVERIFY(!m_repo->endCategory(dibaoId, QDate(2024, 12, 31)).ok());
        QVERIFY(m_repo->endCategory(dibaoId, QDate(2026, 1, 31)).ok());
        QVERIFY(!m_repo->categories(*id)->last().isCurrentOn(m_cb->clock().today()));
    }

    void checkFindsARecordWrittenWithoutItsOp()
    {
        auto id = m_repo->createHousehold(makeHousehold(),
                                          makePerson(QStringLiteral("张三"), QStringLiteral("110105199003070017")));
        QVERIFY(Database::exec(m_cb->casebook().db(),
                               QStringLiteral("UPDATE household SET address = '别处', updated_at = "
                                              "'2026-12-01T00:00:00.000Z-0000' WHERE id = ?"),
                               {*id})
                    .ok());
        auto faults = CasebookCheck::run(m_cb->casebook().db());
        QCOMPARE(faults->size(), 1);
        QVERIFY(faults->first().contains(QStringLiteral("household")));
    }
};

QTEST_GUILESS_MAIN(HouseholdRepositoryTest)
#include "household_repository_test.moc"
