#include "VisitList.h"

#include "report/Paper.h"
#include "rules/VisitPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace xianjie {

Result<QString> VisitList::html(Casebook &casebook, const QString &villageId, const QDate &until)
{
    if (auto r = casebook.require(Action::EditHouseholds); !r)
        return r.error();
    auto village =
        Database::scalar(casebook.db(), QStringLiteral("SELECT name FROM village WHERE id = ?"), {villageId});
    if (!village)
        return village.error();
    if (village->isNull())
        return makeError(Error::Kind::NotFound, tr("This village is not in the casebook."));
    auto q = Database::exec(
        casebook.db(),
        QStringLiteral(
            "SELECT v.due_on, coalesce(p.name, ''), h.address, v.kind, v.purpose, h.phone, coalesce(p.phone, ''), "
            "(SELECT group_concat(m.phone, ' ') FROM person m WHERE m.household_id = h.id AND "
            "m.deleted = 0 AND m.relation <> 'self' AND m.phone <> '') FROM visit v JOIN household h ON "
            "h.id = v.household_id AND h.status = 'active' LEFT JOIN person p ON p.household_id = h.id AND "
            "p.relation = 'self' AND p.deleted = 0 WHERE v.status = 'planned' AND v.deleted = 0 AND "
            "h.village_id = ? AND v.due_on <= ? ORDER BY v.due_on, h.address"),
        {villageId, until.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    const QDate today = casebook.clock().today();
    QString rows;
    int n = 0;
    while (q->next()) {
        const QDate due = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        // The household's phone first, then the head's, then the other members' (a phone visit needs a number).
        QString phone = q->value(5).toString();
        if (phone.isEmpty())
            phone = q->value(6).toString();
        if (phone.isEmpty())
            phone = q->value(7).toString();
        // Each row is tall enough to write the visit's notes in by hand.
        rows +=
            QStringLiteral("<tr><td height=\"64\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                           "<td>%7</td><td></td></tr>")
                .arg(n + 1)
                .arg(due < today ? QStringLiteral("%1<br><b>%2</b>")
                                       .arg(Paper::esc(due.toString(Qt::ISODate)), Paper::esc(tr("overdue")))
                                 : Paper::esc(due.toString(Qt::ISODate)),
                     Paper::esc(q->value(1).toString()), Paper::esc(q->value(2).toString()), Paper::esc(phone),
                     Paper::esc(VisitPolicy::kindLabel(q->value(3).toString())), Paper::esc(q->value(4).toString()));
        ++n;
    }
    QString html = Paper::begin(tr("Visit list: %1").arg(village->toString()));
    html += Paper::para(tr("%1 · visits due up to %2 · printed on %3 · %n visit(s)", nullptr, n)
                            .arg(casebook.identity().name, Paper::date(until), Paper::date(today)));
    // The header row repeats on every page (thead).
    html += QStringLiteral("<table width=\"100%\"><thead><tr><th width=\"5%\">%1</th><th width=\"12%\">%2</th>"
                           "<th width=\"9%\">%3</th><th width=\"17%\">%4</th><th width=\"13%\">%5</th>"
                           "<th width=\"8%\">%6</th><th width=\"12%\">%7</th><th width=\"24%\">%8</th></tr></thead>")
                .arg(Paper::esc(tr("No.")), Paper::esc(tr("Due")), Paper::esc(tr("Head of household")),
                     Paper::esc(tr("Address")), Paper::esc(tr("Phone")), Paper::esc(tr("Kind")),
                     Paper::esc(tr("Purpose")), Paper::esc(tr("What was found (write here)")));
    html += rows.isEmpty()
                ? QStringLiteral("<tr><td colspan=\"8\">%1</td></tr>").arg(Paper::esc(tr("No visits are due.")))
                : rows;
    html += QStringLiteral("</table>");
    html +=
        Paper::para(tr("Visited by: %1    Date: %2").arg(Paper::blank(12), Paper::blank(12)), QStringLiteral("gap"));
    html += Paper::end();
    Transaction tx(casebook);
    if (auto r = AuditLog::append(casebook, QStringLiteral("print"), QStringLiteral("village"), villageId, {}, {},
                                  tr("Visit list, %n visit(s)", nullptr, n));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return html;
}

} // namespace xianjie
