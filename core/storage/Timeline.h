#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace xianjie {

class Casebook;

/** One event in a household's history. */
struct TimelineEvent
{
    QDate date;
    QString kind; ///< "household", "category", "need", "consent", "referral", "visit", "assistance"
    QString title;
    QString detail;
};

/**
 * A household's history in one chronological list: categories starting and ending, needs found and met,
 * consents given and withdrawn, every move of its referrals, visits done, missed and due, help received,
 * registration and closing. Newest first; filterable by kind.
 */
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Timeline)

public:
    static Result<QList<TimelineEvent>> forHousehold(Casebook &casebook, const QString &householdId,
                                                     const QStringList &kinds = {});
    static QStringList kinds();
    static QString kindLabel(const QString &kind);
};

} // namespace xianjie
