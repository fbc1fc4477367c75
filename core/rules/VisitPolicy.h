#pragma once

#include "model/Person.h"

#include <QCoreApplication>
#include <QStringList>

namespace xianjie {

/**
 * How often a household is visited, and what a self-care assessment says. Households with an elderly member
 * (60+) who cannot fully care for themselves, or a seriously ill member, are visited monthly; others quarterly.
 * Both intervals are station settings (visit_months_priority, visit_months_regular).
 */
class VisitPolicy
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::VisitPolicy)

public:
    static constexpr int kPriorityMonths = 1;
    static constexpr int kRegularMonths = 3;

    static bool isPriority(const QList<Person> &members, const QDate &today);
    static int intervalMonths(const QList<Person> &members, const QDate &today, int priorityMonths = kPriorityMonths,
                              int regularMonths = kRegularMonths);
    /** The next due date: @p months after @p from; the 31st becomes the last day of a shorter month. */
    static QDate nextDue(const QDate &from, int months) { return from.addMonths(months); }

    /** The six activities, in the order of their bits (eating = bit 0 … bathing = bit 5). */
    static QStringList activities();
    /** "able" when all six are done, "partial" when one to three fail, "lost" when four or more fail. */
    static QString selfCareFromAssessment(int failedMask);
    static QStringList kinds();
    static QString kindLabel(const QString &kind);
    static QStringList services();
    /** "Visits and care", "Material help delivered", …: a service as the worker reads it. */
    static QString serviceLabel(const QString &service);
};

} // namespace xianjie
