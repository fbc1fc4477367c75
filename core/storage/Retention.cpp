#include "Retention.h"

#include "Casebook.h"
#include "Database.h"
#include "RecordWriter.h"
#include "Transaction.h"

namespace xianjie {

int Retention::archiveAfterYears(const Casebook &casebook)
{
    return casebook.setting(QStringLiteral("archive_after_years"), QString::number(kDefaultYears)).toInt();
}

Result<int> Retention::archiveClosedHouseholds(Casebook &casebook)
{
    if (auto r = casebook.require(Action::ManageUsers); !r)
        return r.error();
    const QDate today = casebook.clock().today();
    const QDate cutoff = today.addYears(-archiveAfterYears(casebook));
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT id FROM household WHERE status = 'closed' AND archived_on IS NULL "
                                           "AND deleted = 0 AND closed_on <= ?"),
                            {cutoff.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    Transaction tx(casebook);
    RecordWriter writer(casebook);
    for (const QString &id : std::as_const(ids))
        if (auto r = writer.update(QStringLiteral("household"), id, {{QStringLiteral("archived_on"), today}}); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(ids.size());
}

} // namespace xianjie
