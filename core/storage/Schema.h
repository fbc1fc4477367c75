#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace xianjie {

/**
 * The casebook schema: a numbered, forward-only list of migrations. Step N brings a casebook from
 * user_version N-1 to N inside one transaction that also sets user_version, so a step either happens
 * whole or not at all and running the list again does nothing.
 */
class Schema
{
public:
    static constexpr quint32 kApplicationId = 0x58494A45; // "XIJE"
    static int currentVersion();
    /** The synced tables: every write to them is recorded in change_log. */
    static const QStringList &syncedTables();
    /** Columns of a synced table that stay in this casebook (secrets, counters): not in ops, masked in the audit log.
     */
    static const QStringList &localColumns(const QString &table);
    /** Applies every step after @p fromVersion. */
    static Result<void> migrate(const QSqlDatabase &db, int fromVersion);
};

} // namespace xianjie
