#pragma once

#include "Result.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace xianjie {

/** What a user may ask the casebook to do; each repository checks the action it performs. */
enum class Action
{
    EditHouseholds, ///< register households, edit them and their members
    ManageCategories,
    CloseHouseholds,
    ManageUsers,
    RevealSensitive, ///< see a masked ID number, phone or child's data of one record
    ViewAudit,
    Backup,
    DeclareRelations,
    ActForRelatedHousehold, ///< act on a household the user declared a relation to (station head only)
    ManageDirectory,        ///< keep the charity directory: organisations and projects
    Refer,                  ///< record needs and consents, send and follow referrals, record leads from charities
    Enrol,                  ///< enrol a station with its county, approve or revoke a station (head, county staff)
    ExportUnmasked,         ///< export a whole list with ID numbers, phones and health unmasked (head, county staff)
};

/** The role rules. They live here, in core; the UI only asks. */
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Permissions)

public:
    static bool allows(Role role, Action action);
    /** Ok, or an error naming the role and what it may not do. */
    static Result<void> require(Role role, Action action);

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleLabel(Role role);
    static QString actionLabel(Action action);
    static QList<Role> allRoles() { return {Role::Worker, Role::Head, Role::County, Role::Auditor}; }
};

} // namespace xianjie
