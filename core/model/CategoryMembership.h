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
    QDate endDate;    ///< null while it lasts
    QDate reviewOn;   ///< next review due; null when none is planned
    QDate reviewedOn; ///< last review done
    QString updatedAt;

    bool isCurrentOn(const QDate &day) const { return startDate <= day && (endDate.isNull() || endDate >= day); }
    /**
     * The review a new membership gets unless one is given: a temporary category none; rigid-expenditure hardship
     * before its recognition ends; the others on the next anniversary of the start, from @p today on.
     */
    QDate defaultReview(const QDate &today) const
    {
        if (category == QLatin1String("temporary"))
            return {};
        if (category == QLatin1String("rigid_expense") && endDate.isValid())
            return endDate.addMonths(-1) > today ? endDate.addMonths(-1) : endDate;
        QDate next = startDate.addYears(1);
        while (next < today)
            next = next.addYears(1);
        return next;
    }
};

} // namespace xianjie
