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
    QString who;         ///< the user who did it, from the audit log (or the referral's own record of the move)
    QString recordId;    ///< the record behind the event, for finding who
    bool change = false; ///< a later change of the record (ended, closed, done), not its creation
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
