#include "DemoGenerator.h"

#include "report/ReferralDocuments.h"
#include "rules/ConsentPolicy.h"
#include "rules/ReferralStates.h"
#include "rules/Validation.h"
#include "storage/AssistanceRepository.h"
#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/RecordWriter.h"
#include "storage/ReferralRepository.h"
#include "storage/Transaction.h"
#include "storage/VisitRepository.h"

#include <QSet>
#include <random>

namespace xianjie {

namespace {

// Weighted by how common the surnames are; a few polyphonic surnames (曾 单 解 区 朴) exercise pinyin search.
const char16_t *const kSurnames[] = {
    u"王", u"王", u"王", u"李", u"李", u"李", u"张", u"张", u"张", u"刘", u"刘", u"陈", u"陈",   u"杨", u"杨", u"黄",
    u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"林", u"高", u"罗",   u"郑", u"梁", u"谢",
    u"宋", u"唐", u"韩", u"曹", u"许", u"邓", u"冯", u"曾", u"彭", u"田", u"董", u"潘", u"袁",   u"蔡", u"蒋", u"余",
    u"于", u"杜", u"叶", u"程", u"魏", u"苏", u"吕", u"丁", u"任", u"卢", u"单", u"解", u"欧阳", u"区", u"朴"};
const char16_t kMaleChars[] = u"伟强军勇杰涛明超刚平辉建国华文斌林峰鹏志海波春福贵根宝德永全成树山";
const char16_t kFemaleChars[] = u"芳娟敏静丽艳霞秀英兰玲梅红萍燕琴桂凤淑珍慧娜婷雪翠花云香荣";
const char16_t kChildChars[] = u"子涵浩宇轩欣怡梓诺一睿晨辰泽佳雨思博俊可馨乐安";

struct VillageName
{
    const char16_t *name;
    bool community;
};
const VillageName kVillages[] = {
    {u"东风村", false},   {u"红星村", false},   {u"新华村", false},   {u"和平村", false},  {u"长青村", false},
    {u"柳树湾村", false}, {u"杨家庄村", false}, {u"李家坪村", false}, {u"石桥村", false},  {u"高岭村", false},
    {u"清水村", false},   {u"金沙村", false},   {u"白马村", false},   {u"青龙村", false},  {u"双河村", false},
    {u"桃园社区", true},  {u"幸福社区", true},  {u"南关社区", true},  {u"北街社区", true}, {u"文昌社区", true},
};

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < p; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[size_t(between(0, int(N) - 1))]; }
    QChar pickChar(const char16_t *chars, size_t n) { return QChar(chars[between(0, int(n) - 2)]); } // n counts the NUL
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct Generator
{
    Random rnd;
    QDate today;
    QString areaCode;
    QSet<QString> ids;

    QString surname() { return QString::fromUtf16(rnd.pick(kSurnames)); }

    QString givenName(const QString &sex, int age)
    {
        QString given;
        const int length = rnd.chance(age < 30 ? 0.75 : 0.6) ? 2 : 1;
        for (int i = 0; i < length; ++i) {
            if (age < 30 && rnd.chance(0.6))
                given += rnd.pickChar(kChildChars, std::size(kChildChars));
            else if (sex == QLatin1String("M"))
                given += rnd.pickChar(kMaleChars, std::size(kMaleChars));
            else
                given += rnd.pickChar(kFemaleChars, std::size(kFemaleChars));
        }
        return given;
    }

    QDate birthForAge(int age)
    {
        const QDate d = today.addYears(-age).addDays(-rnd.between(1, 364));
        return d;
    }

    QString idNumber(const QDate &birth, const QString &sex)
    {
        for (;;) {
            int seq = rnd.between(0, 999);
            if ((seq % 2 == 1) != (sex == QLatin1String("M")))
                seq = (seq + 1) % 1000;
            const QString first17 = areaCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString id = first17 + Validation::residentIdCheckChar(first17);
            if (!ids.contains(id)) {
                ids.insert(id);
                return id;
            }
        }
    }

    Person person(const QString &name, int age, const QString &sex, const QString &relation)
    {
        Person p;
        p.name = name;
        p.sex = sex;
        p.birthDate = birthForAge(age);
        p.relation = relation;
        // Most have an ID number; some newborns and a few others are not registered yet.
        if (!(age < 1 && rnd.chance(0.5)) && rnd.chance(0.98))
            p.idNumber = idNumber(p.birthDate, sex);
        const bool elderly = age >= 60;
        const int h = rnd.weighted(
            elderly ? std::initializer_list<int>{55, 35, 10}
                    : (age < 18 ? std::initializer_list<int>{95, 2, 3} : std::initializer_list<int>{83, 11, 6}));
        p.health = QStringList{QStringLiteral("healthy"), QStringLiteral("chronic"), QStringLiteral("serious")}.at(h);
        if (rnd.chance(elderly ? 0.18 : 0.10)) {
            p.disabilityCategory = 1 + rnd.weighted({12, 14, 2, 40, 12, 12, 8});
            p.disabilityGrade = 1 + rnd.weighted({15, 30, 30, 25});
        }
        int care = 0;
        if (age >= 80)
            care = rnd.weighted({55, 30, 15});
        else if (elderly)
            care = rnd.weighted({82, 13, 5});
        if (p.disabilityGrade == 1 || p.disabilityGrade == 2)
            care = std::max(care, rnd.weighted({40, 40, 20}));
        if (p.health == QLatin1String("serious"))
            care = std::max(care, rnd.weighted({50, 35, 15}));
        p.selfCare = QStringList{QStringLiteral("able"), QStringLiteral("partial"), QStringLiteral("lost")}.at(care);
        if (age < 16 || age >= 65 || care == 2 || p.disabilityGrade == 1)
            p.workCapacity = QStringLiteral("none");
        else if (care == 1 || p.disabilityGrade == 2 || p.health == QLatin1String("serious") || age >= 60)
            p.workCapacity = QStringLiteral("partial");
        else
            p.workCapacity = QStringLiteral("full");
        return p;
    }

    QString mobile()
    {
        static const char *const prefixes[] = {"130", "133", "135", "138", "139", "150", "152",
                                               "158", "176", "180", "186", "188", "199"};
        return QString::fromLatin1(rnd.pick(prefixes)) +
               QStringLiteral("%1").arg(rnd.between(0, 99999999), 8, 10, QLatin1Char('0'));
    }
};

struct DemoOrg
{
    const char16_t *name;
    const char *types; // need types, space-separated
    const char *groups;
    const char16_t *contact;
};
// Synthetic organisations of the kinds a county has: a charity federation, foundations, social-work agencies.
const DemoOrg kOrgs[] = {
    {u"县慈善总会", "medical living education housing", "low_income seriously_ill", u"周海燕"},
    {u"阳光助学基金会", "education", "minor low_income", u"林晓东"},
    {u"夕阳红社会工作服务中心", "care psychological", "elderly_dependent", u"陈敏"},
    {u"同心康复服务社", "rehabilitation care", "disabled", u"黄建国"},
    {u"邻里互助协会", "living psychological employment", "low_income", u"赵丽"},
};
struct DemoProject
{
    int org;
    const char16_t *name;
    const char *types;
    const char *groups;
    int capacity;
    const char16_t *tags;
};
const DemoProject kProjects[] = {
    {0, u"大病医疗救助", "medical", "seriously_ill", 40, u""},
    {0, u"冬季暖心包", "living", "low_income", 200, u"春节"},
    {0, u"危房改造补助", "housing", "low_income", 12, u""},
    {1, u"困境儿童助学金", "education", "minor", 60, u"中华慈善日"},
    {2, u"失能老人居家照护", "care", "elderly_dependent", 30, u""},
    {2, u"心灵陪伴热线", "psychological", "", -1, u""},
    {3, u"残疾人康复训练", "rehabilitation", "disabled", 25, u""},
    {4, u"就业技能培训", "employment", "low_income", 50, u""},
};

QString needFor(const QString &hardshipCause, Random &rnd)
{
    if (hardshipCause == QLatin1String("illness"))
        return QStringLiteral("medical");
    if (hardshipCause == QLatin1String("disability"))
        return rnd.chance(0.6) ? QStringLiteral("rehabilitation") : QStringLiteral("care");
    if (hardshipCause == QLatin1String("education"))
        return QStringLiteral("education");
    if (hardshipCause == QLatin1String("old_age"))
        return rnd.chance(0.7) ? QStringLiteral("care") : QStringLiteral("psychological");
    if (hardshipCause == QLatin1String("unemployment"))
        return QStringLiteral("employment");
    return rnd.chance(0.8) ? QStringLiteral("living") : QStringLiteral("housing");
}

QString needText(const QString &type)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("medical"), QStringLiteral("住院和长期用药费用负担重")},
        {QStringLiteral("rehabilitation"), QStringLiteral("需要康复训练和辅具")},
        {QStringLiteral("care"), QStringLiteral("白天无人照料，需要上门照护")},
        {QStringLiteral("education"), QStringLiteral("孩子学费和生活费有困难")},
        {QStringLiteral("psychological"), QStringLiteral("独居，情绪低落，需要陪伴")},
        {QStringLiteral("employment"), QStringLiteral("希望学习技能找到工作")},
        {QStringLiteral("living"), QStringLiteral("冬季取暖和日常生活开支困难")},
        {QStringLiteral("housing"), QStringLiteral("房屋漏雨，需要修缮")},
    };
    return texts.value(type, QStringLiteral("生活困难"));
}

/** Fills an empty directory; returns the organisations' ids in kOrgs order. */
Result<QStringList> demoDirectory(Casebook &casebook)
{
    CharityDirectory directory(casebook);
    auto orgs = directory.orgs();
    if (!orgs)
        return orgs.error();
    QStringList ids;
    if (!orgs->isEmpty()) {
        for (const CharityOrg &o : *orgs)
            ids << o.id;
        return ids;
    }
    const QString county = casebook.identity().code.left(6);
    const QDate today = casebook.clock().today();
    int n = 0;
    for (const DemoOrg &d : kOrgs) {
        CharityOrg o;
        o.name = QString::fromUtf16(d.name);
        const QString first17 =
            QStringLiteral("53") + county + QStringLiteral("MA%1").arg(++n, 7, 10, QLatin1Char('0'));
        o.creditCode = first17 + Validation::creditCodeCheckChar(first17);
        o.registrationAuthority = QStringLiteral("县民政局");
        o.contactPerson = QString::fromUtf16(d.contact);
        o.contactPhone = QStringLiteral("1390%1").arg(1000000 + n * 4321);
        o.serviceArea = {county};
        o.serviceTypes = QString::fromLatin1(d.types).split(QLatin1Char(' '));
        o.targetGroups = QString::fromLatin1(d.groups).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        o.publicFundraising = n == 1;
        auto id = directory.saveOrg(o);
        if (!id)
            return id.error();
        ids << *id;
    }
    int number = 0;
    for (const DemoProject &d : kProjects) {
        CharityProject p;
        p.orgId = ids.at(d.org);
        p.name = QString::fromUtf16(d.name);
        p.projectNumber = QStringLiteral("%1-%2").arg(today.year()).arg(++number, 3, 10, QLatin1Char('0'));
        p.serviceTypes = QString::fromLatin1(d.types).split(QLatin1Char(' '));
        p.targetGroups = QString::fromLatin1(d.groups).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        p.capacity = d.capacity;
        p.startsOn = QDate(today.year(), 1, 1);
        p.endsOn = QDate(today.year(), 12, 31);
        const QString tags = QString::fromUtf16(d.tags);
        if (!tags.isEmpty())
            p.campaignTags = {tags};
        if (auto id = directory.saveProject(p); !id)
            return id.error();
    }
    return ids;
}

/**
 * Dates a demo referral's steps: its events in order get @p steps (the last date also for every later event), its
 * closing date, the need it met and the help it brought the last one.
 */
Result<void> backdateReferral(Casebook &casebook, const QString &householdId, const QString &referralId,
                              const QList<QDate> &steps)
{
    auto events = Database::exec(casebook.db(),
                                 QStringLiteral("SELECT id FROM referral_event WHERE referral_id = ? ORDER BY rid"),
                                 {referralId});
    if (!events)
        return events.error();
    RecordWriter writer(casebook);
    for (int i = 0; events->next(); ++i)
        if (auto w =
                writer.update(QStringLiteral("referral_event"), events->value(0).toString(),
                              {{QStringLiteral("happened_on"), steps.at(std::min<qsizetype>(i, steps.size() - 1))}});
            !w)
            return w.error();
    auto closed =
        Database::scalar(casebook.db(), QStringLiteral("SELECT closed_on FROM referral WHERE id = ?"), {referralId});
    if (!closed)
        return closed.error();
    if (!closed->isNull())
        if (auto w =
                writer.update(QStringLiteral("referral"), referralId, {{QStringLiteral("closed_on"), steps.last()}});
            !w)
            return w.error();
    // A need the referral met was met on the day it closed.
    auto need = Database::exec(casebook.db(),
                               QStringLiteral("SELECT n.id, n.identified_on FROM need n JOIN referral r ON r.need_id = "
                                              "n.id WHERE r.id = ? AND r.status = 'completed' AND n.closed_on IS NOT "
                                              "NULL"),
                               {referralId});
    if (!need)
        return need.error();
    if (need->next()) {
        const QDate identified = QDate::fromString(need->value(1).toString(), Qt::ISODate);
        if (auto w = writer.update(QStringLiteral("need"), need->value(0).toString(),
                                   {{QStringLiteral("closed_on"), std::max(identified, steps.last())}});
            !w)
            return w.error();
    }
    auto help = Database::exec(casebook.db(),
                               QStringLiteral("SELECT id FROM assistance WHERE household_id = ? AND referral_id = ?"),
                               {householdId, referralId});
    if (!help)
        return help.error();
    while (help->next())
        if (auto w = writer.update(QStringLiteral("assistance"), help->value(0).toString(),
                                   {{QStringLiteral("period_start"), steps.last()}});
            !w)
            return w.error();
    return {};
}

/**
 * Some households have a need on record; most of those consented to a charity and were referred, at every stage
 * a station sees: sent (some overdue), accepted, helping, completed with help in the ledger, declined.
 */
Result<void> demoCasework(Casebook &casebook, Random &rnd, const QString &householdId, const QList<Person> &people,
                          const QString &hardshipCause)
{
    const QDate today = casebook.clock().today();
    Need need;
    need.householdId = householdId;
    need.needType = needFor(hardshipCause, rnd);
    need.description = needText(need.needType);
    need.urgency = rnd.chance(0.2) ? QStringLiteral("urgent") : QStringLiteral("normal");
    need.source = rnd.chance(0.7) ? QStringLiteral("visit") : QStringLiteral("application");
    need.identifiedOn = today.addDays(-rnd.between(5, 300)); // spread over the year, for the reports
    auto needId = NeedRepository(casebook).add(need);
    if (!needId)
        return needId.error();
    const Person &head = people.first();
    if (ConsentPolicy::needsGuardian(head, today) || !rnd.chance(0.7))
        return {};
    ReferralRepository referrals(casebook);
    auto matches = referrals.matches(*needId);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return {};
    const CharityProject &project = matches->first().project;
    Consent c;
    c.householdId = householdId;
    c.consenterName = head.name;
    c.consenterPersonId = head.id;
    c.orgId = project.orgId;
    c.purpose = need.needType;
    c.noticeVersion = ReferralDocuments::noticeVersion();
    c.grantedOn = need.identifiedOn.addDays(rnd.between(0, 4));
    c.expiresOn = c.grantedOn.addYears(1);
    c.members = {ConsentMember{head.id, QStringLiteral("self")}};
    c.items = ReferralRepository::minimumItems(need.needType);
    if (auto r = ConsentRepository(casebook).record(c); !r)
        return r.error();
    Referral draft;
    draft.needId = *needId;
    draft.orgId = project.orgId;
    draft.projectId = project.id;
    auto id = referrals.createDraft(draft);
    if (!id)
        return id.error();
    QList<ReferralRepository::ItemChoice> chosen;
    for (const QString &item : c.items)
        chosen << qMakePair(head.id, item);
    if (auto r = referrals.send(*id, chosen); !r)
        return r.error();
    const int stage = rnd.weighted({35, 20, 15, 25, 5});
    // Demo only: spread the sending dates over the last weeks so that the list shows every stage, a few overdue.
    const QDate sent = stage == 0 ? std::max(c.grantedOn, today.addDays(-rnd.between(0, 18)))
                                  : std::min(today, c.grantedOn.addDays(rnd.between(0, 3)));
    if (auto r = RecordWriter(casebook).update(
            QStringLiteral("referral"), *id,
            {{QStringLiteral("sent_on"), sent},
             {QStringLiteral("due_on"), ReferralStates::addWorkingDays(sent, referrals.responseDays())}});
        !r)
        return r.error();
    // Demo only: each step dated after the one before (the charity answers within days, help takes weeks), never
    // after today, so that response times and months in reports look like a station's.
    QList<QDate> steps{sent, sent};
    auto step = [&](int from, int to) {
        steps << std::min(today, steps.last().addDays(rnd.between(from, to)));
    };
    auto backdate = [&]() -> Result<void> {
        return backdateReferral(casebook, householdId, *id, steps);
    };
    if (stage == 0)
        return backdate();
    if (stage == 4) {
        step(1, 6);
        if (auto r = referrals.move(*id, QStringLiteral("declined"), QStringLiteral("名额已满")); !r)
            return r;
        return backdate();
    }
    step(0, 4);
    if (auto r = referrals.move(*id, QStringLiteral("accepted"), QStringLiteral("已电话确认")); !r)
        return r;
    if (stage == 1)
        return backdate();
    step(1, 5);
    if (auto r = referrals.move(*id, QStringLiteral("helping"), QString()); !r)
        return r;
    if (stage == 2)
        return backdate();
    step(3, 40);
    const bool cash = need.needType == QLatin1String("medical") || need.needType == QLatin1String("education") ||
                      need.needType == QLatin1String("living") || need.needType == QLatin1String("housing");
    auto done = referrals.complete(*id, cash ? QStringLiteral("cash") : QStringLiteral("service"),
                                   cash ? qint64(rnd.between(5, 60)) * 10000 : -1, QString(), rnd.chance(0.7));
    if (!done)
        return done.error();
    return backdate();
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(Casebook &casebook, const Options &options)
{
    if (options.households < 0)
        return makeError(Error::Kind::Invalid, tr("The number of households cannot be negative."));
    if (casebook.identity().role != Casebook::Role::Station)
        return makeError(Error::Kind::Invalid, tr("Demo households go into a station casebook, not a county one."));

    Generator g{Random(options.seed), casebook.clock().today(), casebook.identity().code.left(6), {}};
    HouseholdRepository repo(casebook);
    VisitRepository visits(casebook);
    Summary summary;

    Transaction tx(casebook);
    if (!tx.isActive())
        return tx.error();

    auto existing = repo.villages();
    if (!existing)
        return existing.error();
    QList<Village> villages = *existing;
    if (villages.isEmpty()) {
        const QString township = casebook.identity().code.left(9);
        const int count = g.rnd.between(8, 20);
        int community = 0;
        int village = 0;
        QList<int> order;
        for (int i = 0; i < int(std::size(kVillages)); ++i)
            order << i;
        std::shuffle(order.begin(), order.end(), std::mt19937_64(options.seed));
        for (int i = 0; i < count; ++i) {
            const VillageName &v = kVillages[order.at(i)];
            const QString code = township + QStringLiteral("%1").arg(v.community ? ++community : 200 + ++village, 3, 10,
                                                                     QLatin1Char('0'));
            auto id = repo.addVillage(code, QString::fromUtf16(v.name));
            if (!id)
                return id.error();
            villages << Village{*id, code, QString::fromUtf16(v.name)};
        }
        summary.villages = count;
    }

    if (auto directory = demoDirectory(casebook); !directory)
        return directory.error();

    auto existingIds =
        Database::exec(casebook.db(), QStringLiteral("SELECT id_number FROM person WHERE id_number IS NOT NULL"));
    if (!existingIds)
        return existingIds.error();
    while (existingIds->next())
        g.ids.insert(existingIds->value(0).toString());

    static const QStringList categoryCodes = {QStringLiteral("dibao"),      QStringLiteral("tekun"),
                                              QStringLiteral("dibao_edge"), QStringLiteral("rigid_expense"),
                                              QStringLiteral("monitored"),  QStringLiteral("temporary"),
                                              QStringLiteral("other")};

    for (int n = 0; n < options.households; ++n) {
        const Village &village = villages.at(g.rnd.between(0, int(villages.size()) - 1));
        const QString family = g.surname();
        // Household shapes seen at stations: elderly alone or as a couple, families with children,
        // single adults with illness or disability, grandparents raising grandchildren.
        const int shape = g.rnd.weighted({30, 45, 15, 10});
        QList<Person> people;
        auto addPerson = [&](const QString &surname, int age, const QString &sex, const QString &relation) {
            people << g.person(surname + g.givenName(sex, age), age, sex, relation);
        };
        const QString headSex = g.rnd.chance(0.62) ? QStringLiteral("M") : QStringLiteral("F");
        const QString otherSex = headSex == QLatin1String("M") ? QStringLiteral("F") : QStringLiteral("M");
        switch (shape) {
        case 0: {
            const int age = g.rnd.between(60, 96);
            addPerson(family, age, headSex, QStringLiteral("self"));
            if (g.rnd.chance(0.45))
                addPerson(g.surname(), std::clamp(age + g.rnd.between(-6, 4), 58, 99), otherSex,
                          QStringLiteral("spouse"));
            break;
        }
        case 1: {
            const int age = g.rnd.between(28, 58);
            addPerson(family, age, headSex, QStringLiteral("self"));
            if (g.rnd.chance(0.75))
                addPerson(g.surname(), std::clamp(age + g.rnd.between(-5, 5), 22, 70), otherSex,
                          QStringLiteral("spouse"));
            const int children = g.rnd.weighted({10, 40, 35, 15});
            for (int c = 0; c < children; ++c) {
                const int childAge = std::clamp(age - g.rnd.between(22, 36), 0, 30);
                addPerson(headSex == QLatin1String("M") ? family : g.surname(), childAge,
                          g.rnd.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F"), QStringLiteral("child"));
            }
            if (people.size() < 6 && g.rnd.chance(0.2))
                addPerson(family, std::min(age + g.rnd.between(24, 32), 98),
                          g.rnd.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F"), QStringLiteral("parent"));
            break;
        }
        case 2:
            addPerson(family, g.rnd.between(18, 59), headSex, QStringLiteral("self"));
            break;
        default: {
            const int age = g.rnd.between(58, 80);
            addPerson(family, age, headSex, QStringLiteral("self"));
            if (g.rnd.chance(0.6))
                addPerson(g.surname(), std::clamp(age + g.rnd.between(-5, 5), 55, 90), otherSex,
                          QStringLiteral("spouse"));
            const int grandchildren = g.rnd.between(1, 3);
            for (int c = 0; c < grandchildren; ++c)
                addPerson(headSex == QLatin1String("M") ? family : g.surname(), g.rnd.between(1, 16),
                          g.rnd.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F"), QStringLiteral("grandchild"));
            break;
        }
        }
        while (people.size() > 6)
            people.removeLast();

        // Single adults are mostly here because of illness or disability.
        Person &head = people.first();
        if (shape == 2 && head.health == QLatin1String("healthy") && head.disabilityCategory == 0) {
            if (g.rnd.chance(0.5)) {
                head.health = QStringLiteral("serious");
            } else {
                head.disabilityCategory = 4;
                head.disabilityGrade = g.rnd.between(1, 3);
            }
        }

        Household h;
        h.villageId = village.id;
        // Demo data is what a Chinese station records, whatever the user's language.
        h.address = QStringLiteral("%1%2组%3号").arg(village.name).arg(g.rnd.between(1, 12)).arg(g.rnd.between(1, 80));
        if (g.rnd.chance(0.85))
            h.phone = g.mobile();
        bool anyIll = false, anyDisabled = false, anyStudent = false, anyElderly = false;
        for (const Person &p : std::as_const(people)) {
            const int age = p.ageOn(g.today);
            anyIll = anyIll || p.health == QLatin1String("serious");
            anyDisabled = anyDisabled || p.disabilityCategory > 0;
            anyStudent = anyStudent || (age >= 6 && age <= 22);
            anyElderly = anyElderly || age >= 60;
        }
        if (anyIll)
            h.hardshipCause = QStringLiteral("illness");
        else if (anyDisabled)
            h.hardshipCause = QStringLiteral("disability");
        else if (shape == 0)
            h.hardshipCause = QStringLiteral("old_age");
        else if (shape == 3)
            h.hardshipCause = QStringLiteral("labour");
        else if (anyStudent && g.rnd.chance(0.4))
            h.hardshipCause = QStringLiteral("education");
        else
            h.hardshipCause =
                QStringList{QStringLiteral("unemployment"), QStringLiteral("accident"), QStringLiteral("other")}.at(
                    g.rnd.between(0, 2));

        // Main category near the national shares of the low-income population; 特困 only for those without support.
        int category = g.rnd.weighted({55, 8, 14, 6, 8, 3, 6});
        if (category == 1 && !(people.size() == 1 && (anyElderly || anyDisabled)))
            category = 0;
        h.incomeFen = qint64(category <= 1 ? g.rnd.between(150, 850) : g.rnd.between(600, 1600)) * 100;

        auto hid = repo.createHousehold(h, people, true);
        if (!hid)
            return hid.error();
        summary.persons += int(people.size());

        CategoryMembership c;
        c.householdId = *hid;
        c.category = categoryCodes.at(category);
        c.startDate = g.today.addDays(-g.rnd.between(20, 6 * 365));
        if (c.category == QLatin1String("rigid_expense"))
            c.endDate = c.startDate.addMonths(12);
        else if (c.category == QLatin1String("temporary"))
            c.endDate = c.startDate.addMonths(g.rnd.between(1, 3));
        if (auto r = repo.addCategory(c); !r)
            return r.error();
        if (category == 0 && g.rnd.chance(0.06)) { // a recent sudden hardship on top of the allowance
            CategoryMembership t;
            t.householdId = *hid;
            t.category = QStringLiteral("temporary");
            t.startDate = g.today.addDays(-g.rnd.between(1, 60));
            t.endDate = t.startDate.addMonths(3);
            if (auto r = repo.addCategory(t); !r)
                return r.error();
        }
        // Four households in ten were visited in the last weeks (the next visit is then planned by the station's
        // plan); the others have a visit planned, some overdue, some due this week, most later.
        if (g.rnd.chance(0.4)) {
            Visit v;
            v.householdId = *hid;
            v.kind = g.rnd.chance(0.8) ? QStringLiteral("home") : QStringLiteral("phone");
            v.dueOn = g.today.addDays(-g.rnd.between(8, 35));
            auto planned = visits.plan(v);
            if (!planned)
                return planned.error();
            Visit done;
            done.doneOn = v.dueOn.addDays(g.rnd.between(0, 5));
            done.met = people.first().name;
            static const QStringList findings = {
                QStringLiteral("身体状况稳定，按时服药"), QStringLiteral("家中取暖不足，需要棉被"),
                QStringLiteral("情绪低落，已陪同聊天"), QStringLiteral("孩子在校情况良好"),
                QStringLiteral("房屋有漏雨，已记录需求")};
            done.findings = findings.at(g.rnd.between(0, int(findings.size()) - 1));
            if (v.kind == QLatin1String("home")) {
                static const QStringList services = {QStringLiteral("care"), QStringLiteral("psychological"),
                                                     QStringLiteral("rehabilitation"), QStringLiteral("material")};
                const QString service = services.at(g.rnd.between(0, int(services.size()) - 1));
                // Material help is delivered, not timed.
                const int minutes = g.rnd.between(2, 8) * 10;
                done.services << VisitService{service, service == QLatin1String("material") ? 0 : minutes};
            }
            if (auto r = visits.record(*planned, done); !r)
                return r.error();
        } else {
            Visit v;
            v.householdId = *hid;
            v.kind = g.rnd.chance(0.8) ? QStringLiteral("home") : QStringLiteral("phone");
            v.dueOn = g.today.addDays(g.rnd.between(-10, 80));
            if (auto r = visits.plan(v); !r)
                return r.error();
        }
        // Help received: last month's allowance for 低保 and 特困, a one-off payment for temporary assistance.
        if (category <= 1 || category == 5) {
            Assistance a;
            a.householdId = *hid;
            a.source = QStringLiteral("government");
            a.needType = QStringLiteral("living");
            a.form = QStringLiteral("cash");
            if (category == 5) {
                a.programme = QStringLiteral("临时救助");
                a.amountFen = qint64(g.rnd.between(10, 30)) * 10000;
                a.periodStart = std::min(c.startDate, g.today);
            } else {
                const QDate lastMonth = g.today.addMonths(-1);
                a.programme = category == 0 ? QStringLiteral("低保金") : QStringLiteral("特困供养金");
                a.amountFen = qint64(g.rnd.between(55, 95)) * 1000 * qint64(people.size());
                a.periodStart = QDate(lastMonth.year(), lastMonth.month(), 1);
                a.periodEnd = a.periodStart.addMonths(1).addDays(-1);
                if (a.periodStart < c.startDate)
                    a.periodStart = c.startDate;
                if (a.periodEnd < a.periodStart)
                    a.periodEnd = a.periodStart;
            }
            if (auto r = AssistanceRepository(casebook).record(a, true); !r)
                return r.error();
        }
        if (g.rnd.chance(0.08)) {
            auto members = repo.members(*hid);
            if (!members)
                return members.error();
            if (auto r = demoCasework(casebook, g.rnd, *hid, *members, h.hardshipCause); !r)
                return r.error();
        }
        if (g.rnd.chance(0.012)) {
            const QDate closed = g.today.addDays(-g.rnd.between(1, 400));
            if (auto r = repo.closeHousehold(*hid, closed, QStringLiteral("收入已超过当地标准")); !r)
                return r.error();
        }
        ++summary.households;
        if (options.progress && (n + 1) % 500 == 0 && !options.progress(n + 1))
            return makeError(Error::Kind::Invalid, tr("Stopped; no demo data was added."));
    }
    // A few leads from charities about people not (yet) registered.
    if (options.households > 0) {
        auto orgs = CharityDirectory(casebook).orgs();
        if (!orgs)
            return orgs.error();
        const QStringList situations = {QStringLiteral("独居老人，无固定收入，子女在外地"),
                                        QStringLiteral("父亲重病住院，家中两个孩子上学"),
                                        QStringLiteral("肢体残疾，失业半年")};
        const QStringList programmes = {QStringLiteral("特困"), QStringLiteral("临时救助"), QStringLiteral("低保")};
        ReferralRepository referrals(casebook);
        for (int i = 0; i < 3 && !orgs->isEmpty(); ++i) {
            Referral lead;
            lead.orgId = orgs->at(i % orgs->size()).id;
            lead.leadName = g.surname() + g.givenName(i == 1 ? QStringLiteral("F") : QStringLiteral("M"), 50);
            lead.leadSituation = situations.at(i);
            lead.leadProgramme = programmes.at(i);
            lead.leadVillage = villages.at(g.rnd.between(0, int(villages.size()) - 1)).name;
            lead.reportedOn = g.today.addDays(-g.rnd.between(1, 30));
            auto id = referrals.recordLead(lead);
            if (!id)
                return id.error();
            if (i == 0)
                if (auto r =
                        referrals.move(*id, QStringLiteral("application_assisted"), QStringLiteral("已协助提交申请"));
                    !r)
                    return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return summary;
}

} // namespace xianjie
