#include "Clock.h"

namespace xianjie {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace xianjie
