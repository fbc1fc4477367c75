#include "Builders.h"
#include "TestCasebook.h"
#include "storage/AssistanceRepository.h"
#include "storage/CasebookCheck.h"
#include "storage/ConflictOfInterest.h"
#include "storage/HouseholdRepository.h"
#include "storage/UserRepository.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class AssistanceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_household;

    Assistance government(const QDate &from, const QDate &to)
    {
        Assistance a;
        a.householdId = m_household;
        a.source = QStringLiteral("government");
        a.programme = QStringLiteral("medical");
        a.needType = QStringLiteral("medical");
        a.form = QStringLiteral("cash");
        a.amountFen = 120000;
        a.periodStart = from;
        a.periodEnd = to;
        return a;
    }

    Assistance charity(const QDate &on)
    {
        Assistance a;
        a.householdId = m_household;
        a.source = QStringLiteral("charity");
        a.programme = QStringLiteral("大病救助");
        a.organisation = QStringLiteral("县慈善总会");
        a.needType = QStringLiteral("medical");
        a.form = QStringLiteral("cash");
        a.amountFen = 300000;
        a.periodStart = on;
        return a;
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        m_household = registerHousehold(m_cb->casebook(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
    }
    void cleanup() { m_cb.reset(); }

    void oneLedgerForBothSourcesWithADoubleHelpWarning()
    {
        AssistanceRepository ledger(m_cb->casebook());
        QVERIFY(ledger.record(government(QDate(2026, 1, 1), QDate(2026, 6, 30))).ok());
        auto doubled = ledger.record(charity(QDate(2026, 3, 1)));
        QVERIFY(!doubled.ok());
        QCOMPARE(doubled.error().kind, Error::Kind::NeedsConfirmation);
        QVERIFY(doubled.message().contains(QStringLiteral("2026-01-01")));
        QCOMPARE(ledger.ledger(m_household)->size(), 1);
        QVERIFY(ledger.record(charity(QDate(2026, 3, 1)), true).ok()); // confirmed
        QVERIFY(ledger.record(charity(QDate(2025, 12, 1))).ok());      // before the period: no warning
        Assistance other = charity(QDate(2026, 3, 2));
        other.needType = QStringLiteral("education"); // another need: no warning
        QVERIFY(ledger.record(other).ok());
        QCOMPARE(ledger.ledger(m_household)->size(), 4);
        QVERIFY(CasebookCheck::run(m_cb->casebook().db())->isEmpty());
    }

    void badInputIsRefused()
    {
        AssistanceRepository ledger(m_cb->casebook());
        Assistance negative = government(QDate(2026, 1, 1), QDate());
        negative.amountFen = -500;
        auto r = ledger.record(negative);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("negative")));
        Assistance noHousehold = government(QDate(2026, 1, 1), QDate());
        noHousehold.householdId.clear();
        QVERIFY(!ledger.record(noHousehold).ok());
        QVERIFY(!ledger.record(government(QDate(2026, 4, 1), QDate())).ok()); // after today (15 Mar)
        Assistance nameless = charity(QDate(2026, 1, 1));
        nameless.organisation.clear();
        QVERIFY(!ledger.record(nameless).ok());
        QCOMPARE(ledger.ledger(m_household)->size(), 0);
    }

    void amendmentsKeepTheOriginal()
    {
        AssistanceRepository ledger(m_cb->casebook());
        const QString id = *ledger.record(government(QDate(2026, 1, 1), QDate(2026, 1, 31)));
        Assistance corrected = government(QDate(2026, 1, 1), QDate(2026, 1, 31));
        corrected.amountFen = 110000;
        auto amendment = ledger.amend(id, corrected, QStringLiteral("金额录错"));
        QVERIFY(amendment.ok());
        QCOMPARE(ledger.entry(id)->amountFen, 120000); // kept
        QCOMPARE(ledger.ledger(m_household)->size(), 1);
        QCOMPARE(ledger.ledger(m_household)->first().amountFen, 110000);
    }

    void aRelatedWorkerCannotRecordHelp()
    {
        UserRepository users(m_cb->casebook());
        QVERIFY(users
                    .createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Worker,
                                QStringLiteral("shegong-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("wangfang"), QStringLiteral("shegong-2026")).ok());
        QVERIFY(ConflictOfInterest(m_cb->casebook()).declareHousehold(m_household, QStringLiteral("表哥家")).ok());
        auto r = AssistanceRepository(m_cb->casebook()).record(government(QDate(2026, 1, 1), QDate()));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("station head")));
    }
};

QTEST_GUILESS_MAIN(AssistanceTest)
#include "assistance_test.moc"
