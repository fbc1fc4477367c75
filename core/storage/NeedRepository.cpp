#include "NeedRepository.h"

#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "RecordWriter.h"
#include "Transaction.h"
#include "rules/Labels.h"

namespace xianjie {

namespace {
const char kColumns[] = "id, household_id, coalesce(person_id, ''), need_type, description, urgency, estimated_fen, "
                        "status, source, identified_on, closed_on, coalesce(visit_id, '')";

Need read(const QSqlQuery &q)
{
    Need n;
    n.id = q.value(0).toString();
    n.householdId = q.value(1).toString();
    n.personId = q.value(2).toString();
    n.needType = q.value(3).toString();
    n.description = q.value(4).toString();
    n.urgency = q.value(5).toString();
    n.estimatedFen = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    n.status = q.value(7).toString();
    n.source = q.value(8).toString();
    n.identifiedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    n.closedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    n.visitId = q.value(11).toString();
    return n;
}
} // namespace

Result<QString> NeedRepository::add(const Need &n)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    if (n.householdId.isEmpty())
        return makeError(Error::Kind::Invalid, tr("A need belongs to a household; choose one."));
    HouseholdRepository households(m_casebook);
    if (auto h = households.household(n.householdId); !h)
        return h.error();
    if (!n.personId.isEmpty()) {
        auto p = households.person(n.personId);
        if (!p)
            return p.error();
        if (p->householdId != n.householdId)
            return makeError(Error::Kind::Invalid, tr("The person is not a member of this household."));
    }
    if (!Labels::contains(Labels::needTypes(), n.needType))
        return makeError(Error::Kind::Invalid, tr("Choose the kind of need."));
    if (n.description.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Describe the need in a few words."));
    if (!Labels::contains(Labels::urgencies(), n.urgency))
        return makeError(Error::Kind::Invalid, tr("Choose how urgent the need is."));
    if (!Labels::contains(Labels::needSources(), n.source))
        return makeError(Error::Kind::Invalid, tr("Say how the need became known."));
    if (n.estimatedFen < -1)
        return makeError(Error::Kind::Invalid, tr("An amount cannot be negative."));
    const QDate on = n.identifiedOn.isValid() ? n.identifiedOn : m_casebook.clock().today();
    if (on > m_casebook.clock().today())
        return makeError(Error::Kind::Invalid, tr("A need is recorded once it is known; the date is in the future."));
    Transaction tx(m_casebook);
    auto id =
        RecordWriter(m_casebook)
            .insert(QStringLiteral("need"),
                    {{QStringLiteral("household_id"), n.householdId},
                     {QStringLiteral("person_id"), n.personId.isEmpty() ? QVariant() : QVariant(n.personId)},
                     {QStringLiteral("need_type"), n.needType},
                     {QStringLiteral("description"), n.description.trimmed()},
                     {QStringLiteral("urgency"), n.urgency},
                     {QStringLiteral("estimated_fen"), n.estimatedFen < 0 ? QVariant() : QVariant(n.estimatedFen)},
                     {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("source"), n.source},
                     {QStringLiteral("identified_on"), on},
                     {QStringLiteral("visit_id"), n.visitId.isEmpty() ? QVariant() : QVariant(n.visitId)}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> NeedRepository::setStatus(const QString &needId, const QString &status)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    auto n = need(needId);
    if (!n)
        return n.error();
    if (!Labels::contains(Labels::needStatuses(), status))
        return makeError(Error::Kind::Invalid, tr("Choose the need's status."));
    const bool closing = status == QLatin1String("met") || status == QLatin1String("withdrawn");
    Transaction tx(m_casebook);
    if (auto r = RecordWriter(m_casebook)
                     .update(QStringLiteral("need"), needId,
                             {{QStringLiteral("status"), status},
                              {QStringLiteral("closed_on"), closing ? m_casebook.clock().today() : QDate()}});
        !r)
        return r.error();
    return tx.commit();
}

Result<Need> NeedRepository::need(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM need WHERE id = ? AND deleted = 0").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This need is not in the casebook."));
    return read(*q);
}

Result<QList<Need>> NeedRepository::needs(const QString &householdId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM need WHERE household_id = ? AND deleted = 0 ORDER BY "
                                           "status IN ('open', 'partly_met') DESC, identified_on DESC, rid DESC")
                                .arg(QLatin1String(kColumns)),
                            {householdId});
    if (!q)
        return q.error();
    QList<Need> out;
    while (q->next())
        out << read(*q);
    return out;
}

} // namespace xianjie
