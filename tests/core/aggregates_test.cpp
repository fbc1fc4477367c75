// The figures of the dashboards and the linkage report, on a casebook built by hand day by day, against numbers
// worked out by hand: month boundaries, closed households, amended help, answer and completion times.
#include "Builders.h"
#include "TestCasebook.h"
#include "report/Aggregates.h"
#include "rules/Matching.h"
#include "storage/AssistanceRepository.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class AggregatesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_a, m_b, m_c, m_d;        // households
    QString m_headA;                   // the head of A
    QString m_orgX, m_orgY, m_project; // charities, and X's campaign project
    QString m_r1, m_r2, m_r3, m_r4, m_r5;

    Casebook &cb() { return m_cb->casebook(); }
    void on(int y, int m, int d) { m_cb->clock().set(QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC)); }

    QString member(const QString &household, const QString &name, const QDate &birth, const QString &relation,
                   const QString &selfCare = QStringLiteral("able"), int disability = 0,
                   const QString &health = QStringLiteral("healthy"))
    {
        Person p;
        p.householdId = household;
        p.name = name;
        p.birthDate = birth;
        p.sex = QStringLiteral("F");
        p.relation = relation;
        p.selfCare = selfCare;
        p.disabilityCategory = disability;
        p.disabilityGrade = disability ? 2 : 0;
        p.health = health;
        auto id = HouseholdRepository(cb()).addMember(p, true);
        if (!id)
            qFatal("addMember: %s", qPrintable(id.message()));
        return *id;
    }

    void updateHead(const QString &household, const QString &selfCare, const QString &health)
    {
        Person head = HouseholdRepository(cb()).members(household)->first();
        head.selfCare = selfCare;
        head.health = health;
        QVERIFY(HouseholdRepository(cb()).updateMember(head, true).ok());
    }

    void category(const QString &household, const QString &code, const QDate &start, const QDate &review)
    {
        CategoryMembership c;
        c.householdId = household;
        c.category = code;
        c.startDate = start;
        c.reviewOn = review;
        QVERIFY(HouseholdRepository(cb()).addCategory(c).ok());
    }

    QString need(const QString &type)
    {
        Need n;
        n.householdId = m_a;
        n.needType = type;
        n.description = QStringLiteral("需要帮助");
        n.identifiedOn = cb().clock().today();
        auto id = NeedRepository(cb()).add(n);
        if (!id)
            qFatal("need: %s", qPrintable(id.message()));
        return *id;
    }

    QString send(const QString &org, const QString &project = {})
    {
        Referral r;
        r.needId = need(QStringLiteral("medical"));
        r.orgId = org;
        r.projectId = project;
        auto id = ReferralRepository(cb()).createDraft(r);
        if (!id)
            qFatal("createDraft: %s", qPrintable(id.message()));
        auto sent = ReferralRepository(cb()).send(
            *id, {qMakePair(m_headA, QStringLiteral("name")), qMakePair(m_headA, QStringLiteral("need"))});
        if (!sent)
            qFatal("send: %s", qPrintable(sent.message()));
        return *id;
    }

    void move(const QString &referral, const char *to)
    {
        auto r = ReferralRepository(cb()).move(referral, QLatin1String(to), QString());
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    QString lead(const QString &org, const QString &name)
    {
        Referral l;
        l.direction = QStringLiteral("from_charity");
        l.orgId = org;
        l.leadName = name;
        l.leadSituation = QStringLiteral("独居老人，无人照料");
        auto id = ReferralRepository(cb()).recordLead(l);
        if (!id)
            qFatal("lead: %s", qPrintable(id.message()));
        return *id;
    }

    void help(const QString &source, const QString &form, qint64 fen, const QDate &start, QString *id = nullptr)
    {
        Assistance a;
        a.householdId = m_a;
        a.source = source;
        a.programme = QStringLiteral("低保金");
        a.organisation = source == QLatin1String("charity") ? QStringLiteral("县慈善总会") : QString();
        a.needType = QStringLiteral("living");
        a.form = form;
        a.amountFen = fen;
        a.periodStart = start;
        auto r = AssistanceRepository(cb()).record(a, true);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        if (id)
            *id = *r;
    }

    QString planVisit(const QDate &due)
    {
        Visit v;
        v.householdId = m_a;
        v.kind = QStringLiteral("home");
        v.purpose = QStringLiteral("回访");
        v.dueOn = due;
        auto id = VisitRepository(cb()).plan(v);
        if (!id)
            qFatal("plan: %s", qPrintable(id.message()));
        return *id;
    }

    LinkageFigures figures(const ReportScope &scope)
    {
        auto f = Aggregates::compute(cb(), scope);
        if (!f)
            qFatal("compute: %s", qPrintable(f.message()));
        return *f;
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        on(2026, 1, 5);
        QVERIFY(HouseholdRepository(cb()).addVillage(QStringLiteral("110105100001"), QStringLiteral("东风村")).ok());
        QVERIFY(HouseholdRepository(cb()).addVillage(QStringLiteral("110105100002"), QStringLiteral("西湖社区")).ok());
        m_orgX = registerOrg(cb(), QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        m_orgY = registerOrg(cb(), QStringLiteral("阳光社工服务中心"), QStringLiteral("91110000600037341L"));
        CharityProject p;
        p.orgId = m_orgX;
        p.name = QStringLiteral("大病关爱");
        p.serviceTypes = {QStringLiteral("medical")};
        p.campaignTags = {QStringLiteral("中华慈善日"), QStringLiteral("春节")};
        m_project = *CharityDirectory(cb()).saveProject(p);

        // A: on the books all year, four people in three focus groups, 低保 since 2025 with a review in October.
        m_a = registerHousehold(cb(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        m_headA = HouseholdRepository(cb()).members(m_a)->first().id;
        member(m_a, QStringLiteral("王芳"), QDate(1950, 1, 1), QStringLiteral("parent"), QStringLiteral("partial"));
        member(m_a, QStringLiteral("张小宝"), QDate(2016, 5, 1), QStringLiteral("child"));
        member(m_a, QStringLiteral("李梅"), QDate(1992, 4, 4), QStringLiteral("spouse"), QStringLiteral("able"), 4);
        category(m_a, QStringLiteral("dibao"), QDate(2025, 6, 1), QDate(2026, 10, 15));
        for (const QString &org : {m_orgX, m_orgY})
            QVERIFY(ConsentRepository(cb())
                        .record(selfConsent(m_a, m_headA, QStringLiteral("张三"), org,
                                            {QStringLiteral("name"), QStringLiteral("need")}, QDate(2026, 1, 5)))
                        .ok());
        // C: closed on the last day of September, so gone from October on; its head would count as elderly.
        m_c = registerHousehold(cb(), QStringLiteral("赵六"), {}, QDate(1940, 2, 2));
        updateHead(m_c, QStringLiteral("lost"), QStringLiteral("healthy"));

        on(2026, 9, 15);
        help(QStringLiteral("government"), QStringLiteral("material"), -1, QDate(2026, 9, 15)); // before October
        on(2026, 9, 29);
        lead(m_orgX, QStringLiteral("孙七")); // September
        on(2026, 9, 30);
        QVERIFY(HouseholdRepository(cb()).closeHousehold(m_c, QDate(2026, 9, 30), QStringLiteral("迁出")).ok());
        need(QStringLiteral("medical")); // identified the day before October, still open
        m_r4 = send(m_orgY);             // sent in September
        on(2026, 10, 1);
        const QString education = need(QStringLiteral("education"));
        m_r1 = send(m_orgX, m_project);
        on(2026, 10, 2);
        move(m_r4, "accepted");
        on(2026, 10, 3);
        // B: registered in October, 特困 from the 10th, closed on the 20th; its head is elderly and seriously ill.
        m_b = registerHousehold(cb(), QStringLiteral("李四"), {}, QDate(1960, 3, 1));
        updateHead(m_b, QStringLiteral("lost"), QStringLiteral("serious"));
        on(2026, 10, 4);
        move(m_r1, "accepted");
        on(2026, 10, 5);
        const QString visitDone = planVisit(QDate(2026, 10, 5));
        planVisit(QDate(2026, 10, 20)); // never done: overdue by the end of October
        planVisit(QDate(2026, 11, 3));
        on(2026, 10, 6);
        move(m_r1, "helping");
        Visit done;
        done.status = QStringLiteral("done");
        done.doneOn = QDate(2026, 10, 6);
        done.kind = QStringLiteral("home");
        done.met = QStringLiteral("张三");
        done.findings = QStringLiteral("情况稳定");
        QVERIFY(VisitRepository(cb()).record(visitDone, done, QDate(2026, 12, 20)).ok()); // the next one after November
        on(2026, 10, 10);
        category(m_b, QStringLiteral("tekun"), QDate(2026, 10, 10), QDate());
        m_r2 = send(m_orgX);
        on(2026, 10, 11);
        auto completed = ReferralRepository(cb()).complete(m_r1, QStringLiteral("cash"), 50000, QString(), true);
        QVERIFY2(completed.ok(), qPrintable(completed.message()));
        on(2026, 10, 12);
        const QString leadX = lead(m_orgX, QStringLiteral("周八"));
        on(2026, 10, 14);
        move(leadX, "application_assisted");
        on(2026, 10, 15);
        move(m_r2, "declined");
        on(2026, 10, 20);
        QVERIFY(HouseholdRepository(cb()).closeHousehold(m_b, QDate(2026, 10, 20), QStringLiteral("去世")).ok());
        help(QStringLiteral("charity"), QStringLiteral("service"), -1, QDate(2026, 10, 20));
        on(2026, 10, 28);
        move(leadX, "approved");
        on(2026, 10, 30);
        const QString leadY = lead(m_orgY, QStringLiteral("吴九"));
        move(leadY, "not_eligible");
        on(2026, 10, 31);
        QString allowance;
        help(QStringLiteral("government"), QStringLiteral("cash"), 120000, QDate(2026, 10, 1), &allowance);
        Assistance corrected = *AssistanceRepository(cb()).entry(allowance);
        corrected.amountFen = 110000;
        QVERIFY(AssistanceRepository(cb()).amend(allowance, corrected, QStringLiteral("金额录错")).ok());
        need(QStringLiteral("living")); // the last day of October
        QVERIFY(NeedRepository(cb()).setStatus(education, QStringLiteral("met")).ok());
        m_r3 = send(m_orgY); // sent on the last day, not answered
        on(2026, 11, 1);
        m_r5 = send(m_orgX);
        on(2026, 11, 2);
        // D: registered in November, no category.
        m_d = registerHousehold(cb(), QStringLiteral("钱五"), QStringLiteral("360426199101010071"));
        on(2026, 12, 2);
    }
    void cleanup() { m_cb.reset(); }

    void householdsAndPeopleOnTheBooks()
    {
        const LinkageFigures oct = figures(ReportScope::month(2026, 10));
        QCOMPARE(oct.households, 2); // A and B; C closed in September, D registered in November
        QCOMPARE(oct.people, 5);
        QCOMPARE(oct.registered, 1);
        QCOMPARE(oct.closed, 1);
        const LinkageFigures sep = figures(ReportScope::month(2026, 9));
        QCOMPARE(sep.households, 2); // A and C (closed on the 30th: still on the books that month)
        QCOMPARE(sep.closed, 1);
        const LinkageFigures nov = figures(ReportScope::month(2026, 11));
        QCOMPARE(nov.households, 2); // A and D
        QCOMPARE(nov.registered, 1);
        QCOMPARE(nov.closed, 0);
        QCOMPARE(figures(ReportScope::year(2026)).households, 4);
    }

    void categoriesAndFocusGroups()
    {
        const LinkageFigures oct = figures(ReportScope::month(2026, 10));
        QHash<QString, qint64> categories, groups;
        for (const FigureCount &c : oct.categories)
            categories.insert(c.code, c.value);
        for (const FigureCount &c : oct.focusGroups)
            groups.insert(c.code, c.value);
        QCOMPARE(categories.value(QStringLiteral("dibao")), 1);
        QCOMPARE(categories.value(QStringLiteral("tekun")), 1);
        QCOMPARE(categories.value(QStringLiteral("temporary")), 0);
        QCOMPARE(groups.value(QStringLiteral("elderly_dependent")), 2); // A's grandmother, B's head (C is closed)
        QCOMPARE(groups.value(QStringLiteral("minor")), 1);
        QCOMPARE(groups.value(QStringLiteral("disabled")), 1);
        QCOMPARE(groups.value(QStringLiteral("seriously_ill")), 1);
        // The SQL says what Matching::groupsOf says, person by person.
        QHash<QString, qint64> byRule;
        for (const QString &h : {m_a, m_b})
            for (const Person &p : *HouseholdRepository(cb()).members(h))
                for (const QString &g : Matching::groupsOf(p, QDate(2026, 10, 31)))
                    ++byRule[g];
        QCOMPARE(groups, byRule);
        // September: B was not registered yet, C's head was on the books.
        const LinkageFigures sep = figures(ReportScope::month(2026, 9));
        QCOMPARE(sep.focusGroups.at(0).value, 2); // A's grandmother and C's head
        QCOMPARE(sep.categories.at(1).value, 0);  // no 特困
    }

    void needsByType()
    {
        const LinkageFigures oct = figures(ReportScope::month(2026, 10));
        QHash<QString, NeedFigures> by;
        for (const NeedFigures &n : oct.needs)
            by.insert(n.type, n);
        // Medical: the needs of R1 (1 Oct), R2 (10 Oct), R3 (31 Oct); R1's was met on the 11th. Open at the end:
        // the one of 30 Sep, R4's (30 Sep), R2's, R3's.
        QCOMPARE(by.value(QStringLiteral("medical")).identified, 3);
        QCOMPARE(by.value(QStringLiteral("medical")).met, 1);
        QCOMPARE(by.value(QStringLiteral("medical")).open, 4);
        QCOMPARE(by.value(QStringLiteral("education")).identified, 1);
        QCOMPARE(by.value(QStringLiteral("education")).met, 1); // met on the 31st: not open at the end
        QCOMPARE(by.value(QStringLiteral("education")).open, 0);
        QCOMPARE(by.value(QStringLiteral("living")).identified, 1);
        QCOMPARE(by.value(QStringLiteral("living")).open, 1);
        QCOMPARE(oct.needsIdentified, 5);
        QCOMPARE(oct.needsMet, 2);
        QCOMPARE(oct.needsOpen, 5);
    }

    void theReferralFunnelAndResponseTimes()
    {
        const LinkageFigures oct = figures(ReportScope::month(2026, 10));
        QCOMPARE(oct.funnel.sent, 3); // R1, R2, R3; R4 was sent in September, R5 in November
        QCOMPARE(oct.funnel.accepted, 1);
        QCOMPARE(oct.funnel.helping, 1);
        QCOMPARE(oct.funnel.completed, 1);
        QCOMPARE(oct.funnel.declined, 1);
        QCOMPARE(oct.funnel.open, 1);
        // Answers: R1 in 3 days, R2 in 5; R3 none yet. Completion: R1 in 10 days.
        QCOMPARE(oct.funnel.toAnswer.count, 2);
        QCOMPARE(*oct.funnel.toAnswer.median, 4.0);
        QCOMPARE(*oct.funnel.toAnswer.p90, 5.0);
        QCOMPARE(*oct.funnel.toCompletion.median, 10.0);
        QCOMPARE(oct.charities.size(), 2);
        QCOMPARE(oct.charities.at(0).orgName, QStringLiteral("县慈善总会"));
        QCOMPARE(oct.charities.at(0).sent, 2);
        QCOMPARE(oct.charities.at(0).declined, 1);
        QCOMPARE(oct.charities.at(1).sent, 1);
        QVERIFY(!oct.charities.at(1).toAnswer.median.has_value());
        const LinkageFigures sep = figures(ReportScope::month(2026, 9));
        QCOMPARE(sep.funnel.sent, 1);
        QCOMPARE(sep.funnel.accepted, 1); // R4, accepted on 2 October: how far it went is as of today
        QCOMPARE(*sep.funnel.toAnswer.median, 2.0);
        QCOMPARE(figures(ReportScope::month(2026, 11)).funnel.sent, 1);
        // Problems: R2 was declined in October. R3, sent on the last day of October, waits past its answer date by
        // the end of November, and so does R5; R4 was answered (accepted), so it is not waiting.
        QCOMPARE(oct.declinedReferrals.size(), 1);
        QCOMPARE(oct.declinedReferrals.first().referralId, m_r2);
        QVERIFY(oct.overdueReferrals.isEmpty());
        const LinkageFigures nov = figures(ReportScope::month(2026, 11));
        QCOMPARE(nov.overdueReferrals.size(), 2);
        QCOMPARE(nov.overdueReferrals.at(0).referralId, m_r3);
        QCOMPARE(nov.overdueReferrals.at(1).referralId, m_r5);
        QCOMPARE(nov.overdueReferrals.at(0).daysOverdue,
                 int(ReferralRepository(cb()).referral(m_r3)->dueOn.daysTo(QDate(2026, 11, 30))));
        QVERIFY(nov.declinedReferrals.isEmpty());
    }

    void leadsHelpVisitsReviewsCampaigns()
    {
        const LinkageFigures oct = figures(ReportScope::month(2026, 10));
        QCOMPARE(oct.leads.reported, 2);
        QCOMPARE(oct.leads.approved, 1);
        QCOMPARE(oct.leads.notEligible, 1);
        QCOMPARE(oct.leadsByCharity.size(), 2);
        // Help: the allowance amended from 1,200 to 1,100 yuan counts once, as amended; the charity's 500 yuan
        // from R1's completion and its service on the 20th; September's material help is not in October.
        QCOMPARE(oct.governmentFen, 110000);
        QCOMPARE(oct.charityFen, 50000);
        int entries = 0;
        for (const HelpFigures &h : oct.help)
            entries += h.entries;
        QCOMPARE(entries, 3);
        QCOMPARE(oct.visitsDue, 2);
        QCOMPARE(oct.visitsDone, 1);
        QCOMPARE(oct.visitsOverdue, 1);
        QCOMPARE(oct.reviewsDue, 1);
        QCOMPARE(oct.reviewsOverdue, 1);
        QCOMPARE(oct.campaigns.size(), 2);
        QCOMPARE(oct.campaigns.at(0).referrals, 1);
        QCOMPARE(oct.campaigns.at(0).completed, 1);
        QCOMPARE(oct.campaigns.at(0).helpFen, 50000);
        const LinkageFigures nov = figures(ReportScope::month(2026, 11));
        QCOMPARE(nov.visitsDue, 1);
        QCOMPARE(nov.visitsOverdue, 2); // 20 Oct and 3 Nov, both still planned at the end of November
        QCOMPARE(nov.governmentFen + nov.charityFen, 0);
        QVERIFY(nov.campaigns.isEmpty());
    }

    void theListBehindAFigureHasItsCount()
    {
        const ReportScope oct = ReportScope::month(2026, 10);
        const LinkageFigures f = figures(oct);
        QCOMPARE(Aggregates::list(cb(), oct, QStringLiteral("households"), {})->rows.size(), f.households);
        auto elderly = Aggregates::list(cb(), oct, QStringLiteral("focus"), QStringLiteral("elderly_dependent"));
        QCOMPARE(elderly->rows.size(), 2);
        QCOMPARE(elderly->kind, FigureList::Kind::Households);
        QVERIFY(elderly->householdIds.contains(m_b));
        for (const auto &[code, label] : Aggregates::funnelStages()) {
            auto rows = Aggregates::list(cb(), oct, QStringLiteral("referrals"), code);
            QVERIFY2(rows.ok(), qPrintable(code));
            const int expected = code == QLatin1String("sent")        ? f.funnel.sent
                                 : code == QLatin1String("accepted")  ? f.funnel.accepted
                                 : code == QLatin1String("declined")  ? f.funnel.declined
                                 : code == QLatin1String("completed") ? f.funnel.completed
                                 : code == QLatin1String("open")      ? f.funnel.open
                                 : code == QLatin1String("helping")   ? f.funnel.helping
                                                                      : 0;
            QCOMPARE(rows->rows.size(), expected);
        }
        auto declinedAtX =
            Aggregates::list(cb(), oct, QStringLiteral("referrals"), QStringLiteral("declined/") + m_orgX);
        QCOMPARE(declinedAtX->rows.size(), 1);
        QCOMPARE(declinedAtX->rows.first().at(0), ReferralRepository(cb()).referral(m_r2)->number);
        QCOMPARE(Aggregates::list(cb(), oct, QStringLiteral("visits_overdue"), {})->rows.size(), f.visitsOverdue);
        QCOMPARE(Aggregates::list(cb(), oct, QStringLiteral("need_open"), QStringLiteral("medical"))->rows.size(), 1);
        QCOMPARE(
            Aggregates::list(cb(), oct, QStringLiteral("help"), QStringLiteral("government/cash"))->rows.first().at(4),
            QStringLiteral("1100.00"));
        QVERIFY(!Aggregates::list(cb(), oct, QStringLiteral("nonsense"), {}).ok());
    }

    void aVillageNarrowsEverything()
    {
        auto villages = HouseholdRepository(cb()).villages();
        QVERIFY(villages->size() >= 2);
        ReportScope oct = ReportScope::month(2026, 10);
        oct.villageCode = villages->first().code; // every test household lives in the first village
        QCOMPARE(figures(oct).households, 2);
        QVERIFY(figures(oct).areaName.contains(villages->first().name));
        oct.villageCode = villages->at(1).code;
        const LinkageFigures other = figures(oct);
        QCOMPARE(other.households, 0);
        QCOMPARE(other.funnel.sent, 0);
        QCOMPARE(other.governmentFen, 0);
    }

    void medianAndPercentile()
    {
        QVERIFY(!Aggregates::summarise({}).median.has_value());
        QCOMPARE(*Aggregates::summarise({7}).median, 7.0);
        QCOMPARE(*Aggregates::summarise({1, 2, 3, 4}).median, 2.5);
        QCOMPARE(*Aggregates::summarise({10, 1, 2, 3, 4, 5, 6, 7, 8, 9}).p90, 9.0);
        QCOMPARE(*Aggregates::summarise({10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11}).p90, 10.0);
        QVERIFY(!Aggregates::compute(cb(), ReportScope{QDate(2026, 2, 1), QDate(2026, 1, 1), {}, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(AggregatesTest)
#include "aggregates_test.moc"
