#include "VisitList.h"

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
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT v.due_on, coalesce(p.name, ''), h.address, v.kind, v.purpose FROM "
                                           "visit v JOIN household h ON h.id = v.household_id AND h.status = 'active' "
                                           "LEFT JOIN person p ON p.household_id = h.id AND p.relation = 'self' AND "
                                           "p.deleted = 0 WHERE v.status = 'planned' AND v.deleted = 0 AND "
                                           "h.village_id = ? AND v.due_on <= ? ORDER BY v.due_on, h.address"),
                            {villageId, until.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    const QDate today = casebook.clock().today();
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString rows;
    int n = 0;
    while (q->next()) {
        const QDate due = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                           "<td width=\"25%\"></td></tr>")
                .arg(++n)
                .arg(esc(due < today ? tr("%1 (overdue)").arg(due.toString(Qt::ISODate)) : due.toString(Qt::ISODate)),
                     esc(q->value(1).toString()), esc(q->value(2).toString()),
                     esc(VisitPolicy::kindLabel(q->value(3).toString())), esc(q->value(4).toString()));
    }
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>body{font-size:10pt} "
                                  "h1{font-size:15pt;text-align:center} table{border-collapse:collapse} "
                                  "td,th{border:1px solid #444;padding:4px} th{background:#eee}</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Visit list: %1").arg(village->toString())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 · visits due up to %2 · printed on %3")
                             .arg(casebook.identity().name, until.toString(Qt::ISODate), today.toString(Qt::ISODate))));
    html += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th></tr>")
                .arg(esc(tr("No.")), esc(tr("Due")), esc(tr("Head of household")), esc(tr("Address")), esc(tr("Kind")),
                     esc(tr("Purpose")), esc(tr("Notes")));
    html +=
        rows.isEmpty() ? QStringLiteral("<tr><td colspan=\"7\">%1</td></tr>").arg(esc(tr("No visits are due."))) : rows;
    html += QStringLiteral("</table></body></html>");
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
