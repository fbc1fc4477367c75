#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace xianjie {

/**
 * A prepared statement kept for reuse by Database::query, with the rows of its latest run. On a SQLite
 * connection it drives the SQLite library directly (QtSql's per-value bookkeeping cost more than the database
 * work when a bundle's tens of thousands of rows are merged); on other drivers it is a QSqlQuery.
 */
class Statement
{
public:
    ~Statement();
    /** Moves to the next row; false after the last one. */
    bool next();
    /** Column @p column of the current row, typed as QtSql types it (integer, real, text, bytes; NULL). */
    QVariant value(int column) const;
    /** Rows changed by the latest run of an INSERT, UPDATE or DELETE. */
    int numRowsAffected() const;
    /** Ends reading: call when done with the rows. */
    void finish();

private:
    friend class Database;
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *m_stmt = nullptr; // SQLite
    QSqlQuery m_query;              // any other driver
    enum class State
    {
        Idle,
        RowWaiting,
        OnRow,
        Done
    } m_state = State::Idle;
    int m_changes = 0;
    std::shared_ptr<bool> m_damaged; // the connection's damage mark
    QList<QByteArray> m_bound;       // text and bytes bound to m_stmt, kept until the next run
};

/** Small helpers over QtSql: prepared statements with bound values, and errors in words a user can act on. */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Database)

public:
    /** Prepares @p sql, binds @p values by position and runs it. */
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /**
     * Runs a statement that returns no rows (INSERT, UPDATE, DELETE), reusing its prepared form: bulk writes
     * (demo data, bundle import) spend much of their time preparing otherwise.
     */
    static Result<void> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /**
     * Runs a SELECT that is issued many times (once per household when indexing), reusing its prepared form. The
     * query stays valid until the next call with the same SQL; call finish() on it when done reading.
     */
    static Result<Statement *> query(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /**
     * Whether run() and query() drive this connection through the SQLite library directly (true when QtSql's
     * driver uses the same shared SQLite library as this program), rather than through QtSql.
     */
    static bool drivesSqliteDirectly(const QSqlDatabase &db);
    /** The connection's sqlite3 handle when this program's SQLite library drives it (see sameLibraryHandle), else
     * null: for registering functions and collations. */
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);
    /**
     * Damage: once SQLite reports the file damaged on a connection (or the check at open finds it), every later
     * statement on it that would write is refused with a sentence saying so, before it starts; reading goes on, so
     * that `check` can say what is wrong and the data can still be looked at.
     */
    static void markDamaged(const QSqlDatabase &db);
    static bool isDamaged(const QSqlDatabase &db);
    /** Drops the prepared statements kept for @p connectionName; call before removing the connection. */
    static void forgetConnection(const QString &connectionName);
    /** The first column of the first row, or a null QVariant when there is no row. */
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /** Turns a driver error into a sentence; a damaged file or a full disk is named as such. */
    static Error error(const QSqlError &error);
    /** A fresh connection name, unique in this process. */
    static QString uniqueConnectionName(const QString &prefix);

private:
    static Result<Statement *> prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    static Result<void> start(Statement *statement);
};

} // namespace xianjie
