#pragma once

#include "model/Role.h"

#include <QString>

namespace xianjie {

/** A person who signs in to the casebook. Users are never deleted: records point to them. */
struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Worker;
    bool disabled = false;
    QString idNumber; ///< the user's own resident ID, for the conflict-of-interest check; optional
};

} // namespace xianjie
