#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/** One entry of the assistance ledger: help a household (or one member) received, from government or a charity. */
struct Assistance
{
    QString id;
    QString householdId;
    QString personId;
    QString source;    ///< "government" or "charity"
    QString programme; ///< government: dibao, tekun, temporary, medical, education, housing, other; charity: free text
    QString organisation; ///< charity: the organisation
    QString project;      ///< charity: the project
    QString referralId;
    QString needType; ///< living, medical, education, housing, care, psychological, rehabilitation, employment, other
    QString form;     ///< cash, material, service
    qint64 amountFen = -1; ///< -1 when not a sum of money
    QString quantity;
    QDate periodStart;
    QDate periodEnd; ///< null for a single day
    QString note;
    QString amendsId;

    QDate lastDay() const { return periodEnd.isValid() ? periodEnd : periodStart; }
};

} // namespace xianjie
