#pragma once

#include <QString>

namespace xianjie {

/** A village or community of the station's township; reference data that later comes from the county. */
struct Village
{
    QString id;
    QString code; ///< 12-digit statistical division code
    QString name;
};

} // namespace xianjie
