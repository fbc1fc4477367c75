#pragma once

#include "model/Person.h"

#include <QCoreApplication>

namespace xianjie {

/**
 * What lists, exports and prints show of a person by default. ID and phone numbers are partly hidden; health,
 * disability and self-care are hidden; a child under 14 shows nothing but a masked name and age. A user whose
 * role allows it reveals one record at a time, and the reveal is audited (HouseholdRepository::reveal).
 */
class Masking
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Masking)

public:
    static constexpr int kChildAge = 14;
    static bool isChild(const Person &person, const QDate &today);
    /** The marker shown instead of hidden data. */
    static QString hidden();
    static QString name(const Person &person, const QDate &today, bool revealed);
    static QString idNumber(const Person &person, const QDate &today, bool revealed);
    static QString phone(const Person &person, const QDate &today, bool revealed);
    /** For health, disability and self-care: @p text itself, or hidden(). */
    static QString sensitive(const QString &text, bool revealed);
};

} // namespace xianjie
