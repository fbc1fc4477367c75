#include "OpApplier.h"

#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace xianjie {

namespace {
Result<QSet<QString>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    auto q = Database::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!q)
        return q.error();
    QSet<QString> columns;
    while (q->next())
        columns.insert(q->value(0).toString());
    return columns;
}
} // namespace

Result<int> OpApplier::apply(Casebook &casebook, const QList<Op> &ops)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    static const QStringList syncColumns = {QStringLiteral("id"),         QStringLiteral("station_id"),
                                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                            QStringLiteral("version"),    QStringLiteral("deleted")};
    QHash<QString, QSet<QString>> columns;
    Transaction tx(casebook);
    if (!tx.isActive())
        return tx.error();
    int changed = 0;
    for (int i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        auto refuse = [&](const QString &why) {
            return makeError(Error::Kind::Invalid, tr("Change %1 of %2 (%3) was refused: %4 Nothing was written.")
                                                       .arg(i + 1)
                                                       .arg(ops.size())
                                                       .arg(op.table, why));
        };
        if (!Schema::syncedTables().contains(op.table))
            return refuse(tr("the casebook has no such table."));
        if (op.recordId.size() != 36 || op.version < 1 || op.hlc.isEmpty() || op.stationId.isEmpty())
            return refuse(tr("the change is incomplete."));
        if (!columns.contains(op.table)) {
            auto c = columnsOf(casebook.db(), op.table);
            if (!c)
                return c.error();
            columns.insert(op.table, *c);
        }
        const QSet<QString> &known = columns.value(op.table);
        for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it)
            if (!identifier.match(it.key()).hasMatch() || !known.contains(it.key()) || syncColumns.contains(it.key()) ||
                Schema::localColumns(op.table).contains(it.key()))
                return refuse(tr("\"%1\" is not a column that can be changed.").arg(it.key()));

        auto current = Database::scalar(
            casebook.db(), QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(op.table), {op.recordId});
        if (!current)
            return current.error();
        const bool exists = !current->isNull();
        if (exists && current->toInt() >= op.version)
            continue; // already applied
        QStringList names;
        QVariantList values;
        for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
            names << it.key();
            values << (it.value().isNull() ? QVariant() : it.value());
        }
        Result<void> written;
        if (op.op == QLatin1String("insert") && !exists) {
            if (op.table == QLatin1String("user")) {
                // Accounts of another casebook arrive without their password: they cannot sign in here.
                names << QStringLiteral("password_hash");
                values << QStringLiteral("!");
            }
            QStringList marks(names.size() + 6, QStringLiteral("?"));
            names << syncColumns;
            values << op.recordId << op.stationId << op.hlc << op.hlc << op.version << 0;
            written = Database::run(casebook.db(),
                                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(op.table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                                    values);
        } else if (op.op == QLatin1String("update") || op.op == QLatin1String("delete") || exists) {
            if (!exists)
                return refuse(tr("it changes a record the casebook does not have."));
            QStringList sets;
            for (const QString &n : std::as_const(names))
                sets << QStringLiteral("%1 = ?").arg(n);
            sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = ?");
            values << op.hlc << op.version;
            if (op.op == QLatin1String("delete"))
                sets << QStringLiteral("deleted = 1");
            values << op.recordId;
            written = Database::run(
                casebook.db(),
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(op.table, sets.join(QLatin1Char(','))), values);
        } else {
            return refuse(tr("\"%1\" is not a kind of change.").arg(op.op));
        }
        if (!written)
            return refuse(written.message());
        ++changed;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<QList<Op>> OpApplier::outbox(const Casebook &casebook, qint64 afterSeq, bool unsentOnly, int limit)
{
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT seq, table_name, record_id, op, record_version, hlc, fields FROM "
                                           "change_log WHERE seq > ? AND (? = 0 OR bundle_id IS NULL) ORDER BY seq "
                                           "LIMIT ?"),
                            {afterSeq, unsentOnly ? 1 : 0, limit > 0 ? limit : -1});
    if (!q)
        return q.error();
    QList<Op> ops;
    while (q->next()) {
        Op op;
        op.seq = q->value(0).toLongLong();
        op.table = q->value(1).toString();
        op.recordId = q->value(2).toString();
        op.op = q->value(3).toString();
        op.version = q->value(4).toInt();
        op.hlc = q->value(5).toString();
        op.stationId = casebook.stationId();
        op.fields = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object().toVariantMap();
        ops << op;
    }
    return ops;
}

} // namespace xianjie
