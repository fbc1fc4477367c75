#include "OpApplier.h"

#include "rules/ReferralStates.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "sync/Hlc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace xianjie {

namespace {
const QStringList &syncColumns()
{
    static const QStringList columns = {QStringLiteral("id"),         QStringLiteral("station_id"),
                                        QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                        QStringLiteral("version"),    QStringLiteral("deleted")};
    return columns;
}

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

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    return a.toString() == b.toString();
}

// A value as it should be bound: an empty text stays '' (QtSql binds a null QString as NULL), null stays NULL.
QVariant bindable(const QVariant &v)
{
    if (!v.isValid() || v.typeId() == QMetaType::Nullptr)
        return {};
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

/** Who wrote a field last: (clock, station), compared clock first. */
struct Stamp
{
    QString hlc;
    QString station;
    bool operator>(const Stamp &o) const { return hlc > o.hlc || (hlc == o.hlc && station > o.station); }
};

} // namespace

namespace {
const QString &deletedField()
{
    static const QString name = QStringLiteral("deleted");
    return name;
}

/**
 * Applies one batch of ops, op by op: checks an op, then inserts the record or merges its fields, each field by the
 * rule of its kind (one function a rule, as DESIGN.md states them).
 */
class Merger
{
public:
    Merger(Casebook &casebook, const OpApplier::Options &options, qsizetype total)
        : m_casebook(casebook), m_options(options), m_total(total)
    {
        const QDateTime now = casebook.clock().now();
        m_futureLimit = now.toMSecsSinceEpoch() + 24LL * 3600 * 1000;
        m_detectedAt = now.toString(Qt::ISODate);
    }

    /** Which of the records the ops insert this casebook has already: one query per table, not one per op. */
    Result<void> findPresent(const QList<Op> &ops);
    Result<void> apply(const Op &op, int index);
    OpApplier::Applied applied;

private:
    Error refuse(const QString &why) const
    {
        return makeError(Error::Kind::Invalid,
                         OpApplier::tr("Change %1 of %2 (%3) was refused: %4 Nothing was written.")
                             .arg(m_index + 1)
                             .arg(m_total)
                             .arg(m_op->table, why));
    }
    Result<void> check(const Op &op);
    Result<void> conflict(const QString &kind, const QString &field, const QVariant &base, const QVariant &kept,
                          const Stamp &keptBy, const QVariant &other, const Stamp &otherBy);
    /** The record as this casebook has it: the op's fields and what the rules need; false when it is not here. */
    Result<bool> readRow(const Op &op, QVariantMap &row);
    Result<void> insertRecord(const Op &op);
    Result<void> mergeFields(const Op &op, const QVariantMap &row);
    Result<bool> hasUnsentLocalChange(const Op &op, const QString &field);
    // The rules, one a kind of field. Each says whether the incoming value wins (then its clock moves too).
    static bool tombstone(const QVariant &incoming) { return incoming.toInt() == 1; }
    static bool withdrawal(const QVariant &current) { return current.isNull() || text(current).isEmpty(); }
    Result<bool> referralStatus(const Op &op, const QVariantMap &row, const QVariant &current, const Stamp &clock);
    Result<bool> lastWriterWins(const Op &op, const QVariantMap &row, const QString &field, const QVariant &current,
                                const Stamp &clock);
    Result<void> findSamePerson(const Op &op);
    void noteHousehold(const Op &op, const QVariantMap &row);

    Casebook &m_casebook;
    const OpApplier::Options &m_options;
    qsizetype m_total = 0;
    qint64 m_futureLimit = 0;
    QString m_detectedAt;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, QSet<QString>> m_present;
    const Op *m_op = nullptr;
    int m_index = 0;
};

Result<void> Merger::findPresent(const QList<Op> &ops)
{
    QHash<QString, QJsonArray> inserted;
    for (const Op &op : ops)
        if (op.op == QLatin1String("insert") && Schema::syncedTables().contains(op.table))
            inserted[op.table].append(op.recordId);
    for (auto it = inserted.cbegin(); it != inserted.cend(); ++it) {
        auto q = Database::exec(
            m_casebook.db(),
            QStringLiteral("SELECT id FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(it.key()),
            {QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))});
        if (!q)
            return q.error();
        QSet<QString> &ids = m_present[it.key()];
        while (q->next())
            ids.insert(q->value(0).toString());
    }
    return {};
}

Result<void> Merger::check(const Op &op)
{
    if (!Schema::syncedTables().contains(op.table))
        return refuse(OpApplier::tr("the casebook has no such table."));
    qint64 ms = 0;
    int counter = 0;
    if (op.recordId.size() != 36 || op.version < 1 || !Hlc::parse(op.hlc, &ms, &counter) || op.stationId.isEmpty())
        return refuse(OpApplier::tr("the change is incomplete."));
    if (!m_columns.contains(op.table)) {
        auto c = columnsOf(m_casebook.db(), op.table);
        if (!c)
            return c.error();
        m_columns.insert(op.table, *c);
    }
    const QSet<QString> &known = m_columns.value(op.table);
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it)
        // Only the table's own columns (as the schema names them) ever reach the SQL text.
        if (!known.contains(it.key()) || (syncColumns().contains(it.key()) && it.key() != deletedField()) ||
            Schema::localColumns(op.table).contains(it.key()))
            return refuse(OpApplier::tr("\"%1\" is not a column that can be changed.").arg(it.key()));
    if (op.op != QLatin1String("insert") && op.op != QLatin1String("update") && op.op != QLatin1String("delete"))
        return refuse(OpApplier::tr("\"%1\" is not a kind of change.").arg(op.op));
    if (ms > m_futureLimit) {
        if (auto r = conflict(QStringLiteral("future"), {}, {}, {}, {}, {}, {op.hlc, op.stationId}); !r)
            return refuse(r.message());
        ++applied.flagged;
    }
    return {};
}

Result<void> Merger::conflict(const QString &kind, const QString &field, const QVariant &base, const QVariant &kept,
                              const Stamp &keptBy, const QVariant &other, const Stamp &otherBy)
{
    auto q = Database::query(m_casebook.db(),
                             QStringLiteral("INSERT OR IGNORE INTO conflict (kind, table_name, record_id, field, "
                                            "base_value, kept_value, kept_station, kept_hlc, other_value, "
                                            "other_station, other_hlc, detected_at) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {kind, m_op->table, m_op->recordId, notNull(field), bindable(base), bindable(kept),
                              notNull(keptBy.station), notNull(keptBy.hlc), bindable(other), notNull(otherBy.station),
                              notNull(otherBy.hlc), m_detectedAt});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() > 0)
        ++applied.conflicts;
    return {};
}

Result<void> Merger::apply(const Op &op, int index)
{
    m_op = &op;
    m_index = index;
    if (auto r = check(op); !r)
        return r;
    QVariantMap row;
    const bool insert = op.op == QLatin1String("insert");
    bool exists = insert && m_present.value(op.table).contains(op.recordId);
    if (!insert) {
        auto found = readRow(op, row);
        if (!found)
            return found.error();
        exists = *found;
    }
    if (!exists) {
        if (!insert)
            return refuse(OpApplier::tr("it changes a record the casebook does not have."));
        if (auto r = insertRecord(op); !r)
            return r;
    } else if (!insert) {
        if (auto r = mergeFields(op, row); !r)
            return r;
    } // an insert of a record this casebook already has: applied before
    if (m_options.findSamePerson && op.table == QLatin1String("person") &&
        !text(op.fields.value(QStringLiteral("id_number"))).isEmpty())
        return findSamePerson(op);
    return {};
}

Result<bool> Merger::readRow(const Op &op, QVariantMap &row)
{
    QStringList selected = {QStringLiteral("station_id"), QStringLiteral("created_at"), QStringLiteral("version")};
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it)
        selected << it.key();
    if (op.table == QLatin1String("referral"))
        selected << QStringLiteral("direction");
    if (op.table == QLatin1String("person"))
        selected << QStringLiteral("household_id");
    auto q = Database::query(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selected.join(QLatin1Char(',')), op.table), {op.recordId});
    if (!q)
        return q.error();
    bool found = false;
    if ((*q)->next()) {
        found = true;
        for (int c = 0; c < selected.size(); ++c)
            row.insert(selected.at(c), (*q)->value(c));
    }
    (*q)->finish();
    return found;
}

void Merger::noteHousehold(const Op &op, const QVariantMap &row)
{
    if (op.table == QLatin1String("household")) {
        applied.households.insert(op.recordId);
    } else if (op.table == QLatin1String("person")) {
        const QString h = op.fields.contains(QStringLiteral("household_id"))
                              ? op.fields.value(QStringLiteral("household_id")).toString()
                              : row.value(QStringLiteral("household_id")).toString();
        if (!h.isEmpty())
            applied.households.insert(h);
    }
}

Result<void> Merger::insertRecord(const Op &op)
{
    QStringList names;
    QVariantList values;
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
        if (it.key() == deletedField())
            continue;
        names << it.key();
        values << bindable(it.value());
    }
    for (auto it = op.local.cbegin(); it != op.local.cend(); ++it) {
        if (!Schema::localColumns(op.table).contains(it.key()) || op.table == QLatin1String("user"))
            return refuse(OpApplier::tr("\"%1\" is not a column that can be changed.").arg(it.key()));
        names << it.key();
        values << it.value();
    }
    if (op.table == QLatin1String("user")) {
        // Accounts of another casebook arrive without their password: they cannot sign in here.
        names << QStringLiteral("password_hash");
        values << QStringLiteral("!");
    }
    QStringList marks(names.size() + 6, QStringLiteral("?"));
    names << syncColumns();
    values << op.recordId << op.stationId << op.hlc << op.hlc << op.version
           << (op.fields.value(deletedField()).toInt() == 1 ? 1 : 0);
    auto q = Database::query(m_casebook.db(),
                             QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(op.table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                             values);
    if (!q)
        return refuse(q.message());
    m_present[op.table].insert(op.recordId);
    ++applied.changed;
    noteHousehold(op, {});
    return {};
}

Result<bool> Merger::hasUnsentLocalChange(const Op &op, const QString &field)
{
    auto unsent = Database::query(m_casebook.db(),
                                  QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = ? AND bundle_id IS "
                                                 "NULL AND json_type(fields, '$.' || ?) IS NOT NULL"),
                                  {op.recordId, field});
    if (!unsent)
        return unsent.error();
    (*unsent)->next();
    const bool pending = (*unsent)->value(0).toInt() > 0;
    (*unsent)->finish();
    return pending;
}

// A referral's status only moves forward; after a consent withdrawal it goes no further; two statuses neither of
// which is behind the other (declined here, accepted there) go to the review queue.
Result<bool> Merger::referralStatus(const Op &op, const QVariantMap &row, const QVariant &current, const Stamp &clock)
{
    const QString direction = row.value(QStringLiteral("direction")).toString();
    const QString from = current.toString();
    const QString to = op.fields.value(QStringLiteral("status")).toString();
    if (ReferralStates::allowed(direction, from, to)) {
        if (direction != QLatin1String("to_charity") ||
            !QStringList{QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("helping"),
                         QStringLiteral("completed")}
                 .contains(to))
            return true;
        auto w = Database::query(m_casebook.db(),
                                 QStringLiteral("SELECT count(*) FROM referral_shared_item s JOIN consent c ON c.id = "
                                                "s.consent_id WHERE s.referral_id = ? AND c.withdrawn_on IS NOT NULL"),
                                 {op.recordId});
        if (!w)
            return w.error();
        (*w)->next();
        const bool withdrawn = (*w)->value(0).toInt() > 0;
        (*w)->finish();
        return !withdrawn;
    }
    if (ReferralStates::rank(to) >= ReferralStates::rank(from) && !ReferralStates::allowed(direction, to, from))
        if (auto r = conflict(QStringLiteral("status"), QStringLiteral("status"), {}, current, clock, to,
                              {op.hlc, op.stationId});
            !r)
            return refuse(r.message());
    return false; // else: a step this casebook has already passed
}

// Last writer wins by clock; when both sides changed the field since the writer's base, the review queue keeps both.
Result<bool> Merger::lastWriterWins(const Op &op, const QVariantMap &row, const QString &field, const QVariant &current,
                                    const Stamp &clock)
{
    const Stamp incoming{op.hlc, op.stationId};
    const QVariant incomingValue = op.fields.value(field);
    const bool concurrent = clock.station != incoming.station && clock.hlc > op.baseHlc;
    if (incoming > clock) {
        if (concurrent)
            if (auto r = conflict(QStringLiteral("field"), field, op.baseValues.value(field), incomingValue, incoming,
                                  current, clock);
                !r)
                return refuse(r.message());
        return true;
    }
    if (concurrent)
        if (auto r = conflict(QStringLiteral("field"), field, op.baseValues.value(field), current, clock, incomingValue,
                              incoming);
            !r)
            return refuse(r.message());
    if (m_options.restateKeptValues) {
        // The writer still holds its value: send it the kept one with the kept clock.
        const QByteArray json =
            QJsonDocument(QJsonObject::fromVariantMap({{field, current}})).toJson(QJsonDocument::Compact);
        auto r = Database::query(
            m_casebook.db(),
            QStringLiteral("INSERT INTO change_log (hlc, table_name, record_id, op, "
                           "record_version, fields) VALUES (?, ?, ?, 'update', ?, ?)"),
            {clock.hlc, op.table, op.recordId, row.value(QStringLiteral("version")), QString::fromUtf8(json)});
        if (!r)
            return refuse(r.message());
    }
    return false;
}

Result<void> Merger::mergeFields(const Op &op, const QVariantMap &row)
{
    const Stamp incoming{op.hlc, op.stationId};
    const Stamp created{row.value(QStringLiteral("created_at")).toString(),
                        row.value(QStringLiteral("station_id")).toString()};
    QHash<QString, Stamp> clocks;
    {
        auto q = Database::query(m_casebook.db(),
                                 QStringLiteral("SELECT field, hlc, station_id FROM field_clock WHERE table_name = ? "
                                                "AND record_id = ?"),
                                 {op.table, op.recordId});
        if (!q)
            return q.error();
        while ((*q)->next())
            clocks.insert((*q)->value(0).toString(), {(*q)->value(1).toString(), (*q)->value(2).toString()});
    }
    QVariantMap winners;
    QStringList stamped; // fields whose clock moves to this op
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
        const QString &field = it.key();
        const QVariant &incomingValue = it.value();
        const QVariant current = row.value(field);
        const Stamp clock = clocks.value(field, created);
        if (clock.hlc == incoming.hlc && clock.station == incoming.station)
            continue; // this very write is already here
        if (m_options.keepUnsentLocalChanges) {
            auto pending = hasUnsentLocalChange(op, field);
            if (!pending)
                return pending.error();
            if (*pending)
                continue; // the local change goes to the county, which decides
        }
        if (sameValue(current, incomingValue)) {
            if (incoming > clock)
                stamped << field;
            continue;
        }
        Result<bool> wins = false;
        if (field == deletedField())
            wins = tombstone(incomingValue); // a tombstone stays
        else if (op.table == QLatin1String("consent") && field.startsWith(QLatin1String("withdraw")))
            wins = withdrawal(current); // withdrawal always wins; the first one recorded stays
        else if (op.table == QLatin1String("referral") && field == QLatin1String("status"))
            wins = referralStatus(op, row, current, clock);
        else
            wins = lastWriterWins(op, row, field, current, clock);
        if (!wins)
            return wins.error();
        if (*wins) {
            winners.insert(field, field == deletedField() ? QVariant(1) : incomingValue);
            stamped << field;
        }
    }
    if (!winners.isEmpty()) {
        QStringList sets;
        QVariantList values;
        for (auto it = winners.cbegin(); it != winners.cend(); ++it) {
            sets << QStringLiteral("%1 = ?").arg(it.key());
            values << bindable(it.value());
        }
        sets << QStringLiteral("updated_at = max(updated_at, ?)") << QStringLiteral("version = max(version, ?)");
        values << op.hlc << op.version << op.recordId;
        auto q = Database::query(
            m_casebook.db(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(op.table, sets.join(QLatin1Char(','))),
            values);
        if (!q)
            return refuse(q.message());
        ++applied.changed;
        noteHousehold(op, row);
    }
    for (const QString &field : std::as_const(stamped)) {
        auto q = Database::query(m_casebook.db(),
                                 QStringLiteral("INSERT INTO field_clock (table_name, record_id, field, hlc, "
                                                "station_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = "
                                                "excluded.hlc, station_id = excluded.station_id"),
                                 {op.table, op.recordId, field, op.hlc, op.stationId});
        if (!q)
            return refuse(q.message());
    }
    return {};
}

// The same person registered at two stations: a review-queue entry at the county, an alert for both.
Result<void> Merger::findSamePerson(const Op &op)
{
    auto q = Database::query(m_casebook.db(),
                             QStringLiteral("SELECT p.id, p.station_id FROM person p WHERE p.id_number = ? AND "
                                            "p.station_id <> ? AND p.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
                                            "conflict c WHERE c.kind = 'same_person' AND ((c.record_id = ? AND "
                                            "c.other_value = p.id) OR (c.record_id = p.id AND c.other_value = ?)))"),
                             {op.fields.value(QStringLiteral("id_number")), op.stationId, op.recordId, op.recordId});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> others;
    while ((*q)->next())
        others << qMakePair((*q)->value(0).toString(), (*q)->value(1).toString());
    (*q)->finish();
    for (const auto &[otherId, otherStation] : std::as_const(others)) {
        if (auto r = conflict(QStringLiteral("same_person"), QStringLiteral("id_number"), {}, op.recordId,
                              {QString(), op.stationId}, otherId, {QString(), otherStation});
            !r)
            return refuse(r.message());
        ++applied.samePerson;
    }
    return {};
}
} // namespace

Result<OpApplier::Applied> OpApplier::apply(Casebook &casebook, const QList<Op> &ops, const Options &options)
{
    Transaction tx(casebook);
    if (!tx.isActive())
        return tx.error();
    Merger merger(casebook, options, ops.size());
    if (auto r = merger.findPresent(ops); !r)
        return r.error();
    for (int i = 0; i < ops.size(); ++i) {
        if (options.progress && i % 256 == 0 && i > 0)
            options.progress(i, int(ops.size()));
        if (auto r = merger.apply(ops.at(i), i); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (options.progress)
        options.progress(int(ops.size()), int(ops.size()));
    return merger.applied;
}

Result<QList<Op>> OpApplier::outbox(const Casebook &casebook, qint64 afterSeq, bool unsentOnly, int limit)
{
    auto q =
        Database::exec(casebook.db(),
                       QStringLiteral("SELECT seq, table_name, record_id, op, record_version, hlc, fields, base FROM "
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
        const QJsonObject base = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        op.baseHlc = base.value(QStringLiteral("hlc")).toString();
        op.baseValues = base.value(QStringLiteral("values")).toObject().toVariantMap();
        ops << op;
    }
    return ops;
}

} // namespace xianjie
