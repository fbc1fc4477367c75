#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/** Something a household or one member needs help with. */
struct Need
{
    QString id;
    QString householdId;
    QString personId; ///< empty when the need is the household's
    QString needType; ///< see Labels::needTypes()
    QString description;
    QString urgency = QStringLiteral("normal"); ///< low, normal, high, urgent
    qint64 estimatedFen = -1;
    QString status = QStringLiteral("open");  ///< open, partly_met, met, withdrawn
    QString source = QStringLiteral("visit"); ///< visit, application, charity_report
    QDate identifiedOn;
    QDate closedOn;
    QString visitId;

    bool isOpen() const { return status == QLatin1String("open") || status == QLatin1String("partly_met"); }
};

} // namespace xianjie
