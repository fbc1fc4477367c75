#include "Builders.h"
#include "TestCasebook.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "sync/OpApplier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

/**
 * Ops from another casebook — what a bundle will carry — go through the same database rules: a crafted set of
 * ops that would disclose data without consent is refused whole, naming the missing consent.
 */
class OpApplierTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_source;
    QTemporaryDir m_dir;
    QList<Op> m_ops;
    QString m_referral;

    std::unique_ptr<Casebook> freshCasebook(const QString &name)
    {
        Casebook::Identity id{Casebook::Role::County, QStringLiteral("110105"), QStringLiteral("测试县民政局")};
        auto cb = Casebook::create(m_dir.filePath(name), id, m_source->clock());
        if (!cb)
            qFatal("create: %s", qPrintable(cb.message()));
        return std::move(*cb);
    }

    int count(Casebook &cb, const char *table)
    {
        return Database::scalar(cb.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    }

private slots:
    void init()
    {
        m_source = std::make_unique<TestCasebook>();
        Casebook &cb = m_source->casebook();
        const QString household = registerHousehold(cb, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        const QString head = HouseholdRepository(cb).members(household)->first().id;
        const QString orgId = registerOrg(cb, QStringLiteral("县慈善总会"), QStringLiteral("53110000MA00000150"));
        Need n;
        n.householdId = household;
        n.needType = QStringLiteral("medical");
        n.description = QStringLiteral("住院押金");
        const QString need = *NeedRepository(cb).add(n);
        QVERIFY(ConsentRepository(cb)
                    .record(selfConsent(household, head, QStringLiteral("张三"), orgId,
                                        {QStringLiteral("name"), QStringLiteral("need")}))
                    .ok());
        Referral draft;
        draft.needId = need;
        draft.orgId = orgId;
        m_referral = *ReferralRepository(cb).createDraft(draft);
        QVERIFY(
            ReferralRepository(cb)
                .send(m_referral, {qMakePair(head, QStringLiteral("name")), qMakePair(head, QStringLiteral("need"))})
                .ok());
        auto ops = OpApplier::outbox(cb);
        QVERIFY(ops.ok());
        m_ops = *ops;
    }
    void cleanup() { m_source.reset(); }

    void theOutboxAppliesElsewhereOnceAndOnlyOnce()
    {
        auto target = freshCasebook(QStringLiteral("a.casebook"));
        auto applied = OpApplier::apply(*target, m_ops);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QCOMPARE(applied->changed, int(m_ops.size()));
        QCOMPARE(count(*target, "referral_shared_item"), 2);
        QCOMPARE(
            Database::scalar(target->db(), QStringLiteral("SELECT status FROM referral WHERE id = ?"), {m_referral})
                ->toString(),
            QStringLiteral("sent"));
        // The copies of disclosed values stay at the station.
        QCOMPARE(count(*target, "referral_shared_item WHERE value <> ''"), 0);
        auto again = OpApplier::apply(*target, m_ops);
        QVERIFY(again.ok());
        QCOMPARE(again->changed, 0);
        // Every reference resolves: the ops came in an order the foreign keys accept.
        auto dangling = Database::exec(target->db(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(dangling.ok());
        QVERIFY(!dangling->next());
    }

    void aCraftedSetOfOpsCannotGetRoundConsent_data()
    {
        QTest::addColumn<QString>("crafted");
        QTest::newRow("consent item left out") << QStringLiteral("drop-item");
        QTest::newRow("consent left out") << QStringLiteral("drop-consent");
        QTest::newRow("consent withdrawn before the disclosure") << QStringLiteral("withdrawn");
        QTest::newRow("item outside the consent") << QStringLiteral("other-item");
        QTest::newRow("sent without disclosing") << QStringLiteral("no-items");
    }
    void aCraftedSetOfOpsCannotGetRoundConsent()
    {
        QFETCH(QString, crafted);
        QList<Op> ops;
        QString consentId;
        bool withdrawalAdded = false;
        for (const Op &op : std::as_const(m_ops))
            if (op.table == QLatin1String("consent"))
                consentId = op.recordId;
        for (Op op : std::as_const(m_ops)) {
            if (crafted == QLatin1String("drop-item") && op.table == QLatin1String("consent_item") &&
                op.fields.value(QStringLiteral("item")) == QLatin1String("name"))
                continue;
            if (crafted == QLatin1String("drop-consent") && op.table.startsWith(QLatin1String("consent")))
                continue;
            if (crafted == QLatin1String("no-items") && op.table == QLatin1String("referral_shared_item"))
                continue;
            if (crafted == QLatin1String("other-item") && op.table == QLatin1String("referral_shared_item") &&
                op.fields.value(QStringLiteral("item")) == QLatin1String("name"))
                op.fields.insert(QStringLiteral("item"), QStringLiteral("id_number"));
            ops << op;
            if (crafted == QLatin1String("withdrawn") && op.table == QLatin1String("consent_item")) {
                Op withdraw;
                withdraw.table = QStringLiteral("consent");
                withdraw.recordId = consentId;
                withdraw.op = QStringLiteral("update");
                withdraw.version = 2;
                withdraw.hlc = op.hlc;
                withdraw.stationId = op.stationId;
                withdraw.fields = {{QStringLiteral("withdrawn_on"), QStringLiteral("2026-03-15")},
                                   {QStringLiteral("withdrawal_method"), QStringLiteral("电话")}};
                if (!std::exchange(withdrawalAdded, true))
                    ops << withdraw;
            }
        }
        auto target = freshCasebook(crafted + QStringLiteral(".casebook"));
        auto applied = OpApplier::apply(*target, ops);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.message().contains(QStringLiteral("consent")), qPrintable(applied.message()));
        QVERIFY(applied.message().contains(QStringLiteral("Nothing was written")));
        for (const char *table : {"household", "person", "consent", "referral", "referral_shared_item"})
            QCOMPARE(count(*target, table), 0);
    }

    void opsForUnknownTablesOrColumnsAreRefused()
    {
        auto target = freshCasebook(QStringLiteral("b.casebook"));
        Op bad = m_ops.first();
        bad.fields.insert(QStringLiteral("password_hash"), QStringLiteral("x"));
        QVERIFY(!OpApplier::apply(*target, {bad}).ok());
        bad = m_ops.first();
        bad.table = QStringLiteral("audit_log");
        QVERIFY(!OpApplier::apply(*target, {bad}).ok());
        bad = m_ops.first();
        bad.fields.insert(QStringLiteral("name; DROP TABLE person"), 1);
        QVERIFY(!OpApplier::apply(*target, {bad}).ok());
    }
};

QTEST_GUILESS_MAIN(OpApplierTest)
#include "op_applier_test.moc"
