#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/** A household's membership of an assistance category (低保, 特困, …) over a period. */
struct CategoryMembership
{
    QString id;
    QString householdId;
    QString category; ///< code, see Labels::categories()
    QDate startDate;
    QDate endDate; ///< null while it lasts
    QString updatedAt;

    bool isCurrentOn(const QDate &day) const { return startDate <= day && (endDate.isNull() || endDate >= day); }
};

} // namespace xianjie
