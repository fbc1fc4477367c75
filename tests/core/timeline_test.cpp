#include "Builders.h"
#include "TestCasebook.h"
#include "storage/AssistanceRepository.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/Timeline.h"
#include "storage/VisitRepository.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class TimelineTest : public QObject
{
    Q_OBJECT

private slots:
    // Adding a member is in the history (issue 18: it was missing), a child's name masked.
    void membersAddedAreInTheHistory()
    {
        TestCasebook cb;
        Casebook &c = cb.casebook();
        const QString id = registerHousehold(c, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        Person wife;
        wife.householdId = id;
        wife.name = QStringLiteral("李梅");
        wife.birthDate = QDate(1992, 4, 4);
        wife.sex = QStringLiteral("F");
        wife.relation = QStringLiteral("spouse");
        QVERIFY(HouseholdRepository(c).addMember(wife, true).ok());
        Person child;
        child.householdId = id;
        child.name = QStringLiteral("张小宝");
        child.birthDate = c.clock().today().addYears(-5);
        child.sex = QStringLiteral("M");
        child.relation = QStringLiteral("child");
        QVERIFY(HouseholdRepository(c).addMember(child, true).ok());
        auto events = Timeline::forHousehold(c, id, {QStringLiteral("household")});
        QVERIFY(events.ok());
        QStringList titles;
        for (const auto &e : *events)
            titles << e.title;
        const QString all = titles.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("Member added: 李梅")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Member added: 张")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("小宝")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("Member added: 张三"))); // the head came with the registration
    }

    void oneChronologicalViewFilterableByKind()
    {
        TestCasebook cb;
        Casebook &c = cb.casebook();
        HouseholdRepository households(c);
        const QString id = registerHousehold(c, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        CategoryMembership cat;
        cat.householdId = id;
        cat.category = QStringLiteral("temporary");
        cat.startDate = QDate(2026, 1, 5);
        cat.endDate = QDate(2026, 3, 1);
        QVERIFY(households.addCategory(cat).ok());
        VisitRepository visits(c);
        Visit v;
        v.householdId = id;
        v.kind = QStringLiteral("home");
        v.dueOn = QDate(2026, 2, 10);
        const QString visitId = *visits.plan(v);
        Visit done;
        done.doneOn = QDate(2026, 2, 12);
        done.findings = QStringLiteral("需要助学");
        QVERIFY(visits.record(visitId, done).ok());
        Assistance a;
        a.householdId = id;
        a.source = QStringLiteral("charity");
        a.programme = QStringLiteral("助学项目");
        a.organisation = QStringLiteral("县慈善总会");
        a.needType = QStringLiteral("education");
        a.form = QStringLiteral("cash");
        a.amountFen = 100000;
        a.periodStart = QDate(2026, 2, 20);
        QVERIFY(AssistanceRepository(c).record(a).ok());

        // A need, the consent for it and the referral it became.
        const QString orgId = registerOrg(c, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        const QString head = households.members(id)->first().id;
        Need n;
        n.householdId = id;
        n.needType = QStringLiteral("medical");
        n.description = QStringLiteral("住院押金");
        n.identifiedOn = QDate(2026, 3, 2);
        const QString needId = *NeedRepository(c).add(n);
        QVERIFY(ConsentRepository(c)
                    .record(selfConsent(id, head, QStringLiteral("张三"), orgId, {QStringLiteral("name")},
                                        QDate(2026, 3, 3)))
                    .ok());
        Referral draft;
        draft.needId = needId;
        draft.orgId = orgId;
        const QString referral = *ReferralRepository(c).createDraft(draft);
        QVERIFY(ReferralRepository(c).send(referral, {qMakePair(head, QStringLiteral("name"))}).ok());

        auto all = Timeline::forHousehold(c, id);
        QVERIFY(all.ok());
        QList<QDate> dates;
        for (const auto &e : *all)
            dates << e.date;
        QVERIFY(std::is_sorted(dates.rbegin(), dates.rend())); // newest first
        QStringList kinds;
        for (const auto &e : *all)
            kinds << e.kind;
        for (const QString &k : Timeline::kinds())
            QVERIFY2(kinds.contains(k), qPrintable(k));
        // 2026-03-01 category end, 2026-02-20 help, 2026-02-12 visit; the next visit is due later.
        auto visitsOnly = Timeline::forHousehold(c, id, {QStringLiteral("visit")});
        QCOMPARE(visitsOnly->size(), 2); // the visit done and the next one due
        for (const auto &e : *visitsOnly)
            QCOMPARE(e.kind, QStringLiteral("visit"));
        auto help = Timeline::forHousehold(c, id, {QStringLiteral("assistance")});
        QCOMPARE(help->size(), 1);
        QVERIFY(help->first().title.contains(QStringLiteral("县慈善总会")));
        QCOMPARE(help->first().detail, QStringLiteral("1000.00 yuan"));
        auto referrals = Timeline::forHousehold(c, id, {QStringLiteral("referral")});
        QCOMPARE(referrals->size(), 2); // draft, sent
        QVERIFY(referrals->first().title.contains(QStringLiteral("R2026-0001")));
        QVERIFY(referrals->first().title.contains(QStringLiteral("县慈善总会")));
        auto consents = Timeline::forHousehold(c, id, {QStringLiteral("consent"), QStringLiteral("need")});
        QCOMPARE(consents->size(), 2);
        QCOMPARE(consents->first().date, QDate(2026, 3, 3)); // the consent, after the need
        QCOMPARE(consents->last().kind, QStringLiteral("need"));
        // Every entry says who did it: the signed-in head here.
        const QString head_ = c.user()->displayName;
        QVERIFY(!head_.isEmpty());
        for (const auto &e : *all)
            if (e.kind != QLatin1String("visit") || e.title != QLatin1String("Visit due"))
                QVERIFY2(e.who == head_, qPrintable(e.title + QStringLiteral(": ") + e.who));
    }
};

QTEST_GUILESS_MAIN(TimelineTest)
#include "timeline_test.moc"
