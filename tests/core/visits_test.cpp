#include "TestCasebook.h"
#include "report/VisitList.h"
#include "rules/VisitPolicy.h"
#include "storage/CasebookCheck.h"
#include "storage/ConflictOfInterest.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/UserRepository.h"
#include "storage/VisitRepository.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class VisitsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_elderly; // household of an 80-year-old who cannot fully care for herself
    QString m_elderlyPerson;
    QString m_family; // household of healthy adults

    QString household(const QString &name, const QDate &birth, const QString &selfCare)
    {
        Household h;
        h.address = QStringLiteral("1组1号");
        Person p;
        p.name = name;
        p.birthDate = birth;
        p.sex = QStringLiteral("F");
        p.selfCare = selfCare;
        auto r = HouseholdRepository(m_cb->casebook()).createHousehold(h, p, true);
        if (!r)
            qFatal("%s", qPrintable(r.message()));
        return *r;
    }

    Visit planned(const QString &householdId, const QDate &due)
    {
        Visit v;
        v.householdId = householdId;
        v.kind = QStringLiteral("home");
        v.dueOn = due;
        return v;
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        m_cb->clock().set(QDateTime(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC));
        m_elderly = household(QStringLiteral("刘桂兰"), QDate(1946, 5, 1), QStringLiteral("partial"));
        m_elderlyPerson = HouseholdRepository(m_cb->casebook()).members(m_elderly)->first().id;
        m_family = household(QStringLiteral("陈敏"), QDate(1985, 5, 1), QStringLiteral("able"));
    }
    void cleanup() { m_cb.reset(); }

    void dueDatesAcrossMonthEndsYearEndsAndLeapDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("due");
        QTest::newRow("31 Jan + 1 month") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
        QTest::newRow("31 Jan + 1 month, leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
        QTest::newRow("29 Feb + 12 months") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
        QTest::newRow("15 Dec + a quarter") << QDate(2026, 12, 15) << 3 << QDate(2027, 3, 15);
        QTest::newRow("30 Nov + a quarter") << QDate(2026, 11, 30) << 3 << QDate(2027, 2, 28);
        QTest::newRow("31 Dec + 1 month") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 31);
    }
    void dueDatesAcrossMonthEndsYearEndsAndLeapDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, due);
        QCOMPARE(VisitPolicy::nextDue(from, months), due);
    }

    void theVisitPlanFollowsTheGroup()
    {
        VisitRepository visits(m_cb->casebook());
        QCOMPARE(*visits.intervalFor(m_elderly), 1);
        QCOMPARE(*visits.intervalFor(m_family), 3);
        QVERIFY(m_cb->casebook().setSetting(QStringLiteral("visit_months_regular"), QStringLiteral("2")).ok());
        QCOMPARE(*visits.intervalFor(m_family), 2);
    }

    void selfCareAssessment()
    {
        QCOMPARE(VisitPolicy::selfCareFromAssessment(0), QStringLiteral("able"));
        QCOMPARE(VisitPolicy::selfCareFromAssessment(0b000111), QStringLiteral("partial"));
        QCOMPARE(VisitPolicy::selfCareFromAssessment(0b001111), QStringLiteral("lost"));
        QCOMPARE(VisitPolicy::activities().size(), 6);
    }

    void recordingPlansTheNextVisitAndUpdatesSelfCare()
    {
        VisitRepository visits(m_cb->casebook());
        Visit v = planned(m_elderly, QDate(2026, 1, 31));
        v.personId = m_elderlyPerson;
        const QString id = *visits.plan(v);
        Visit done;
        done.doneOn = QDate(2026, 1, 31);
        done.met = QStringLiteral("本人及女儿");
        done.findings = QStringLiteral("行走困难，需要康复");
        done.adlFailed = 0b110110; // four activities failed
        done.services = {{QStringLiteral("care"), 45}, {QStringLiteral("psychological"), 20}};
        auto next = visits.record(id, done);
        QVERIFY2(next.ok(), qPrintable(next.message()));
        QCOMPARE(visits.visit(*next)->dueOn, QDate(2026, 2, 28)); // monthly, from 31 Jan
        QCOMPARE(visits.visit(id)->services.size(), 2);
        QCOMPARE(HouseholdRepository(m_cb->casebook()).person(m_elderlyPerson)->selfCare, QStringLiteral("lost"));
        QVERIFY(!visits.record(id, done).ok()); // already recorded: amend instead
        QVERIFY(CasebookCheck::run(m_cb->casebook().db())->isEmpty());
    }

    void badInputIsRefused()
    {
        VisitRepository visits(m_cb->casebook());
        const QString id = *visits.plan(planned(m_family, QDate(2026, 2, 10)));
        Visit future;
        future.doneOn = QDate(2026, 2, 1); // after today (31 Jan)
        auto r = visits.record(id, future);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("future")));
        Visit badService;
        badService.doneOn = QDate(2026, 1, 30);
        badService.services = {{QStringLiteral("care"), -5}};
        QVERIFY(!visits.record(id, badService).ok());
        QVERIFY(!visits.plan(planned(QString(), QDate(2026, 2, 1))).ok()); // no household
        Visit noKind = planned(m_family, QDate(2026, 2, 1));
        noKind.kind = QStringLiteral("teleport");
        QVERIFY(!visits.plan(noKind).ok());
        QCOMPARE(visits.visit(id)->status, QStringLiteral("planned"));
    }

    void aMissedVisitIsKeptAndPlannedAgain()
    {
        VisitRepository visits(m_cb->casebook());
        const QString id = *visits.plan(planned(m_family, QDate(2026, 1, 20)));
        QVERIFY(!visits.markMissed(id, QString()).ok());
        auto again = visits.markMissed(id, QStringLiteral("家中无人"));
        QVERIFY(again.ok());
        QCOMPARE(visits.visit(id)->status, QStringLiteral("missed"));
        QCOMPARE(visits.visit(*again)->dueOn, QDate(2026, 2, 7));
        QCOMPARE(visits.visits(m_family)->size(), 2); // nothing deleted
    }

    void amendmentsKeepTheOriginal()
    {
        VisitRepository visits(m_cb->casebook());
        const QString id = *visits.plan(planned(m_family, QDate(2026, 1, 30)));
        Visit done;
        done.doneOn = QDate(2026, 1, 30);
        done.findings = QStringLiteral("一切正常");
        QVERIFY(visits.record(id, done).ok());
        Visit corrected;
        corrected.doneOn = QDate(2026, 1, 29);
        corrected.findings = QStringLiteral("一切正常；孩子需要助学");
        QVERIFY(!visits.amend(id, corrected, QString()).ok());
        auto amendment = visits.amend(id, corrected, QStringLiteral("日期和情况补记"));
        QVERIFY(amendment.ok());
        QCOMPARE(visits.visit(id)->findings, QStringLiteral("一切正常")); // the original stays
        QCOMPARE(visits.visit(*amendment)->amendsId, id);
        bool originalListed = false, amendmentListed = false;
        for (const Visit &v : *visits.visits(m_family)) {
            originalListed = originalListed || v.id == id;
            amendmentListed = amendmentListed || v.id == *amendment;
        }
        QVERIFY(!originalListed);
        QVERIFY(amendmentListed);
    }

    void agendaAcrossTheYearEnd()
    {
        m_cb->clock().set(QDateTime(QDate(2026, 12, 29), QTime(9, 0), Qt::UTC));
        VisitRepository visits(m_cb->casebook());
        UserRepository users(m_cb->casebook());
        const QString me = users
                               .createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Worker,
                                           QStringLiteral("shegong-2026"))
                               ->id;
        Visit overdue = planned(m_elderly, QDate(2026, 12, 20));
        overdue.assignedUserId = me;
        QVERIFY(visits.plan(overdue).ok());
        QVERIFY(visits.plan(planned(m_family, QDate(2026, 12, 29))).ok()); // today, unassigned
        Visit nextYear = planned(m_family, QDate(2027, 1, 4));             // within the week, next year
        nextYear.assignedUserId = me;
        QVERIFY(visits.plan(nextYear).ok());
        QVERIFY(visits.plan(planned(m_family, QDate(2027, 1, 5))).ok()); // one day beyond the week
        const QDate today = m_cb->clock().today();
        QCOMPARE(visits.agenda(VisitRepository::Range::Overdue, today)->size(), 1);
        QCOMPARE(visits.agenda(VisitRepository::Range::Today, today)->size(), 1);
        QCOMPARE(visits.agenda(VisitRepository::Range::Week, today)->size(), 2);
        QCOMPARE(visits.agenda(VisitRepository::Range::Week, today, me)->size(), 1);
        for (auto range :
             {VisitRepository::Range::Overdue, VisitRepository::Range::Today, VisitRepository::Range::Week})
            QCOMPARE(*visits.agendaCount(range, today), int(visits.agenda(range, today)->size()));
        QCOMPARE(visits.agenda(VisitRepository::Range::Overdue, today)->first().headName, QStringLiteral("刘桂兰"));
        // Recorded, the overdue visit leaves the list.
        Visit done;
        done.doneOn = today;
        QVERIFY(visits.record(visits.agenda(VisitRepository::Range::Overdue, today)->first().visitId, done).ok());
        QCOMPARE(visits.agenda(VisitRepository::Range::Overdue, today)->size(), 0);
    }

    // Category reviews: planned when a category is added, on the agenda when due, done by someone unrelated.
    void categoryReviewsComeDueAndAreDone()
    {
        HouseholdRepository repo(m_cb->casebook());
        CategoryMembership dibao;
        dibao.householdId = m_elderly;
        dibao.category = QStringLiteral("dibao");
        dibao.startDate = QDate(2024, 2, 20);
        const QString dibaoId = *repo.addCategory(dibao);
        CategoryMembership rigid;
        rigid.householdId = m_family;
        rigid.category = QStringLiteral("rigid_expense");
        rigid.startDate = QDate(2025, 3, 1);
        rigid.endDate = QDate(2026, 2, 28);
        const QString rigidId = *repo.addCategory(rigid);
        CategoryMembership temporary;
        temporary.householdId = m_family;
        temporary.category = QStringLiteral("temporary");
        temporary.startDate = QDate(2026, 1, 10);
        temporary.endDate = QDate(2026, 4, 10);
        QVERIFY(repo.addCategory(temporary).ok());

        // Today is 2026-01-31: 低保 on its anniversary 2026-02-20; rigid-expenditure hardship when its recognition
        // ends (a month before would already be past); the temporary category has no review.
        auto due = repo.reviewsDue(QDate(2026, 3, 2));
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).membershipId, dibaoId);
        QCOMPARE(due->at(0).reviewOn, QDate(2026, 2, 20));
        QCOMPARE(due->at(1).membershipId, rigidId);
        QCOMPARE(due->at(1).reviewOn, QDate(2026, 2, 28));
        QVERIFY(repo.reviewsDue(QDate(2026, 2, 19))->isEmpty());
        // Later, the 低保 review is overdue and stays on the agenda until it is done.
        m_cb->clock().set(QDateTime(QDate(2026, 2, 25), QTime(10, 0), Qt::UTC));
        QCOMPARE(repo.reviewsDue(QDate(2026, 2, 26))->size(), 1);
        QCOMPARE(repo.reviewsDue(QDate(2026, 2, 26))->first().reviewOn, QDate(2026, 2, 20));

        QVERIFY(!repo.completeReview(dibaoId, QDate(2026, 2, 25)).ok()); // the next one must be later
        QVERIFY(!repo.completeReview(rigidId, QDate(2026, 6, 1)).ok());  // after the category ends
        QVERIFY(repo.completeReview(dibaoId, QDate(2027, 2, 20)).ok());
        QVERIFY(repo.completeReview(rigidId, QDate()).ok()); // last review before it ends
        QVERIFY(repo.reviewsDue(QDate(2026, 12, 31))->isEmpty());
        const auto categories = repo.categories(m_elderly);
        QCOMPARE(categories->first().reviewedOn, QDate(2026, 2, 25));
        QCOMPARE(categories->first().reviewOn, QDate(2027, 2, 20));

        // A worker related to the household may not complete its review; the station head may.
        UserRepository users(m_cb->casebook());
        QVERIFY(users
                    .createUser(QStringLiteral("lisi"), QStringLiteral("李四"), Role::Worker,
                                QStringLiteral("dongfeng-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("lisi"), QStringLiteral("dongfeng-2026")).ok());
        QVERIFY(ConflictOfInterest(m_cb->casebook()).declareHousehold(m_elderly, QStringLiteral("姑姑家")).ok());
        auto refused = repo.completeReview(dibaoId, QDate(2028, 2, 20));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.message().contains(QStringLiteral("刘桂兰")));
    }

    void aPrintableVisitListPerVillage()
    {
        HouseholdRepository repo(m_cb->casebook());
        const QString village = *repo.addVillage(QStringLiteral("110105100201"), QStringLiteral("和平村"));
        Household h = *repo.household(m_elderly);
        h.villageId = village;
        QVERIFY(repo.updateHousehold(h).ok());
        VisitRepository visits(m_cb->casebook());
        QVERIFY(visits.plan(planned(m_elderly, QDate(2026, 1, 20))).ok());
        QVERIFY(visits.plan(planned(m_family, QDate(2026, 2, 3))).ok()); // no village: not on this list
        auto html = VisitList::html(m_cb->casebook(), village, QDate(2026, 2, 14));
        QVERIFY2(html.ok(), qPrintable(html.message()));
        QVERIFY(html->contains(QStringLiteral("和平村")));
        QVERIFY(html->contains(QStringLiteral("刘桂兰")));
        QVERIFY(html->contains(QStringLiteral("1组1号")));
        QVERIFY(html->contains(QStringLiteral("2026-01-20")));
        QVERIFY(!html->contains(QStringLiteral("陈敏")));
        QCOMPARE(Database::scalar(m_cb->casebook().db(),
                                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'print' AND "
                                                 "record_id = ?"),
                                  {village})
                     ->toInt(),
                 1);
        QVERIFY(!VisitList::html(m_cb->casebook(), QStringLiteral("no-such-village"), QDate(2026, 2, 14)).ok());
    }

    void anAuditorCannotRecord()
    {
        VisitRepository visits(m_cb->casebook());
        const QString id = *visits.plan(planned(m_family, QDate(2026, 1, 30)));
        UserRepository users(m_cb->casebook());
        QVERIFY(
            users
                .createUser(QStringLiteral("aud"), QStringLiteral("审计"), Role::Auditor, QStringLiteral("shenji-2026"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("aud"), QStringLiteral("shenji-2026")).ok());
        Visit done;
        done.doneOn = QDate(2026, 1, 30);
        QVERIFY(!visits.record(id, done).ok());
    }
};

QTEST_GUILESS_MAIN(VisitsTest)
#include "visits_test.moc"
