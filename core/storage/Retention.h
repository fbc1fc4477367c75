#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/**
 * Retention: households closed for a number of years (station setting archive_after_years, default 5) are
 * archived — kept whole, audited, out of the working list but still found by a search. Nothing is deleted.
 * Purging data disclosed to charities when consent retention ends comes with referrals.
 */
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Retention)

public:
    static constexpr int kDefaultYears = 5;
    static int archiveAfterYears(const Casebook &casebook);
    /** Archives every household closed at least that long ago; returns how many. Station head only. */
    static Result<int> archiveClosedHouseholds(Casebook &casebook);
};

} // namespace xianjie
