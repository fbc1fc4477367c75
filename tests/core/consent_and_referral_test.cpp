#include "Builders.h"
#include "TestCasebook.h"
#include "report/ReferralDocuments.h"
#include "rules/ReferralStates.h"
#include "storage/AssistanceRepository.h"
#include "storage/CasebookCheck.h"
#include "storage/CharityDirectory.h"
#include "storage/ConflictOfInterest.h"
#include "storage/ConsentRepository.h"
#include "storage/ConsentWithdrawal.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/Retention.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class ConsentAndReferralTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_household, m_head, m_wife, m_child, m_grandmother;
    QString m_orgA, m_orgB, m_projectA;
    QString m_need;

    Casebook &cb() { return m_cb->casebook(); }

    QString addMember(const QString &name, const QDate &birth, const QString &relation, bool lacksCapacity = false)
    {
        Person p;
        p.householdId = m_household;
        p.name = name;
        p.birthDate = birth;
        p.sex = QStringLiteral("F");
        p.relation = relation;
        p.lacksCapacity = lacksCapacity;
        auto id = HouseholdRepository(cb()).addMember(p, true);
        if (!id)
            qFatal("addMember: %s", qPrintable(id.message()));
        return *id;
    }

    Consent headConsent(const QString &org, const QStringList &items)
    {
        Consent c;
        c.householdId = m_household;
        c.consenterName = QStringLiteral("张三");
        c.consenterPersonId = m_head;
        c.orgId = org;
        c.purpose = QStringLiteral("medical");
        c.retentionMonths = 12;
        c.method = QStringLiteral("signed_paper");
        c.noticeVersion = ReferralDocuments::noticeVersion();
        c.grantedOn = QDate(2026, 3, 10);
        c.expiresOn = QDate(2027, 3, 9);
        c.members = {ConsentMember{m_head, QStringLiteral("self")}};
        c.items = items;
        return c;
    }

    static QStringList medicalItems()
    {
        return {QStringLiteral("name"),  QStringLiteral("sex_age"), QStringLiteral("address"),
                QStringLiteral("phone"), QStringLiteral("need"),    QStringLiteral("health")};
    }

    QString draft(const QString &org, const QString &project = {})
    {
        Referral r;
        r.needId = m_need;
        r.orgId = org;
        r.projectId = project;
        auto id = ReferralRepository(cb()).createDraft(r);
        if (!id)
            qFatal("createDraft: %s", qPrintable(id.message()));
        return *id;
    }

    QList<ReferralRepository::ItemChoice> choose(const QString &person, const QStringList &items)
    {
        QList<ReferralRepository::ItemChoice> out;
        for (const QString &i : items)
            out << qMakePair(person, i);
        return out;
    }

    QString sentReferral()
    {
        if (!ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems())).ok())
            qFatal("consent");
        const QString id = draft(m_orgA);
        auto sent = ReferralRepository(cb()).send(
            id, choose(m_head, ReferralRepository::minimumItems(QStringLiteral("medical"))));
        if (!sent)
            qFatal("send: %s", qPrintable(sent.message()));
        return id;
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(cb().db(), sql, values)->toInt();
    }

    QString status(const QString &referralId) { return ReferralRepository(cb()).referral(referralId)->status; }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        m_household = registerHousehold(cb(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        m_head = HouseholdRepository(cb()).members(m_household)->first().id;
        // Give the head a phone and a serious illness so that the shared values are recognisable.
        Person head = *HouseholdRepository(cb()).person(m_head);
        head.phone = QStringLiteral("13800138000");
        head.health = QStringLiteral("serious");
        QVERIFY(HouseholdRepository(cb()).updateMember(head, true).ok());
        m_wife = addMember(QStringLiteral("李梅"), QDate(1992, 4, 4), QStringLiteral("spouse"));
        m_child = addMember(QStringLiteral("张小宝"), QDate(2016, 5, 1), QStringLiteral("child"));
        m_grandmother = addMember(QStringLiteral("王芳"), QDate(1950, 1, 1), QStringLiteral("parent"), true);

        CharityDirectory dir(cb());
        CharityOrg a;
        a.name = QStringLiteral("县慈善总会");
        a.creditCode = QStringLiteral("53110000MA00000150");
        m_orgA = *dir.saveOrg(a);
        CharityOrg b;
        b.name = QStringLiteral("乡村助老协会");
        b.creditCode = QStringLiteral("91110000600037341L");
        m_orgB = *dir.saveOrg(b);
        CharityProject p;
        p.orgId = m_orgA;
        p.name = QStringLiteral("大病救助");
        p.capacity = 5;
        m_projectA = *dir.saveProject(p);

        Need n;
        n.householdId = m_household;
        n.personId = m_head;
        n.needType = QStringLiteral("medical");
        n.description = QStringLiteral("透析费用");
        auto need = NeedRepository(cb()).add(n);
        QVERIFY2(need.ok(), qPrintable(need.message()));
        m_need = *need;
    }
    void cleanup() { m_cb.reset(); }

    // --- consent rules ---

    void aMinorNeedsAGuardianWithIdentity()
    {
        ConsentRepository consents(cb());
        Consent c = headConsent(m_orgA, medicalItems());
        c.members << ConsentMember{m_child, QStringLiteral("self")};
        auto selfChild = consents.record(c);
        QVERIFY(!selfChild.ok());
        QVERIFY2(selfChild.message().contains(QStringLiteral("under 14")), qPrintable(selfChild.message()));
        c.members.last().basis = QStringLiteral("guardian");
        auto noIdentity = consents.record(c);
        QVERIFY(!noIdentity.ok());
        QVERIFY(noIdentity.message().contains(QStringLiteral("guardian")));
        c.guardianIdNumber = QStringLiteral("110105199003070017");
        c.guardianRelation = QStringLiteral("父亲");
        auto ok = consents.record(c);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        // A child's items are all sensitive.
        QCOMPARE(count(QStringLiteral("SELECT min(sensitive) FROM consent_item WHERE consent_id = ?"), {*ok}), 1);
    }

    void thePersonWithoutCapacityNeedsAGuardianAndAnAdultDecidesForThemselves()
    {
        ConsentRepository consents(cb());
        Consent c = headConsent(m_orgA, medicalItems());
        c.members << ConsentMember{m_grandmother, QStringLiteral("self")};
        auto r = consents.record(c);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("no legal capacity")), qPrintable(r.message()));
        Consent forWife = headConsent(m_orgA, medicalItems());
        forWife.members << ConsentMember{m_wife, QStringLiteral("guardian")};
        forWife.guardianIdNumber = QStringLiteral("110105199003070017");
        forWife.guardianRelation = QStringLiteral("丈夫");
        auto w = consents.record(forWife);
        QVERIFY(!w.ok());
        QVERIFY2(w.message().contains(QStringLiteral("decides for themselves")), qPrintable(w.message()));
    }

    void theDatabaseRefusesAConsentForAChildWithoutAGuardian()
    {
        const QString consent = *ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems()));
        const int before = count(QStringLiteral("SELECT count(*) FROM consent_member"));
        auto raw = Database::exec(cb().db(),
                                  QStringLiteral("INSERT INTO consent_member (id, station_id, created_at, updated_at, "
                                                 "consent_id, person_id, basis) VALUES (?, 's', 'x', 'x', ?, ?, "
                                                 "'self')"),
                                  {QStringLiteral("00000000-0000-7000-8000-000000000001"), consent, m_child});
        QVERIFY(!raw.ok());
        QVERIFY2(raw.message().contains(QStringLiteral("guardian")), qPrintable(raw.message()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consent_member")), before);
    }

    void consentTermsNeverChangeAndAreNeverDeleted()
    {
        const QString consent = *ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems()));
        QVERIFY(
            !Database::exec(cb().db(), QStringLiteral("UPDATE consent SET org_id = ? WHERE id = ?"), {m_orgB, consent})
                 .ok());
        QVERIFY(!Database::exec(cb().db(), QStringLiteral("UPDATE consent_item SET item = 'id_number'")).ok());
        QVERIFY(!Database::exec(cb().db(), QStringLiteral("DELETE FROM consent WHERE id = ?"), {consent}).ok());
        QVERIFY(ConsentWithdrawal(cb()).withdraw(consent, QStringLiteral("电话告知")).ok());
        // A withdrawal is not undone.
        QVERIFY(
            !Database::exec(cb().db(), QStringLiteral("UPDATE consent SET withdrawn_on = NULL WHERE id = ?"), {consent})
                 .ok());
        QVERIFY(!ConsentWithdrawal(cb()).withdraw(consent, QStringLiteral("again")).ok());
    }

    void anExpiredOrWithdrawnConsentCannotBeUsed()
    {
        Consent expired = headConsent(m_orgA, medicalItems());
        expired.grantedOn = QDate(2025, 1, 1);
        expired.expiresOn = QDate(2026, 3, 1);
        QVERIFY(ConsentRepository(cb()).record(expired).ok());
        Referral r;
        r.needId = m_need;
        r.orgId = m_orgA;
        auto refused = ReferralRepository(cb()).createDraft(r);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("Missing consent")), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QStringLiteral("县慈善总会")));

        const QString current = *ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems()));
        QVERIFY(ReferralRepository(cb()).createDraft(r).ok());
        auto withdrawn = ConsentWithdrawal(cb()).withdraw(current, QStringLiteral("本人来站"));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.message()));
        QVERIFY(!ReferralRepository(cb()).createDraft(r).ok());
    }

    void theWrongRecipientIsRefused()
    {
        QVERIFY(ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems())).ok());
        Referral r;
        r.needId = m_need;
        r.orgId = m_orgB;
        auto refused = ReferralRepository(cb()).createDraft(r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("乡村助老协会")));
        // A consent for one project does not cover the organisation's other work.
        Consent projectOnly = headConsent(m_orgB, medicalItems());
        CharityProject other;
        other.orgId = m_orgB;
        other.name = QStringLiteral("陪诊");
        projectOnly.projectId = *CharityDirectory(cb()).saveProject(other);
        QVERIFY(ConsentRepository(cb()).record(projectOnly).ok());
        QVERIFY(!ReferralRepository(cb()).createDraft(r).ok());
        r.projectId = projectOnly.projectId;
        QVERIFY(ReferralRepository(cb()).createDraft(r).ok());
        // Another purpose needs another consent.
        Need school;
        school.householdId = m_household;
        school.needType = QStringLiteral("education");
        school.description = QStringLiteral("学费");
        r.needId = *NeedRepository(cb()).add(school);
        QVERIFY(!ReferralRepository(cb()).createDraft(r).ok());
    }

    void anItemOutsideTheConsentIsNeverShared()
    {
        QVERIFY(ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems())).ok());
        const QString id = draft(m_orgA);
        ReferralRepository referrals(cb());
        const int opsBefore = count(QStringLiteral("SELECT count(*) FROM change_log"));
        auto refused = referrals.send(id, choose(m_head, {QStringLiteral("name"), QStringLiteral("id_number")}));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("Resident ID number")), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QStringLiteral("张*")));
        QVERIFY(!refused.message().contains(QStringLiteral("张三")));
        // Nor the data of a member the consent does not cover.
        QVERIFY(!referrals.send(id, choose(m_wife, {QStringLiteral("name")})).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral_shared_item")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), opsBefore);
        QCOMPARE(status(id), QStringLiteral("draft"));

        // What is available is what the consent covers, no more.
        auto avail = referrals.available(id);
        QCOMPARE(avail->size(), medicalItems().size());
        for (const SharedItem &s : *avail)
            QVERIFY(medicalItems().contains(s.item));

        QVERIFY(referrals
                    .send(id, choose(m_head, {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("need"),
                                              QStringLiteral("health")}))
                    .ok());
        QCOMPARE(status(id), QStringLiteral("sent"));
        auto letter = ReferralDocuments(cb()).letterHtml(id);
        QVERIFY2(letter.ok(), qPrintable(letter.message()));
        QVERIFY(letter->contains(QStringLiteral("张三")));
        QVERIFY(letter->contains(QStringLiteral("13800138000")));
        QVERIFY(letter->contains(QStringLiteral("透析费用")));
        QVERIFY(!letter->contains(QStringLiteral("110105199003070017")));
        QVERIFY(!letter->contains(QStringLiteral("1组1号"))); // address: consented, but not chosen
        QVERIFY(!letter->contains(QStringLiteral("李梅")));

        auto packet = ReferralDocuments(cb()).packetJson(id);
        QVERIFY(packet.ok());
        const QJsonObject json = QJsonDocument::fromJson(*packet).object();
        const QJsonArray people = json.value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 1);
        const QJsonObject items = people.first().toObject().value(QStringLiteral("items")).toObject();
        QCOMPARE(items.keys(), (QStringList{QStringLiteral("health"), QStringLiteral("name"), QStringLiteral("need"),
                                            QStringLiteral("phone")}));
        QCOMPARE(items.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
        // Producing them was audited.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action IN ('print', "
                                      "'export')"),
                       {id}),
                 2);
    }

    void withdrawalReachesOpenReferralsAndStopsTheLetter()
    {
        const QString id = sentReferral();
        const QString consent = ConsentRepository(cb()).consents(m_household)->first().id;
        auto numbers = ConsentWithdrawal(cb()).withdraw(consent, QStringLiteral("本人电话"));
        QVERIFY2(numbers.ok(), qPrintable(numbers.message()));
        QCOMPARE(numbers->size(), 1);
        QCOMPARE(numbers->first(), ReferralRepository(cb()).referral(id)->number);
        QCOMPARE(status(id), QStringLiteral("consent_withdrawn"));
        auto events = ReferralRepository(cb()).events(id);
        QCOMPARE(events->last().toStatus, QStringLiteral("consent_withdrawn"));
        QCOMPARE(events->last().userName, cb().user()->displayName);
        // Not retroactive: what was disclosed stays recorded.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM referral_shared_item WHERE referral_id = ?"), {id}) > 0);
        auto letter = ReferralDocuments(cb()).letterHtml(id);
        QVERIFY(!letter.ok());
        auto notice = ReferralDocuments(cb()).recallNoticeHtml(consent);
        QVERIFY2(notice.ok(), qPrintable(notice.message()));
        QVERIFY(notice->contains(numbers->first()));
        QVERIFY(notice->contains(QStringLiteral("县慈善总会")));
        QVERIFY(ConsentRepository(cb()).markRecipientTold(consent, QDate(2026, 3, 15)).ok());
    }

    void aLetterIsRefusedOnceItsConsentHasExpired()
    {
        const QString id = sentReferral();
        m_cb->clock().set(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));
        auto letter = ReferralDocuments(cb()).letterHtml(id);
        QVERIFY(!letter.ok());
        QVERIFY2(letter.message().contains(QStringLiteral("expired")), qPrintable(letter.message()));
        QVERIFY(!ReferralDocuments(cb()).packetJson(id).ok());
    }

    void disclosedValuesArePurgedWhenRetentionEnds()
    {
        const QString id = sentReferral();
        QCOMPARE(*Retention::purgeDisclosedData(cb()), 0);
        m_cb->clock().set(QDateTime(QDate(2027, 3, 16), QTime(9, 0), Qt::UTC)); // 12 months after 2026-03-15
        const int n = *Retention::purgeDisclosedData(cb());
        QCOMPARE(n, ReferralRepository::minimumItems(QStringLiteral("medical")).size());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral_shared_item WHERE value <> ''")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'purge'")), 1);
        QVERIFY(CasebookCheck::run(cb().db())->isEmpty());
        // The purge cannot be used to rewrite what was shared.
        QVERIFY(!Database::exec(cb().db(), QStringLiteral("UPDATE referral_shared_item SET value = 'x'")).ok());
        QVERIFY(!ReferralDocuments(cb()).letterHtml(id).ok());
    }

    // --- the state machine ---

    void theDatabaseAndCoreHoldTheSameStateMachine()
    {
        for (const QString &direction : {QStringLiteral("to_charity"), QStringLiteral("from_charity")}) {
            const QStringList statuses = ReferralStates::statuses(direction);
            for (const QString &from : statuses)
                for (const QString &to : statuses) {
                    const bool inDb = count(QStringLiteral("SELECT count(*) FROM referral_transition WHERE "
                                                           "direction = ? AND from_status = ? AND to_status = ?"),
                                            {direction, from, to}) == 1;
                    QVERIFY2(inDb == ReferralStates::allowed(direction, from, to),
                             qPrintable(QStringLiteral("%1: %2 → %3").arg(direction, from, to)));
                }
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral_transition")), 23);
    }

    void everyIllegalMoveIsRefused()
    {
        const QString id = sentReferral();
        ReferralRepository referrals(cb());
        for (const QString &to : ReferralStates::statuses(QStringLiteral("to_charity"))) {
            if (to == QLatin1String("sent") ||
                ReferralStates::allowed(QStringLiteral("to_charity"), QStringLiteral("sent"), to))
                continue;
            QVERIFY2(!referrals.move(id, to, QString()).ok(), qPrintable(to));
            QVERIFY2(!Database::exec(cb().db(), QStringLiteral("UPDATE referral SET status = ? WHERE id = ?"), {to, id})
                          .ok(),
                     qPrintable(to));
            QCOMPARE(status(id), QStringLiteral("sent"));
        }
        QVERIFY(referrals.move(id, QStringLiteral("accepted"), QStringLiteral("已受理")).ok());
        QVERIFY(!referrals.move(id, QStringLiteral("sent"), QString()).ok());
        QVERIFY(referrals.move(id, QStringLiteral("helping"), QString()).ok());
        QVERIFY(!referrals.move(id, QStringLiteral("accepted"), QString()).ok());
        // Terminal states stay terminal.
        QVERIFY(referrals.move(id, QStringLiteral("cancelled"), QStringLiteral("家庭搬走")).ok());
        for (const QString &to : ReferralStates::statuses(QStringLiteral("to_charity")))
            if (to != QLatin1String("cancelled"))
                QVERIFY2(!referrals.move(id, to, QString()).ok(), qPrintable(to));
        QCOMPARE(referrals.events(id)->size(), 5); // draft, sent, accepted, helping, cancelled
    }

    // From every state, every move the state machine does not allow is refused by core and by the database.
    void everyIllegalMoveFromEveryStateIsRefused_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("state");
        for (const QString &s : ReferralStates::statuses(QStringLiteral("to_charity")))
            QTest::addRow("to charity, %s", qPrintable(s)) << QStringLiteral("to_charity") << s;
        for (const QString &s : ReferralStates::statuses(QStringLiteral("from_charity")))
            QTest::addRow("lead, %s", qPrintable(s)) << QStringLiteral("from_charity") << s;
    }
    void everyIllegalMoveFromEveryStateIsRefused()
    {
        QFETCH(QString, direction);
        QFETCH(QString, state);
        ReferralRepository referrals(cb());
        QString id;
        if (direction == QLatin1String("to_charity")) {
            const QString consent = *ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems()));
            id = draft(m_orgA);
            if (state != QLatin1String("draft") && state != QLatin1String("consent_withdrawn") &&
                !(state == QLatin1String("cancelled")))
                QVERIFY(referrals.send(id, choose(m_head, {QStringLiteral("name")})).ok());
            if (state == QLatin1String("accepted") || state == QLatin1String("helping") ||
                state == QLatin1String("completed"))
                QVERIFY(referrals.move(id, QStringLiteral("accepted"), QString()).ok());
            if (state == QLatin1String("helping") || state == QLatin1String("completed"))
                QVERIFY(referrals.move(id, QStringLiteral("helping"), QString()).ok());
            if (state == QLatin1String("completed"))
                QVERIFY(referrals.complete(id, QStringLiteral("service"), -1, QString(), true).ok());
            if (state == QLatin1String("declined") || state == QLatin1String("returned") ||
                state == QLatin1String("cancelled"))
                QVERIFY(referrals.move(id, state, QString()).ok());
            if (state == QLatin1String("consent_withdrawn"))
                QVERIFY(ConsentWithdrawal(cb()).withdraw(consent, QStringLiteral("电话")).ok());
        } else {
            Referral lead;
            lead.orgId = m_orgB;
            lead.leadName = QStringLiteral("赵大爷");
            lead.leadSituation = QStringLiteral("独居");
            id = *referrals.recordLead(lead);
            if (state != QLatin1String("screening") && state != QLatin1String("not_eligible") &&
                state != QLatin1String("withdrawn"))
                QVERIFY(referrals.move(id, QStringLiteral("application_assisted"), QString()).ok());
            if (state != QLatin1String("screening") && state != QLatin1String("application_assisted"))
                QVERIFY(referrals.move(id, state, QString()).ok());
        }
        QCOMPARE(status(id), state);
        const int events = int(referrals.events(id)->size());
        for (const QString &to : ReferralStates::statuses(direction)) {
            if (to == state || ReferralStates::allowed(direction, state, to))
                continue;
            QVERIFY2(!referrals.move(id, to, QString()).ok(), qPrintable(to));
            QVERIFY2(!Database::exec(cb().db(), QStringLiteral("UPDATE referral SET status = ? WHERE id = ?"), {to, id})
                          .ok(),
                     qPrintable(to));
            QCOMPARE(status(id), state);
        }
        QCOMPARE(int(referrals.events(id)->size()), events);
    }

    void aHandWrittenRowCannotGetRoundConsent()
    {
        // A draft exists under a valid consent; writing rows behind the application's back must still fail.
        const QString consent = *ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems()));
        const QString id = draft(m_orgA);
        auto noItems = Database::exec(cb().db(),
                                      QStringLiteral("UPDATE referral SET status = 'sent', sent_on = '2026-03-15' "
                                                     "WHERE id = ?"),
                                      {id});
        QVERIFY(!noItems.ok());
        QVERIFY2(noItems.message().contains(QStringLiteral("consent")), qPrintable(noItems.message()));
        const QString insert = QStringLiteral(
            "INSERT INTO referral_shared_item (id, station_id, created_at, updated_at, referral_id, person_id, item, "
            "consent_id, shared_on, value) VALUES (?, 's', 'x', 'x', ?, ?, ?, ?, '2026-03-15', 'v')");
        // An item the consent does not list.
        auto item = Database::exec(
            cb().db(), insert,
            {QStringLiteral("00000000-0000-7000-8000-000000000002"), id, m_head, QStringLiteral("id_number"), consent});
        QVERIFY(!item.ok());
        QVERIFY2(item.message().contains(QStringLiteral("no valid consent")), qPrintable(item.message()));
        // A person the consent does not cover.
        QVERIFY(!Database::exec(cb().db(), insert,
                                {QStringLiteral("00000000-0000-7000-8000-000000000003"), id, m_wife,
                                 QStringLiteral("name"), consent})
                     .ok());
        // A date outside the consent.
        QVERIFY(!Database::exec(cb().db(),
                                QString(insert).replace(QStringLiteral("'2026-03-15'"), QStringLiteral("'2028-01-01'")),
                                {QStringLiteral("00000000-0000-7000-8000-000000000004"), id, m_head,
                                 QStringLiteral("name"), consent})
                     .ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral_shared_item")), 0);
        // After withdrawal even a covered item is refused.
        QVERIFY(ConsentWithdrawal(cb()).withdraw(consent, QStringLiteral("书面")).ok());
        QVERIFY(!Database::exec(cb().db(), insert,
                                {QStringLiteral("00000000-0000-7000-8000-000000000005"), id, m_head,
                                 QStringLiteral("name"), consent})
                     .ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral_shared_item")), 0);
    }

    void completionEntersTheLedger()
    {
        Consent c = headConsent(m_orgA, medicalItems());
        QVERIFY(ConsentRepository(cb()).record(c).ok());
        const QString id = draft(m_orgA, m_projectA);
        ReferralRepository referrals(cb());
        QVERIFY(referrals.send(id, choose(m_head, {QStringLiteral("name"), QStringLiteral("need")})).ok());
        QVERIFY(!referrals.complete(id, QStringLiteral("cash"), 50000, QString(), true).ok()); // not accepted yet
        QVERIFY(referrals.move(id, QStringLiteral("accepted"), QString()).ok());
        QVERIFY(!referrals.complete(id, QStringLiteral("cash"), -1, QString(), true).ok());
        auto entry = referrals.complete(id, QStringLiteral("cash"), 50000, QStringLiteral("首期"), true);
        QVERIFY2(entry.ok(), qPrintable(entry.message()));
        auto a = AssistanceRepository(cb()).entry(*entry);
        QCOMPARE(a->referralId, id);
        QCOMPARE(a->source, QStringLiteral("charity"));
        QCOMPARE(a->organisation, QStringLiteral("县慈善总会"));
        QCOMPARE(a->amountFen, qint64(50000));
        QCOMPARE(NeedRepository(cb()).need(m_need)->status, QStringLiteral("met"));
        QCOMPARE(CharityDirectory(cb()).project(m_projectA)->capacityUsed, 1);
        QCOMPARE(referrals.referral(id)->closedOn, QDate(2026, 3, 15));
    }

    void aReferralNotAnsweredInTenWorkingDaysIsOverdue()
    {
        const QString id = sentReferral(); // Sunday 2026-03-15
        ReferralRepository referrals(cb());
        QCOMPARE(referrals.referral(id)->dueOn, QDate(2026, 3, 27));
        QVERIFY(!referrals.isOverdue(*referrals.referral(id)));
        m_cb->clock().set(QDateTime(QDate(2026, 3, 28), QTime(9, 0), Qt::UTC));
        QVERIFY(referrals.isOverdue(*referrals.referral(id)));
        ReferralRepository::Filter f;
        f.overdueOnly = true;
        QCOMPARE(referrals.referrals(f)->size(), 1);
        QVERIFY(referrals.move(id, QStringLiteral("accepted"), QString()).ok());
        QCOMPARE(referrals.referrals(f)->size(), 0);
        // Working days across a year end.
        QCOMPARE(ReferralStates::addWorkingDays(QDate(2026, 12, 24), 10), QDate(2027, 1, 7));
    }

    void leadsFromCharitiesAreFollowedAndLinked()
    {
        ReferralRepository referrals(cb());
        Referral lead;
        lead.orgId = m_orgB;
        lead.leadName = QStringLiteral("赵大爷");
        lead.leadSituation = QStringLiteral("独居，无收入");
        lead.leadProgramme = QStringLiteral("特困");
        lead.leadIdNumber = QStringLiteral("110105194912310021"); // wrong check character
        QVERIFY(!referrals.recordLead(lead).ok());
        lead.leadIdNumber = QStringLiteral("11010519491231002x");
        auto id = referrals.recordLead(lead);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(referrals.referral(*id)->leadIdNumber, QStringLiteral("11010519491231002X"));
        QVERIFY(referrals.referral(*id)->number.startsWith(QStringLiteral("L2026-")));
        QVERIFY(!referrals.move(*id, QStringLiteral("approved"), QString()).ok());
        QVERIFY(referrals.move(*id, QStringLiteral("application_assisted"), QString()).ok());
        QVERIFY(referrals.linkLead(*id, m_household).ok());
        QVERIFY(referrals.move(*id, QStringLiteral("approved"), QStringLiteral("已批准特困供养")).ok());
        QVERIFY(!referrals.move(*id, QStringLiteral("screening"), QString()).ok());
        ReferralRepository::Filter f;
        f.direction = QStringLiteral("from_charity");
        QCOMPARE(referrals.referrals(f)->size(), 1);
        QCOMPARE(referrals.referrals(f)->first().householdId, m_household);
        // A lead discloses nothing and has no letter.
        QVERIFY(!ReferralDocuments(cb()).letterHtml(*id).ok());
    }

    void aRelatedWorkerCannotReferTheHousehold()
    {
        QVERIFY(ConsentRepository(cb()).record(headConsent(m_orgA, medicalItems())).ok());
        UserRepository users(cb());
        QVERIFY(users
                    .createUser(QStringLiteral("lisi"), QStringLiteral("李四"), Role::Worker,
                                QStringLiteral("dongfeng-2026"))
                    .ok());
        QVERIFY(users.signIn(QStringLiteral("lisi"), QStringLiteral("dongfeng-2026")).ok());
        QVERIFY(ConflictOfInterest(cb()).declareHousehold(m_household, QStringLiteral("表哥家")).ok());
        Referral r;
        r.needId = m_need;
        r.orgId = m_orgA;
        auto refused = ReferralRepository(cb()).createDraft(r);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.message().contains(QStringLiteral("张三")));
    }

    void theSignedFormIsKeptWithTheConsent()
    {
        ConsentRepository consents(cb());
        const QString consent = *consents.record(headConsent(m_orgA, medicalItems()));
        const QByteArray scan = QByteArray("%PDF-1.4 signed form ") + QByteArray(2000, 'x');
        QVERIFY(!consents.attach(consent, QStringLiteral("empty.pdf"), QByteArray()).ok());
        QVERIFY(!consents.attach(consent, QStringLiteral("huge.pdf"), QByteArray(21 * 1024 * 1024, 'x')).ok());
        auto id = consents.attach(consent, QStringLiteral("/home/worker/扫描件 张三.pdf"), scan);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        auto files = consents.attachments(consent);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().fileName, QStringLiteral("扫描件 张三.pdf")); // no folder of the worker's computer
        QCOMPARE(files->first().size, qint64(scan.size()));
        QCOMPARE(files->first().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(*consents.attachmentContent(*id), scan);
        QCOMPARE(consents.consent(consent)->attachments, 1);
        // The file's bytes stay out of the change log and the audit log (its hash travels).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = ? AND fields LIKE "
                                      "'%signed form%'"),
                       {*id}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = ? AND fields LIKE "
                                      "'%sha256%'"),
                       {*id}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE after LIKE '%signed form%'")), 0);
    }

    void theCasebookStaysSound()
    {
        sentReferral();
        auto check = CasebookCheck::run(cb().db());
        QVERIFY(check.ok());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(ConsentAndReferralTest)
#include "consent_and_referral_test.moc"
