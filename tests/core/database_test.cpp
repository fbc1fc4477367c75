// Database::run and Database::query drive SQLite directly on a SQLite connection. These tests hold them to
// what QtSql gives for the same statements (value types, NULL, empty text, bytes), to the errors in words, and
// to leaving nothing open when a casebook closes.

#include "TestCasebook.h"
#include "storage/Database.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xianjie;
using namespace xianjie::test;

class DatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void onLinuxTheSqliteLibraryIsDrivenDirectly()
    {
        TestCasebook t;
        QVERIFY(Database::drivesSqliteDirectly(t->db()));
    }

    void valuesReadBackAsQtSqlReadsThem()
    {
        TestCasebook t;
        const QSqlDatabase db = t->db();
        QVERIFY(Database::run(db, QStringLiteral("CREATE TEMP TABLE v (k INTEGER, x)")).ok());
        const QByteArray bytes("a\0b\xff", 4);
        const QList<QVariant> values = {QVariant(qint64(1) << 40),
                                        QVariant(7),
                                        QVariant(true),
                                        QVariant(2.5),
                                        QVariant(QStringLiteral("张三 ·ā")),
                                        QVariant(QString()), // empty text, not NULL
                                        QVariant(),          // NULL
                                        QVariant(bytes),
                                        QVariant(QDate(2026, 11, 26)),
                                        QVariant(QDate()),      // NULL, as QtSql binds it
                                        QVariant(QByteArray()), // NULL too
                                        QVariant(QByteArray("")),
                                        QVariant(QDateTime(QDate(2026, 11, 26), QTime(9, 30, 5, 120), Qt::UTC)),
                                        QVariant(QTime(9, 30, 5, 120))};
        for (int i = 0; i < values.size(); ++i)
            QVERIFY(Database::run(db, QStringLiteral("INSERT INTO v (k, x) VALUES (?, ?)"), {i, values.at(i)}).ok());

        QSqlQuery plain(db);
        QVERIFY(plain.exec(QStringLiteral("SELECT x, typeof(x) FROM v ORDER BY k")));
        auto kept = Database::query(db, QStringLiteral("SELECT x, typeof(x) FROM v ORDER BY k"));
        QVERIFY(kept.ok());
        int rows = 0;
        while (plain.next()) {
            QVERIFY((*kept)->next());
            const QVariant a = plain.value(0);
            const QVariant b = (*kept)->value(0);
            QCOMPARE(b.typeId(), a.typeId());
            QCOMPARE(b.isNull(), a.isNull());
            QCOMPARE(b, a);
            QCOMPARE((*kept)->value(1).toString(), plain.value(1).toString());
            ++rows;
        }
        QVERIFY(!(*kept)->next());
        QCOMPARE(rows, int(values.size()));

        // What was stored, as SQLite sees it.
        auto types = Database::exec(db, QStringLiteral("SELECT group_concat(typeof(x), ' ') FROM v ORDER BY k"));
        QVERIFY(types.ok());
        QVERIFY(types->next());
        QCOMPARE(types->value(0).toString(),
                 QStringLiteral("integer integer integer real text text null blob text null null blob text text"));
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT x FROM v WHERE k = 7"))->toByteArray(), bytes);
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT x FROM v WHERE k = 8"))->toString(),
                 QStringLiteral("2026-11-26"));
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT x FROM v WHERE k = 12"))->toString(),
                 QStringLiteral("2026-11-26T09:30:05.120Z"));
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT x FROM v WHERE k = 13"))->toString(),
                 QStringLiteral("09:30:05.120"));
        // Bound through QtSql, the same values are stored the same way.
        QSqlQuery viaQt(db);
        QVERIFY(viaQt.exec(QStringLiteral("CREATE TEMP TABLE w (k INTEGER, x)")));
        QVERIFY(viaQt.prepare(QStringLiteral("INSERT INTO w (k, x) VALUES (?, ?)")));
        for (int i = 0; i < values.size(); ++i) {
            viaQt.bindValue(0, i);
            viaQt.bindValue(1,
                            i == 5 ? QVariant(QLatin1String("")) : values.at(i)); // Database binds '' for a null text
            QVERIFY(viaQt.exec());
        }
        auto same = Database::scalar(db, QStringLiteral("SELECT count(*) FROM v JOIN w USING (k) WHERE v.x IS w.x AND "
                                                        "typeof(v.x) = typeof(w.x)"));
        QCOMPARE(same->toInt(), int(values.size()));
    }

    void aKeptStatementRunsAgainWithNewValues()
    {
        TestCasebook t;
        const QSqlDatabase db = t->db();
        QVERIFY(Database::run(db, QStringLiteral("CREATE TEMP TABLE n (k INTEGER)")).ok());
        for (int i = 0; i < 10; ++i)
            QVERIFY(Database::run(db, QStringLiteral("INSERT INTO n (k) VALUES (?)"), {i}).ok());
        auto count = [&](int below) {
            auto q = Database::query(db, QStringLiteral("SELECT k FROM n WHERE k < ? ORDER BY k"), {below});
            int n = 0;
            while ((*q)->next()) {
                if ((*q)->value(0).toInt() != n)
                    return -1;
                ++n;
            }
            return n;
        };
        QCOMPARE(count(3), 3);
        QCOMPARE(count(8), 8);
        // Left half read, then run again: it starts over.
        auto q = Database::query(db, QStringLiteral("SELECT k FROM n WHERE k < ? ORDER BY k"), {5});
        QVERIFY((*q)->next());
        QCOMPARE(count(5), 5);
        auto update = Database::query(db, QStringLiteral("UPDATE n SET k = k + 100 WHERE k >= ?"), {6});
        QVERIFY(update.ok());
        QCOMPARE((*update)->numRowsAffected(), 4);
        QVERIFY(!(*update)->next());
    }

    void errorsAreSentences()
    {
        TestCasebook t;
        const QSqlDatabase db = t->db();
        auto bad = Database::run(db, QStringLiteral("INSERT INTO nowhere VALUES (1)"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().contains(QLatin1String("nowhere")));
        QVERIFY(Database::run(db, QStringLiteral("CREATE TEMP TABLE c (k INTEGER NOT NULL)")).ok());
        QVERIFY(Database::run(db, QStringLiteral("CREATE TEMP TRIGGER c_kept BEFORE DELETE ON c BEGIN SELECT "
                                                 "RAISE(ABORT, 'a consent is kept'); END"))
                    .ok());
        auto null = Database::run(db, QStringLiteral("INSERT INTO c (k) VALUES (?)"), {QVariant()});
        QVERIFY(!null.ok());
        QCOMPARE(null.error().kind, Error::Kind::Database);
        QVERIFY(null.message().contains(QLatin1String("NOT NULL")));
        QVERIFY(Database::run(db, QStringLiteral("INSERT INTO c (k) VALUES (?)"), {1}).ok());
        auto kept = Database::query(db, QStringLiteral("DELETE FROM c WHERE k = ?"), {1});
        QVERIFY(!kept.ok());
        QCOMPARE(kept.error().kind, Error::Kind::Invalid);
        QCOMPARE(kept.message(), Database::tr("A consent is kept; withdraw it instead of deleting it."));
        // The statement that failed runs again cleanly.
        QVERIFY(Database::run(db, QStringLiteral("INSERT INTO c (k) VALUES (?)"), {2}).ok());
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT count(*) FROM c"))->toInt(), 2);
    }

    // A connection name used again, on another file: the statements kept for the old connection are not used on
    // the new one. (Closing a connection without forgetConnection() leaves it open: SQLite does not close a
    // connection that still has prepared statements.)
    void aNameOpenedAgainStartsAfresh()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("again");
        auto use = [&](const QString &file, int rows) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(dir.filePath(file));
                QVERIFY(db.open());
                QVERIFY(Database::run(db, QStringLiteral("CREATE TABLE t (k INTEGER)")).ok());
                for (int i = 0; i < rows; ++i)
                    QVERIFY(Database::run(db, QStringLiteral("INSERT INTO t (k) VALUES (?)"), {i}).ok());
                auto q = Database::query(db, QStringLiteral("SELECT count(*) FROM t"));
                QVERIFY(q.ok());
                QVERIFY((*q)->next());
                QCOMPARE((*q)->value(0).toInt(), rows);
                (*q)->finish();
                Database::forgetConnection(name);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        use(QStringLiteral("a.db"), 1);
        use(QStringLiteral("b.db"), 5);
    }

    void closingACasebookLeavesNothingOpen()
    {
        TestCasebook t(3);
        // A statement left in the middle of its rows, as a caller that stops reading early leaves it.
        auto q = Database::query(t->db(), QStringLiteral("SELECT id FROM household"));
        QVERIFY(q.ok());
        QVERIFY((*q)->next());
        QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
        t.close();
        // SQLite removes the write-ahead log when the last connection to the file closes, and only then.
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")));
        auto reopened = Casebook::open(t.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        auto again = Database::query((*reopened)->db(), QStringLiteral("SELECT count(*) FROM household"));
        QVERIFY(again.ok());
        QVERIFY((*again)->next());
        QCOMPARE((*again)->value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
