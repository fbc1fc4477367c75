#include "SyncOverview.h"

#include "rules/Labels.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

namespace xianjie {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("field"))
        return SyncOverview::tr("Changed on both sides");
    if (kind == QLatin1String("status"))
        return SyncOverview::tr("Statuses differ");
    if (kind == QLatin1String("future"))
        return SyncOverview::tr("Dated in the future");
    if (kind == QLatin1String("same_person"))
        return SyncOverview::tr("Same person at two stations");
    return kind;
}

QDateTime when(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

Result<QList<StationSummary>> SyncOverview::stations(const Casebook &county)
{
    auto q = Database::exec(
        county.db(),
        QStringLiteral("SELECT s.station_id, s.code, s.name, s.enrolled_on, s.revoked_on, (SELECT count(*) FROM "
                       "bundle_receipt r WHERE r.station_id = s.station_id), (SELECT coalesce(sum(ops), 0) FROM "
                       "bundle_receipt r WHERE r.station_id = s.station_id), (SELECT max(applied_at) FROM "
                       "bundle_receipt r WHERE r.station_id = s.station_id), (SELECT max(written_at) FROM "
                       "downstream_sent d WHERE d.station_id = s.station_id), (SELECT count(*) FROM conflict c WHERE "
                       "c.resolved_at IS NULL AND (c.kept_station = s.station_id OR c.other_station = s.station_id)) "
                       "FROM station s ORDER BY s.code"));
    if (!q)
        return q.error();
    QList<StationSummary> out;
    while (q->next()) {
        StationSummary s;
        s.stationId = q->value(0).toString();
        s.code = q->value(1).toString();
        s.name = q->value(2).toString();
        s.enrolledOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        s.revokedOn = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        s.bundles = q->value(5).toInt();
        s.ops = q->value(6).toLongLong();
        s.lastImport = when(q->value(7));
        s.lastDownstream = when(q->value(8));
        s.openReviews = q->value(9).toInt();
        out << s;
    }
    return out;
}

Result<QList<ReviewItem>> SyncOverview::reviewQueue(Casebook &casebook, bool openOnly)
{
    auto q = Database::exec(
        casebook.db(),
        QStringLiteral("SELECT c.id, c.kind, c.table_name, c.record_id, c.field, c.base_value, c.kept_value, "
                       "coalesce(ks.name, ''), c.kept_station, c.other_value, coalesce(os.name, ''), c.other_station, "
                       "c.detected_at, c.resolved_at, c.resolution FROM conflict c LEFT JOIN station ks ON "
                       "ks.station_id = c.kept_station LEFT JOIN station os ON os.station_id = c.other_station WHERE "
                       "(? = 0 OR c.resolved_at IS NULL) ORDER BY c.resolved_at IS NOT NULL, c.detected_at DESC, c.id "
                       "DESC LIMIT 2000"),
        {openOnly ? 1 : 0});
    if (!q)
        return q.error();
    HouseholdRepository households(casebook);
    auto who = [&](const QString &name, const QString &stationId) {
        if (!name.isEmpty())
            return name;
        if (stationId == casebook.stationId())
            return casebook.identity().name;
        return stationId.isEmpty() ? QString() : tr("another casebook");
    };
    QList<ReviewItem> out;
    while (q->next()) {
        ReviewItem r;
        r.id = q->value(0).toLongLong();
        r.kind = q->value(1).toString();
        r.kindLabel = kindLabel(r.kind);
        r.table = q->value(2).toString();
        r.recordId = q->value(3).toString();
        r.field = q->value(4).toString();
        r.fieldLabel = r.field.isEmpty() ? QString() : Labels::fieldLabel(r.field);
        const bool personRef = r.kind == QLatin1String("same_person");
        auto words = [&](const QVariant &v) {
            if (v.isNull())
                return QString();
            if (v.toString().isEmpty())
                return tr("(empty)");
            if (r.table == QLatin1String("referral") && r.field == QLatin1String("status"))
                return Labels::label(Labels::referralStatuses(), v.toString());
            return Labels::valueLabel(r.field, v.toString());
        };
        r.base = words(q->value(5));
        r.kept = personRef ? QString() : words(q->value(6));
        r.keptBy = who(q->value(7).toString(), q->value(8).toString());
        r.other = personRef ? QString() : words(q->value(9));
        r.otherBy = who(q->value(10).toString(), q->value(11).toString());
        r.detectedAt = when(q->value(12));
        r.resolvedAt = when(q->value(13));
        r.resolution = q->value(14).toString();
        // Which household the record belongs to, in the masked words the lists use.
        QString household;
        if (r.table == QLatin1String("household"))
            household = r.recordId;
        else if (r.table == QLatin1String("person"))
            if (auto h = Database::scalar(casebook.db(), QStringLiteral("SELECT household_id FROM person WHERE id = ?"),
                                          {r.recordId}))
                household = h->toString();
        r.record = Labels::tableLabel(r.table);
        if (r.table == QLatin1String("charity_org") || r.table == QLatin1String("charity_project"))
            if (auto name = Database::scalar(
                    casebook.db(), QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(r.table), {r.recordId});
                name && !name->toString().isEmpty())
                r.record = Labels::tableLabel(r.table) + QStringLiteral(" · ") + name->toString();
        if (!household.isEmpty())
            if (auto described = households.describeHousehold(household))
                r.record = *described;
        out << r;
    }
    return out;
}

Result<int> SyncOverview::openReviews(const Casebook &casebook)
{
    auto n = Database::scalar(casebook.db(), QStringLiteral("SELECT count(*) FROM conflict WHERE resolved_at IS NULL"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<void> SyncOverview::resolve(Casebook &county, qint64 id, Decision decision, const QString &note)
{
    if (auto r = county.require(Action::EditHouseholds); !r)
        return r.error();
    auto q = Database::exec(county.db(),
                            QStringLiteral("SELECT kind, table_name, record_id, field, other_value, resolved_at FROM "
                                           "conflict WHERE id = ?"),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This entry of the review queue no longer exists."));
    const QString kind = q->value(0).toString();
    const QString table = q->value(1).toString();
    const QString record = q->value(2).toString();
    const QString field = q->value(3).toString();
    const QVariant other = q->value(4);
    if (!q->value(5).isNull())
        return makeError(Error::Kind::Invalid, tr("This entry was already decided."));
    if (decision == Decision::UseOther && kind != QLatin1String("field"))
        return makeError(Error::Kind::Invalid,
                         tr("Only a field changed on both sides can take the other value; a referral's status only "
                            "moves forward."));
    Transaction tx(county);
    if (!tx.isActive())
        return tx.error();
    if (decision == Decision::UseOther) {
        if (!Schema::syncedTables().contains(table))
            return makeError(Error::Kind::Invalid, tr("This entry cannot be changed here."));
        auto written = RecordWriter(county).update(table, record, {{field, other}});
        if (!written)
            return written.error();
    }
    const QString how = decision == Decision::UseOther   ? QStringLiteral("use_other")
                        : decision == Decision::KeepKept ? QStringLiteral("keep")
                                                         : QStringLiteral("reviewed");
    if (auto r = Database::run(county.db(),
                               QStringLiteral("UPDATE conflict SET resolved_at = ?, resolved_by = ?, resolution = ? "
                                              "WHERE id = ?"),
                               {county.clock().now().toString(Qt::ISODate), county.user()->id,
                                note.trimmed().isEmpty() ? how : how + QStringLiteral(": ") + note.trimmed(), id});
        !r)
        return r.error();
    if (auto r = AuditLog::append(county, QStringLiteral("review"), table, record, {},
                                  {{QStringLiteral("field"), field}}, how);
        !r)
        return r.error();
    return tx.commit();
}

Result<QList<SyncAlert>> SyncOverview::alerts(const Casebook &station, bool unseenOnly)
{
    auto q = Database::exec(station.db(),
                            QStringLiteral("SELECT a.id, a.record_id, p.household_id, a.text, a.raised_at, a.seen_at "
                                           "FROM alert a LEFT JOIN person p ON p.id = a.record_id WHERE (? = 0 OR "
                                           "a.seen_at IS NULL) ORDER BY a.raised_at DESC"),
                            {unseenOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<SyncAlert> out;
    while (q->next())
        out << SyncAlert{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString(), when(q->value(4)),      when(q->value(5))};
    return out;
}

Result<void> SyncOverview::markAlertSeen(Casebook &station, const QString &alertId)
{
    if (!station.user())
        return makeError(Error::Kind::Invalid, tr("Sign in first."));
    return Database::run(station.db(), QStringLiteral("UPDATE alert SET seen_at = ? WHERE id = ? AND seen_at IS NULL"),
                         {station.clock().now().toString(Qt::ISODate), alertId});
}

} // namespace xianjie
