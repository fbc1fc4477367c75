#pragma once

#include "Result.h"
#include "model/Consent.h"
#include "model/Person.h"

#include <QCoreApplication>

namespace xianjie {

/**
 * The consent rules of PIPL as the casebook applies them: each adult (14 and over, with capacity) consents for
 * themselves; a child under 14 or a person without capacity only through a named guardian; a consent names one
 * recipient, one purpose and each data item; it holds from the day it was given until it expires or is
 * withdrawn. The database enforces the same rules in its triggers.
 */
class ConsentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ConsentPolicy)

public:
    static constexpr int kGuardianAge = 14;
    static bool needsGuardian(const Person &person, const QDate &on);
    /** Ok, or the first rule the consent breaks, naming the person (masked) or the missing field. */
    static Result<void> check(const Consent &consent, const QList<Person> &members, const QDate &today);
    /** Whether an item of this person is sensitive: always for a child under 14, else by the item. */
    static bool isSensitive(const QString &item, const Person &person, const QDate &on);
    /** Why a consent cannot be used on @p day, in words; empty when it holds. */
    static QString whyUnusable(const Consent &consent, const QDate &day);
};

} // namespace xianjie
