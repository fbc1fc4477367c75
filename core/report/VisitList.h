#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace xianjie {

class Casebook;

/** The village visit list: the visits due in one village, as a page to print and take along. */
class VisitList
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::VisitList)

public:
    /**
     * A printable visit list for one village (HTML, printed to PDF by the desktop app): the planned visits due up
     * to @p until, overdue ones first, with the head's name, address, phone, kind and purpose and room to write what
     * was found. No ID numbers. Printed landscape. Printing is written to the audit log.
     */
    static Result<QString> html(Casebook &casebook, const QString &villageId, const QDate &until);
};

} // namespace xianjie
