#include "Permissions.h"

namespace xianjie {

bool Permissions::allows(Role role, Action action)
{
    switch (role) {
    case Role::Auditor:
        // Read-only: sees the casebook masked and reads the audit log.
        return action == Action::ViewAudit;
    case Role::Worker:
        return action == Action::EditHouseholds || action == Action::ManageCategories ||
               action == Action::CloseHouseholds || action == Action::RevealSensitive ||
               action == Action::DeclareRelations || action == Action::ManageDirectory || action == Action::Refer;
    case Role::Head:
    case Role::County:
        return true;
    }
    return false;
}

Result<void> Permissions::require(Role role, Action action)
{
    if (allows(role, action))
        return {};
    return makeError(Error::Kind::Invalid,
                     tr("A user with the role \"%1\" may not %2.").arg(roleLabel(role), actionLabel(action)));
}

QString Permissions::roleCode(Role role)
{
    switch (role) {
    case Role::Worker:
        return QStringLiteral("worker");
    case Role::Head:
        return QStringLiteral("head");
    case Role::County:
        return QStringLiteral("county");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Permissions::roleFromCode(const QString &code)
{
    for (Role r : allRoles())
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QString Permissions::roleLabel(Role role)
{
    switch (role) {
    case Role::Worker:
        return tr("Social worker");
    case Role::Head:
        return tr("Station head");
    case Role::County:
        return tr("County staff");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

QString Permissions::actionLabel(Action action)
{
    switch (action) {
    case Action::EditHouseholds:
        return tr("register or change households");
    case Action::ManageCategories:
        return tr("change assistance categories");
    case Action::CloseHouseholds:
        return tr("close or reopen households");
    case Action::ManageUsers:
        return tr("manage user accounts");
    case Action::RevealSensitive:
        return tr("reveal masked personal data");
    case Action::ViewAudit:
        return tr("read the audit log");
    case Action::Backup:
        return tr("back up or restore the casebook");
    case Action::DeclareRelations:
        return tr("declare relations to households");
    case Action::ActForRelatedHousehold:
        return tr("act for a household related to them");
    case Action::ManageDirectory:
        return tr("change the charity directory");
    case Action::Refer:
        return tr("record needs, consents and referrals");
    case Action::Enrol:
        return tr("enrol the station with its county (the station head does)");
    case Action::ExportUnmasked:
        return tr("export lists with ID numbers, phones and health unmasked (the station head may)");
    }
    return {};
}

} // namespace xianjie
