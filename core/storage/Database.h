#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace xianjie {

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
    static Result<QSqlQuery *> query(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /** Drops the prepared statements kept for @p connectionName; call before removing the connection. */
    static void forgetConnection(const QString &connectionName);
    /** The first column of the first row, or a null QVariant when there is no row. */
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /** Turns a driver error into a sentence; a damaged file or a full disk is named as such. */
    static Error error(const QSqlError &error);
    /** A fresh connection name, unique in this process. */
    static QString uniqueConnectionName(const QString &prefix);
};

} // namespace xianjie
