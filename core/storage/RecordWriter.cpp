#include "RecordWriter.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "RelatedHouseholds.h"
#include "Schema.h"
#include "Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>

namespace xianjie {

namespace {
bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

Error programmingError(const QString &what)
{
    return {Error::Kind::Database, QStringLiteral("internal error: %1").arg(what)};
}

// Secrets never reach the audit log: it shows that they changed, not what they are.
QVariantMap masked(const QString &table, QVariantMap fields)
{
    for (const QString &local : Schema::localColumns(table))
        if (fields.contains(local))
            fields.insert(local, QStringLiteral("***"));
    return fields;
}

// Values as stored: dates as ISO text, so the change log and the table agree.
QVariant storable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String("")); // a null QString binds as NULL; an empty text field is ''
    return v;
}
} // namespace

Result<QString> RecordWriter::insert(const QString &table, const QVariantMap &fields)
{
    if (!m_casebook.user())
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::RecordWriter", "Sign in before changing the casebook."));
    if (!Schema::syncedTables().contains(table))
        return programmingError(QStringLiteral("%1 is not a synced table").arg(table));
    if (RelatedHouseholds::protects(table) && table != QLatin1String("household"))
        if (auto r =
                RelatedHouseholds(m_casebook).requireUnrelated(fields.value(QStringLiteral("household_id")).toString());
            !r)
            return r.error();
    const QString hlc = m_casebook.hlc().next();
    QVariantMap row;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()))
            return programmingError(QStringLiteral("bad column name"));
        row.insert(it.key(), storable(it.value()));
    }
    const QString id = row.value(QStringLiteral("id")).toString().isEmpty()
                           ? Uuid::v7(m_casebook.clock().now())
                           : row.value(QStringLiteral("id")).toString();
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("station_id"), m_casebook.stationId());
    row.insert(QStringLiteral("created_at"), hlc);
    row.insert(QStringLiteral("updated_at"), hlc);
    row.insert(QStringLiteral("version"), 1);
    row.insert(QStringLiteral("deleted"), 0);

    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
        values << it.value();
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    if (auto r = Database::run(m_casebook.db(), sql, values); !r)
        return r.error();
    // The op carries the data fields; id, time and version are columns of the op itself.
    QVariantMap data = row;
    for (const char *sync : {"id", "station_id", "created_at", "updated_at", "version", "deleted"})
        data.remove(QLatin1String(sync));
    for (const QString &local : Schema::localColumns(table))
        data.remove(local);
    if (auto r = log(table, id, QStringLiteral("insert"), 1, hlc, data); !r)
        return r.error();
    if (auto r = AuditLog::append(m_casebook, QStringLiteral("insert"), table, id, {}, masked(table, data)); !r)
        return r.error();
    m_casebook.changes().touched(table, m_casebook.transactionDepth() > 0);
    return id;
}

Result<bool> RecordWriter::update(const QString &table, const QString &id, const QVariantMap &fields)
{
    if (!m_casebook.user())
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("xianjie::RecordWriter", "Sign in before changing the casebook."));
    if (!Schema::syncedTables().contains(table))
        return programmingError(QStringLiteral("%1 is not a synced table").arg(table));
    auto current = Database::exec(m_casebook.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!current)
        return current.error();
    if (!current->next())
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate("xianjie::RecordWriter", "The record no longer exists."));
    const QSqlRecord stored = current->record();
    if (RelatedHouseholds::protects(table) && !RelatedHouseholds::exempt(table, fields)) {
        // Conflict of interest, for every write of a household's records (and for moving one to another household).
        const RelatedHouseholds related(m_casebook);
        const bool household = table == QLatin1String("household");
        if (auto r = related.requireUnrelated(household ? id : stored.value(QStringLiteral("household_id")).toString());
            !r)
            return r.error();
        if (!household && fields.contains(QStringLiteral("household_id")))
            if (auto r = related.requireUnrelated(fields.value(QStringLiteral("household_id")).toString()); !r)
                return r.error();
    }
    QVariantMap changed;
    QVariantMap before;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()) || stored.indexOf(it.key()) < 0)
            return programmingError(QStringLiteral("unknown column %1").arg(it.key()));
        const QVariant value = storable(it.value());
        const QVariant old = stored.value(it.key());
        const bool same = (old.isNull() && value.isNull()) ||
                          (!old.isNull() && !value.isNull() && old.toString() == value.toString());
        if (!same) {
            changed.insert(it.key(), value);
            before.insert(it.key(), old);
        }
    }
    if (changed.isEmpty())
        return false;
    QVariantMap synced = changed;
    for (const QString &local : Schema::localColumns(table))
        synced.remove(local);
    // A change of local columns only (a password) is not a new version of the record: nothing to sync.
    const bool newVersion = !synced.isEmpty();
    const int version = stored.value(QStringLiteral("version")).toInt() + (newVersion ? 1 : 0);
    const QString hlc = m_casebook.hlc().next();
    QStringList sets;
    QVariantList values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        sets << QStringLiteral("%1 = ?").arg(it.key());
        values << it.value();
    }
    if (newVersion) {
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = ?");
        values << hlc << version;
    }
    values << id;
    if (auto r = Database::exec(m_casebook.db(),
                                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))),
                                values);
        !r)
        return r.error();
    const bool deleting = changed.value(QStringLiteral("deleted")).toInt() == 1;
    if (newVersion) {
        // What the change was based on, so that the county can tell a concurrent change from a later one.
        QVariantMap baseValues;
        for (auto it = synced.cbegin(); it != synced.cend(); ++it) {
            baseValues.insert(it.key(), before.value(it.key()));
            if (auto r = Database::run(m_casebook.db(),
                                       QStringLiteral("INSERT INTO field_clock (table_name, record_id, field, hlc, "
                                                      "station_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                                      "hlc = excluded.hlc, station_id = excluded.station_id"),
                                       {table, id, it.key(), hlc, m_casebook.stationId()});
                !r)
                return r.error();
        }
        const QVariantMap base{{QStringLiteral("hlc"), stored.value(QStringLiteral("updated_at"))},
                               {QStringLiteral("values"), baseValues}};
        if (auto r = log(table, id, deleting ? QStringLiteral("delete") : QStringLiteral("update"), version, hlc,
                         synced, base);
            !r)
            return r.error();
    }
    if (auto r = AuditLog::append(m_casebook, deleting ? QStringLiteral("delete") : QStringLiteral("update"), table, id,
                                  masked(table, before), masked(table, changed));
        !r)
        return r.error();
    m_casebook.changes().touched(table, m_casebook.transactionDepth() > 0);
    return true;
}

Result<void> RecordWriter::remove(const QString &table, const QString &id)
{
    auto r = update(table, id, {{QStringLiteral("deleted"), 1}});
    if (!r)
        return r.error();
    return {};
}

Result<void> RecordWriter::log(const QString &table, const QString &id, const QString &op, int version,
                               const QString &hlc, const QVariantMap &fields, const QVariantMap &base)
{
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
    const QByteArray baseJson = QJsonDocument(QJsonObject::fromVariantMap(base)).toJson(QJsonDocument::Compact);
    auto r = Database::run(m_casebook.db(),
                           QStringLiteral("INSERT INTO change_log (hlc, table_name, record_id, op, record_version, "
                                          "fields, base) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {hlc, table, id, op, version, QString::fromUtf8(json), QString::fromUtf8(baseJson)});
    if (!r)
        return r.error();
    return {};
}

} // namespace xianjie
