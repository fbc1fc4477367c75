#include "Builders.h"
#include "TestCasebook.h"
#include "storage/AuditLog.h"
#include "storage/CasebookCheck.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/ConsentWithdrawal.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/Schema.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationSync.h"
#include "sync/SyncOverview.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace xianjie;
using namespace xianjie::test;

/**
 * Station ⇄ county merging: several stations' bundles in any order and with any duplication give one county
 * state; a consent's withdrawal wins in every interleaving with the county's moves; a field changed on both sides
 * goes to the review queue and both sides end with the same value; a local change not yet sent is never
 * overwritten; stamps from the future are flagged; the same person at two stations alerts both; a cut audit log
 * is noticed at the county and by `check` at the station.
 */
class SyncMergeTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_countyClock;

    static Casebook::Identity stationIdentity(int n)
    {
        return {Casebook::Role::Station, QStringLiteral("110105") + QString::number(100 + n) + QStringLiteral("000"),
                QStringLiteral("第%1民政服务站").arg(n)};
    }

    std::unique_ptr<Casebook> createCounty(const QString &name)
    {
        auto county = Casebook::create(
            m_dir->filePath(name), {Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("测试县民政局")},
            m_countyClock);
        if (!county)
            qFatal("county: %s", qPrintable(county.message()));
        UserRepository users(**county);
        if (!users.createFirstUser(QStringLiteral("xianli"), QStringLiteral("县里"),
                                   QStringLiteral("county-pass-2026")))
            qFatal("county user");
        signInCounty(**county);
        return std::move(*county);
    }
    std::unique_ptr<Casebook> openCounty(const QString &path)
    {
        auto county = Casebook::open(path, m_countyClock);
        if (!county)
            qFatal("open county: %s", qPrintable(county.message()));
        signInCounty(**county);
        return std::move(*county);
    }
    static void signInCounty(Casebook &county)
    {
        if (!UserRepository(county).signIn(QStringLiteral("xianli"), QStringLiteral("county-pass-2026")))
            qFatal("county sign-in");
    }
    static void enroll(Casebook &county, Casebook &station)
    {
        auto grant = Enrollment::approve(county, *Enrollment::request(station));
        if (!grant || !Enrollment::accept(station, *grant))
            qFatal("enrol: %s", qPrintable(grant.message()));
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }
    QList<QByteArray> exportAll(Casebook &station)
    {
        auto files = StationSync::exportPending(station, m_dir->filePath(QStringLiteral("stick")));
        if (!files)
            qFatal("export: %s", qPrintable(files.message()));
        QList<QByteArray> out;
        for (const QString &p : std::as_const(*files))
            out << read(p);
        return out;
    }
    QByteArray downstream(Casebook &county, Casebook &station)
    {
        auto path =
            CountySync::exportDownstream(county, station.identity().code, m_dir->filePath(QStringLiteral("back")));
        if (!path)
            qFatal("downstream: %s", qPrintable(path.message()));
        return read(*path);
    }
    static void importOk(Casebook &casebook, const QByteArray &file)
    {
        const auto r = BundleImporter::import(casebook, file);
        if (r.outcome != BundleImporter::Outcome::Applied && r.outcome != BundleImporter::Outcome::AlreadyHad)
            qFatal("import: %s", qPrintable(r.reason));
    }
    /** Imports in the given order; held bundles are tried again after the others, as a clerk would. */
    static void importInOrder(Casebook &county, QList<QByteArray> files)
    {
        bool progress = true;
        while (!files.isEmpty() && progress) {
            progress = false;
            QList<QByteArray> held;
            for (const QByteArray &f : std::as_const(files)) {
                const auto r = BundleImporter::import(county, f);
                QVERIFY2(r.outcome != BundleImporter::Outcome::Refused, qPrintable(r.reason));
                if (r.outcome == BundleImporter::Outcome::Held)
                    held << f;
                else
                    progress = progress || r.outcome == BundleImporter::Outcome::Applied;
            }
            files = held;
        }
        QVERIFY(files.isEmpty());
    }
    static QString value(Casebook &cb, const QString &sql, const QVariantList &args = {})
    {
        auto v = Database::scalar(cb.db(), sql, args);
        if (!v)
            qFatal("%s", qPrintable(v.message()));
        return v->toString();
    }
    /** Every synced row (without the local rowid), the review queue, the field clocks and the audit copies. */
    static QByteArray digest(Casebook &cb, const QString &stationId = {})
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        auto add = [&](const QString &sql, const QStringList &skip = {}) {
            auto q = Database::exec(cb.db(), sql);
            if (!q)
                qFatal("%s", qPrintable(q.message()));
            while (q->next()) {
                const QSqlRecord r = q->record();
                for (int i = 0; i < r.count(); ++i)
                    if (r.fieldName(i) != QLatin1String("rid") && !skip.contains(r.fieldName(i)))
                        h.addData(r.value(i).toString().toUtf8() + '\x1f');
                h.addData("\n");
            }
        };
        for (const QString &table : Schema::syncedTables())
            add(stationId.isEmpty()
                    ? QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)
                    : QStringLiteral("SELECT * FROM %1 WHERE station_id = '%2' ORDER BY id").arg(table, stationId),
                Schema::localColumns(table)); // passwords and disclosed values stay where they were written
        if (stationId.isEmpty()) {
            add(QStringLiteral("SELECT kind, table_name, record_id, field, base_value, kept_value, kept_station, "
                               "kept_hlc, other_value, other_station, other_hlc FROM conflict WHERE kind <> "
                               "'same_person' ORDER BY 1, 2, 3, 4, 8, 11"));
            add(QStringLiteral("SELECT min(record_id, other_value), max(record_id, other_value) FROM conflict WHERE "
                               "kind = 'same_person' ORDER BY 1, 2"));
            add(QStringLiteral("SELECT * FROM field_clock ORDER BY 1, 2, 3"));
            add(QStringLiteral("SELECT * FROM station_audit ORDER BY 1, 2"));
        }
        return h.result().toHex();
    }

    /** A county with one charity in its directory, and the station enrolled (so it has the charity too). */
    std::unique_ptr<Casebook> countyWithOrg(TestCasebook &station, QString *org)
    {
        station.clock().set(m_countyClock.now());
        auto county = createCounty(QStringLiteral("county.casebook"));
        *org = registerOrg(*county, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        enroll(*county, station.casebook());
        return county;
    }

    /** A name without digits, different for each n. */
    static QString nameFor(const QString &surname, int n)
    {
        static const QString given = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return surname + given.at(n % 10) + given.at(n / 10 % 10) + given.at(n / 100 % 10);
    }

    /** One random piece of casework at a station. */
    static void randomWork(Casebook &cb, QRandomGenerator &rng, int n)
    {
        HouseholdRepository repo(cb);
        auto ids = Database::exec(cb.db(), QStringLiteral("SELECT id FROM household WHERE closed_on IS NULL ORDER BY "
                                                          "id"));
        QStringList households;
        while (ids->next())
            households << ids->value(0).toString();
        const QString household = households.at(rng.bounded(int(households.size())));
        switch (rng.bounded(4)) {
        case 0: {
            Household h = *repo.household(household);
            h.address = QStringLiteral("%1组%2号").arg(rng.bounded(1, 9)).arg(n);
            QVERIFY(repo.updateHousehold(h).ok());
            break;
        }
        case 1: {
            Person p = repo.members(household)->first();
            p.phone = QStringLiteral("1390000%1").arg(rng.bounded(1000, 9999));
            auto r = repo.updateMember(p, true);
            QVERIFY2(r.ok(), qPrintable(r.message()));
            break;
        }
        case 2: {
            Person p;
            p.householdId = household;
            p.name = nameFor(QStringLiteral("孙"), n);
            p.birthDate = QDate(2001, 1 + rng.bounded(12), 1 + rng.bounded(28));
            p.sex = QStringLiteral("F");
            p.relation = QStringLiteral("child");
            auto r = repo.addMember(p, true);
            QVERIFY2(r.ok(), qPrintable(r.message()));
            break;
        }
        default:
            registerHousehold(cb, nameFor(QStringLiteral("周"), n), {}, QDate(1960, 1 + rng.bounded(12), 3));
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_countyClock.set(QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC));
    }
    void cleanup() { m_dir.reset(); }

    void anyOrderAnyDuplicationGivesTheSameCountyState()
    {
        // Three stations, three rounds of casework and bundles each; one person registered at two stations.
        std::vector<std::unique_ptr<TestCasebook>> stations;
        for (int n = 1; n <= 3; ++n)
            stations.push_back(std::make_unique<TestCasebook>(6, 100 + n, stationIdentity(n)));
        const QString countyPath = m_dir->filePath(QStringLiteral("county.casebook"));
        {
            auto county = createCounty(QStringLiteral("county.casebook"));
            for (auto &s : stations)
                enroll(*county, s->casebook());
        }
        QRandomGenerator rng(20261126);
        QList<QByteArray> files;
        for (int round = 0; round < 3; ++round) {
            for (size_t s = 0; s < stations.size(); ++s) {
                stations[s]->clock().advance(60 * 1000 * (1 + rng.bounded(30)));
                for (int k = 0; k < 4; ++k)
                    randomWork(stations[s]->casebook(), rng, round * 100 + int(s) * 10 + k);
                if (round == 1 && s != 1)
                    registerHousehold(stations[s]->casebook(), nameFor(QStringLiteral("吴"), int(s)),
                                      QStringLiteral("110105199003070017"));
                files << exportAll(stations[s]->casebook());
            }
        }
        QVERIFY(files.size() == 9);

        QByteArray first;
        for (int trial = 0; trial < 6; ++trial) {
            QList<QByteArray> order = files;
            std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
            for (int d = 0; d < 4; ++d) // replays anywhere in the sequence
                order.insert(rng.bounded(int(order.size()) + 1), files.at(rng.bounded(int(files.size()))));
            const QString copy = m_dir->filePath(QStringLiteral("trial%1.casebook").arg(trial));
            QVERIFY(QFile::copy(countyPath, copy));
            auto county = openCounty(copy);
            importInOrder(*county, order);
            if (QTest::currentTestFailed())
                return;
            const QByteArray d = digest(*county);
            if (trial == 0)
                first = d;
            QCOMPARE(d, first);
            QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'same_person'")),
                     QStringLiteral("1"));
            QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM bundle_receipt")), QStringLiteral("9"));
            QVERIFY(CasebookCheck::run(county->db())->isEmpty());
            // The county holds exactly what each station holds.
            for (auto &s : stations)
                QCOMPARE(digest(*county, s->casebook().stationId()), digest(s->casebook(), s->casebook().stationId()));
        }
    }

    void withdrawalWinsInEveryInterleaving()
    {
        // Events after the referral reached the county: A the county records the charity's acceptance, C the
        // county's downstream bundle reaches the station, W the station records the withdrawal, B the station's
        // bundle with the withdrawal reaches the county (after W).
        const QStringList events = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("W")};
        QStringList order = events;
        int orders = 0;
        do {
            if (order.indexOf(QStringLiteral("B")) < order.indexOf(QStringLiteral("W")))
                continue;
            ++orders;
            const QString name = order.join(QString());
            m_dir = std::make_unique<QTemporaryDir>();
            TestCasebook station(0, 1, stationIdentity(1));
            Casebook &cb = station.casebook();
            auto county = createCounty(QStringLiteral("county.casebook"));
            enroll(*county, cb);
            const QString household =
                registerHousehold(cb, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
            const QString head = HouseholdRepository(cb).members(household)->first().id;
            const QString org = registerOrg(cb, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
            Need need;
            need.householdId = household;
            need.needType = QStringLiteral("medical");
            need.description = QStringLiteral("住院押金");
            const QString needId = *NeedRepository(cb).add(need);
            const QString consent = *ConsentRepository(cb).record(selfConsent(
                household, head, QStringLiteral("张三"), org, {QStringLiteral("name"), QStringLiteral("need")}));
            Referral draft;
            draft.needId = needId;
            draft.orgId = org;
            const QString referral = *ReferralRepository(cb).createDraft(draft);
            QVERIFY(ReferralRepository(cb).send(referral, {qMakePair(head, QStringLiteral("name"))}).ok());
            for (const QByteArray &f : exportAll(cb))
                importOk(*county, f);

            for (const QString &e : std::as_const(order)) {
                station.clock().advance(60 * 1000);
                m_countyClock.advance(60 * 1000);
                if (e == QLatin1String("A")) {
                    auto r = ReferralRepository(*county).move(referral, QStringLiteral("accepted"),
                                                              QStringLiteral("电话答复"));
                    // Once the county has the withdrawal, the referral goes no further there either.
                    QVERIFY2(r.ok() || r.message().contains(QStringLiteral("withdrawn")),
                             qPrintable(name + r.message()));
                } else if (e == QLatin1String("C")) {
                    importOk(cb, downstream(*county, cb));
                } else if (e == QLatin1String("W")) {
                    QVERIFY(ConsentWithdrawal(cb).withdraw(consent, QStringLiteral("verbal")).ok());
                } else {
                    for (const QByteArray &f : exportAll(cb))
                        importOk(*county, f);
                }
            }
            // Then the usual rounds both ways.
            for (int round = 0; round < 2; ++round) {
                for (const QByteArray &f : exportAll(cb))
                    importOk(*county, f);
                importOk(cb, downstream(*county, cb));
            }
            for (Casebook *side : {&cb, county.get()}) {
                QCOMPARE(value(*side, QStringLiteral("SELECT status FROM referral WHERE id = ?"), {referral}),
                         QStringLiteral("consent_withdrawn"));
                QVERIFY(!value(*side, QStringLiteral("SELECT withdrawn_on FROM consent WHERE id = ?"), {consent})
                             .isEmpty());
                const auto faults = CasebookCheck::run(side->db());
                QVERIFY2(faults->isEmpty(), qPrintable(name + faults->join(QLatin1Char(' '))));
            }
            // Both sides hold the same history of the referral.
            const QString events = QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM referral_event WHERE "
                                                  "referral_id = ? ORDER BY id)");
            QCOMPARE(value(cb, events, {referral}), value(*county, events, {referral}));
            // Everything the station sent has been acknowledged and left its outbox.
            QCOMPARE(value(cb, QStringLiteral("SELECT count(*) FROM change_log")), QStringLiteral("0"));
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(orders, 12);
    }

    void aFieldChangedOnBothSidesIsReviewedAndConverges()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        Casebook &cb = station.casebook();
        QString org;
        auto county = countyWithOrg(station, &org);
        for (const QByteArray &f : exportAll(cb))
            importOk(*county, f);
        importOk(cb, downstream(*county, cb));
        auto setPhone = [&](Casebook &side, const QString &phone) {
            CharityOrg o = *CharityDirectory(side).org(org);
            o.contactPhone = phone;
            QVERIFY(CharityDirectory(side).saveOrg(o).ok());
        };
        auto phone = [&](Casebook &side) {
            return CharityDirectory(side).org(org)->contactPhone;
        };

        // 1. The station's change is the later one: it wins, and the county keeps both in the review queue.
        m_countyClock.advance(60 * 1000);
        setPhone(*county, QStringLiteral("010-61110001"));
        station.clock().set(m_countyClock.now().addSecs(60));
        setPhone(cb, QStringLiteral("010-61110002"));
        for (const QByteArray &f : exportAll(cb))
            importOk(*county, f);
        QCOMPARE(phone(*county), QStringLiteral("010-61110002"));
        auto q =
            Database::exec(county->db(), QStringLiteral("SELECT kept_value, other_value FROM conflict WHERE kind = "
                                                        "'field' AND field = 'contact_phone'"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("010-61110002"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("010-61110001"));
        importOk(cb, downstream(*county, cb));
        QCOMPARE(phone(cb), QStringLiteral("010-61110002"));

        // 2. The station changes it first but has not sent it when the county's later change arrives: the local
        // change stays; once sent, the later county value wins on both sides.
        station.clock().advance(60 * 1000);
        setPhone(cb, QStringLiteral("010-61110003"));
        m_countyClock.set(station.clock().now().addSecs(60));
        setPhone(*county, QStringLiteral("010-61110004"));
        importOk(cb, downstream(*county, cb));
        QCOMPARE(phone(cb), QStringLiteral("010-61110003")); // not overwritten while unsent
        for (const QByteArray &f : exportAll(cb))
            importOk(*county, f);
        QCOMPARE(phone(*county), QStringLiteral("010-61110004"));
        importOk(cb, downstream(*county, cb));
        QCOMPARE(phone(cb), QStringLiteral("010-61110004"));
        QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'field'")),
                 QStringLiteral("2"));
        QVERIFY(CasebookCheck::run(cb.db())->isEmpty());
        QVERIFY(CasebookCheck::run(county->db())->isEmpty());
    }

    void theCountyDecidesAndTheStationFollows()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        Casebook &cb = station.casebook();
        QString org;
        auto county = countyWithOrg(station, &org);
        m_countyClock.advance(60 * 1000);
        CharityOrg o = *CharityDirectory(*county).org(org);
        o.contactPerson = QStringLiteral("李主任");
        QVERIFY(CharityDirectory(*county).saveOrg(o).ok());
        station.clock().set(m_countyClock.now().addSecs(60));
        o = *CharityDirectory(cb).org(org);
        o.contactPerson = QStringLiteral("王干事");
        QVERIFY(CharityDirectory(cb).saveOrg(o).ok());
        for (const QByteArray &f : exportAll(cb))
            importOk(*county, f);
        auto queue = SyncOverview::reviewQueue(*county, true);
        QCOMPARE(queue->size(), 1);
        const ReviewItem item = queue->first();
        QCOMPARE(item.kept, QStringLiteral("王干事"));
        QCOMPARE(item.other, QStringLiteral("李主任"));
        QVERIFY(item.record.contains(QStringLiteral("县慈善总会")));
        // The county knows better: the other value is written as a new change and reaches the station.
        m_countyClock.advance(120 * 1000);
        QVERIFY(
            SyncOverview::resolve(*county, item.id, SyncOverview::Decision::UseOther, QStringLiteral("电话核实")).ok());
        QCOMPARE(*SyncOverview::openReviews(*county), 0);
        QVERIFY(!SyncOverview::resolve(*county, item.id, SyncOverview::Decision::KeepKept, {}).ok()); // decided
        QCOMPARE(CharityDirectory(*county).org(org)->contactPerson, QStringLiteral("李主任"));
        importOk(cb, downstream(*county, cb));
        QCOMPARE(CharityDirectory(cb).org(org)->contactPerson, QStringLiteral("李主任"));
        QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review'")),
                 QStringLiteral("1"));
        // Only a field can take the other value; a flag is just marked reviewed.
        QVERIFY(
            Database::run(county->db(),
                          QStringLiteral("INSERT INTO conflict (kind, table_name, record_id, other_hlc, detected_at) "
                                         "VALUES ('future', 'household', ?, 'x', '2026-03-20')"),
                          {org})
                .ok());
        const qint64 flag = SyncOverview::reviewQueue(*county, true)->first().id;
        QVERIFY(!SyncOverview::resolve(*county, flag, SyncOverview::Decision::UseOther, {}).ok());
        QVERIFY(SyncOverview::resolve(*county, flag, SyncOverview::Decision::Reviewed, {}).ok());
    }

    void referenceDataReachesTheStation()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        QString org;
        auto county = countyWithOrg(station, &org);
        // After enrolment the county adds a village of the station's township, one of another township, and a
        // project of the charity; the next downstream bundle brings the station what concerns it.
        QVERIFY(
            HouseholdRepository(*county).addVillage(QStringLiteral("110105101299"), QStringLiteral("新建社区")).ok());
        QVERIFY(HouseholdRepository(*county).addVillage(QStringLiteral("110105102001"), QStringLiteral("别乡村")).ok());
        CharityProject p;
        p.orgId = org;
        p.name = QStringLiteral("助医行动");
        p.projectNumber = QStringLiteral("ZY-2026-01");
        p.serviceTypes = {QStringLiteral("medical")};
        p.capacity = 20;
        auto project = CharityDirectory(*county).saveProject(p);
        QVERIFY2(project.ok(), qPrintable(project.message()));
        importOk(station.casebook(), downstream(*county, station.casebook()));
        QCOMPARE(value(station.casebook(), QStringLiteral("SELECT name FROM village WHERE code = '110105101299'")),
                 QStringLiteral("新建社区"));
        QCOMPARE(value(station.casebook(), QStringLiteral("SELECT count(*) FROM village WHERE code = '110105102001'")),
                 QStringLiteral("0"));
        QCOMPARE(CharityDirectory(station.casebook()).project(*project)->name, QStringLiteral("助医行动"));
        QVERIFY(CasebookCheck::run(station.casebook().db())->isEmpty());
    }

    // Stop between bundles: the export ends after the bundle it was writing, every bundle written is whole and
    // recorded as sent, and the next export writes the rest.
    void anExportStopsBetweenBundles()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        Casebook &cb = station.casebook();
        auto county = createCounty(QStringLiteral("county.casebook"));
        enroll(*county, cb);
        for (int n = 0; n < 6; ++n)
            registerHousehold(cb, nameFor(QStringLiteral("钱"), n));
        auto waiting = [&cb] {
            return Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"))
                ->toInt();
        };
        const int before = waiting();
        int reports = 0;
        auto first = StationSync::exportPending(
            cb, m_dir->filePath(QStringLiteral("stick")), 2 * 1024, [&reports](int, int) { ++reports; },
            [&reports] { return reports >= 1; });
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first->size(), 1);
        QVERIFY(waiting() > 0);
        QVERIFY(waiting() < before);
        auto rest = StationSync::exportPending(cb, m_dir->filePath(QStringLiteral("stick")), 2 * 1024);
        QVERIFY(rest.ok());
        QVERIFY(!rest->isEmpty());
        QCOMPARE(waiting(), 0);
        for (const QString &f : *first + *rest)
            importOk(*county, read(f));
        QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM household")), QStringLiteral("6"));
    }

    void scansTravelAsPartsAndBigOutboxesAreSplit()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        Casebook &cb = station.casebook();
        auto county = createCounty(QStringLiteral("county.casebook"));
        enroll(*county, cb);
        const QString org = registerOrg(cb, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        QStringList scans;
        for (int n = 0; n < 3; ++n) {
            const QString household = registerHousehold(cb, nameFor(QStringLiteral("郑"), n));
            const QString head = HouseholdRepository(cb).members(household)->first().id;
            const QString consent = *ConsentRepository(cb).record(
                selfConsent(household, head, nameFor(QStringLiteral("郑"), n), org, {QStringLiteral("name")}));
            QByteArray scan(120 * 1024, char('A' + n)); // a signed form, scanned
            auto id = ConsentRepository(cb).attach(consent, QStringLiteral("签字同意书.pdf"), scan);
            QVERIFY2(id.ok(), qPrintable(id.message()));
            scans << *id;
        }
        const int waiting =
            Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"))
                ->toInt();
        QList<QPair<int, int>> progress;
        auto files = StationSync::exportPending(cb, m_dir->filePath(QStringLiteral("stick")), 150 * 1024,
                                                [&progress](int done, int all) { progress << qMakePair(done, all); });
        QVERIFY(files.ok());
        QVERIFY2(files->size() >= 3, qPrintable(QString::number(files->size())));
        // One report per bundle, counting up to everything that was waiting.
        QCOMPARE(progress.size(), files->size());
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first > progress.at(i - 1).first);
        QCOMPARE(progress.last(), qMakePair(waiting, waiting));
        for (const QString &f : std::as_const(*files)) {
            QVERIFY(QFileInfo(f).size() < 200 * 1024);
            importOk(*county, read(f));
        }
        for (int n = 0; n < 3; ++n)
            QCOMPARE(Database::scalar(county->db(), QStringLiteral("SELECT content FROM attachment WHERE id = ?"),
                                      {scans.at(n)})
                         ->toByteArray(),
                     QByteArray(120 * 1024, char('A' + n)));
    }

    void stampsFromTheFutureAreFlagged()
    {
        TestCasebook station(0, 1, stationIdentity(1));
        auto county = createCounty(QStringLiteral("county.casebook"));
        enroll(*county, station.casebook());
        station.clock().set(m_countyClock.now().addDays(3)); // a station PC whose clock runs days ahead
        registerHousehold(station.casebook(), QStringLiteral("李四"));
        const auto r = BundleImporter::import(*county, exportAll(station.casebook()).first());
        QCOMPARE(int(r.outcome), int(BundleImporter::Outcome::Applied));
        QVERIFY(r.flagged > 0);
        QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'future'")).toInt(),
                 r.flagged);
    }

    void thePersonAtTwoStationsAlertsBothWithoutNames()
    {
        TestCasebook one(0, 1, stationIdentity(1));
        TestCasebook two(0, 2, stationIdentity(2));
        auto county = createCounty(QStringLiteral("county.casebook"));
        enroll(*county, one.casebook());
        enroll(*county, two.casebook());
        registerHousehold(one.casebook(), QStringLiteral("王五"), QStringLiteral("110105199003070017"));
        registerHousehold(two.casebook(), QStringLiteral("王五"), QStringLiteral("110105199003070017"));
        for (Casebook *s : {&one.casebook(), &two.casebook()})
            for (const QByteArray &f : exportAll(*s))
                importOk(*county, f);
        QCOMPARE(value(*county, QStringLiteral("SELECT count(*) FROM conflict WHERE kind = 'same_person'")),
                 QStringLiteral("1"));
        for (Casebook *s : {&one.casebook(), &two.casebook()}) {
            const QByteArray down = downstream(*county, *s);
            QVERIFY(!down.contains("110105199003070017"));
            const auto r = BundleImporter::import(*s, down);
            QCOMPARE(r.alerts, 1);
            const QString text = value(*s, QStringLiteral("SELECT text FROM alert"));
            QVERIFY2(text.contains(QStringLiteral("0017")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("110105199003070017")) && !text.contains(QStringLiteral("王五")));
            QCOMPARE(value(*s, QStringLiteral("SELECT p.name FROM alert a JOIN person p ON p.id = a.record_id")),
                     QStringLiteral("王五"));
        }
    }

    void aCutAuditLogIsNoticedAtBothEnds()
    {
        TestCasebook station(5, 3, stationIdentity(1));
        Casebook &cb = station.casebook();
        auto county = createCounty(QStringLiteral("county.casebook"));
        enroll(*county, cb);
        for (const QByteArray &f : exportAll(cb))
            importOk(*county, f);
        importOk(cb, downstream(*county, cb));
        const int held =
            value(cb, QStringLiteral("SELECT value FROM station_settings WHERE key = 'county_audit_seq'")).toInt();
        QVERIFY(held > 10);
        QCOMPARE(value(*county, QStringLiteral("SELECT max(seq_to) FROM station_audit")).toInt(), held);
        // The county can read the station's log: every entry, newest first, the same as the station's own.
        AuditLog::Filter all;
        all.limit = 100000;
        auto copy = AuditLog::stationEntries(county->db(), cb.stationId(), all);
        QVERIFY(copy.ok());
        QCOMPARE(copy->size(), held);
        QCOMPARE(copy->first().seq, qint64(held));
        auto own = AuditLog::entries(cb.db(), all);
        QCOMPARE(copy->last().hash, own->last().hash);
        QCOMPARE(copy->first().userName, QStringLiteral("测试站长"));
        all.action = QStringLiteral("insert");
        QVERIFY(AuditLog::stationEntries(county->db(), cb.stationId(), all)->size() < held);
        QVERIFY(CasebookCheck::run(county->db())->isEmpty()); // the county's copy is checked by `check` too
        // Someone removes the newest entries behind the program's back; the rest of the chain still verifies.
        QVERIFY(Database::run(cb.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
        QVERIFY(Database::run(cb.db(), QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {held - 3}).ok());
        const auto faults = CasebookCheck::run(cb.db());
        QCOMPARE(faults->size(), 1);
        QVERIFY2(faults->first().contains(QString::number(held)), qPrintable(faults->first()));
        // New work chains on from the cut; the county sees that its copy is not continued and refuses.
        registerHousehold(cb, QStringLiteral("赵六"));
        const auto r = BundleImporter::import(*county, exportAll(cb).first());
        QCOMPARE(int(r.outcome), int(BundleImporter::Outcome::Refused));
        QVERIFY2(r.reason.contains(QStringLiteral("audit log")), qPrintable(r.reason));
        QCOMPARE(value(*county,
                       QStringLiteral("SELECT count(*) FROM household WHERE id IN (SELECT id FROM household "
                                      "WHERE station_id = ?)"),
                       {cb.stationId()})
                     .toInt(),
                 5);
        // Someone edits the county's copy of the station's log: `check` at the county names the station and entry.
        auto part = Database::exec(county->db(), QStringLiteral("SELECT seq_to, entries FROM station_audit LIMIT 1"));
        QVERIFY(part->next());
        QCborArray entries = QCborValue::fromCbor(qUncompress(part->value(1).toByteArray())).toArray();
        QCborArray changed = entries.at(3).toArray();
        changed[10] = QStringLiteral("改过的备注");
        entries[3] = changed;
        QVERIFY(Database::run(county->db(), QStringLiteral("UPDATE station_audit SET entries = ? WHERE seq_to = ?"),
                              {qCompress(QCborValue(entries).toCbor()), part->value(0)})
                    .ok());
        const auto countyFaults = CasebookCheck::run(county->db());
        QCOMPARE(countyFaults->size(), 1);
        QVERIFY2(countyFaults->first().contains(QStringLiteral("110105101000")) &&
                     countyFaults->first().contains(QStringLiteral("No. 4")),
                 qPrintable(countyFaults->first()));
    }
};

QTEST_GUILESS_MAIN(SyncMergeTest)
#include "sync_merge_test.moc"
