#pragma once

#include "Result.h"
#include "model/Visit.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/** A line of the agenda: a planned visit with what a worker needs to find the household. */
struct AgendaItem
{
    QString visitId;
    QString householdId;
    QString headName;
    QString village;
    QDate dueOn;
    QString kind;
    QString assignedUserId;
};

/**
 * Follow-up visits: planning, recording (with the six-activity assessment and services), missed visits and
 * amendments, and the agenda. A recorded visit is never edited: a correction is a new visit that amends it.
 * Recording a visit plans the next one by the station's visit plan (VisitPolicy).
 */
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::VisitRepository)

public:
    enum class Range
    {
        Overdue,
        Today,
        Week
    };

    explicit VisitRepository(Casebook &casebook) : m_casebook(casebook) {}

    Result<QString> plan(const Visit &visit);
    /** Records a planned visit as done; returns the id of the next visit it planned. */
    Result<QString> record(const QString &visitId, const Visit &done, std::optional<QDate> nextDue = std::nullopt);
    /** Records that a planned visit did not happen, and plans another within a week. */
    Result<QString> markMissed(const QString &visitId, const QString &reason);
    /** Corrects a recorded visit: the original stays, the amendment refers to it. */
    Result<QString> amend(const QString &visitId, const Visit &corrected, const QString &reason);

    /** A household's visits, newest due first; amended visits are left out in favour of their amendment. */
    Result<QList<Visit>> visits(const QString &householdId) const;
    Result<Visit> visit(const QString &id) const;
    /** Planned visits in @p range of @p today, for one worker or (empty) the whole station. */
    Result<QList<AgendaItem>> agenda(Range range, const QDate &today, const QString &userId = {}) const;
    /** How many planned visits are in @p range (a count, without loading them). */
    Result<int> agendaCount(Range range, const QDate &today, const QString &userId = {}) const;
    /** The interval in months the station's plan gives this household today. */
    Result<int> intervalFor(const QString &householdId) const;

private:
    Result<void> check(const Visit &visit, bool done) const;
    Result<void> insertServices(const QString &visitId, const QList<VisitService> &services);
    static QString rangeCondition(Range range, const QDate &today, QVariantList &values);

    Casebook &m_casebook;
};

} // namespace xianjie
