#include "Builders.h"
#include "TestCasebook.h"
#include "rules/Validation.h"
#include "storage/ConflictOfInterest.h"
#include "storage/ConsentRepository.h"
#include "storage/ConsentWithdrawal.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RelatedHouseholds.h"
#include "storage/UserRepository.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class ConflictOfInterestTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_declared, m_family, m_own, m_other;
    const QString familyId = QStringLiteral("11010519491231002X");
    const QString ownId = QStringLiteral("360426199101010071");

    Result<QString> addCategory(const QString &householdId)
    {
        CategoryMembership c;
        c.householdId = householdId;
        c.category = QStringLiteral("temporary");
        c.startDate = m_cb->clock().today();
        c.endDate = c.startDate.addMonths(3);
        return HouseholdRepository(m_cb->casebook()).addCategory(c);
    }

    void signIn(const char *user, const char *password)
    {
        QVERIFY(UserRepository(m_cb->casebook()).signIn(QString::fromLatin1(user), QString::fromLatin1(password)).ok());
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        m_declared = registerHousehold(m_cb->casebook(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        m_family = registerHousehold(m_cb->casebook(), QStringLiteral("李四"), familyId);
        m_own = registerHousehold(m_cb->casebook(), QStringLiteral("王五"), ownId);
        m_other = registerHousehold(m_cb->casebook(), QStringLiteral("赵六"), QString());
        QVERIFY(UserRepository(m_cb->casebook())
                    .createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Worker,
                                QStringLiteral("shegong-2026"))
                    .ok());
        signIn("wangfang", "shegong-2026");
        ConflictOfInterest coi(m_cb->casebook());
        QVERIFY(coi.declareHousehold(m_declared, QStringLiteral("表姐家")).ok());
        QVERIFY(coi.declareFamilyMember(familyId.toLower(), QStringLiteral("舅舅")).ok());
        QVERIFY(coi.setOwnIdNumber(ownId).ok());
    }
    void cleanup() { m_cb.reset(); }

    void aWorkerCannotActOnARelatedHousehold()
    {
        for (const QString &h : {m_declared, m_family, m_own}) {
            auto r = addCategory(h);
            QVERIFY(!r.ok());
            QVERIFY2(r.message().contains(QStringLiteral("station head must")), qPrintable(r.message()));
            QVERIFY(!r.message().contains(familyId)); // the reason never prints an ID number
        }
        QVERIFY(addCategory(m_other).ok());
        QCOMPARE(*RelatedHouseholds(m_cb->casebook()).relationTo(m_cb->casebook().user()->id, m_other), QString());
        QVERIFY(RelatedHouseholds(m_cb->casebook())
                    .relationTo(m_cb->casebook().user()->id, m_family)
                    ->contains(QStringLiteral("舅舅")));
    }

    void theHeadMustAndTheReportListsIt()
    {
        signIn(TestCasebook::kHeadUser, TestCasebook::kPassword);
        QVERIFY(addCategory(m_declared).ok());
        QVERIFY(addCategory(m_family).ok());
        auto cases = ConflictOfInterest(m_cb->casebook()).report();
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 3);
        int actedFor = 0;
        for (const auto &c : *cases) {
            QCOMPARE(c.userName, QStringLiteral("王芳"));
            QVERIFY(!c.relation.isEmpty());
            QVERIFY(!c.household.contains(QStringLiteral("张三"))); // described, not named in full
            actedFor += c.actionsByOthers > 0 ? 1 : 0;
        }
        QCOMPARE(actedFor, 2);
    }

    void endingACategoryIsProtectedToo()
    {
        signIn(TestCasebook::kHeadUser, TestCasebook::kPassword);
        const QString id = *addCategory(m_declared);
        signIn("wangfang", "shegong-2026");
        QVERIFY(!HouseholdRepository(m_cb->casebook()).endCategory(id, m_cb->clock().today()).ok());
    }

    // Every write of a related household's records is refused in one place (RecordWriter), not per method: the
    // household's own fields (its income) and its members were open to a related worker before.
    void editingARelatedHouseholdOrMemberIsRefused()
    {
        HouseholdRepository repo(m_cb->casebook());
        for (const QString &h : {m_declared, m_family, m_own}) {
            Household household = *repo.household(h);
            household.incomeFen = 65000;
            auto r = repo.updateHousehold(household);
            QVERIFY2(!r.ok(), qPrintable(h));
            QVERIFY2(r.message().contains(QStringLiteral("station head must")), qPrintable(r.message()));
            Person member = repo.members(h)->first();
            member.phone = QStringLiteral("13800138000");
            auto m = repo.updateMember(member);
            QVERIFY(!m.ok());
            QVERIFY2(m.message().contains(QStringLiteral("station head must")), qPrintable(m.message()));
            Person added;
            added.householdId = h;
            added.name = QStringLiteral("新成员");
            added.relation = QStringLiteral("child");
            QVERIFY(!repo.addMember(added).ok());
        }
        // Nothing was written: the refused changes left the records as they were.
        QCOMPARE(Database::scalar(m_cb->casebook().db(),
                                  QStringLiteral("SELECT count(*) FROM household WHERE income_fen = 65000"))
                     ->toInt(),
                 0);
        QCOMPARE(Database::scalar(m_cb->casebook().db(),
                                  QStringLiteral("SELECT count(*) FROM person WHERE phone = '13800138000'"))
                     ->toInt(),
                 0);
        // An unrelated household stays open to the worker.
        Household other = *repo.household(m_other);
        other.incomeFen = 65000;
        QVERIFY(repo.updateHousehold(other).ok());
        // The station head may.
        signIn(TestCasebook::kHeadUser, TestCasebook::kPassword);
        Household declared = *repo.household(m_declared);
        declared.incomeFen = 65000;
        QVERIFY(repo.updateHousehold(declared).ok());
    }

    // A person may always withdraw consent, easily (PIPL Art. 15): the rule never stands in the way of a withdrawal.
    void aRelatedWorkerMayStillRecordAWithdrawal()
    {
        signIn(TestCasebook::kHeadUser, TestCasebook::kPassword);
        const QString org =
            registerOrg(m_cb->casebook(), QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        const Person head = HouseholdRepository(m_cb->casebook()).members(m_declared)->first();
        auto consent = ConsentRepository(m_cb->casebook())
                           .record(selfConsent(m_declared, head.id, head.name, org, {QStringLiteral("name")},
                                               m_cb->clock().today()));
        QVERIFY2(consent.ok(), qPrintable(consent.message()));
        signIn("wangfang", "shegong-2026");
        auto withdrawn = ConsentWithdrawal(m_cb->casebook()).withdraw(*consent, QStringLiteral("电话"));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.message()));
        QVERIFY(ConsentRepository(m_cb->casebook()).consent(*consent)->isWithdrawn());
    }

    void anAuditorCannotDeclare()
    {
        signIn(TestCasebook::kHeadUser, TestCasebook::kPassword);
        QVERIFY(
            UserRepository(m_cb->casebook())
                .createUser(QStringLiteral("aud"), QStringLiteral("审计"), Role::Auditor, QStringLiteral("shenji-2026"))
                .ok());
        signIn("aud", "shenji-2026");
        QVERIFY(!ConflictOfInterest(m_cb->casebook()).declareHousehold(m_other, QStringLiteral("邻居")).ok());
    }
};

QTEST_GUILESS_MAIN(ConflictOfInterestTest)
#include "conflict_of_interest_test.moc"
