#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <functional>

namespace xianjie {

class Casebook;

/**
 * Synthetic, deterministic demo data for a station casebook: villages of the township, households of 1–6
 * members with valid ID numbers consistent with birth date and sex, plausible names, the mix of assistance
 * categories and of elderly, minors, disabled and seriously ill members that stations see. Never real people.
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::DemoGenerator)

public:
    struct Options
    {
        int households = 1000;
        quint64 seed = 1;
        /** Called every few hundred households with the number done; return false to stop (all is rolled back). */
        std::function<bool(int)> progress;
    };
    struct Summary
    {
        int villages = 0;
        int households = 0;
        int persons = 0;
    };

    static Result<Summary> generate(Casebook &casebook, const Options &options);
};

} // namespace xianjie
