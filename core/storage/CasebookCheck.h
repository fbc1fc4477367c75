#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace xianjie {

/** Integrity checks and counts of a casebook, for `xianjie-cli check` and `stats`. */
class CasebookCheck
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CasebookCheck)

public:
    /** Every fault found, one sentence each; empty when the casebook is sound. */
    static Result<QStringList> run(const QSqlDatabase &db);
    /** Rows per table (records marked deleted included), in schema order. */
    static Result<QList<QPair<QString, qint64>>> counts(const QSqlDatabase &db);
};

} // namespace xianjie
