#include "rules/Matching.h"

#include <QTest>

using namespace xianjie;

class MatchingTest : public QObject
{
    Q_OBJECT

    static Person person(const QString &name, const QDate &birth)
    {
        Person p;
        p.id = name;
        p.name = name;
        p.birthDate = birth;
        p.sex = QStringLiteral("F");
        p.selfCare = QStringLiteral("able");
        p.health = QStringLiteral("healthy");
        return p;
    }

    static CharityProject project(const QString &id, const QString &org, const QStringList &services,
                                  const QStringList &groups)
    {
        CharityProject p;
        p.id = id;
        p.orgId = org;
        p.name = id;
        p.serviceTypes = services;
        p.targetGroups = groups;
        return p;
    }

    MatchSubject m_subject;
    QHash<QString, CharityOrg> m_orgs;

private slots:
    void init()
    {
        m_subject = MatchSubject();
        m_subject.today = QDate(2026, 3, 15);
        m_subject.villageCode = QStringLiteral("110105100001");
        m_subject.need.needType = QStringLiteral("care");
        m_subject.need.householdId = QStringLiteral("h");
        Person grandma = person(QStringLiteral("王芳"), QDate(1944, 2, 2));
        grandma.selfCare = QStringLiteral("lost");
        Person child = person(QStringLiteral("张小宝"), QDate(2016, 5, 1));
        m_subject.members = {grandma, child};
        m_orgs.clear();
        for (const char *id : {"a", "b", "c"}) {
            CharityOrg o;
            o.id = QLatin1String(id);
            o.name = QStringLiteral("机构") + QLatin1String(id);
            m_orgs.insert(o.id, o);
        }
    }

    void groupsFollowTheMembers()
    {
        QCOMPARE(Matching::groupsOf(m_subject.members.at(0), m_subject.today),
                 QStringList{QStringLiteral("elderly_dependent")});
        QCOMPARE(Matching::groupsOf(m_subject.members.at(1), m_subject.today), QStringList{QStringLiteral("minor")});
        Person ill = person(QStringLiteral("x"), QDate(1980, 1, 1));
        ill.health = QStringLiteral("serious");
        ill.disabilityCategory = 4;
        ill.disabilityGrade = 2;
        QCOMPARE(Matching::groupsOf(ill, m_subject.today),
                 (QStringList{QStringLiteral("disabled"), QStringLiteral("seriously_ill")}));
    }

    void rankByFitWithReasons()
    {
        CharityProject elderly = project(QStringLiteral("elderly care"), QStringLiteral("a"), {QStringLiteral("care")},
                                         {QStringLiteral("elderly_dependent")});
        elderly.region = {QStringLiteral("110105100")};
        elderly.capacity = 10;
        elderly.capacityUsed = 7;
        CharityProject general = project(QStringLiteral("general"), QStringLiteral("b"), {}, {});
        CharityProject disabled = project(QStringLiteral("for disabled"), QStringLiteral("c"), {QStringLiteral("care")},
                                          {QStringLiteral("disabled")});
        CharityProject school = project(QStringLiteral("school"), QStringLiteral("c"), {QStringLiteral("education")},
                                        {QStringLiteral("minor")});
        const auto ranked = Matching::rank(m_subject, {general, school, disabled, elderly}, m_orgs);
        QCOMPARE(ranked.size(), 3); // the school project offers another service
        QCOMPARE(ranked.at(0).project.id, QStringLiteral("elderly care"));
        QCOMPARE(ranked.at(1).project.id, QStringLiteral("for disabled"));
        QCOMPARE(ranked.at(2).project.id, QStringLiteral("general"));
        const QString reasons = ranked.at(0).reasons.join(QLatin1Char(' '));
        QVERIFY2(reasons.contains(QStringLiteral("Offers Care help")), qPrintable(reasons));
        QVERIFY(reasons.contains(QStringLiteral("王*")));
        QVERIFY(reasons.contains(QStringLiteral("Serves this township")));
        QVERIFY(reasons.contains(QStringLiteral("3 place")));
        QVERIFY(ranked.at(1).reasons.join(QLatin1Char(' ')).contains(QStringLiteral("no member concerned is")));
    }

    void projectsThatCannotHelpAreLeftOut()
    {
        CharityProject full = project(QStringLiteral("full"), QStringLiteral("a"), {}, {});
        full.capacity = 2;
        full.capacityUsed = 2;
        CharityProject elsewhere = project(QStringLiteral("elsewhere"), QStringLiteral("a"), {}, {});
        elsewhere.region = {QStringLiteral("4401")};
        CharityProject over = project(QStringLiteral("over"), QStringLiteral("a"), {}, {});
        over.endsOn = QDate(2026, 3, 1);
        CharityProject future = project(QStringLiteral("future"), QStringLiteral("a"), {}, {});
        future.startsOn = QDate(2026, 9, 5);
        CharityProject suspendedOrg = project(QStringLiteral("suspended"), QStringLiteral("b"), {}, {});
        m_orgs[QStringLiteral("b")].status = QStringLiteral("suspended");
        CharityProject noBudget = project(QStringLiteral("no budget"), QStringLiteral("a"), {}, {});
        noBudget.budgetFen = 100000;
        noBudget.budgetUsedFen = 100000;
        CharityProject unknownOrg = project(QStringLiteral("unknown"), QStringLiteral("zzz"), {}, {});
        QVERIFY(Matching::rank(m_subject, {full, elsewhere, over, future, suspendedOrg, noBudget, unknownOrg}, m_orgs)
                    .isEmpty());
    }

    void helpAlreadyReceivedRanksDown()
    {
        CharityProject a = project(QStringLiteral("a1"), QStringLiteral("a"), {QStringLiteral("care")}, {});
        CharityProject b = project(QStringLiteral("b1"), QStringLiteral("b"), {QStringLiteral("care")}, {});
        QCOMPARE(Matching::rank(m_subject, {a, b}, m_orgs).first().project.id, QStringLiteral("a1")); // by name
        Assistance got;
        got.source = QStringLiteral("charity");
        got.organisation = m_orgs.value(QStringLiteral("a")).name;
        got.needType = QStringLiteral("care");
        got.form = QStringLiteral("service");
        got.periodStart = QDate(2025, 12, 1);
        m_subject.received = {got};
        const auto ranked = Matching::rank(m_subject, {a, b}, m_orgs);
        QCOMPARE(ranked.first().project.id, QStringLiteral("b1"));
        QVERIFY(ranked.last().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("from this charity")));
        QVERIFY(ranked.first().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("another charity")));
        // Help older than twelve months does not count, nor help for another need.
        m_subject.received.first().periodStart = QDate(2025, 3, 1);
        QCOMPARE(Matching::rank(m_subject, {a, b}, m_orgs).first().project.id, QStringLiteral("a1"));
        m_subject.received.first().periodStart = QDate(2026, 1, 1);
        m_subject.received.first().needType = QStringLiteral("medical");
        QCOMPARE(Matching::rank(m_subject, {a, b}, m_orgs).first().project.id, QStringLiteral("a1"));
    }

    void theOrderIsDeterministic()
    {
        QList<CharityProject> projects;
        for (int i = 0; i < 20; ++i)
            projects << project(QStringLiteral("p%1").arg(i % 7), QStringLiteral("a"), {}, {});
        for (int i = 0; i < 20; ++i)
            projects[i].id = QStringLiteral("id%1").arg(19 - i);
        const auto first = Matching::rank(m_subject, projects, m_orgs);
        std::reverse(projects.begin(), projects.end());
        const auto second = Matching::rank(m_subject, projects, m_orgs);
        QCOMPARE(first.size(), 20);
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).project.id, second.at(i).project.id);
    }
};

QTEST_GUILESS_MAIN(MatchingTest)
#include "matching_test.moc"
