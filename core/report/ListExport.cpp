#include "ListExport.h"

#include "model/Person.h"
#include "rules/Labels.h"
#include "rules/Masking.h"
#include "rules/Validation.h"
#include "rules/VisitPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace xianjie {

namespace {
using Column = TableWriter::Column;
using Kind = TableWriter::Kind;

QVariant dateOrNull(const QVariant &iso)
{
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant fenOrNull(const QVariant &fen)
{
    return fen.isNull() || fen.toLongLong() < 0 ? QVariant() : QVariant(fen.toLongLong());
}

/** Sends progress on the first unit, every 200 and the last; false when the user asked to stop. */
struct Ticker
{
    const ListExport::Progress &progress;
    qint64 total = 0;
    qint64 done = 0;
    bool step()
    {
        ++done;
        return !progress || (done % 200 != 1 && done != total) || progress(done, total);
    }
};

Error stopped()
{
    return makeError(Error::Kind::Invalid, ListExport::tr("The export was stopped; no file was written."));
}
} // namespace

QString ListExport::listLabel(List list)
{
    switch (list) {
    case List::Households:
        return tr("Households and members");
    case List::Referrals:
        return tr("Referrals");
    case List::Visits:
        return tr("Visits");
    case List::Assistance:
        return tr("Help received");
    }
    return {};
}

std::optional<ListExport::List> ListExport::listFromCode(const QString &code)
{
    if (code == QLatin1String("households"))
        return List::Households;
    if (code == QLatin1String("referrals"))
        return List::Referrals;
    if (code == QLatin1String("visits"))
        return List::Visits;
    if (code == QLatin1String("assistance"))
        return List::Assistance;
    return std::nullopt;
}

Result<ListExport::Outcome> ListExport::run(Casebook &casebook, const Options &o, const Progress &progress)
{
    if (o.unmasked)
        if (auto r = casebook.require(Action::ExportUnmasked); !r)
            return r.error();
    if (!casebook.user())
        return makeError(Error::Kind::Invalid, tr("Sign in first."));
    const QSqlDatabase db = casebook.db();
    const QDate today = casebook.clock().today();
    const bool open = o.unmasked;
    Outcome out;
    out.path = QFileInfo(o.path).absoluteFilePath();
    Ticker tick{progress};
    std::unique_ptr<TableWriter> writer;
    auto start = [&](const QList<Column> &columns) -> Result<void> {
        auto w = TableWriter::create(o.path, o.format, listLabel(o.list), columns);
        if (!w)
            return w.error();
        writer = std::move(*w);
        return {};
    };
    auto add = [&](const QVariantList &cells) -> Result<void> {
        if (auto r = writer->addRow(cells); !r)
            return r;
        if (!tick.step())
            return stopped();
        return {};
    };
    // The household columns every list starts with: its number, its head, its village.
    const QList<Column> householdColumns = {{tr("Household No."), Kind::Number, 9},
                                            {tr("Head of household"), Kind::Text, 12},
                                            {tr("Village"), Kind::Text, 14}};

    switch (o.list) {
    case List::Households: {
        auto total = HouseholdQuery::count(db, o.households, today);
        if (!total)
            return total.error();
        tick.total = *total;
        if (auto r = start(householdColumns + QList<Column>{{tr("Address"), Kind::Text, 18},
                                                            {tr("Household phone"), Kind::Text, 14},
                                                            {tr("Categories"), Kind::Text, 16},
                                                            {tr("Status"), Kind::Text, 8},
                                                            {tr("Name"), Kind::Text, 10},
                                                            {tr("Relation"), Kind::Text, 8},
                                                            {tr("Sex"), Kind::Text, 5},
                                                            {tr("Birth date"), Kind::Date, 11},
                                                            {tr("Age"), Kind::Number, 5},
                                                            {tr("ID number"), Kind::Text, 20},
                                                            {tr("Phone"), Kind::Text, 14},
                                                            {tr("Health"), Kind::Text, 10},
                                                            {tr("Disability"), Kind::Text, 12},
                                                            {tr("Self-care"), Kind::Text, 10}});
            !r)
            return r.error();
        const QString members =
            QStringLiteral("SELECT h.address, h.phone, p.name, p.relation, p.sex, p.birth_date, coalesce(p.id_number, "
                           "''), p.phone, p.health, p.disability_category, p.disability_grade, p.self_care FROM "
                           "household h JOIN person p ON p.household_id = h.id AND p.deleted = 0 WHERE h.id = ? "
                           "ORDER BY p.relation <> 'self', p.rid");
        HouseholdQuery::After after;
        for (;;) {
            auto page = HouseholdQuery::page(db, o.households, after, 1000, today);
            if (!page)
                return page.error();
            for (const HouseholdRow &row : *page) {
                ++out.households;
                QStringList categories;
                for (const QString &c : row.categories)
                    categories << Labels::label(Labels::categoriesShort(), c);
                auto q = Database::query(db, members, {row.id});
                if (!q)
                    return q.error();
                QList<QVariantList> lines;
                while ((*q)->next()) {
                    Person p;
                    p.name = (*q)->value(2).toString();
                    p.relation = (*q)->value(3).toString();
                    p.sex = (*q)->value(4).toString();
                    p.birthDate = QDate::fromString((*q)->value(5).toString(), Qt::ISODate);
                    p.idNumber = (*q)->value(6).toString();
                    p.phone = (*q)->value(7).toString();
                    p.health = (*q)->value(8).toString();
                    p.disabilityCategory = (*q)->value(9).toInt();
                    p.disabilityGrade = (*q)->value(10).toInt();
                    p.selfCare = (*q)->value(11).toString();
                    // A child under 14 shows a masked name and an age, and nothing else, unless unmasked.
                    const bool child = !open && Masking::isChild(p, today);
                    const QString phone = (*q)->value(1).toString();
                    lines << QVariantList{
                        row.rid,
                        row.headName,
                        row.village,
                        (*q)->value(0).toString(),
                        open ? phone : Validation::maskPhone(phone),
                        categories.join(tr(", ")),
                        Labels::valueLabel(QStringLiteral("status"), row.status),
                        Masking::name(p, today, open),
                        Labels::label(Labels::relations(), p.relation),
                        child ? QVariant() : QVariant(Labels::sex(p.sex)),
                        child || !p.birthDate.isValid() ? QVariant() : QVariant(p.birthDate),
                        p.ageOn(today) >= 0 ? QVariant(p.ageOn(today)) : QVariant(),
                        Masking::idNumber(p, today, open),
                        Masking::phone(p, today, open),
                        Masking::sensitive(Labels::label(Labels::healthStates(), p.health), open),
                        Masking::sensitive(Labels::disability(p.disabilityCategory, p.disabilityGrade), open),
                        Masking::sensitive(Labels::label(Labels::selfCareLevels(), p.selfCare), open)};
                }
                (*q)->finish();
                for (const QVariantList &line : lines)
                    if (auto r = writer->addRow(line); !r)
                        return r.error();
                if (!tick.step())
                    return stopped();
            }
            if (page->size() < 1000)
                break;
            after = {page->last().sortKey, page->last().rid};
        }
        break;
    }
    case List::Referrals: {
        auto referrals = ReferralRepository(casebook).referrals(o.referrals);
        if (!referrals)
            return referrals.error();
        tick.total = referrals->size();
        if (auto r = start(QList<Column>{{tr("Referral"), Kind::Text, 12}, {tr("Direction"), Kind::Text, 12}} +
                           householdColumns +
                           QList<Column>{{tr("Need"), Kind::Text, 10},
                                         {tr("Organisation"), Kind::Text, 20},
                                         {tr("Project"), Kind::Text, 16},
                                         {tr("Status"), Kind::Text, 10},
                                         {tr("Sent"), Kind::Date, 11},
                                         {tr("Answer due"), Kind::Date, 11},
                                         {tr("Closed"), Kind::Date, 11},
                                         {tr("Outcome"), Kind::Text, 8},
                                         {tr("Amount (yuan)"), Kind::Yuan, 12},
                                         {tr("Person reported"), Kind::Text, 10},
                                         {tr("Their ID number"), Kind::Text, 20},
                                         {tr("Their phone"), Kind::Text, 14},
                                         {tr("Reported"), Kind::Date, 11}});
            !r)
            return r.error();
        for (const Referral &r : *referrals) {
            const bool toCharity = r.toCharity();
            if (auto a = add(
                    {r.number, toCharity ? tr("To a charity") : tr("From a charity"),
                     r.householdRid > 0 ? QVariant(r.householdRid) : QVariant(), r.headName, r.villageName,
                     toCharity ? Labels::label(Labels::needTypes(), r.needType) : QString(), r.orgName, r.projectName,
                     Labels::label(toCharity ? Labels::referralStatuses() : Labels::leadStatuses(), r.status),
                     r.sentOn.isValid() ? QVariant(r.sentOn) : QVariant(),
                     r.dueOn.isValid() ? QVariant(r.dueOn) : QVariant(),
                     r.closedOn.isValid() ? QVariant(r.closedOn) : QVariant(),
                     r.outcomeForm.isEmpty() ? QString() : Labels::label(Labels::outcomeForms(), r.outcomeForm),
                     r.outcomeFen >= 0 ? QVariant(r.outcomeFen) : QVariant(), r.leadName,
                     open ? r.leadIdNumber : Validation::maskResidentId(r.leadIdNumber),
                     open ? r.leadPhone : Validation::maskPhone(r.leadPhone),
                     r.reportedOn.isValid() ? QVariant(r.reportedOn) : QVariant()});
                !a)
                return a.error();
        }
        break;
    }
    case List::Visits:
    case List::Assistance: {
        const bool visits = o.list == List::Visits;
        QString where = visits ? QStringLiteral("v.deleted = 0 AND v.id NOT IN (SELECT amends_id FROM visit WHERE "
                                                "amends_id IS NOT NULL AND deleted = 0)")
                               : QStringLiteral("v.deleted = 0 AND v.id NOT IN (SELECT amends_id FROM assistance "
                                                "WHERE amends_id IS NOT NULL AND deleted = 0)");
        QVariantList values;
        const QString dateColumn = visits ? QStringLiteral("v.due_on") : QStringLiteral("v.period_start");
        if (o.from.isValid()) {
            where += QStringLiteral(" AND %1 >= ?").arg(dateColumn);
            values << o.from.toString(Qt::ISODate);
        }
        if (o.to.isValid()) {
            where += QStringLiteral(" AND %1 <= ?").arg(dateColumn);
            values << o.to.toString(Qt::ISODate);
        }
        if (!o.villageId.isEmpty()) {
            where += QStringLiteral(" AND h.village_id = ?");
            values << o.villageId;
        }
        const QString from = QStringLiteral(" FROM %1 v JOIN household h ON h.id = v.household_id WHERE ")
                                 .arg(visits ? QStringLiteral("visit") : QStringLiteral("assistance"));
        auto total = Database::scalar(db, QStringLiteral("SELECT count(*)") + from + where, values);
        if (!total)
            return total.error();
        tick.total = total->toLongLong();
        const QString household =
            QStringLiteral("h.rid, coalesce((SELECT name FROM person WHERE household_id = h.id AND relation = 'self' "
                           "AND deleted = 0), "
                           "''), coalesce((SELECT name FROM village WHERE id = h.village_id), '')");
        QList<Column> columns = householdColumns;
        QString select;
        if (visits) {
            columns += QList<Column>{{tr("Due"), Kind::Date, 11},     {tr("Kind"), Kind::Text, 8},
                                     {tr("Purpose"), Kind::Text, 20}, {tr("Status"), Kind::Text, 8},
                                     {tr("Done"), Kind::Date, 11},    {tr("Who was met"), Kind::Text, 12},
                                     {tr("Findings"), Kind::Text, 30}};
            select = QStringLiteral("SELECT %1, v.due_on, v.kind, v.purpose, v.status, v.done_on, v.met, v.findings")
                         .arg(household);
        } else {
            columns += QList<Column>{{tr("Source"), Kind::Text, 8},         {tr("Programme"), Kind::Text, 16},
                                     {tr("Organisation"), Kind::Text, 18},  {tr("Project"), Kind::Text, 14},
                                     {tr("Need"), Kind::Text, 10},          {tr("Form"), Kind::Text, 8},
                                     {tr("Amount (yuan)"), Kind::Yuan, 12}, {tr("Quantity"), Kind::Text, 10},
                                     {tr("From"), Kind::Date, 11},          {tr("To"), Kind::Date, 11},
                                     {tr("Note"), Kind::Text, 20}};
            select = QStringLiteral("SELECT %1, v.source, v.programme, v.organisation, v.project, v.need_type, "
                                    "v.form, v.amount_fen, v.quantity, v.period_start, v.period_end, v.note")
                         .arg(household);
        }
        if (auto r = start(columns); !r)
            return r.error();
        auto q =
            Database::exec(db, select + from + where + QStringLiteral(" ORDER BY %1, h.rid").arg(dateColumn), values);
        if (!q)
            return q.error();
        QSet<qint64> households;
        while (q->next()) {
            households.insert(q->value(0).toLongLong());
            QVariantList cells = {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
            if (visits)
                // What was found on a visit often speaks of health: hidden unless unmasked.
                cells << dateOrNull(q->value(3)) << VisitPolicy::kindLabel(q->value(4).toString())
                      << q->value(5).toString() << Labels::valueLabel(QStringLiteral("status"), q->value(6).toString())
                      << dateOrNull(q->value(7)) << q->value(8).toString()
                      << Masking::sensitive(q->value(9).toString(), open);
            else
                cells << Labels::valueLabel(QStringLiteral("source"), q->value(3).toString()) << q->value(4).toString()
                      << q->value(5).toString() << q->value(6).toString()
                      << Labels::label(Labels::needTypes(), q->value(7).toString())
                      << Labels::label(Labels::outcomeForms(), q->value(8).toString()) << fenOrNull(q->value(9))
                      << q->value(10).toString() << dateOrNull(q->value(11)) << dateOrNull(q->value(12))
                      << q->value(13).toString();
            if (auto a = add(cells); !a)
                return a.error();
        }
        out.households = households.size();
        break;
    }
    }
    out.rows = writer->rows();
    // The audit entry first: a file that left the station without its record would be worse than none.
    Transaction tx(casebook);
    if (auto r = AuditLog::append(casebook, QStringLiteral("export"), QString(), QString(), {}, {},
                                  tr("%1: %n row(s), %2, to %3", nullptr, int(out.rows))
                                      .arg(listLabel(o.list),
                                           open ? tr("unmasked (ID numbers, phones and health in full)") : tr("masked"),
                                           QFileInfo(o.path).fileName()));
        !r)
        return r.error();
    if (auto r = writer->finish(); !r)
        return r.error();
    if (auto r = tx.commit(); !r) {
        QFile::remove(out.path);
        return r.error();
    }
    return out;
}

} // namespace xianjie
