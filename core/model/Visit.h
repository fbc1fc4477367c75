#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace xianjie {

/** A service delivered on a visit. */
struct VisitService
{
    QString service; ///< "care", "psychological", "rehabilitation", "capability", "material", "other"
    int minutes = 0;
};

/** A follow-up visit: planned with a due date, then done or missed. Corrections are amendments that keep it. */
struct Visit
{
    QString id;
    QString householdId;
    QString personId; ///< the member the visit is about, if one
    QString kind;     ///< "home", "phone", "office", "with_charity"
    QString purpose;
    QString assignedUserId;
    QDate dueOn;
    QString status; ///< "planned", "done", "missed"
    QDate doneOn;   ///< the day it was done, or noted as missed
    QString met;    ///< who was met
    QString findings;
    std::optional<int> adlFailed; ///< six-activity assessment: bit mask of activities the person could not do
    QString amendsId;             ///< set on an amendment: the visit it corrects
    QList<VisitService> services;
};

} // namespace xianjie
