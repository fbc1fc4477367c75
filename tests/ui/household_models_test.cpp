#include "TestCasebook.h"
#include "models/AuditModel.h"
#include "models/CategoryModel.h"
#include "models/HouseholdListModel.h"
#include "models/MemberModel.h"
#include "rules/Labels.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/HouseholdRepository.h"
#include "storage/Schema.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class HouseholdModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;

private slots:
    void initTestCase() { m_cb = std::make_unique<TestCasebook>(450, 5); }
    void cleanupTestCase() { m_cb.reset(); }

    void listPagesInAndMasksIdNumbers()
    {
        HouseholdListModel model(m_cb->path(), m_cb->clock().today());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() >= HouseholdListModel::kPageSize);
        QTRY_COMPARE(model.totalCount(), 450);
        // Whole pages until the last; the model tester asks for more as well, as a view does, so how many pages are
        // in at any moment depends on timing (under the sanitizers, one page can still be on its way here).
        QElapsedTimer waited;
        waited.start();
        while (model.rowCount() < 450 && waited.elapsed() < 30000) {
            QCOMPARE(model.rowCount() % HouseholdListModel::kPageSize, 0);
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(20);
        }
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));

        static const QRegularExpression masked(QStringLiteral("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$"));
        int maskedRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, HouseholdListModel::IdNumber).data().toString();
            if (!id.isEmpty()) {
                QVERIFY2(masked.match(id).hasMatch(), qPrintable(id));
                ++maskedRows;
            }
        }
        QVERIFY(maskedRows > 400);
        QVERIFY(!model.index(0, HouseholdListModel::Village).data().toString().isEmpty());
        QVERIFY(model.index(0, HouseholdListModel::Members).data().toInt() >= 1);
    }

    void searchReplacesTheRows()
    {
        HouseholdListModel model(m_cb->path(), m_cb->clock().today());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() > 0);
        const QString head = model.index(3, HouseholdListModel::Head).data().toString();
        model.setQuery(head);
        QTRY_VERIFY(model.totalCount() >= 0);
        const qint64 expected = *HouseholdQuery::count(m_cb->casebook().db(), head);
        QCOMPARE(model.totalCount(), expected);
        QTRY_COMPARE(model.rowCount(), int(std::min<qint64>(expected, HouseholdListModel::kPageSize)));
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            found = found || model.index(row, HouseholdListModel::Head).data().toString() == head;
        QVERIFY(found);
        // Typing fast: only the last query's rows arrive.
        model.setQuery(QStringLiteral("z"));
        model.setQuery(QStringLiteral("zh"));
        model.setQuery(QStringLiteral("zha"));
        QTRY_VERIFY(model.totalCount() >= 0);
        QCOMPARE(model.query(), QStringLiteral("zha"));
        QCOMPARE(model.totalCount(), *HouseholdQuery::count(m_cb->casebook().db(), QStringLiteral("zha")));
        model.setQuery(QStringLiteral("no such person qqq"));
        QTRY_COMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshSeesChanges()
    {
        HouseholdListModel model(m_cb->path(), m_cb->clock().today());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() > 0);
        const QString id = model.householdIdAt(0);
        const int members = model.index(0, HouseholdListModel::Members).data().toInt();
        HouseholdRepository repo(m_cb->casebook());
        Person p;
        p.name = QStringLiteral("新成员");
        p.birthDate = QDate(2020, 1, 1);
        p.sex = QStringLiteral("F");
        p.relation = QStringLiteral("grandchild");
        p.householdId = id;
        QVERIFY(repo.addMember(p, true).ok());
        model.refresh();
        QTRY_COMPARE(model.index(0, HouseholdListModel::Members).data().toInt(), members + 1);
        QCOMPARE(model.householdIdAt(0), id);
    }

    void childrenAndSensitiveDataAreMaskedUntilRevealed()
    {
        HouseholdRepository repo(m_cb->casebook());
        HouseholdListModel list(m_cb->path(), m_cb->clock().today());
        QTRY_VERIFY(list.rowCount() > 0);
        Person child;
        child.name = QStringLiteral("王小宝");
        child.birthDate = m_cb->clock().today().addYears(-6);
        child.sex = QStringLiteral("M");
        child.relation = QStringLiteral("grandchild");
        child.health = QStringLiteral("serious");
        child.householdId = list.householdIdAt(2);
        const QString childId = *repo.addMember(child, true);
        MemberModel members;
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers(*repo.members(child.householdId), m_cb->clock().today());
        int row = -1;
        for (int r = 0; r < members.rowCount(); ++r)
            if (members.index(r, 0).data(MemberModel::PersonIdRole).toString() == childId)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(members.index(row, MemberModel::Name).data().toString(), QStringLiteral("王**"));
        QCOMPARE(members.index(row, MemberModel::Health).data().toString(), QStringLiteral("(hidden)"));
        QCOMPARE(members.index(row, MemberModel::Sex).data().toString(), QStringLiteral("(hidden)"));
        QCOMPARE(members.index(row, MemberModel::Age).data().toInt(), 6);
        QCOMPARE(members.index(0, MemberModel::Health).data().toString(), QStringLiteral("(hidden)")); // adults too

        AuditLog::Filter reveals_;
        reveals_.action = QStringLiteral("reveal");
        reveals_.recordId = childId;
        const qint64 reveals = AuditLog::entries(m_cb->casebook().db(), reveals_)->size();
        QVERIFY(repo.reveal(childId).ok());
        members.reveal(childId);
        QCOMPARE(members.index(row, MemberModel::Name).data().toString(), QStringLiteral("王小宝"));
        QCOMPARE(members.index(row, MemberModel::Health).data().toString(), QStringLiteral("Serious illness"));
        QCOMPARE(AuditLog::entries(m_cb->casebook().db(), reveals_)->size(), reveals + 1);

        // An auditor may not reveal.
        UserRepository users(m_cb->casebook());
        QVERIFY(
            users
                .createUser(QStringLiteral("aud"), QStringLiteral("审计"), Role::Auditor, QStringLiteral("shenji-2026"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("aud"), QStringLiteral("shenji-2026")).ok());
        QVERIFY(!repo.reveal(childId).ok());
        QVERIFY(users.signIn(QString::fromLatin1(TestCasebook::kHeadUser), QString::fromLatin1(TestCasebook::kPassword))
                    .ok());
    }

    void memberAndCategoryModels()
    {
        HouseholdRepository repo(m_cb->casebook());
        HouseholdListModel list(m_cb->path(), m_cb->clock().today());
        QTRY_VERIFY(list.rowCount() > 0);
        const QString id = list.householdIdAt(1);
        MemberModel members;
        QAbstractItemModelTester t1(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers(*repo.members(id), m_cb->clock().today());
        QVERIFY(members.rowCount() >= 1);
        QCOMPARE(members.index(0, MemberModel::Relation).data().toString(), QStringLiteral("Head of household"));
        const QString shownId = members.index(0, MemberModel::IdNumber).data().toString();
        QVERIFY(shownId.contains(QStringLiteral("********")) || shownId == QStringLiteral("(none)"));
        QVERIFY(members.index(0, MemberModel::Age).data().toInt() >= 0);

        CategoryModel categories;
        QAbstractItemModelTester t2(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        categories.setCategories(*repo.categories(id), m_cb->clock().today());
        QVERIFY(categories.rowCount() >= 1);
        QVERIFY(categories.index(0, 0).data(CategoryModel::CurrentRole).isValid());
        QVERIFY(!categories.index(0, CategoryModel::Category).data().toString().isEmpty());
        members.setMembers({}, m_cb->clock().today());
        QCOMPARE(members.rowCount(), 0);
    }

    /** Ctrl+End while a page is on its way (a scroll asked for it) still loads the whole list. No model tester here:
     * it asks for more pages itself, which would hide a lost request. */
    void fetchAllWhileAPageIsOnItsWay()
    {
        HouseholdListModel model(m_cb->path(), m_cb->clock().today());
        QTRY_COMPARE(model.rowCount(), HouseholdListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading());
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(!model.hasMore());
    }

    /** The list sorted and filtered in the database, page by page, under the model tester. */
    void sortingAndFilteringTheList()
    {
        HouseholdListModel model(m_cb->path(), m_cb->clock().today());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() > 0 && model.totalCount() > HouseholdListModel::kPageSize);
        model.sort(HouseholdListModel::Members, Qt::DescendingOrder);
        QTRY_VERIFY(model.rowCount() > 0);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, HouseholdListModel::Members).data().toInt() >=
                    model.index(r, HouseholdListModel::Members).data().toInt());
        // Ctrl+End's load: the whole list, in the same order.
        QTRY_VERIFY(model.totalCount() > 0);
        model.fetchAll();
        QTRY_COMPARE(qint64(model.rowCount()), model.totalCount());
        QCOMPARE(model.index(model.rowCount() - 1, HouseholdListModel::Members).data().toInt(), 1);
        // A village: only its households, and the count says how many.
        const Village village = HouseholdRepository(m_cb->casebook()).villages()->at(2);
        HouseholdQuery::Filter f;
        f.villageId = village.id;
        model.setFilter(f);
        QTRY_VERIFY(model.rowCount() > 0 && model.totalCount() > 0);
        QVERIFY(model.totalCount() < 450);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, HouseholdListModel::Village).data().toString(), village.name);
        // Back to everything by number.
        model.setFilter({});
        model.sort(HouseholdListModel::Number, Qt::AscendingOrder);
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(model.index(0, 0).data().toLongLong() < model.index(1, 0).data().toLongLong());
    }

    /** The audit log in words: every field a change can name has a label, money is in yuan, records are named. */
    void theAuditLogIsInWords()
    {
        Casebook &cb = m_cb->casebook();
        for (const QString &table : Schema::syncedTables()) {
            auto q = Database::exec(cb.db(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            QVERIFY(q.ok());
            while (q->next()) {
                const QString column = q->value(0).toString();
                static const QStringList bookkeeping = {QStringLiteral("rid"),        QStringLiteral("id"),
                                                        QStringLiteral("station_id"), QStringLiteral("created_at"),
                                                        QStringLiteral("updated_at"), QStringLiteral("version")};
                if (bookkeeping.contains(column) || column.endsWith(QLatin1String("_id")))
                    continue;
                QVERIFY2(Labels::fieldLabel(column) != column, qPrintable(table + QLatin1Char('.') + column));
                QVERIFY2(!Labels::fieldLabel(column).contains(QLatin1String("fen")), qPrintable(column));
            }
        }
        // Help received: the amount in yuan, the record named by its household.
        auto help = Database::exec(cb.db(), QStringLiteral("SELECT a.id, a.amount_fen, h.rid FROM assistance a JOIN "
                                                           "household h ON h.id = a.household_id WHERE a.amount_fen > "
                                                           "0 LIMIT 1"));
        QVERIFY(help.ok() && help->next());
        AuditLog::Filter f;
        f.recordId = help->value(0).toString();
        auto entries = AuditLog::entries(cb.db(), f);
        QVERIFY(entries.ok() && !entries->isEmpty());
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(*entries);
        const QString details = model.index(0, AuditModel::Details).data().toString();
        const QString yuan = QLocale().toString(help->value(1).toLongLong() / 100.0, 'f', 2);
        QVERIFY2(details.contains(yuan + QStringLiteral(" yuan")), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("_fen")) && !details.contains(QLatin1String("(fen)")),
                 qPrintable(details));
        QVERIFY2(!details.contains(QRegularExpression(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"))), qPrintable(details));
        const QString record = model.index(0, AuditModel::Record).data().toString();
        QVERIFY2(record.contains(QStringLiteral("#%1 ").arg(help->value(2).toLongLong())), qPrintable(record));
        // A visit's assessment names the activities; minutes are minutes.
        QCOMPARE(Labels::valueLabel(QStringLiteral("adl_failed"), QStringLiteral("5")),
                 QStringLiteral("Eating, Getting in and out of bed"));
        QVERIFY(Labels::valueLabel(QStringLiteral("minutes"), QStringLiteral("45"))
                    .startsWith(QStringLiteral("45 minute")));
        QCOMPARE(Labels::valueLabel(QStringLiteral("outcome_form"), QStringLiteral("cash")),
                 Labels::label(Labels::outcomeForms(), QStringLiteral("cash")));
    }

    // Dates on screen are written one way whatever the language: 2026-09-04, never 2026/9/4.
    void datesOnScreenAreWrittenOneWay()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QDateTime at(QDate(2026, 9, 4), QTime(8, 5, 7));
        QCOMPARE(Labels::date(QDate(2026, 9, 4)), QStringLiteral("2026-09-04"));
        QCOMPARE(Labels::dateTime(at), QStringLiteral("2026-09-04 08:05"));
        QCOMPARE(Labels::dateTime(at, true), QStringLiteral("2026-09-04 08:05:07"));
        QCOMPARE(Labels::date(QDate()), QString());
        QCOMPARE(Labels::dateTime(QDateTime()), QStringLiteral("—"));
        // The audit view's moments follow the same rule.
        auto entries = AuditLog::entries(m_cb->casebook().db(), AuditLog::Filter{});
        QVERIFY(entries.ok() && !entries->isEmpty());
        AuditModel model;
        model.setEntries(*entries);
        const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
        const QString shown = model.index(0, AuditModel::Time).data().toString();
        QLocale::setDefault(before);
        QVERIFY2(iso.match(shown).hasMatch(), qPrintable(shown));
    }
};

QTEST_MAIN(HouseholdModelsTest)
#include "household_models_test.moc"
