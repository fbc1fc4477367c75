#pragma once

#include <QDate>
#include <QString>

namespace xianjie {

/** A registered household (户). Its members are Person records; its head is the member whose relation is "self". */
struct Household
{
    QString id;
    QString villageId;
    QString address;
    QString phone;
    QString hardshipCause; ///< code, see Labels::hardshipCauses()
    qint64 incomeFen = -1; ///< monthly per-capita income in fen (1/100 yuan); -1 when not recorded
    QString status;        ///< "active" or "closed"
    QDate closedOn;
    QString closedReason;
    QString createdAt; ///< HLC stamp
    QString updatedAt; ///< HLC stamp
    int version = 0;

    bool isClosed() const { return status == QLatin1String("closed"); }
};

} // namespace xianjie
