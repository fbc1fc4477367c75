#include "Builders.h"
#include "TestCasebook.h"
#include "storage/AuditLog.h"
#include "storage/CasebookCheck.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sqlite3.h>

using namespace xianjie;
using namespace xianjie::test;

namespace {
// What someone with the file and the sqlite3 tool could do: the triggers are no obstacle to them.
void tamper(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const QByteArray all = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}
} // namespace

class AuditLogTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    QString m_householdId;

    QString verifyReopened()
    {
        const QString path = m_cb->path();
        m_cb->close();
        auto cb = Casebook::open(path, m_cb->clock());
        if (!cb)
            return cb.message();
        return *AuditLog::verify((*cb)->db());
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        HouseholdRepository repo(m_cb->casebook());
        m_householdId =
            registerHousehold(m_cb->casebook(), QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        Household changed = *repo.household(m_householdId);
        changed.address = QStringLiteral("2组8号");
        QVERIFY(repo.updateHousehold(changed).ok());
    }
    void cleanup() { m_cb.reset(); }

    void everyChangeIsRecordedWithWhoBeforeAndAfter()
    {
        AuditLog::Filter f;
        f.recordId = m_householdId;
        auto entries = AuditLog::entries(m_cb->casebook().db(), f);
        QCOMPARE(entries->size(), 2);
        const AuditEntry &update = entries->first(); // newest first
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.userName, QStringLiteral("测试站长"));
        QCOMPARE(QJsonDocument::fromJson(update.before.toUtf8()).object().value(QStringLiteral("address")).toString(),
                 QStringLiteral("1组1号"));
        QCOMPARE(QJsonDocument::fromJson(update.after.toUtf8()).object().value(QStringLiteral("address")).toString(),
                 QStringLiteral("2组8号"));
        QCOMPARE(entries->last().action, QStringLiteral("insert"));
        QVERIFY(AuditLog::verify(m_cb->casebook().db())->isEmpty());
    }

    void theTableRefusesChanges()
    {
        QVERIFY(!Database::exec(m_cb->casebook().db(), QStringLiteral("UPDATE audit_log SET note = 'x'")).ok());
        QVERIFY(!Database::exec(m_cb->casebook().db(), QStringLiteral("DELETE FROM audit_log")).ok());
    }

    void anEditedEntryIsNamed()
    {
        const qint64 seq =
            Database::scalar(m_cb->casebook().db(), QStringLiteral("SELECT seq FROM audit_log WHERE action = 'update'"))
                ->toLongLong();
        tamper(m_cb->path(), "UPDATE audit_log SET after = '{\"address\":\"3组\"}' WHERE action = 'update';");
        const QString fault = verifyReopened();
        QVERIFY2(fault.contains(QStringLiteral("No. %1 ").arg(seq)), qPrintable(fault));
        QVERIFY(fault.contains(QStringLiteral("content was changed")));
    }

    void aRemovedEntryIsNamed()
    {
        const qint64 seq =
            Database::scalar(m_cb->casebook().db(), QStringLiteral("SELECT seq FROM audit_log WHERE action = 'insert' "
                                                                   "AND table_name = 'person'"))
                ->toLongLong();
        tamper(m_cb->path(), QStringLiteral("DELETE FROM audit_log WHERE seq = %1;").arg(seq).toUtf8());
        const QString fault = verifyReopened();
        QVERIFY2(fault.contains(QStringLiteral("No. %1 ").arg(seq + 1)), qPrintable(fault)); // the next entry
        QVERIFY(fault.contains(QStringLiteral("removed, changed or moved")));
    }

    void reorderedEntriesAreNamed()
    {
        auto q = Database::exec(m_cb->casebook().db(), QStringLiteral("SELECT max(seq) - 1, max(seq) FROM audit_log"));
        q->next();
        const qint64 a = q->value(0).toLongLong(), b = q->value(1).toLongLong();
        q->finish();
        tamper(m_cb->path(),
               QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = %1; UPDATE audit_log SET seq = %1 "
                              "WHERE seq = %2; UPDATE audit_log SET seq = %2 WHERE seq = -1;")
                   .arg(a)
                   .arg(b)
                   .toUtf8());
        const QString fault = verifyReopened();
        QVERIFY2(fault.contains(QStringLiteral("No. %1 ").arg(a)), qPrintable(fault));
    }

    void checkReportsTheBrokenChain()
    {
        tamper(m_cb->path(), "UPDATE audit_log SET user_id = 'someone-else' WHERE action = 'update';");
        const QString path = m_cb->path();
        m_cb->close();
        auto cb = Casebook::open(path, m_cb->clock());
        auto faults = CasebookCheck::run((*cb)->db());
        QCOMPARE(faults->size(), 1);
        QVERIFY(faults->first().contains(QStringLiteral("audit log")));
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "audit_log_test.moc"
