<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>xianjie::AgendaModel</name>
    <message>
        <location filename="../ui/models/AgendaModel.cpp" line="+31"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the station</source>
        <translation>At the station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a charity</source>
        <translation>With a charity</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>xianjie::AgendaView</name>
    <message>
        <location filename="../ui/views/AgendaView.cpp" line="+31"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my visits</source>
        <translation>Only my visits</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Record visit…</source>
        <translation>&amp;Record visit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did &amp;not happen…</source>
        <translation>Did &amp;not happen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>%1 overdue · %2 today · %3 this week</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s household</source>
        <translation>%1&apos;s household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s household · %2</source>
        <translation>%1&apos;s household · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visit did not happen</source>
        <translation>Visit did not happen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why (for example: nobody at home)?</source>
        <translation>Why (for example: nobody at home)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::App</name>
    <message>
        <location filename="../app/xianjie/main.cpp" line="+140"/>
        <source>Xianjie</source>
        <translation>Xianjie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Xianjie. Open the casebook of your station, or create a new one?</source>
        <translation>Welcome to Xianjie. Open the casebook of your station, or create a new one?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open casebook…</source>
        <translation>&amp;Open casebook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New casebook…</source>
        <translation>&amp;New casebook…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open casebook</source>
        <translation>Open casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casebooks (*.casebook)</source>
        <translation>Casebooks (*.casebook)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceDialog</name>
    <message>
        <location filename="../ui/dialogs/AssistanceDialog.cpp" line="+19"/>
        <source>Living</source>
        <translation>Living</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment and skills</source>
        <translation>Employment and skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other need</source>
        <translation>Other need</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record help received</source>
        <translation>Record help received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 临时救助, 医疗救助, 助学项目</source>
        <translation>for example 临时救助, 医疗救助, 助学项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charity:</source>
        <translation>&amp;Charity:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Need met:</source>
        <translation>&amp;Need met:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;orm:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yuan; leave empty for material help or services</source>
        <translation>yuan; leave empty for material help or services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date or first day:</source>
        <translation>&amp;Date or first day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts until:</source>
        <translation>Lasts until:</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceRepository</name>
    <message>
        <location filename="../core/storage/AssistanceRepository.cpp" line="+56"/>
        <source>Help is recorded for a household; choose one.</source>
        <translation>Help is recorded for a household; choose one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say whether the help came from government or a charity.</source>
        <translation>Say whether the help came from government or a charity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the programme or the kind of help.</source>
        <translation>Name the programme or the kind of help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the charity that gave the help.</source>
        <translation>Name the charity that gave the help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the need the help meets.</source>
        <translation>Choose the need the help meets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the form of help: cash, material or service.</source>
        <translation>Choose the form of help: cash, material or service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date (or the first day) of the help.</source>
        <translation>Enter the date (or the first day) of the help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help is recorded once it has been given; the date is in the future.</source>
        <translation>Help is recorded once it has been given; the date is in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period cannot end before it starts.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This need is already covered in the same period by %1 (from %2). Record this help as well only if it does not double it.</source>
        <translation>This need is already covered in the same period by %1 (from %2). Record this help as well only if it does not double it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what the amendment corrects.</source>
        <translation>Say what the amendment corrects.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amendment: %1</source>
        <translation>Amendment: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This entry is not in the ledger.</source>
        <translation>This entry is not in the ledger.</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditDialog</name>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="+21"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The audit log is complete: no entry has been changed, removed or moved.</source>
        <translation>The audit log is complete: no entry has been changed, removed or moved.</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+101"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, changed or moved.</source>
        <translation>The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, changed or moved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): its content was changed.</source>
        <translation>The audit log has been tampered with at entry No. %1 (%2): its content was changed.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked (inactivity)</source>
        <translation>Locked (inactivity)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed personal data</source>
        <translation>Revealed personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+38"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>xianjie::AutoBackup</name>
    <message>
        <location filename="../core/storage/AutoBackup.cpp" line="+31"/>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>The folder %1 does not exist or cannot be written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup passphrase: %1</source>
        <translation>Backup passphrase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep between 1 and 365 backups.</source>
        <translation>Keep between 1 and 365 backups.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automatic backup is not set up.</source>
        <translation>Automatic backup is not set up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic: %1</source>
        <translation>automatic: %1</translation>
    </message>
</context>
<context>
    <name>xianjie::Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+44"/>
        <source>Backup passphrase: %1</source>
        <translation>Backup passphrase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+69"/>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No room for a temporary copy of the casebook.</source>
        <translation>No room for a temporary copy of the casebook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The snapshot of the casebook cannot be read.</source>
        <translation>The snapshot of the casebook cannot be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to protect the backup.</source>
        <translation>Not enough memory to protect the backup.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A casebook already exists at %1. Nothing was restored; confirm that it may be replaced (--force) or choose another place.</source>
        <translation>A casebook already exists at %1. Nothing was restored; confirm that it may be replaced (--force) or choose another place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Xianjie backup.</source>
        <translation>%1 is not a Xianjie backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>The backup is damaged; nothing was restored.</source>
        <translation>The backup is damaged; nothing was restored.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not enough memory to open the backup.</source>
        <translation>Not enough memory to open the backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+25"/>
        <source>No room for the restored casebook beside %1.</source>
        <translation>No room for the restored casebook beside %1.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The backup is incomplete (it ends too early); nothing was restored.</source>
        <translation>The backup is incomplete (it ends too early); nothing was restored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase is wrong, or the backup is damaged; nothing was restored.</source>
        <translation>The passphrase is wrong, or the backup is damaged; nothing was restored.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup has data after its end; nothing was restored.</source>
        <translation>The backup has data after its end; nothing was restored.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup does not hold a usable casebook; nothing was restored.</source>
        <translation>The backup does not hold a usable casebook; nothing was restored.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The casebook in the backup fails its check (%1); nothing was restored.</source>
        <translation>The casebook in the backup fails its check (%1); nothing was restored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot be replaced (is it open in Xianjie?); nothing was restored.</source>
        <translation>%1 cannot be replaced (is it open in Xianjie?); nothing was restored.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The restored casebook cannot be put at %1; the old one is unchanged.</source>
        <translation>The restored casebook cannot be put at %1; the old one is unchanged.</translation>
    </message>
</context>
<context>
    <name>xianjie::Casebook</name>
    <message>
        <location filename="../core/storage/Casebook.cpp" line="+67"/>
        <source>Sign in before changing the casebook.</source>
        <translation>Sign in before changing the casebook.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no casebook at %1.</source>
        <translation>There is no casebook at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Xianjie casebook.</source>
        <translation>%1 is not a Xianjie casebook.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>%1 is damaged and cannot be opened. Restore it from a backup and tell your county office.</source>
        <translation>%1 is damaged and cannot be opened. Restore it from a backup and tell your county office.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is a database of another program, not a Xianjie casebook.</source>
        <translation>%1 is a database of another program, not a Xianjie casebook.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Xianjie (casebook version %2; this program reads up to version %3). Install the newer version to open it.</source>
        <translation>%1 was written by a newer version of Xianjie (casebook version %2; this program reads up to version %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A file already exists at %1; choose another name. Nothing was changed.</source>
        <translation>A file already exists at %1; choose another name. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The casebook has lost its station settings. Restore it from a backup.</source>
        <translation>The casebook has lost its station settings. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>xianjie::CasebookCheck</name>
    <message>
        <location filename="../core/storage/CasebookCheck.cpp" line="+18"/>
        <source>Storage damaged: %1</source>
        <translation>Storage damaged: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A record in %1 (row %2) refers to a missing record in %3.</source>
        <translation>A record in %1 (row %2) refers to a missing record in %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 records in %2 were changed without a change-log entry, so they would not be sent to the county.</source>
        <translation>%1 records in %2 were changed without a change-log entry, so they would not be sent to the county.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 households are missing from the search index.</source>
        <translation>%1 households are missing from the search index.</translation>
    </message>
</context>
<context>
    <name>xianjie::CasebookOpener</name>
    <message>
        <location filename="../ui/CasebookOpener.cpp" line="+14"/>
        <source>Cannot open the casebook</source>
        <translation>Cannot open the casebook</translation>
    </message>
</context>
<context>
    <name>xianjie::CategoryDialog</name>
    <message>
        <location filename="../ui/dialogs/CategoryDialog.cpp" line="+32"/>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on:</source>
        <translation>Ends on:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rigid-expenditure hardship is recognised for at most 12 months.</source>
        <translation>Rigid-expenditure hardship is recognised for at most 12 months.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::CategoryModel</name>
    <message>
        <location filename="../ui/models/CategoryModel.cpp" line="+55"/>
        <source>Starts later</source>
        <translation>Starts later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>xianjie::CloseHouseholdDialog</name>
    <message>
        <location filename="../ui/dialogs/CloseHouseholdDialog.cpp" line="+20"/>
        <source>Close household</source>
        <translation>Close household</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A closed household stays in the casebook with all its records; it can be reopened.</source>
        <translation>A closed household stays in the casebook with all its records; it can be reopened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Closed on:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income now above the local standard</source>
        <translation>Income now above the local standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved out of the township</source>
        <translation>Moved out of the township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into another household</source>
        <translation>Merged into another household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No surviving members</source>
        <translation>No surviving members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose or type the reason</source>
        <translation>choose or type the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
</context>
<context>
    <name>xianjie::CommandLine</name>
    <message>
        <location filename="../app/xianjie-cli/CommandLine.cpp" line="+63"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add --lang zh_CN or --lang en to choose the language.</source>
        <translation>Add --lang zh_CN or --lang en to choose the language.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is asked for.</source>
        <translation>Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is asked for.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup passphrase: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the backup file (--out).</source>
        <translation>Name the casebook and the backup file (--out).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted backup written to %1.</source>
        <translation>Encrypted backup written to %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the new user (--new).</source>
        <translation>Name the casebook and the new user (--new).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role is worker, head, auditor or county.</source>
        <translation>--role is worker, head, auditor or county.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First password for %1: </source>
        <translation>First password for %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) as %3.</source>
        <translation>Added %1 (%2) as %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the backup file and the casebook to restore it to (--to).</source>
        <translation>Name the backup file and the casebook to restore it to (--to).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the casebook to %1.</source>
        <translation>Restored the casebook to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the user who makes this change with --user.</source>
        <translation>Name the user who makes this change with --user.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Name the casebook file to create.</source>
        <translation>Name the casebook file to create.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the first account (the station head, or county staff) with --user.</source>
        <translation>Name the first account (the station head, or county staff) with --user.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>--code: %1</source>
        <translation>--code: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>--code: a station&apos;s code names its township (digits 7 to 9 are not 000).</source>
        <translation>--code: a station&apos;s code names its township (digits 7 to 9 are not 000).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role is station or county.</source>
        <translation>--role is station or county.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the station&apos;s name with --name.</source>
        <translation>Give the station&apos;s name with --name.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created %1 casebook &quot;%2&quot; (%3) at %4.</source>
        <translation>Created %1 casebook &quot;%2&quot; (%3) at %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the casebook to fill.</source>
        <translation>Name the casebook to fill.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--households is a number from 1 to 1000000.</source>
        <translation>--households is a number from 1 to 1000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed is a whole number.</source>
        <translation>--seed is a whole number.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 households…</source>
        <translation>%1 of %2 households…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 demo households with %2 members and %3 villages in %4 s.</source>
        <translation>Added %1 demo households with %2 members and %3 villages in %4 s.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the casebook.</source>
        <translation>Name the casebook.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the casebook to check.</source>
        <translation>Name the casebook to check.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The casebook has %n fault(s).</source>
        <translation>
            <numerusform>The casebook has %n fault.</numerusform>
            <numerusform>The casebook has %n faults.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook is sound.</source>
        <translation>The casebook is sound.</translation>
    </message>
</context>
<context>
    <name>xianjie::ConfirmingSave</name>
    <message>
        <location filename="../ui/dialogs/ConfirmingSave.h" line="+19"/>
        <source>Possibly the same person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::ConflictOfInterest</name>
    <message>
        <location filename="../core/storage/ConflictOfInterest.cpp" line="+17"/>
        <source>Say how you are related to the household.</source>
        <translation>Say how you are related to the household.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say how the family member is related to you.</source>
        <translation>Say how the family member is related to you.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>declared relation: %1</source>
        <translation>declared relation: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a family member you declared (%1) is a member</source>
        <translation>a family member you declared (%1) is a member</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you are registered as a member</source>
        <translation>you are registered as a member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are related to this household (%1). To prevent favouritism, the station head must do this.</source>
        <translation>You are related to this household (%1). To prevent favouritism, the station head must do this.</translation>
    </message>
</context>
<context>
    <name>xianjie::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+76"/>
        <source>The casebook file is damaged. Restore it from a backup and tell your county office.</source>
        <translation>The casebook file is damaged. Restore it from a backup and tell your county office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Xianjie casebook.</source>
        <translation>This file is not a Xianjie casebook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>The disk is full. Free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook is busy in another program. Try again in a moment.</source>
        <translation>The casebook is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The casebook cannot be written (the file or its folder is read-only).</source>
        <translation>The casebook cannot be written (the file or its folder is read-only).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook file cannot be read or written: %1</source>
        <translation>The casebook file cannot be read or written: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The casebook refused the change: %1</source>
        <translation>The casebook refused the change: %1</translation>
    </message>
</context>
<context>
    <name>xianjie::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+165"/>
        <source>The number of households cannot be negative.</source>
        <translation>The number of households cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo households go into a station casebook, not a county one.</source>
        <translation>Demo households go into a station casebook, not a county one.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Stopped; no demo data was added.</source>
        <translation>Stopped; no demo data was added.</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdDialog</name>
    <message>
        <location filename="../ui/dialogs/HouseholdDialog.cpp" line="+29"/>
        <source>Register a household</source>
        <translation>Register a household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no village list yet)</source>
        <translation>(no village list yet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the village or community</source>
        <translation>choose the village or community</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group, house number</source>
        <translation>group, house number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cause of &amp;hardship:</source>
        <translation>Cause of &amp;hardship:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yuan per person per month, optional</source>
        <translation>yuan per person per month, optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Income:</source>
        <translation>&amp;Income:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the village or community.</source>
        <translation>Choose the village or community.</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdListModel</name>
    <message>
        <location filename="../ui/models/HouseholdListModel.cpp" line="+92"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdPage</name>
    <message>
        <location filename="../ui/views/HouseholdPage.cpp" line="+79"/>
        <source>Choose a household from the list, or register a new one.</source>
        <translation>Choose a household from the list, or register a new one.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit household…</source>
        <translation>&amp;Edit household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>C&amp;lose household…</source>
        <translation>C&amp;lose household…</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>I am &amp;related…</source>
        <translation>I am &amp;related…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare that you are related to this household. You will not be able to act on it; the station head will.</source>
        <translation>Declare that you are related to this household. You will not be able to act on it; the station head will.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a &amp;visit…</source>
        <translation>Plan a &amp;visit…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;member…</source>
        <translation>Edit &amp;member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show hidden data</source>
        <translation>&amp;Show hidden data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this member&apos;s ID number, health and disability. Every use is recorded in the audit log.</source>
        <translation>Shows this member&apos;s ID number, health and disability. Every use is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistance categories</source>
        <translation>Assistance categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;category…</source>
        <translation>Add &amp;category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd category…</source>
        <translation>E&amp;nd category…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help received (government and charities)</source>
        <translation>Help received (government and charities)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;help…</source>
        <translation>Record &amp;help…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+184"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot show the household</source>
        <translation>Cannot show the household</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s household (closed)</source>
        <translation>%1&apos;s household (closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s household</source>
        <translation>%1&apos;s household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village: %1    Address: %2</source>
        <translation>Village: %1    Address: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Phone: %1    Cause of hardship: %2</source>
        <translation>Phone: %1    Cause of hardship: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income per person per month: not recorded</source>
        <translation>Income per person per month: not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person per month: %1 yuan</source>
        <translation>Income per person per month: %1 yuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed on %1: %2</source>
        <translation>Closed on %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;open household</source>
        <translation>Re&amp;open household</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+145"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will make this visit</source>
        <translation>I will make this visit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Declare a relation</source>
        <translation>Declare a relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you related to this household (for example: my cousin&apos;s family, my neighbour)?</source>
        <translation>How are you related to this household (for example: my cousin&apos;s family, my neighbour)?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not declared</source>
        <translation>Not declared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relation declared</source>
        <translation>Relation declared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. From now on the station head handles this household&apos;s categories and referrals.</source>
        <translation>Thank you. From now on the station head handles this household&apos;s categories and referrals.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>End category</source>
        <translation>End category</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends on:</source>
        <translation>%1 ends on:</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+72"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not reopened</source>
        <translation>Not reopened</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdQueryWorker</name>
    <message>
        <location filename="../ui/models/HouseholdQueryWorker.cpp" line="+38"/>
        <source>The casebook cannot be read.</source>
        <translation>The casebook cannot be read.</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdRepository</name>
    <message>
        <location filename="../core/storage/HouseholdRepository.cpp" line="+115"/>
        <source>A person with the same name and birth date is already registered in %1. Register this person as well only if they are someone else.</source>
        <translation>A person with the same name and birth date is already registered in %1. Register this person as well only if they are someone else.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This household already has a head; choose another relation.</source>
        <translation>This household already has a head; choose another relation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the village or community the household lives in.</source>
        <translation>Choose the village or community the household lives in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This village is not on the station&apos;s village list.</source>
        <translation>This village is not on the station&apos;s village list.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the head of household.</source>
        <translation>Enter the head of household.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A household has one head; choose another relation for %1.</source>
        <translation>A household has one head; choose another relation for %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two members have the same ID number.</source>
        <translation>Two members have the same ID number.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say why the household is closed.</source>
        <translation>Say why the household is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing date cannot be in the future.</source>
        <translation>The closing date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This household is already closed.</source>
        <translation>This household is already closed.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This household is closed; reopen it before adding members.</source>
        <translation>This household is closed; reopen it before adding members.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the category from the list.</source>
        <translation>Choose the category from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the category starts.</source>
        <translation>Enter the date the category starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>A category cannot end before it starts.</source>
        <translation>A category cannot end before it starts.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no later than %1.</source>
        <translation>Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no later than %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The household is already in this category from %1; end that period first.</source>
        <translation>The household is already in this category from %1; end that period first.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This category record no longer exists.</source>
        <translation>This category record no longer exists.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the name of the village or community.</source>
        <translation>Enter the name of the village or community.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A village with code %1 is already on the list.</source>
        <translation>A village with code %1 is already on the list.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+77"/>
        <source>This household is not in the casebook.</source>
        <translation>This household is not in the casebook.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>This person is not in the casebook.</source>
        <translation>This person is not in the casebook.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>household No. %1 (head %2)</source>
        <translation>household No. %1 (head %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household No. %1 (head %2, %3)</source>
        <translation>household No. %1 (head %2, %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This ID number is already registered, in %1. A person can be registered only once.</source>
        <translation>This ID number is already registered, in %1. A person can be registered only once.</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdRules</name>
    <message>
        <location filename="../core/rules/HouseholdRules.cpp" line="+16"/>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name has at most 30 characters.</source>
        <translation>A name has at most 30 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name cannot contain digits or symbols.</source>
        <translation>A name cannot contain digits or symbols.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Without an ID number, enter the birth date.</source>
        <translation>Without an ID number, enter the birth date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without an ID number, choose the sex.</source>
        <translation>Without an ID number, choose the sex.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the relation to the head of household.</source>
        <translation>Choose the relation to the head of household.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the state of health.</source>
        <translation>Choose the state of health.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the self-care ability.</source>
        <translation>Choose the self-care ability.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capacity to work.</source>
        <translation>Choose the capacity to work.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the disability category and grade from the lists.</source>
        <translation>Choose the disability category and grade from the lists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A disability needs both its category and its grade (or neither).</source>
        <translation>A disability needs both its category and its grade (or neither).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the cause of hardship from the list.</source>
        <translation>Choose the cause of hardship from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income cannot be negative.</source>
        <translation>Income cannot be negative.</translation>
    </message>
</context>
<context>
    <name>xianjie::Labels</name>
    <message>
        <location filename="../core/model/Labels.cpp" line="+14"/>
        <source>Minimum living allowance</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-poverty support</source>
        <translation>Extreme-poverty support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal low-income</source>
        <translation>Marginal low-income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rigid-expenditure hardship</source>
        <translation>Rigid-expenditure hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored against relapse into poverty</source>
        <translation>Monitored against relapse into poverty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary assistance</source>
        <translation>Temporary assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other hardship</source>
        <translation>Other hardship</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Min. allowance</source>
        <translation>Min. allowance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extreme poverty</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rigid expenses</source>
        <translation>Rigid expenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son- or daughter-in-law</source>
        <translation>Son- or daughter-in-law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic illness</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fully able</source>
        <translation>Fully able</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly lost</source>
        <translation>Partly lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully lost</source>
        <translation>Fully lost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can work</source>
        <translation>Can work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly able to work</source>
        <translation>Partly able to work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot work</source>
        <translation>Cannot work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Illness</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schooling costs</source>
        <translation>Schooling costs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accident or disaster</source>
        <translation>Accident or disaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lack of labour</source>
        <translation>Lack of labour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unemployment</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old age</source>
        <translation>Old age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other cause</source>
        <translation>Other cause</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intellectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grade 1 (most severe)</source>
        <translation>Grade 1 (most severe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 3</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability category</source>
        <translation>Disability category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability grade</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work capacity</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause of hardship</source>
        <translation>Cause of hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (fen)</source>
        <translation>Income (fen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared relation</source>
        <translation>Declared relation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>xianjie::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+56"/>
        <source>%1 — Xianjie casebook</source>
        <translation>%1 — Xianjie casebook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by name, pinyin (zs for 张三), ID number or village</source>
        <translation>Search by name, pinyin (zs for 张三), ID number or village</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visits (%1 overdue, %2 today)</source>
        <translation>Visits (%1 overdue, %2 today)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register household…</source>
        <translation>&amp;Register household…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;casebook…</source>
        <translation>New &amp;casebook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open casebook…</source>
        <translation>&amp;Open casebook…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find household</source>
        <translation>&amp;Find household</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User accounts…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related households report…</source>
        <translation>&amp;Related households report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;after…</source>
        <translation>Lock &amp;after…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backup…</source>
        <translation>Automatic &amp;backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Xianjie</source>
        <translation>&amp;About Xianjie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Xianjie</source>
        <translation>About Xianjie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Xianjie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The casebook of the township civil-affairs service station: households, their needs and the help they receive from government and charities.&lt;/p&gt;&lt;p&gt;The casebook file is not encrypted: keep it on a disk protected by the operating system&apos;s disk encryption.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Xianjie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The casebook of the township civil-affairs service station: households, their needs and the help they receive from government and charities.&lt;/p&gt;&lt;p&gt;The casebook file is not encrypted: keep it on a disk protected by the operating system&apos;s disk encryption.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the casebook</source>
        <translation>Cannot read the casebook</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n household(s) closed more than %1 years ago archived.</source>
        <translation>
            <numerusform>%n household closed more than %1 years ago archived.</numerusform>
            <numerusform>%n households closed more than %1 years ago archived.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backup written to %1.</source>
        <translation>Automatic backup written to %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day Xianjie writes an encrypted backup to this folder, preferably on another disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep it safe: a restore needs it.</source>
        <translation>Once a day Xianjie writes an encrypted backup to this folder, preferably on another disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep it safe: a restore needs it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+66"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the report</source>
        <translation>Cannot make the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households related to staff</source>
        <translation>Households related to staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes by others</source>
        <translation>Changes by others</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password (at least 8 characters, letters and digits):</source>
        <translation>New password (at least 8 characters, letters and digits):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password not changed</source>
        <translation>Password not changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the casebook after this many minutes without use:</source>
        <translation>Lock the casebook after this many minutes without use:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n household(s) found</source>
        <translation>
            <numerusform>%n household found</numerusform>
            <numerusform>%n households found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open casebook</source>
        <translation>Open casebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebooks (*.casebook);;All files (*)</source>
        <translation>Casebooks (*.casebook);;All files (*)</translation>
    </message>
</context>
<context>
    <name>xianjie::Masking</name>
    <message>
        <location filename="../core/rules/Masking.cpp" line="+15"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>xianjie::MemberDialog</name>
    <message>
        <location filename="../ui/dialogs/MemberDialog.cpp" line="+18"/>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>xianjie::MemberModel</name>
    <message>
        <location filename="../ui/models/MemberModel.cpp" line="+65"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, grade %2</source>
        <translation>%1, grade %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
</context>
<context>
    <name>xianjie::NewCasebookDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCasebookDialog.cpp" line="+22"/>
        <location line="+40"/>
        <source>New casebook</source>
        <translation>New casebook</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A casebook is one file on this computer. Keep it on a disk protected by the operating system&apos;s disk encryption.</source>
        <translation>A casebook is one file on this computer. Keep it on a disk protected by the operating system&apos;s disk encryption.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Township service station</source>
        <translation>Township service station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County civil-affairs office</source>
        <translation>County civil-affairs office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Division code:</source>
        <translation>&amp;Division code:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 东风街道民政服务站</source>
        <translation>for example 东风街道民政服务站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Casebooks (*.casebook)</source>
        <translation>Casebooks (*.casebook)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>6 digits, the county&apos;s code</source>
        <translation>6 digits, the county&apos;s code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 digits, the township&apos;s code</source>
        <translation>12 digits, the township&apos;s code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A station&apos;s code names its township (digits 7 to 9 are not 000).</source>
        <translation>A station&apos;s code names its township (digits 7 to 9 are not 000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the station or office.</source>
        <translation>Enter the name of the station or office.</translation>
    </message>
</context>
<context>
    <name>xianjie::Password</name>
    <message>
        <location filename="../core/rules/Password.cpp" line="+18"/>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mix letters with digits or other characters in the password.</source>
        <translation>Mix letters with digits or other characters in the password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
</context>
<context>
    <name>xianjie::Permissions</name>
    <message>
        <location filename="../core/rules/Permissions.cpp" line="+27"/>
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>A user with the role &quot;%1&quot; may not %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station head</source>
        <translation>Station head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County staff</source>
        <translation>County staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>register or change households</source>
        <translation>register or change households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change assistance categories</source>
        <translation>change assistance categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close or reopen households</source>
        <translation>close or reopen households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reveal masked personal data</source>
        <translation>reveal masked personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up or restore the casebook</source>
        <translation>back up or restore the casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declare relations to households</source>
        <translation>declare relations to households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>act for a household related to them</source>
        <translation>act for a household related to them</translation>
    </message>
</context>
<context>
    <name>xianjie::PersonForm</name>
    <message>
        <location filename="../ui/dialogs/PersonForm.cpp" line="+43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>18 characters; leave empty if the person has none yet</source>
        <translation>18 characters; leave empty if the person has none yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Relation to head:</source>
        <translation>&amp;Relation to head:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile or landline, optional</source>
        <translation>mobile or landline, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health:</source>
        <translation>&amp;Health:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Disability:</source>
        <translation>&amp;Disability:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Six activities: eating, dressing, getting in and out of bed, toileting, walking indoors and bathing. All six: fully able; up to three failed: partly lost; four or more failed: fully lost.</source>
        <translation>Six activities: eating, dressing, getting in and out of bed, toileting, walking indoors and bathing. All six: fully able; up to three failed: partly lost; four or more failed: fully lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-&amp;care:</source>
        <translation>Self-&amp;care:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work capacity:</source>
        <translation>&amp;Work capacity:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1, born %2, %3 years old</source>
        <translation>%1, born %2, %3 years old</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without an ID number, enter sex and birth date.</source>
        <translation>Without an ID number, enter sex and birth date.</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordVisitDialog</name>
    <message>
        <location filename="../ui/dialogs/RecordVisitDialog.cpp" line="+27"/>
        <source>Visits and care</source>
        <translation>Visits and care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological comfort</source>
        <translation>Psychological comfort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability building</source>
        <translation>Capability building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material help delivered</source>
        <translation>Material help delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a visit</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · due %2</source>
        <translation>%1 · due %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: the head and her daughter</source>
        <translation>for example: the head and her daughter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Met:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what you saw and heard; needs you noticed</source>
        <translation>what you saw and heard; needs you noticed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-care assessment: tick what the person could NOT do</source>
        <translation>Self-care assessment: tick what the person could NOT do</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Services delivered (minutes)</source>
        <translation>Services delivered (minutes)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordWriter</name>
    <message>
        <location filename="../core/storage/RecordWriter.cpp" line="+52"/>
        <location line="+49"/>
        <source>Sign in before changing the casebook.</source>
        <translation>Sign in before changing the casebook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
</context>
<context>
    <name>xianjie::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="+29"/>
        <source>Sign in — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the casebook of %1.</source>
        <translation>Sign in to the casebook of %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First account — %1</source>
        <translation>First account — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This casebook has no accounts yet. Create the first one, for the county staff member who manages the others.</source>
        <translation>This casebook has no accounts yet. Create the first one, for the county staff member who manages the others.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This casebook has no accounts yet. Create the first one, for the station head, who then adds the social workers.</source>
        <translation>This casebook has no accounts yet. Create the first one, for the station head, who then adds the social workers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The casebook was locked after a period without use. Enter your password to go on.</source>
        <translation>The casebook was locked after a period without use. Enter your password to go on.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 8 characters, letters and digits</source>
        <translation>at least 8 characters, letters and digits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Xianjie</source>
        <translation>&amp;Quit Xianjie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>xianjie::Timeline</name>
    <message>
        <location filename="../core/storage/Timeline.cpp" line="+23"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received</source>
        <translation>Help received</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 started</source>
        <translation>%1 started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended</source>
        <translation>%1 ended</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit (amended)</source>
        <translation>Visit (amended)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit did not happen</source>
        <translation>Visit did not happen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit due</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>government</source>
        <translation>government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help from %1: %2</source>
        <translation>Help from %1: %2</translation>
    </message>
</context>
<context>
    <name>xianjie::UserRepository</name>
    <message>
        <location filename="../core/storage/UserRepository.cpp" line="+44"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores (for example wangfang or wang.fang).</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores (for example wangfang or wang.fang).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user&apos;s full name.</source>
        <translation>Enter the user&apos;s full name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This casebook already has accounts; sign in to add more.</source>
        <translation>This casebook already has accounts; sign in to add more.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A county casebook has county staff and auditors only.</source>
        <translation>A county casebook has county staff and auditors only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County staff accounts belong to the county casebook.</source>
        <translation>County staff accounts belong to the county casebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This account is disabled. Ask your station head.</source>
        <translation>This account is disabled. Ask your station head.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords: this account is locked until %1. The station head can reset the password sooner.</source>
        <translation>Too many wrong passwords: this account is locked until %1. The station head can reset the password sooner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too many wrong passwords: this account is locked for %1 minutes.</source>
        <translation>Too many wrong passwords: this account is locked for %1 minutes.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
</context>
<context>
    <name>xianjie::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/UsersDialog.cpp" line="+24"/>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts are never deleted, because records name who made them: disable an account when its holder leaves.</source>
        <translation>Accounts are never deleted, because records name who made them: disable an account when its holder leaves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a first password the user changes</source>
        <translation>a first password the user changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can sign in with the new password now.</source>
        <translation>%1 can sign in with the new password now.</translation>
    </message>
</context>
<context>
    <name>xianjie::Validation</name>
    <message>
        <location filename="../core/rules/Validation.cpp" line="+38"/>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>An ID number has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>An ID number is 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is not a real date.</source>
        <translation>The birth date in this ID number (%1) is not a real date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is in the future.</source>
        <translation>The birth date in this ID number (%1) is in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is too long ago to be right.</source>
        <translation>The birth date in this ID number (%1) is too long ago to be right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character of this ID number does not match the others; check it for a typing mistake.</source>
        <translation>The last character of this ID number does not match the others; check it for a typing mistake.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A unified social credit code cannot contain &quot;%1&quot; (the letters I, O, S, V and Z are never used).</source>
        <translation>A unified social credit code cannot contain &quot;%1&quot; (the letters I, O, S, V and Z are never used).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last character of this credit code does not match the others; check it for a typing mistake.</source>
        <translation>The last character of this credit code does not match the others; check it for a typing mistake.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A township or village code has 12 digits (county 6, township 3, village 3).</source>
        <translation>A township or village code has 12 digits (county 6, township 3, village 3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>The first two digits of a division code name a province (11 to 82); %1 is not one.</source>
        <translation>The first two digits of a division code name a province (11 to 82); %1 is not one.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A village code needs the code of its township (digits 7 to 9).</source>
        <translation>A village code needs the code of its township (digits 7 to 9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A county code has 6 digits.</source>
        <translation>A county code has 6 digits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A mobile number has 11 digits and starts with 13 to 19; this one has %1 digits.</source>
        <translation>A mobile number has 11 digits and starts with 13 to 19; this one has %1 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a phone number: use 11 digits for a mobile, or the area code and 7 or 8 digits for a landline (010-62345678).</source>
        <translation>This is not a phone number: use 11 digits for a mobile, or the area code and 7 or 8 digits for a landline (010-62345678).</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitPolicy</name>
    <message>
        <location filename="../core/rules/VisitPolicy.cpp" line="+25"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dressing</source>
        <translation>Dressing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Getting in and out of bed</source>
        <translation>Getting in and out of bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toileting</source>
        <translation>Toileting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walking indoors</source>
        <translation>Walking indoors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bathing</source>
        <translation>Bathing</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitRepository</name>
    <message>
        <location filename="../core/storage/VisitRepository.cpp" line="+47"/>
        <source>Choose how the visit is made (home, phone, office, or together with a charity).</source>
        <translation>Choose how the visit is made (home, phone, office, or together with a charity).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date the visit is due.</source>
        <translation>Enter the date the visit is due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of the visit.</source>
        <translation>Enter the date of the visit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visit dated in the future cannot be recorded as done; plan it instead.</source>
        <translation>A visit dated in the future cannot be recorded as done; plan it instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The self-care assessment has six activities.</source>
        <translation>The self-care assessment has six activities.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of each service from the list.</source>
        <translation>Choose the kind of each service from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service lasts at least one minute.</source>
        <translation>A service lasts at least one minute.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A visit belongs to a household; choose one.</source>
        <translation>A visit belongs to a household; choose one.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This visit is already recorded; correct it with an amendment.</source>
        <translation>This visit is already recorded; correct it with an amendment.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The next visit must be due after this one.</source>
        <translation>The next visit must be due after this one.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only a planned visit can be missed.</source>
        <translation>Only a planned visit can be missed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the visit did not happen.</source>
        <translation>Say why the visit did not happen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a recorded visit can be amended.</source>
        <translation>Only a recorded visit can be amended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the amendment corrects.</source>
        <translation>Say what the amendment corrects.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amendment: %1</source>
        <translation>Amendment: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This visit is not in the casebook.</source>
        <translation>This visit is not in the casebook.</translation>
    </message>
</context>
</TS>
