#pragma once

namespace xianjie {

/** What a user is at the station or county; Permissions says what each may do. */
enum class Role
{
    Worker,
    Head,
    County,
    Auditor
};

} // namespace xianjie
