#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/**
 * Retention: households closed for a number of years (station setting archive_after_years, default 5) are
 * archived — kept whole, audited, out of the working list but still found by a search. Nothing is deleted.
 * The copies of data disclosed to charities (what a referral packet held) are purged when the consent's
 * retention period ends; the record that something was disclosed, and under which consent, stays.
 */
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Retention)

public:
    /** The station's setting (StationSettings::Key::ArchiveAfterYears, default 5). */
    static int archiveAfterYears(const Casebook &casebook);
    /** Archives every household closed at least that long ago; returns how many. Station head only. */
    static Result<int> archiveClosedHouseholds(Casebook &casebook);
    /** Clears the stored values of disclosed items whose consent retention has ended; returns how many. */
    static Result<int> purgeDisclosedData(Casebook &casebook);
};

} // namespace xianjie
