#include "AuditLog.h"

#include "Casebook.h"
#include "Database.h"
#include "Uuid.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QVarLengthArray>
#include <charconv>
#include <sodium.h>

namespace xianjie {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

QString json(const QVariantMap &map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

const char kColumns[] = "a.seq, a.id, a.station_id, a.at, a.user_id, a.action, a.table_name, a.record_id, a.before, "
                        "a.after, a.note, a.prev_hash, a.hash, coalesce(u.display_name, '')";

AuditEntry read(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.stationId = q.value(2).toString();
    e.at = q.value(3).toString();
    e.userId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.table = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.before = q.value(8).toString();
    e.after = q.value(9).toString();
    e.note = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    e.userName = q.value(13).toString();
    if (q.record().count() > 14)
        e.subject = q.value(14).toString();
    return e;
}

// The household a record belongs to ("#12 王秀英": its number in the list and its head), or the name of a user,
// organisation, project or village: what the reader knows the record by. Evaluated for the rows returned only.
const char kSubject[] =
    "coalesce((SELECT '#' || h.rid || ' ' || coalesce((SELECT p.name FROM person p WHERE p.household_id = h.id AND "
    "p.relation = 'self' AND p.deleted = 0), '') FROM household h WHERE h.id = CASE a.table_name "
    "WHEN 'household' THEN a.record_id "
    "WHEN 'person' THEN (SELECT household_id FROM person WHERE id = a.record_id) "
    "WHEN 'category_membership' THEN (SELECT household_id FROM category_membership WHERE id = a.record_id) "
    "WHEN 'need' THEN (SELECT household_id FROM need WHERE id = a.record_id) "
    "WHEN 'consent' THEN (SELECT household_id FROM consent WHERE id = a.record_id) "
    "WHEN 'consent_member' THEN (SELECT c.household_id FROM consent_member m JOIN consent c ON c.id = m.consent_id "
    "WHERE m.id = a.record_id) "
    "WHEN 'consent_item' THEN (SELECT c.household_id FROM consent_item i JOIN consent c ON c.id = i.consent_id "
    "WHERE i.id = a.record_id) "
    "WHEN 'referral' THEN (SELECT household_id FROM referral WHERE id = a.record_id) "
    "WHEN 'referral_event' THEN (SELECT r.household_id FROM referral_event e JOIN referral r ON r.id = e.referral_id "
    "WHERE e.id = a.record_id) "
    "WHEN 'referral_shared_item' THEN (SELECT r.household_id FROM referral_shared_item s JOIN referral r ON "
    "r.id = s.referral_id WHERE s.id = a.record_id) "
    "WHEN 'visit' THEN (SELECT household_id FROM visit WHERE id = a.record_id) "
    "WHEN 'visit_service' THEN (SELECT v.household_id FROM visit_service s JOIN visit v ON v.id = s.visit_id WHERE "
    "s.id = a.record_id) "
    "WHEN 'assistance' THEN (SELECT household_id FROM assistance WHERE id = a.record_id) "
    "WHEN 'coi_declaration' THEN (SELECT household_id FROM coi_declaration WHERE id = a.record_id) END), "
    "CASE a.table_name "
    "WHEN 'user' THEN (SELECT display_name FROM user WHERE id = a.record_id) "
    "WHEN 'charity_org' THEN (SELECT name FROM charity_org WHERE id = a.record_id) "
    "WHEN 'charity_project' THEN (SELECT name FROM charity_project WHERE id = a.record_id) "
    "WHEN 'village' THEN (SELECT name FROM village WHERE id = a.record_id) "
    "WHEN 'referral' THEN (SELECT number FROM referral WHERE id = a.record_id) "
    "WHEN 'referral_event' THEN (SELECT r.number FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE "
    "e.id = a.record_id) END, '')";
// Entries with their user's name, for a WHERE/ORDER tail over audit_log a.
Result<QList<AuditEntry>> select(const QSqlDatabase &db, const QString &tail, const QVariantList &values,
                                 bool withSubject = false)
{
    const QString columns = withSubject ? QStringLiteral("%1, %2").arg(QLatin1String(kColumns), QLatin1String(kSubject))
                                        : QLatin1String(kColumns);
    auto q = Database::exec(
        db, QStringLiteral("SELECT %1 FROM audit_log a LEFT JOIN user u ON u.id = a.user_id%2").arg(columns, tail),
        values);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out << read(*q);
    return out;
}
} // namespace

QString AuditLog::computeHash(const AuditEntry &e)
{
    // SHA-256 of the length-prefixed fields ("12:" then the field's UTF-8): no two different entries hash the
    // same text. Fed field by field without building the text (bundles carry tens of thousands of entries).
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    QStringEncoder utf8(QStringEncoder::Utf8);
    QVarLengthArray<char, 1024> buffer;
    for (const QString *field : {&e.prevHash, &e.id, &e.stationId, &e.at, &e.userId, &e.action, &e.table, &e.recordId,
                                 &e.before, &e.after, &e.note}) {
        buffer.resize(utf8.requiredSpace(field->size()));
        const char *end = utf8.appendToBuffer(buffer.data(), *field);
        const auto length = end - buffer.data();
        char prefix[24];
        const auto [p, ec] = std::to_chars(prefix, prefix + sizeof prefix - 1, length);
        *p = ':';
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(prefix), quint64(p + 1 - prefix));
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(buffer.data()), quint64(length));
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

Result<void> AuditLog::append(Casebook &casebook, const QString &action, const QString &table, const QString &recordId,
                              const QVariantMap &before, const QVariantMap &after, const QString &note)
{
    auto last = Database::scalar(casebook.db(), QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry e;
    e.id = Uuid::v7(casebook.clock().now());
    e.stationId = casebook.stationId();
    e.at = casebook.hlc().next();
    e.userId = casebook.user() ? casebook.user()->id : QString();
    e.action = action;
    e.table = table;
    e.recordId = recordId;
    e.before = json(before);
    e.after = json(after);
    e.note = note;
    e.prevHash = last->isNull() ? kGenesis : last->toString();
    e.hash = computeHash(e);
    return Database::run(casebook.db(),
                         QStringLiteral("INSERT INTO audit_log (id, station_id, at, user_id, action, table_name, "
                                        "record_id, before, after, note, prev_hash, hash) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {e.id, e.stationId, e.at, e.userId, e.action, e.table, e.recordId, e.before, e.after, e.note,
                          e.prevHash, e.hash});
}

Result<QString> AuditLog::verify(const QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT %1 FROM audit_log a LEFT JOIN user u ON u.id = a.user_id "
                                               "ORDER BY a.seq")
                                    .arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    QString expectedPrev = kGenesis;
    qint64 position = 0;
    while (q->next()) {
        ++position;
        const AuditEntry e = read(*q);
        const QString when = e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
        if (e.prevHash != expectedPrev)
            return tr("The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, "
                      "changed or moved.")
                .arg(e.seq)
                .arg(when);
        if (computeHash(e) != e.hash)
            return tr("The audit log has been tampered with at entry No. %1 (%2): its content was changed.")
                .arg(e.seq)
                .arg(when);
        expectedPrev = e.hash;
    }
    Q_UNUSED(position)
    return QString();
}

Result<QList<AuditEntry>> AuditLog::entries(const QSqlDatabase &db, const Filter &f)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!f.userId.isEmpty()) {
        where += QStringLiteral(" AND a.user_id = ?");
        values << f.userId;
    }
    if (!f.action.isEmpty()) {
        where += QStringLiteral(" AND a.action = ?");
        values << f.action;
    }
    if (!f.recordId.isEmpty()) {
        where += QStringLiteral(" AND a.record_id = ?");
        values << f.recordId;
    }
    if (f.from.isValid()) {
        where += QStringLiteral(" AND a.at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND a.at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    values << f.limit;
    return select(db, where + QStringLiteral(" ORDER BY a.seq DESC LIMIT ?"), values, true);
}

Result<QList<AuditEntry>> AuditLog::entriesAfter(const QSqlDatabase &db, qint64 seq)
{
    return select(db, QStringLiteral(" WHERE a.seq > ? ORDER BY a.seq"), {seq});
}

QCborArray AuditLog::toCbor(const AuditEntry &e)
{
    return QCborArray{e.seq,      e.id,     e.stationId, e.at,   e.userId,   e.action, e.table,
                      e.recordId, e.before, e.after,     e.note, e.prevHash, e.hash};
}

AuditEntry AuditLog::fromCbor(const QCborArray &a)
{
    AuditEntry e;
    e.seq = a.at(0).toInteger();
    for (auto [index, field] : {std::pair{1, &e.id},
                                {2, &e.stationId},
                                {3, &e.at},
                                {4, &e.userId},
                                {5, &e.action},
                                {6, &e.table},
                                {7, &e.recordId},
                                {8, &e.before},
                                {9, &e.after},
                                {10, &e.note},
                                {11, &e.prevHash},
                                {12, &e.hash}})
        *field = a.at(index).toString();
    return e;
}

Result<QList<AuditEntry>> AuditLog::stationEntries(const QSqlDatabase &db, const QString &stationId, const Filter &f)
{
    auto q = Database::exec(
        db, QStringLiteral("SELECT entries FROM station_audit WHERE station_id = ? ORDER BY seq_to DESC"), {stationId});
    if (!q)
        return q.error();
    QHash<QString, QString> names;
    auto users =
        Database::exec(db, QStringLiteral("SELECT id, display_name FROM user WHERE station_id = ?"), {stationId});
    if (!users)
        return users.error();
    while (users->next())
        names.insert(users->value(0).toString(), users->value(1).toString());
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : QString();
    const QString to = f.to.isValid() ? f.to.addDays(1).toString(Qt::ISODate) : QString();
    QList<AuditEntry> out;
    while (q->next() && out.size() < f.limit) {
        const QCborArray part = QCborValue::fromCbor(qUncompress(q->value(0).toByteArray())).toArray();
        for (qsizetype i = part.size() - 1; i >= 0 && out.size() < f.limit; --i) {
            const QCborArray a = part.at(i).toArray();
            AuditEntry e = fromCbor(a);
            e.userName = names.value(e.userId);
            if ((!f.userId.isEmpty() && e.userId != f.userId) || (!f.action.isEmpty() && e.action != f.action) ||
                (!f.recordId.isEmpty() && e.recordId != f.recordId) || (!from.isEmpty() && e.at < from) ||
                (!to.isEmpty() && e.at >= to))
                continue;
            out << e;
        }
    }
    return out;
}

Result<QStringList> AuditLog::verifyStations(const QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT a.station_id, coalesce(s.code, a.station_id), a.seq_from, "
                                               "a.seq_to, a.last_hash, a.entries FROM station_audit a LEFT JOIN "
                                               "station s ON s.station_id = a.station_id ORDER BY a.station_id, "
                                               "a.seq_to"));
    if (!q)
        return q.error();
    QStringList faults;
    QString station;
    QString expectedPrev;
    qint64 expectedSeq = 0;
    bool broken = false;
    while (q->next()) {
        if (q->value(0).toString() != station) {
            station = q->value(0).toString();
            expectedPrev = kGenesis;
            expectedSeq = 0;
            broken = false;
        }
        if (broken)
            continue;
        const QCborArray part = QCborValue::fromCbor(qUncompress(q->value(5).toByteArray())).toArray();
        QString last;
        for (const QCborValue &v : part) {
            const QCborArray a = v.toArray();
            AuditEntry e = fromCbor(a);
            if ((expectedSeq > 0 && e.seq != expectedSeq + 1) || e.prevHash != expectedPrev ||
                computeHash(e) != e.hash) {
                faults << tr("The county's copy of station %1's audit log is damaged at entry No. %2.")
                              .arg(q->value(1).toString())
                              .arg(e.seq);
                broken = true;
                break;
            }
            expectedPrev = e.hash;
            expectedSeq = e.seq;
            last = e.hash;
        }
        if (!broken && (part.isEmpty() || last != q->value(4).toString() || expectedSeq != q->value(3).toLongLong())) {
            faults << tr("The county's copy of station %1's audit log is damaged at entry No. %2.")
                          .arg(q->value(1).toString())
                          .arg(q->value(2).toLongLong());
            broken = true;
        }
    }
    return faults;
}

QStringList AuditLog::actions()
{
    return {QStringLiteral("insert"),       QStringLiteral("update"),       QStringLiteral("delete"),
            QStringLiteral("login"),        QStringLiteral("login_failed"), QStringLiteral("logout"),
            QStringLiteral("lock"),         QStringLiteral("reveal"),       QStringLiteral("export"),
            QStringLiteral("print"),        QStringLiteral("backup"),       QStringLiteral("restore"),
            QStringLiteral("purge"),        QStringLiteral("import"),       QStringLiteral("review"),
            QStringLiteral("ledger_import")};
}

QString AuditLog::actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("login"))
        return tr("Signed in");
    if (action == QLatin1String("login_failed"))
        return tr("Failed sign-in");
    if (action == QLatin1String("logout"))
        return tr("Signed out");
    if (action == QLatin1String("lock"))
        return tr("Locked (inactivity)");
    if (action == QLatin1String("reveal"))
        return tr("Revealed personal data");
    if (action == QLatin1String("export"))
        return tr("Exported");
    if (action == QLatin1String("print"))
        return tr("Printed");
    if (action == QLatin1String("backup"))
        return tr("Backed up");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    if (action == QLatin1String("purge"))
        return tr("Deleted at end of retention");
    if (action == QLatin1String("import"))
        return tr("Bundle imported");
    if (action == QLatin1String("review"))
        return tr("Sync review decided");
    if (action == QLatin1String("ledger_import"))
        return tr("Ledger imported");
    return action;
}

} // namespace xianjie
