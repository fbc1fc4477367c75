#include "AssistanceRepository.h"

#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "RecordWriter.h"
#include "Transaction.h"
#include "rules/Labels.h"

namespace xianjie {

namespace {

const char kColumns[] = "id, household_id, coalesce(person_id, ''), source, programme, organisation, project, "
                        "coalesce(referral_id, ''), need_type, form, amount_fen, quantity, period_start, period_end, "
                        "note, coalesce(amends_id, '')";

Assistance read(const QSqlQuery &q)
{
    Assistance a;
    a.id = q.value(0).toString();
    a.householdId = q.value(1).toString();
    a.personId = q.value(2).toString();
    a.source = q.value(3).toString();
    a.programme = q.value(4).toString();
    a.organisation = q.value(5).toString();
    a.project = q.value(6).toString();
    a.referralId = q.value(7).toString();
    a.needType = q.value(8).toString();
    a.form = q.value(9).toString();
    a.amountFen = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    a.quantity = q.value(11).toString();
    a.periodStart = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    a.periodEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    a.note = q.value(14).toString();
    a.amendsId = q.value(15).toString();
    return a;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

Result<void> AssistanceRepository::check(const Assistance &a) const
{
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    if (a.householdId.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Help is recorded for a household; choose one."));
    if (auto h = HouseholdRepository(m_casebook).household(a.householdId); !h)
        return h.error();
    if (a.source != QLatin1String("government") && a.source != QLatin1String("charity"))
        return makeError(Error::Kind::Invalid, tr("Say whether the help came from government or a charity."));
    if (a.programme.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Name the programme or the kind of help."));
    if (a.source == QLatin1String("charity") && a.organisation.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Name the charity that gave the help."));
    if (!Labels::contains(Labels::needTypes(), a.needType))
        return makeError(Error::Kind::Invalid, tr("Choose the need the help meets."));
    if (!Labels::contains(Labels::outcomeForms(), a.form))
        return makeError(Error::Kind::Invalid, tr("Choose the form of help: cash, material or service."));
    if (a.amountFen < -1)
        return makeError(Error::Kind::Invalid, tr("An amount cannot be negative."));
    if (!a.periodStart.isValid())
        return makeError(Error::Kind::Invalid, tr("Enter the date (or the first day) of the help."));
    if (a.periodStart > m_casebook.clock().today())
        return makeError(Error::Kind::Invalid,
                         tr("Help is recorded once it has been given; the date is in the future."));
    if (a.periodEnd.isValid() && a.periodEnd < a.periodStart)
        return makeError(Error::Kind::Invalid, tr("The period cannot end before it starts."));
    return {};
}

Result<QList<Assistance>> AssistanceRepository::doubleHelp(const Assistance &a) const
{
    const QString other =
        a.source == QLatin1String("government") ? QStringLiteral("charity") : QStringLiteral("government");
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM assistance x WHERE household_id = ? AND source = ? AND "
                       "need_type = ? AND deleted = 0 AND period_start <= ? AND "
                       "coalesce(period_end, period_start) >= ? AND NOT EXISTS (SELECT 1 FROM "
                       "assistance y WHERE y.amends_id = x.id AND y.deleted = 0) ORDER BY period_start")
            .arg(QLatin1String(kColumns)),
        {a.householdId, other, a.needType, a.lastDay().toString(Qt::ISODate), a.periodStart.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Assistance> out;
    while (q->next())
        out << read(*q);
    return out;
}

Result<QString> AssistanceRepository::insert(const Assistance &a, const QString &amendsId)
{
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("assistance"),
                          {{QStringLiteral("household_id"), a.householdId},
                           {QStringLiteral("person_id"), orNull(a.personId)},
                           {QStringLiteral("source"), a.source},
                           {QStringLiteral("programme"), a.programme.trimmed()},
                           {QStringLiteral("organisation"), a.organisation.trimmed()},
                           {QStringLiteral("project"), a.project.trimmed()},
                           {QStringLiteral("referral_id"), orNull(a.referralId)},
                           {QStringLiteral("need_type"), a.needType},
                           {QStringLiteral("form"), a.form},
                           {QStringLiteral("amount_fen"), a.amountFen < 0 ? QVariant() : QVariant(a.amountFen)},
                           {QStringLiteral("quantity"), a.quantity.trimmed()},
                           {QStringLiteral("period_start"), a.periodStart},
                           {QStringLiteral("period_end"), a.periodEnd},
                           {QStringLiteral("note"), a.note.trimmed()},
                           {QStringLiteral("amends_id"), orNull(amendsId)}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<QString> AssistanceRepository::record(const Assistance &a, bool doubleConfirmed)
{
    if (auto r = check(a); !r)
        return r.error();
    if (!doubleConfirmed) {
        auto doubled = doubleHelp(a);
        if (!doubled)
            return doubled.error();
        if (!doubled->isEmpty()) {
            const Assistance &d = doubled->first();
            const QString who = d.source == QLatin1String("charity") ? d.organisation : d.programme;
            return makeError(Error::Kind::NeedsConfirmation,
                             tr("This need is already covered in the same period by %1 (from %2). Record this help "
                                "as well only if it does not double it.")
                                 .arg(who, d.periodStart.toString(Qt::ISODate)));
        }
    }
    return insert(a, QString());
}

Result<QString> AssistanceRepository::amend(const QString &entryId, const Assistance &corrected, const QString &reason)
{
    auto original = entry(entryId);
    if (!original)
        return original.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Say what the amendment corrects."));
    Assistance a = corrected;
    a.householdId = original->householdId;
    a.note = tr("Amendment: %1").arg(reason.trimmed());
    if (auto r = check(a); !r)
        return r.error();
    return insert(a, entryId);
}

Result<QList<Assistance>> AssistanceRepository::ledger(const QString &householdId) const
{
    auto q =
        Database::exec(m_casebook.db(),
                       QStringLiteral("SELECT %1 FROM assistance x WHERE household_id = ? AND deleted = 0 AND NOT "
                                      "EXISTS (SELECT 1 FROM assistance y WHERE y.amends_id = x.id AND y.deleted = 0) "
                                      "ORDER BY period_start DESC, rid DESC")
                           .arg(QLatin1String(kColumns)),
                       {householdId});
    if (!q)
        return q.error();
    QList<Assistance> out;
    while (q->next())
        out << read(*q);
    return out;
}

Result<Assistance> AssistanceRepository::entry(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM assistance WHERE id = ? AND deleted = 0").arg(QLatin1String(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This entry is not in the ledger."));
    return read(*q);
}

} // namespace xianjie
