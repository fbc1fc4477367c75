#include "VisitRepository.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "RecordWriter.h"
#include "StationSettings.h"
#include "Transaction.h"
#include "rules/VisitPolicy.h"

namespace xianjie {

namespace {
const char kColumns[] = "id, household_id, coalesce(person_id, ''), kind, purpose, coalesce(assigned_user_id, ''), "
                        "due_on, status, done_on, met, findings, adl_failed, coalesce(amends_id, '')";

Visit readVisit(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toString();
    v.householdId = q.value(1).toString();
    v.personId = q.value(2).toString();
    v.kind = q.value(3).toString();
    v.purpose = q.value(4).toString();
    v.assignedUserId = q.value(5).toString();
    v.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    v.status = q.value(7).toString();
    v.doneOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    v.met = q.value(9).toString();
    v.findings = q.value(10).toString();
    if (!q.value(11).isNull())
        v.adlFailed = q.value(11).toInt();
    v.amendsId = q.value(12).toString();
    return v;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

Result<void> VisitRepository::check(const Visit &v, bool done) const
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    if (!VisitPolicy::kinds().contains(v.kind))
        return makeError(Error::Kind::Invalid, tr("Choose how the visit is made (home, phone, office, or together "
                                                  "with a charity)."));
    if (!v.dueOn.isValid())
        return makeError(Error::Kind::Invalid, tr("Enter the date the visit is due."));
    if (done) {
        if (!v.doneOn.isValid())
            return makeError(Error::Kind::Invalid, tr("Enter the date of the visit."));
        if (v.doneOn > m_casebook.clock().today())
            return makeError(Error::Kind::Invalid,
                             tr("A visit dated in the future cannot be recorded as done; plan it instead."));
        if (v.adlFailed && (*v.adlFailed < 0 || *v.adlFailed > 63))
            return makeError(Error::Kind::Invalid, tr("The self-care assessment has six activities."));
        for (const VisitService &s : v.services) {
            if (!VisitPolicy::services().contains(s.service))
                return makeError(Error::Kind::Invalid, tr("Choose the kind of each service from the list."));
            // Material help is delivered, not timed (minutes 0); every other service lasts at least a minute.
            if (s.service == QLatin1String("material") ? s.minutes < 0 : s.minutes <= 0)
                return makeError(Error::Kind::Invalid, tr("A service lasts at least one minute."));
        }
    }
    return {};
}

Result<QString> VisitRepository::plan(const Visit &visitIn)
{
    Visit v = visitIn;
    if (v.householdId.isEmpty())
        return makeError(Error::Kind::Invalid, tr("A visit belongs to a household; choose one."));
    if (auto h = HouseholdRepository(m_casebook).household(v.householdId); !h)
        return h.error();
    if (auto r = check(v, false); !r)
        return r.error();
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("visit"), {{QStringLiteral("household_id"), v.householdId},
                                                    {QStringLiteral("person_id"), orNull(v.personId)},
                                                    {QStringLiteral("kind"), v.kind},
                                                    {QStringLiteral("purpose"), v.purpose},
                                                    {QStringLiteral("assigned_user_id"), orNull(v.assignedUserId)},
                                                    {QStringLiteral("due_on"), v.dueOn},
                                                    {QStringLiteral("status"), QStringLiteral("planned")}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> VisitRepository::insertServices(const QString &visitId, const QList<VisitService> &services)
{
    RecordWriter writer(m_casebook);
    for (const VisitService &s : services)
        if (auto r = writer.insert(QStringLiteral("visit_service"), {{QStringLiteral("visit_id"), visitId},
                                                                     {QStringLiteral("service"), s.service},
                                                                     {QStringLiteral("minutes"), s.minutes}});
            !r)
            return r.error();
    return {};
}

Result<QString> VisitRepository::record(const QString &visitId, const Visit &doneIn, std::optional<QDate> nextDue)
{
    auto planned = visit(visitId);
    if (!planned)
        return planned.error();
    if (planned->status != QLatin1String("planned"))
        return makeError(Error::Kind::Invalid, tr("This visit is already recorded; correct it with an amendment."));
    Visit done = *planned;
    done.doneOn = doneIn.doneOn;
    done.met = doneIn.met;
    done.findings = doneIn.findings;
    done.adlFailed = doneIn.adlFailed;
    done.services = doneIn.services;
    if (!doneIn.kind.isEmpty())
        done.kind = doneIn.kind;
    if (auto r = check(done, true); !r)
        return r.error();
    auto interval = intervalFor(done.householdId);
    if (!interval)
        return interval.error();
    const QDate next = nextDue.value_or(VisitPolicy::nextDue(done.doneOn, *interval));
    if (next <= done.doneOn)
        return makeError(Error::Kind::Invalid, tr("The next visit must be due after this one."));

    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    if (auto r =
            writer.update(QStringLiteral("visit"), visitId,
                          {{QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("kind"), done.kind},
                           {QStringLiteral("done_on"), done.doneOn},
                           {QStringLiteral("met"), done.met.trimmed()},
                           {QStringLiteral("findings"), done.findings.trimmed()},
                           {QStringLiteral("adl_failed"), done.adlFailed ? QVariant(*done.adlFailed) : QVariant()}});
        !r)
        return r.error();
    if (auto r = insertServices(visitId, done.services); !r)
        return r.error();
    // The assessment updates the member's self-care ability.
    if (done.adlFailed && !done.personId.isEmpty())
        if (auto r =
                writer.update(QStringLiteral("person"), done.personId,
                              {{QStringLiteral("self_care"), VisitPolicy::selfCareFromAssessment(*done.adlFailed)}});
            !r)
            return r.error();
    Visit following;
    following.householdId = done.householdId;
    following.personId = done.personId;
    following.kind = QStringLiteral("home");
    following.assignedUserId = done.assignedUserId;
    following.dueOn = next;
    auto nextId = plan(following);
    if (!nextId)
        return nextId.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *nextId;
}

Result<QString> VisitRepository::markMissed(const QString &visitId, const QString &reason)
{
    auto planned = visit(visitId);
    if (!planned)
        return planned.error();
    if (planned->status != QLatin1String("planned"))
        return makeError(Error::Kind::Invalid, tr("Only a planned visit can be missed."));
    if (auto r = check(*planned, false); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say why the visit did not happen."));
    const QDate today = m_casebook.clock().today();
    Transaction tx(m_casebook);
    if (auto r = RecordWriter(m_casebook)
                     .update(QStringLiteral("visit"), visitId,
                             {{QStringLiteral("status"), QStringLiteral("missed")},
                              {QStringLiteral("done_on"), today},
                              {QStringLiteral("findings"), reason.trimmed()}});
        !r)
        return r.error();
    Visit again = *planned;
    again.id.clear();
    again.dueOn = today.addDays(7);
    auto id = plan(again);
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<QString> VisitRepository::amend(const QString &visitId, const Visit &corrected, const QString &reason)
{
    auto original = visit(visitId);
    if (!original)
        return original.error();
    if (original->status != QLatin1String("done"))
        return makeError(Error::Kind::Invalid, tr("Only a recorded visit can be amended."));
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say what the amendment corrects."));
    Visit v = corrected;
    v.householdId = original->householdId;
    v.personId = original->personId;
    v.dueOn = original->dueOn;
    if (v.kind.isEmpty())
        v.kind = original->kind;
    if (auto r = check(v, true); !r)
        return r.error();
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("visit"),
                          {{QStringLiteral("household_id"), v.householdId},
                           {QStringLiteral("person_id"), orNull(v.personId)},
                           {QStringLiteral("kind"), v.kind},
                           {QStringLiteral("purpose"), tr("Amendment: %1").arg(reason.trimmed())},
                           {QStringLiteral("assigned_user_id"), orNull(original->assignedUserId)},
                           {QStringLiteral("due_on"), v.dueOn},
                           {QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("done_on"), v.doneOn},
                           {QStringLiteral("met"), v.met.trimmed()},
                           {QStringLiteral("findings"), v.findings.trimmed()},
                           {QStringLiteral("adl_failed"), v.adlFailed ? QVariant(*v.adlFailed) : QVariant()},
                           {QStringLiteral("amends_id"), visitId}});
    if (!id)
        return id.error();
    if (auto r = insertServices(*id, v.services); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<Visit> VisitRepository::visit(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM visit WHERE id = ? AND deleted = 0").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This visit is not in the casebook."));
    Visit v = readVisit(*q);
    auto s =
        Database::exec(m_casebook.db(),
                       QStringLiteral("SELECT service, minutes FROM visit_service WHERE visit_id = ? AND deleted = 0 "
                                      "ORDER BY rid"),
                       {id});
    if (!s)
        return s.error();
    while (s->next())
        v.services << VisitService{s->value(0).toString(), s->value(1).toInt()};
    return v;
}

Result<QList<Visit>> VisitRepository::visits(const QString &householdId) const
{
    auto q =
        Database::exec(m_casebook.db(),
                       QStringLiteral("SELECT %1 FROM visit v WHERE household_id = ? AND deleted = 0 AND NOT EXISTS "
                                      "(SELECT 1 FROM visit a WHERE a.amends_id = v.id AND a.deleted = 0) "
                                      "ORDER BY due_on DESC, rid DESC")
                           .arg(QLatin1String(kColumns)),
                       {householdId});
    if (!q)
        return q.error();
    QList<Visit> out;
    while (q->next())
        out << readVisit(*q);
    return out;
}

QString VisitRepository::rangeCondition(Range range, const QDate &today, QVariantList &values)
{
    switch (range) {
    case Range::Overdue:
        values << today.toString(Qt::ISODate);
        return QStringLiteral("v.due_on < ?");
    case Range::Today:
        values << today.toString(Qt::ISODate);
        return QStringLiteral("v.due_on = ?");
    case Range::Week:
        values << today.toString(Qt::ISODate) << today.addDays(6).toString(Qt::ISODate);
        return QStringLiteral("v.due_on BETWEEN ? AND ?");
    }
    return QStringLiteral("0");
}

Result<int> VisitRepository::agendaCount(Range range, const QDate &today, const QString &userId) const
{
    QVariantList values;
    const QString when = rangeCondition(range, today, values);
    values << userId << userId;
    auto n = Database::scalar(m_casebook.db(),
                              QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id "
                                             "AND h.status = 'active' WHERE v.status = 'planned' AND v.deleted = 0 "
                                             "AND %1 AND (? = '' OR v.assigned_user_id = ?)")
                                  .arg(when),
                              values);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<AgendaItem>> VisitRepository::agenda(Range range, const QDate &today, const QString &userId) const
{
    QVariantList values;
    const QString when = rangeCondition(range, today, values);
    values << userId << userId;
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT v.id, v.household_id, coalesce(p.name, ''), coalesce(vi.name, ''), "
                                           "v.due_on, v.kind, coalesce(v.assigned_user_id, '') FROM visit v "
                                           "JOIN household h ON h.id = v.household_id AND h.status = 'active' "
                                           "LEFT JOIN person p ON p.household_id = h.id AND p.relation = 'self' AND "
                                           "p.deleted = 0 LEFT JOIN village vi ON vi.id = h.village_id "
                                           "WHERE v.status = 'planned' AND v.deleted = 0 AND %1 AND (? = '' OR "
                                           "v.assigned_user_id = ?) ORDER BY v.due_on, vi.name, h.rid")
                                .arg(when),
                            values);
    if (!q)
        return q.error();
    QList<AgendaItem> out;
    while (q->next())
        out << AgendaItem{q->value(0).toString(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          q->value(3).toString(),
                          QDate::fromString(q->value(4).toString(), Qt::ISODate),
                          q->value(5).toString(),
                          q->value(6).toString()};
    return out;
}

Result<int> VisitRepository::intervalFor(const QString &householdId) const
{
    auto members = HouseholdRepository(m_casebook).members(householdId);
    if (!members)
        return members.error();
    const StationSettings settings(m_casebook);
    return VisitPolicy::intervalMonths(*members, m_casebook.clock().today(), settings.visitMonthsPriority(),
                                       settings.visitMonthsRegular());
}

} // namespace xianjie
