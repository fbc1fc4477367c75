#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace xianjie {

/**
 * The referral state machines. To a charity: draft → sent → accepted → (helping →) completed, with declined,
 * returned, cancelled and consent-withdrawn branches. From a charity (a lead): screening → application
 * assisted → approved, or not eligible / withdrawn. Status only moves forward; the database holds the same
 * table (referral_transition) and refuses any other move.
 */
class ReferralStates
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ReferralStates)

public:
    static QStringList statuses(const QString &direction);
    static QStringList nextStatuses(const QString &direction, const QString &from);
    static bool allowed(const QString &direction, const QString &from, const QString &to);
    /** Still waiting for someone to act: draft, sent, accepted, helping; screening, application assisted. */
    static bool isOpen(const QString &status);
    /** How far along a status is, for "the furthest status wins" when records meet. */
    static int rank(const QString &status);
    /** The day @p workingDays working days (Monday to Friday) after @p from. */
    static QDate addWorkingDays(const QDate &from, int workingDays);
    static constexpr int kDefaultResponseDays = 10;
};

} // namespace xianjie
