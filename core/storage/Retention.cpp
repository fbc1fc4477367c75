#include "Retention.h"

#include "AuditLog.h"
#include "Casebook.h"
#include "Database.h"
#include "RecordWriter.h"
#include "StationSettings.h"
#include "Transaction.h"

namespace xianjie {

int Retention::archiveAfterYears(const Casebook &casebook)
{
    return StationSettings(casebook).archiveAfterYears();
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

Result<int> Retention::purgeDisclosedData(Casebook &casebook)
{
    if (auto r = casebook.require(Action::ManageUsers); !r)
        return r.error();
    const QString today = casebook.clock().today().toString(Qt::ISODate);
    // The retention period runs from the day the item was shared.
    auto q = Database::exec(casebook.db(),
                            QStringLiteral("SELECT s.id, s.referral_id FROM referral_shared_item s JOIN consent c ON "
                                           "c.id = s.consent_id WHERE s.purged_on IS NULL AND "
                                           "date(s.shared_on, '+' || c.retention_months || ' months') <= ?"),
                            {today});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> items;
    while (q->next())
        items << qMakePair(q->value(0).toString(), q->value(1).toString());
    if (items.isEmpty())
        return 0;
    Transaction tx(casebook);
    QStringList referrals;
    for (const auto &item : std::as_const(items)) {
        if (auto r = Database::run(
                casebook.db(), QStringLiteral("UPDATE referral_shared_item SET value = '', purged_on = ? WHERE id = ?"),
                {today, item.first});
            !r)
            return r.error();
        if (!referrals.contains(item.second))
            referrals << item.second;
    }
    for (const QString &referral : std::as_const(referrals))
        if (auto r = AuditLog::append(casebook, QStringLiteral("purge"), QStringLiteral("referral"), referral, {}, {},
                                      tr("Disclosed data deleted: the consent's retention period ended."));
            !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(items.size());
}

} // namespace xianjie
