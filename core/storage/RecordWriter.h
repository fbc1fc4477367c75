#pragma once

#include "Result.h"

#include <QVariantMap>

namespace xianjie {

class Casebook;

/**
 * The one way synced records are written. Each write stamps the sync columns (HLC updated_at, version) and
 * appends an op to change_log with the fields it changed, in the caller's transaction. Table and column names
 * come from code, never from user text; values are always bound.
 */
class RecordWriter
{
public:
    explicit RecordWriter(Casebook &casebook) : m_casebook(casebook) {}

    /** Inserts a record; returns its new UUIDv7 id. */
    Result<QString> insert(const QString &table, const QVariantMap &fields);
    /** Writes the fields that differ from the stored record; returns whether anything changed. */
    Result<bool> update(const QString &table, const QString &id, const QVariantMap &fields);
    /** Marks a record deleted (a tombstone that syncs); the row stays. */
    Result<void> remove(const QString &table, const QString &id);

private:
    Result<void> log(const QString &table, const QString &id, const QString &op, int version, const QString &hlc,
                     const QVariantMap &fields, const QVariantMap &base = {});

    Casebook &m_casebook;
};

} // namespace xianjie
