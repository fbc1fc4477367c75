#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/**
 * A referral. To a charity: from a household's need, under consent, with what was disclosed. From a charity
 * (a lead): someone a charity found who may be eligible for government help, tracked until the outcome.
 */
struct Referral
{
    QString id;
    QString direction = QStringLiteral("to_charity"); ///< to_charity, from_charity
    QString number;
    QString householdId;
    QString needId;
    QString needType; ///< filled in when read
    QString orgId;
    QString orgName; ///< filled in when read
    QString projectId;
    QString projectName; ///< filled in when read
    QString status;
    QString note;
    QDate sentOn;
    QDate dueOn;
    QString outcomeForm;
    qint64 outcomeFen = -1;
    QDate closedOn;
    // A lead from a charity:
    QString leadName;
    QString leadIdNumber;
    QString leadPhone;
    QString leadVillage;
    QString leadSituation;
    QString leadProgramme;
    QDate reportedOn;
    // The household, filled in when read (for lists):
    qint64 householdRid = 0;
    QString headName;
    QString villageName;

    bool toCharity() const { return direction == QLatin1String("to_charity"); }
};

/** One move of a referral: who, when, from what to what, why. */
struct ReferralEvent
{
    QString fromStatus;
    QString toStatus;
    QString userName;
    QDate on;
    QString note;
};

/** One item of one person's data, as shared (or to be shared) with a referral. */
struct SharedItem
{
    QString personId;
    QString personName; ///< masked for lists; the full name only in the letter
    QString item;
    QString consentId;
    QString value;
    bool sensitive = false;
    QDate purgedOn;
};

} // namespace xianjie
