<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>xianjie::AgendaModel</name>
    <message numerus="yes">
        <location filename="../ui/models/AgendaModel.cpp" line="+58"/>
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
        <location filename="../ui/views/AgendaView.cpp" line="+55"/>
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
        <location line="+2"/>
        <source>&amp;Print visit list…</source>
        <translation>&amp;Print visit list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visits due in one village in the next two weeks, as a PDF to print and take along.</source>
        <translation>The visits due in one village in the next two weeks, as a PDF to print and take along.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;view done…</source>
        <translation>Re&amp;view done…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>%1 overdue · %2 today · %3 this week</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category reviews due in the next 30 days: %1 (%2 overdue)</source>
        <translation>Category reviews due in the next 30 days: %1 (%2 overdue)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+36"/>
        <location line="+76"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Category review done</source>
        <translation>Category review done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review of %1&apos;s household was done today. When is the next one due?</source>
        <translation>The review of %1&apos;s household was done today. When is the next one due?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No further review (the category is ending)</source>
        <translation>No further review (the category is ending)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Next review:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Visit list</source>
        <translation>Visit list</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The casebook has no villages to print a list for.</source>
        <translation>The casebook has no villages to print a list for.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits due in the next two weeks in:</source>
        <translation>Visits due in the next two weeks in:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the visit list</source>
        <translation>Save the visit list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit list %1 %2.pdf</source>
        <translation>Visit list %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit list: %1</source>
        <translation>Visit list: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source> month(s)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority: elderly people who cannot fully care for themselves and seriously ill members. The next visit is planned this long after each visit.</source>
        <translation>Priority: elderly people who cannot fully care for themselves and seriously ill members. The next visit is planned this long after each visit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority households, every:</source>
        <translation>&amp;Priority households, every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other households, every:</source>
        <translation>&amp;Other households, every:</translation>
    </message>
</context>
<context>
    <name>xianjie::Aggregates</name>
    <message>
        <location filename="../core/report/Aggregates.cpp" line="+349"/>
        <location line="+408"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping</source>
        <translation>Helping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+115"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+324"/>
        <source>Choose a period whose first day comes before its last.</source>
        <translation>Choose a period whose first day comes before its last.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <source>There is no such figure.</source>
        <translation>There is no such figure.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>xianjie::App</name>
    <message>
        <location filename="../app/xianjie/main.cpp" line="+71"/>
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
        <location line="+20"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceDialog</name>
    <message>
        <location filename="../ui/dialogs/AssistanceDialog.cpp" line="+32"/>
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
        <location line="+5"/>
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
    <message>
        <location line="+34"/>
        <source>Possibly recorded twice</source>
        <translation>Possibly recorded twice</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceRepository</name>
    <message>
        <location filename="../core/storage/AssistanceRepository.cpp" line="+51"/>
        <source>Help is recorded for a household; choose one.</source>
        <translation>Help is recorded for a household; choose one.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../ui/dialogs/AuditDialog.cpp" line="+25"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This casebook</source>
        <translation>This casebook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log of:</source>
        <translation>Log of:</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+36"/>
        <location line="+28"/>
        <source>Checking that no entry has been changed, removed or moved…</source>
        <translation>Checking that no entry has been changed, removed or moved…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s audit log as the county holds it: every entry was checked against the chain when its bundle arrived.</source>
        <translation>%1&apos;s audit log as the county holds it: every entry was checked against the chain when its bundle arrived.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The audit log is complete: no entry has been changed, removed or moved.</source>
        <translation>The audit log is complete: no entry has been changed, removed or moved.</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+170"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, changed or moved.</source>
        <translation>The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, changed or moved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): its content was changed.</source>
        <translation>The audit log has been tampered with at entry No. %1 (%2): its content was changed.</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+11"/>
        <source>The county&apos;s copy of station %1&apos;s audit log is damaged at entry No. %2.</source>
        <translation>The county&apos;s copy of station %1&apos;s audit log is damaged at entry No. %2.</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <message>
        <location line="+2"/>
        <source>Deleted at end of retention</source>
        <translation>Deleted at end of retention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync review decided</source>
        <translation>Sync review decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger imported</source>
        <translation>Ledger imported</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+41"/>
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
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>xianjie::AutoBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/AutoBackupDialog.cpp" line="+24"/>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day Xianjie writes an encrypted backup to this folder, preferably on another disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep it safe: a restore needs it.</source>
        <translation>Once a day Xianjie writes an encrypted backup to this folder, preferably on another disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep it safe: a restore needs it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xianjie backups</source>
        <translation>Xianjie backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+7"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>xianjie::AutomaticTasks</name>
    <message numerus="yes">
        <location filename="../ui/AutomaticTasks.cpp" line="+36"/>
        <source>%n household(s) closed more than %1 years ago archived.</source>
        <translation>
            <numerusform>%n household closed more than %1 years ago archived.</numerusform>
            <numerusform>%n households closed more than %1 years ago archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) disclosed to charities deleted: their consent&apos;s retention period ended.</source>
        <translation>
            <numerusform>%n item disclosed to charities deleted: its consent&apos;s retention period ended.</numerusform>
            <numerusform>%n items disclosed to charities deleted: their consent&apos;s retention period ended.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The search index could not be brought up to date: %1</source>
        <translation>The search index could not be brought up to date: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Search now finds every usual reading of names: %n household(s) indexed again.</source>
        <translation>
            <numerusform>Search now finds every usual reading of names: %n household indexed again.</numerusform>
            <numerusform>Search now finds every usual reading of names: %n households indexed again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backup written to %1.</source>
        <translation>Automatic backup written to %1.</translation>
    </message>
</context>
<context>
    <name>xianjie::Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+58"/>
        <source>Backup passphrase: %1</source>
        <translation>Backup passphrase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+89"/>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>No room for a temporary copy of the casebook.</source>
        <translation>No room for a temporary copy of the casebook.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The casebook is damaged, so no backup was written and the earlier backups are kept. Restore the newest backup and tell your county office.</source>
        <translation>The casebook is damaged, so no backup was written and the earlier backups are kept. Restore the newest backup and tell your county office.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The snapshot of the casebook cannot be read.</source>
        <translation>The snapshot of the casebook cannot be read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to protect the backup.</source>
        <translation>Not enough memory to protect the backup.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is not enough room for the backup at %1: it needs about %2 MB and %3 MB are free. Nothing was written; free some space or choose another place.</source>
        <translation>There is not enough room for the backup at %1: it needs about %2 MB and %3 MB are free. Nothing was written; free some space or choose another place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk refused it (full, removed or read-only)</source>
        <translation>the disk refused it (full, removed or read-only)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A casebook already exists at %1. Nothing was restored; confirm that it may be replaced (--force) or choose another place.</source>
        <translation>A casebook already exists at %1. Nothing was restored; confirm that it may be replaced (--force) or choose another place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Xianjie backup.</source>
        <translation>%1 is not a Xianjie backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+31"/>
        <source>The backup is damaged; nothing was restored.</source>
        <translation>The backup is damaged; nothing was restored.</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <location line="+26"/>
        <source>No room for the restored casebook beside %1.</source>
        <translation>No room for the restored casebook beside %1.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The backup is incomplete (it ends too early); nothing was restored.</source>
        <translation>The backup is incomplete (it ends too early); nothing was restored.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+17"/>
        <source>The casebook in the backup fails its check (%1); nothing was restored.</source>
        <translation>The casebook in the backup fails its check (%1); nothing was restored.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The restored casebook cannot be prepared beside %1; nothing was restored.</source>
        <translation>The restored casebook cannot be prepared beside %1; nothing was restored.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be replaced (is it open in Xianjie?); nothing was restored.</source>
        <translation>%1 cannot be replaced (is it open in Xianjie?); nothing was restored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restored casebook cannot be put at %1; the old one is unchanged.</source>
        <translation>The restored casebook cannot be put at %1; the old one is unchanged.</translation>
    </message>
</context>
<context>
    <name>xianjie::BackupNowDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialogs.cpp" line="+31"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted copy of the whole casebook. Keep it on another disk or a USB stick, and write the passphrase down: without it the copy cannot be restored.</source>
        <translation>An encrypted copy of the whole casebook. Keep it on another disk or a USB stick, and write the passphrase down: without it the copy cannot be restored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2.xjbackup</source>
        <translation>%1 %2.xjbackup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xianjie backups (*.xjbackup)</source>
        <translation>Xianjie backups (*.xjbackup)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file to write the backup to.</source>
        <translation>Choose the file to write the backup to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the casebook itself: choose another file.</source>
        <translation>A backup cannot replace the casebook itself: choose another file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another name so that no older backup is lost.</source>
        <translation>%1 already exists; choose another name so that no older backup is lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the backup… The casebook can be used meanwhile.</source>
        <translation>Writing the backup… The casebook can be used meanwhile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup is written: %1 (%2 MB). Keep the passphrase with it.</source>
        <translation>The backup is written: %1 (%2 MB). Keep the passphrase with it.</translation>
    </message>
</context>
<context>
    <name>xianjie::Bundle</name>
    <message>
        <location filename="../core/sync/BundleFile.cpp" line="+156"/>
        <source>The bundle could not be written to %1: %2</source>
        <translation>The bundle could not be written to %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle could not be written to %1.</source>
        <translation>The bundle could not be written to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle read back from %1 differs from what was written; the drive may be failing. Nothing was marked as sent.</source>
        <translation>The bundle read back from %1 differs from what was written; the drive may be failing. Nothing was marked as sent.</translation>
    </message>
</context>
<context>
    <name>xianjie::BundleCodec</name>
    <message>
        <location filename="../core/sync/BundleCodec.cpp" line="+159"/>
        <source>The bundle is incomplete or damaged (its contents cannot be read).</source>
        <translation>The bundle is incomplete or damaged (its contents cannot be read).</translation>
    </message>
</context>
<context>
    <name>xianjie::BundleImportResult</name>
    <message>
        <location filename="../core/sync/BundleImportResult.cpp" line="+9"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already had</source>
        <translation>Already had</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applied, %1 changes from %2.</source>
        <translation>applied, %1 changes from %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already applied before; nothing changed.</source>
        <translation>already applied before; nothing changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n field(s) changed on both sides are in the review queue.</source>
        <translation>
            <numerusform>%n field changed on both sides are in the review queue.</numerusform>
            <numerusform>%n fields changed on both sides are in the review queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) are dated more than a day ahead and were flagged for review.</source>
        <translation>
            <numerusform>%n change are dated more than a day ahead and were flagged for review.</numerusform>
            <numerusform>%n changes are dated more than a day ahead and were flagged for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s); the Sync tab lists them.</source>
        <translation>
            <numerusform>%n new alert; the Sync tab lists them.</numerusform>
            <numerusform>%n new alerts; the Sync tab lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) held earlier for this gap were applied after it.</source>
        <translation>
            <numerusform>%n bundle held earlier for this gap was applied after it.</numerusform>
            <numerusform>%n bundles held earlier for this gap were applied after it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bundle held earlier was refused now that its turn came: %1</source>
        <translation>A bundle held earlier was refused now that its turn came: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The county acknowledged %n bundle(s); their changes left the outbox.</source>
        <translation>
            <numerusform>The county acknowledged %n bundle; their changes left the outbox.</numerusform>
            <numerusform>The county acknowledged %n bundles; their changes left the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 files applied; %3 held or refused.</source>
        <translation>%1 of %2 files applied; %3 held or refused.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped: %n file(s) not imported.</source>
        <translation>
            <numerusform>Stopped: %n file not imported.</numerusform>
            <numerusform>Stopped: %n files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xianjie::BundleImporter</name>
    <message>
        <location filename="../core/sync/BundleImporter.cpp" line="+47"/>
        <source>This bundle was written by the county for a station; import it at the station.</source>
        <translation>This bundle was written by the county for a station; import it at the station.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station bundles are imported into the county casebook.</source>
        <translation>Station bundles are imported into the county casebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle comes from a newer version of Xianjie; update this program first.</source>
        <translation>The bundle comes from a newer version of Xianjie; update this program first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle was written by an earlier version of Xianjie; update the program where it was written and export it again.</source>
        <translation>The bundle was written by an earlier version of Xianjie; update the program where it was written and export it again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle comes from a station this county has not enrolled (%1).</source>
        <translation>The bundle comes from a station this county has not enrolled (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle comes from a station this county has not enrolled.</source>
        <translation>The bundle comes from a station this county has not enrolled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key of station %1 was revoked on %2; its bundles are not accepted.</source>
        <translation>The key of station %1 was revoked on %2; its bundles are not accepted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s signature does not match station %1&apos;s key: it was changed on the way or was not written by that station.</source>
        <translation>The bundle&apos;s signature does not match station %1&apos;s key: it was changed on the way or was not written by that station.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bundle is addressed to another station.</source>
        <translation>This bundle is addressed to another station.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol the station with its county first.</source>
        <translation>Enrol the station with its county first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s signature does not match the county&apos;s key: it was changed on the way or was not written by the county.</source>
        <translation>The bundle&apos;s signature does not match the county&apos;s key: it was changed on the way or was not written by the county.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Held: the county&apos;s changes %1 to %2 have not arrived yet. Import the county&apos;s earlier bundle first.</source>
        <translation>Held: the county&apos;s changes %1 to %2 have not arrived yet. Import the county&apos;s earlier bundle first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle that holds them first.</source>
        <translation>Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle that holds them first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle repeats changes the county already has (up to %1) under another id.</source>
        <translation>The bundle repeats changes the county already has (up to %1) under another id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle does not follow the station&apos;s previous bundle.</source>
        <translation>The bundle does not follow the station&apos;s previous bundle.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../app/xianjie-server/CountyService.cpp" line="+392"/>
        <source>A different bundle with the same id was already applied; this one is refused.</source>
        <translation>A different bundle with the same id was already applied; this one is refused.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The bundle is incomplete or damaged (its contents do not match its manifest).</source>
        <translation>The bundle is incomplete or damaged (its contents do not match its manifest).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From the county, changes %1 to %2</source>
        <translation>From the county, changes %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station %1, changes %2 to %3</source>
        <translation>Station %1, changes %2 to %3</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>xianjie::Casebook</name>
    <message>
        <location filename="../core/storage/Casebook.cpp" line="+75"/>
        <source>Sign in before changing the casebook.</source>
        <translation>Sign in before changing the casebook.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no casebook at %1.</source>
        <translation>There is no casebook at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+32"/>
        <source>Enter the name of the station or office.</source>
        <translation>Enter the name of the station or office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file already exists at %1; choose another name. Nothing was changed.</source>
        <translation>A file already exists at %1; choose another name. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The casebook has lost its station settings. Restore it from a backup.</source>
        <translation>The casebook has lost its station settings. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>xianjie::CasebookCheck</name>
    <message numerus="yes">
        <location filename="../core/storage/CasebookCheck.cpp" line="+36"/>
        <source>The casebook file is damaged (%n problem(s) found in how its records are stored).</source>
        <translation>
            <numerusform>The casebook file is damaged (%n problem found in how its records are stored).</numerusform>
            <numerusform>The casebook file is damaged (%n problems found in how its records are stored).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The casebook file is damaged (%n problem(s) found in how its records are stored, at pages %1 of the file).</source>
        <translation>
            <numerusform>The casebook file is damaged (%n problem found in how its records are stored, at pages %1 of the file).</numerusform>
            <numerusform>The casebook file is damaged (%n problems found in how its records are stored, at pages %1 of the file).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing more is written to it. Restore it from the newest backup and tell your county office.</source>
        <translation>Nothing more is written to it. Restore it from the newest backup and tell your county office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A record in %1 (row %2) refers to a missing record in %3.</source>
        <translation>A record in %1 (row %2) refers to a missing record in %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 records in %2 were changed without a change-log entry, so they would not be sent to the county.</source>
        <translation>%1 records in %2 were changed without a change-log entry, so they would not be sent to the county.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>If this casebook was restored from a backup, that is why; tell the county office.</source>
        <translation>If this casebook was restored from a backup, that is why; tell the county office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log has been cut short: the county holds entry No. %1 of this casebook, which is no longer here.</source>
        <translation>The audit log has been cut short: the county holds entry No. %1 of this casebook, which is no longer here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has been rewritten: entry No. %1 differs from the copy the county holds.</source>
        <translation>The audit log has been rewritten: entry No. %1 differs from the copy the county holds.</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>xianjie::CaseworkTabs</name>
    <message>
        <location filename="../ui/views/CaseworkTabs.cpp" line="+72"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;need…</source>
        <translation>Record a &amp;need…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer to a charity…</source>
        <translation>&amp;Refer to a charity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need &amp;met</source>
        <translation>Need &amp;met</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person withdraws their consent. Open referrals that relied on it stop; the charity must be told (save the recall notice).</source>
        <translation>The person withdraws their consent. Open referrals that relied on it stop; the charity must be told (save the recall notice).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach signed form…</source>
        <translation>&amp;Attach signed form…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall &amp;notice…</source>
        <translation>Recall &amp;notice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;form…</source>
        <translation>Signed &amp;form…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a copy of the signed consent form attached to this consent.</source>
        <translation>Saves a copy of the signed consent form attached to this consent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Referred (%1, %2)</source>
        <translation>Referred (%1, %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn on %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · signed form attached</source>
        <translation> · signed form attached</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+107"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>To a charity</source>
        <translation>To a charity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>From a charity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the person withdraw it (in person, by phone, in writing)?</source>
        <translation>How did the person withdraw it (in person, by phone, in writing)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not withdrawn</source>
        <translation>Not withdrawn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent is withdrawn. No open referral relied on it.</source>
        <translation>The consent is withdrawn. No open referral relied on it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent is withdrawn. These referrals were stopped: %1. Save the recall notice and give it to the charity.</source>
        <translation>The consent is withdrawn. These referrals were stopped: %1. Save the recall notice and give it to the charity.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach the signed consent form</source>
        <translation>Attach the signed consent form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save a copy of the signed form</source>
        <translation>Save a copy of the signed form</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recall notice</source>
        <translation>No recall notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recall notice</source>
        <translation>Save the recall notice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall-notice.pdf</source>
        <translation>recall-notice.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice of withdrawn consent</source>
        <translation>Notice of withdrawn consent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recall notice</source>
        <translation>Recall notice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Has the charity been told today?</source>
        <translation>Has the charity been told today?</translation>
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
        <location filename="../ui/models/CategoryModel.cpp" line="+56"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>xianjie::CharityDirectory</name>
    <message>
        <location filename="../core/storage/CharityDirectory.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a known %2.</source>
        <translation>&quot;%1&quot; is not a known %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a division code (2 to 12 digits).</source>
        <translation>&quot;%1&quot; is not a division code (2 to 12 digits).</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The %1 is %2 characters long; at most %3 fit.</source>
        <translation>The %1 is %2 characters long; at most %3 fit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>registration authority</source>
        <translation>registration authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+25"/>
        <source>service type</source>
        <translation>service type</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>target group</source>
        <translation>target group</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose the organisation&apos;s status.</source>
        <translation>Choose the organisation&apos;s status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the organisation that runs the project.</source>
        <translation>Choose the organisation that runs the project.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the project&apos;s name.</source>
        <translation>Enter the project&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project number</source>
        <translation>project number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disclosure address</source>
        <translation>disclosure address</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Places and budget cannot be negative.</source>
        <translation>Places and budget cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project cannot end before it starts.</source>
        <translation>The project cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The directory already holds an organisation with this credit code.</source>
        <translation>The directory already holds an organisation with this credit code.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This organisation is not in the directory.</source>
        <translation>This organisation is not in the directory.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This project is not in the directory.</source>
        <translation>This project is not in the directory.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty; the first row must name the columns.</source>
        <translation>The file is empty; the first row must name the columns.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has no column &quot;%1&quot;. The first row must name the columns.</source>
        <translation>The file has no column &quot;%1&quot;. The first row must name the columns.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1: the credit code %2 is already in row %3 of this file.</source>
        <translation>%1: the credit code %2 is already in row %3 of this file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no organisation with credit code %2 is in the directory; import the organisations first.</source>
        <translation>%1: no organisation with credit code %2 is in the directory; import the organisations first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number of places.</source>
        <translation>&quot;%1&quot; is not a number of places.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write 2026-09-05).</source>
        <translation>&quot;%1&quot; is not a date (write 2026-09-05).</translation>
    </message>
</context>
<context>
    <name>xianjie::CharityDirectoryDialog</name>
    <message>
        <location filename="../ui/dialogs/CharityDirectoryDialog.cpp" line="+31"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charity directory</source>
        <translation>Charity directory</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add organisation…</source>
        <translation>&amp;Add organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of organisations, or of projects with the column 机构信用代码 (org_credit_code), as Excel saves it (UTF-8 or GB18030). Every row is checked first; if one is wrong, nothing is imported.</source>
        <translation>A CSV file of organisations, or of projects with the column 机构信用代码 (org_credit_code), as Excel saves it (UTF-8 or GB18030). Every row is checked first; if one is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects of the organisation</source>
        <translation>Projects of the organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;project…</source>
        <translation>Add &amp;project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit p&amp;roject…</source>
        <translation>Edit p&amp;roject…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places left</source>
        <translation>Places left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import organisations or projects</source>
        <translation>Import organisations or projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the charity directory…</source>
        <translation>Importing the charity directory…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported; correct these rows and import the file again:</source>
        <translation>Nothing was imported; correct these rows and import the file again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</source>
        <translation>Imported. Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</translation>
    </message>
</context>
<context>
    <name>xianjie::CheckList</name>
    <message>
        <location filename="../ui/widgets/CheckList.cpp" line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <location filename="../app/xianjie-cli/CommandLine.cpp" line="+114"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add --lang zh_CN or --lang en to choose the language.</source>
        <translation>Add --lang zh_CN or --lang en to choose the language.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is asked for.</source>
        <translation>Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is asked for.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+14"/>
        <source>Name the casebook and the CSV file of organisations or projects.</source>
        <translation>Name the casebook and the CSV file of organisations or projects.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <location line="+245"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>the file is missing or may not be read</source>
        <translation>the file is missing or may not be read</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n row(s) are wrong; nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n row is wrong; nothing was imported. Correct it and import the file again.</numerusform>
            <numerusform>%n rows are wrong; nothing was imported. Correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</source>
        <translation>Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name the casebook, the referral number and the packet file (--out).</source>
        <translation>Name the casebook, the referral number and the packet file (--out).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Referral packet written to %1.</source>
        <translation>Referral packet written to %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+73"/>
        <source>Check the command: see the usage below.</source>
        <translation>Check the command: see the usage below.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of this station&apos;s key: %1 — read it to the county on the phone.</source>
        <translation>Fingerprint of this station&apos;s key: %1 — read it to the county on the phone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</source>
        <translation>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</source>
        <translation>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key of station %1 is revoked.</source>
        <translation>The key of station %1 is revoked.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taken in. The station&apos;s audit log continues from the backup&apos;s last entry (%1 later entries are kept aside); its changes since the restore continue from No. %2; %3 records go back to it with the next bundle for it (downstream-export).</source>
        <translation>Taken in. The station&apos;s audit log continues from the backup&apos;s last entry (%1 later entries are kept aside); its changes since the restore continue from No. %2; %3 records go back to it with the next bundle for it (downstream-export).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No station restored from a backup waits for the county.</source>
        <translation>No station restored from a backup waits for the county.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken in on %1, confirmed by the station on %2</source>
        <translation>taken in on %1, confirmed by the station on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken in on %1; waits for the station to import the county&apos;s bundle</source>
        <translation>taken in on %1; waits for the station to import the county&apos;s bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits to be taken in</source>
        <translation>waits to be taken in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): restored from a backup ending at audit entry No. %3; the county holds %4 later entries and %5 changes the backup did not have; noticed %6; %7.</source>
        <translation>%1 (%2): restored from a backup ending at audit entry No. %3; the county holds %4 later entries and %5 changes the backup did not have; noticed %6; %7.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the station casebook and the folder to write bundles to (--out).</source>
        <translation>Name the station casebook and the folder to write bundles to (--out).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (written again: the county has not acknowledged it yet)</source>
        <translation>%1 (written again: the county has not acknowledged it yet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to send: every change is already in a bundle.</source>
        <translation>Nothing to send: every change is already in a bundle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the bundle files.</source>
        <translation>Name the casebook and the bundle files.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the county casebook, the station (--station CODE, or --all) and the folder (--out).</source>
        <translation>Name the county casebook, the station (--station CODE, or --all) and the folder (--out).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name the station casebook.</source>
        <translation>Name the station casebook.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name one bundle file.</source>
        <translation>Name one bundle file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the user who makes this change with --user.</source>
        <translation>Name the user who makes this change with --user.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="-24"/>
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
        <location line="+6"/>
        <source>--code: %1</source>
        <translation>--code: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="+144"/>
        <location filename="../app/xianjie-cli/PrintCommands.cpp" line="+109"/>
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
    <message>
        <location line="+7"/>
        <source>This casebook was written by an earlier version of Xianjie (casebook version %1; this program uses version %2). Open it once with this version to upgrade it, then check it again.</source>
        <translation>This casebook was written by an earlier version of Xianjie (casebook version %1; this program uses version %2). Open it once with this version to upgrade it, then check it again.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
    <message>
        <location filename="../app/xianjie-cli/PrintCommands.cpp" line="-72"/>
        <source>Say which paper to print: referral-letter, consent-form or visit-list.</source>
        <translation>Say which paper to print: referral-letter, consent-form or visit-list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the casebook, the village (--village) and the PDF file (--out).</source>
        <translation>Name the casebook, the village (--village) and the PDF file (--out).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the casebook, the %1 and the PDF file (--out).</source>
        <translation>Name the casebook, the %1 and the PDF file (--out).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent ID</source>
        <translation>consent ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>referral number</source>
        <translation>referral number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the village (--village) by its code or its name.</source>
        <translation>Name the village (--village) by its code or its name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Referral letter %1</source>
        <translation>Referral letter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="+35"/>
        <source>The casebook has no village &quot;%1&quot;. Give its 12-digit code or its name as listed in the station&apos;s villages.</source>
        <translation>The casebook has no village &quot;%1&quot;. Give its 12-digit code or its name as listed in the station&apos;s villages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --until as a date: YYYY-MM-DD.</source>
        <translation>Give --until as a date: YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit list: %1</source>
        <translation>Visit list: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="+51"/>
        <source>%1 written to %2.</source>
        <translation>%1 written to %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Station contact: %1, phone %2, address %3.</source>
        <translation>Station contact: %1, phone %2, address %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="-61"/>
        <source>Give the month as YYYY-MM, for example 2026-11.</source>
        <translation>Give the month as YYYY-MM, for example 2026-11.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The county has no station &quot;%1&quot;. Give its 12-digit code or its name.</source>
        <translation>The county has no station &quot;%1&quot;. Give its 12-digit code or its name.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say which report to make: linkage.</source>
        <translation>Say which report to make: linkage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the casebook, the month (--month YYYY-MM) and the PDF file (--out).</source>
        <translation>Name the casebook, the month (--month YYYY-MM) and the PDF file (--out).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say which list to export: households, referrals, visits or assistance.</source>
        <translation>Say which list to export: households, referrals, visits or assistance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the casebook and the file to write (--out FILE.xlsx or FILE.csv).</source>
        <translation>Name the casebook and the file to write (--out FILE.xlsx or FILE.csv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the file with .xlsx (Excel) or .csv at the end.</source>
        <translation>Name the file with .xlsx (Excel) or .csv at the end.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 row(s) written to %3 (%4).</source>
        <translation>%1: %2 row(s) written to %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unmasked</source>
        <translation>unmasked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="-114"/>
        <source>Name the casebook and the ledger file (.xlsx or .csv).</source>
        <translation>Name the casebook and the ledger file (.xlsx or .csv).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sheet is the sheet&apos;s number, 1 for the first.</source>
        <translation>--sheet is the sheet&apos;s number, 1 for the first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding is utf8 or gb18030.</source>
        <translation>--encoding is utf8 or gb18030.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Cannot read the mapping %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping %1 is not JSON: %2</source>
        <translation>The mapping %1 is not JSON: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the mapping %1: %2</source>
        <translation>Cannot write the mapping %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sheet %1 of %2: %3</source>
        <translation>, sheet %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header row %1; columns:</source>
        <translation>Header row %1; columns:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+55"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>cell %1</source>
        <translation>cell %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Villages not on the station&apos;s list: %1</source>
        <translation>Villages not on the station&apos;s list: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People not in the casebook: %1</source>
        <translation>People not in the casebook: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run, nothing written.</source>
        <translation>Dry run, nothing written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: correct the refused rows, or import only the valid ones with --only-valid.</source>
        <translation>Nothing was imported: correct the refused rows, or import only the valid ones with --only-valid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported as batch %1.</source>
        <translation>Imported as batch %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No import batch %1 in this casebook.</source>
        <translation>No import batch %1 in this casebook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows; households added %2, updated %3; people added %4; payments %5; refused %6</source>
        <translation>%1 rows; households added %2, updated %3; people added %4; payments %5; refused %6</translation>
    </message>
</context>
<context>
    <name>xianjie::ConfirmingSave</name>
    <message>
        <location filename="../ui/dialogs/ConfirmingSave.h" line="+21"/>
        <source>Possibly the same person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::ConflictOfInterest</name>
    <message>
        <location filename="../core/storage/ConflictOfInterest.cpp" line="+18"/>
        <source>Say how you are related to the household.</source>
        <translation>Say how you are related to the household.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say how the family member is related to you.</source>
        <translation>Say how the family member is related to you.</translation>
    </message>
</context>
<context>
    <name>xianjie::ConflictReportDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictReportDialog.cpp" line="+13"/>
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
</context>
<context>
    <name>xianjie::ConsentDialog</name>
    <message>
        <location filename="../ui/dialogs/ConsentDialog.cpp" line="+31"/>
        <source>Record consent to share with a charity</source>
        <translation>Record consent to share with a charity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each adult decides for themselves. A child under 14, or a person without legal capacity, consents through a guardian whose identity you check.</source>
        <translation>Each adult decides for themselves. A child under 14, or a person without legal capacity, consents through a guardian whose identity you check.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A guardian from outside the household</source>
        <translation>A guardian from outside the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who consents:</source>
        <translation>&amp;Who consents:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (through the guardian)</source>
        <translation>%1 (through the guardian)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose &amp;information:</source>
        <translation>Whose &amp;information:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>Guardian&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the guardian&apos;s ID card</source>
        <translation>from the guardian&apos;s ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s &amp;ID number:</source>
        <translation>Guardian&apos;s &amp;ID number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 父亲, 母亲, 祖母</source>
        <translation>for example 父亲, 母亲, 祖母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s &amp;relation:</source>
        <translation>Guardian&apos;s &amp;relation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To seek %1 help</source>
        <translation>To seek %1 help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the person&apos;s words, if they gave any</source>
        <translation>in the person&apos;s words, if they gave any</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items the person agrees to &amp;share:</source>
        <translation>Items the person agrees to &amp;share:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charity keeps the data at &amp;most:</source>
        <translation>The charity keeps the data at &amp;most:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second witness, for a verbal consent</source>
        <translation>a second witness, for a verbal consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given &amp;on:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice shown:</source>
        <translation>Notice shown:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print form for signature…</source>
        <translation>&amp;Print form for signature…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Any project of this organisation</source>
        <translation>Any project of this organisation</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the consent form</source>
        <translation>Save the consent form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consent-form.pdf</source>
        <translation>consent-form.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentPolicy</name>
    <message>
        <location filename="../core/rules/ConsentPolicy.cpp" line="+26"/>
        <source>Enter the name of the person who gives consent.</source>
        <translation>Enter the name of the person who gives consent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the charity the data may be given to.</source>
        <translation>Choose the charity the data may be given to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the purpose: the kind of help the data is shared to obtain.</source>
        <translation>Choose the purpose: the kind of help the data is shared to obtain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each data item the person agrees to share.</source>
        <translation>Tick each data item the person agrees to share.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a data item the casebook knows.</source>
        <translation>&quot;%1&quot; is not a data item the casebook knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charity may keep the data for 1 to 120 months.</source>
        <translation>The charity may keep the data for 1 to 120 months.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the consent was given.</source>
        <translation>Say how the consent was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A verbal consent needs the name of a witness.</source>
        <translation>A verbal consent needs the name of a witness.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the version of the notice the person was shown.</source>
        <translation>Enter the version of the notice the person was shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the consent was given.</source>
        <translation>Enter the date the consent was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent is recorded once it has been given; the date is in the future.</source>
        <translation>A consent is recorded once it has been given; the date is in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>The consent must expire after the day it was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whose data the consent covers.</source>
        <translation>Choose whose data the consent covers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent covers members of this household only.</source>
        <translation>Consent covers members of this household only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no legal capacity: a guardian must consent for them.</source>
        <translation>%1 has no legal capacity: a guardian must consent for them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is under 14: a guardian must consent for them.</source>
        <translation>%1 is under 14: a guardian must consent for them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be their own guardian.</source>
        <translation>%1 cannot be their own guardian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an adult and decides for themselves: record their own consent.</source>
        <translation>%1 is an adult and decides for themselves: record their own consent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the guardian&apos;s resident ID number.</source>
        <translation>Enter the guardian&apos;s resident ID number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the guardian&apos;s relation to the person.</source>
        <translation>Enter the guardian&apos;s relation to the person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consent was withdrawn on %1</source>
        <translation>the consent was withdrawn on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consent was given only on %1</source>
        <translation>the consent was given only on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consent expired on %1</source>
        <translation>the consent expired on %1</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentRepository</name>
    <message>
        <location filename="../core/storage/ConsentRepository.cpp" line="+73"/>
        <source>The household is not in the casebook.</source>
        <translation>The household is not in the casebook.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This organisation is not in the directory.</source>
        <translation>This organisation is not in the directory.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project does not belong to the chosen organisation.</source>
        <translation>The project does not belong to the chosen organisation.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The consent has not been withdrawn.</source>
        <translation>The consent has not been withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient is told on or after the withdrawal, not later than today.</source>
        <translation>The recipient is told on or after the withdrawal, not later than today.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This consent is not in the casebook.</source>
        <translation>This consent is not in the casebook.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than 20 MB; scan at a lower resolution.</source>
        <translation>The file is larger than 20 MB; scan at a lower resolution.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The attached file is not in the casebook.</source>
        <translation>The attached file is not in the casebook.</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentWithdrawal</name>
    <message>
        <location filename="../core/storage/ConsentWithdrawal.cpp" line="+21"/>
        <source>This consent was already withdrawn on %1.</source>
        <translation>This consent was already withdrawn on %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the person withdrew their consent.</source>
        <translation>Say how the person withdrew their consent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consent withdrawn: %1</source>
        <translation>Consent withdrawn: %1</translation>
    </message>
</context>
<context>
    <name>xianjie::CountyService</name>
    <message>
        <location filename="../app/xianjie-server/CountyService.cpp" line="-341"/>
        <source>The county server is busy; the station tries again shortly.</source>
        <translation>The county server is busy; the station tries again shortly.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The spool folder %1 cannot be created.</source>
        <translation>The spool folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The server serves a county casebook; %1 is a station&apos;s.</source>
        <translation>The server serves a county casebook; %1 is a station&apos;s.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The spool folder %1 cannot be written.</source>
        <translation>The spool folder %1 cannot be written.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The request is not signed by a station.</source>
        <translation>The request is not signed by a station.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was signed for another station.</source>
        <translation>The request was signed for another station.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The station computer&apos;s clock is %n minute(s) ahead of the county server&apos;s. Set the computer&apos;s date and time, then sync again.</source>
        <translation>
            <numerusform>The station computer&apos;s clock is %n minute ahead of the county server&apos;s. Set the computer&apos;s date and time, then sync again.</numerusform>
            <numerusform>The station computer&apos;s clock is %n minutes ahead of the county server&apos;s. Set the computer&apos;s date and time, then sync again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station computer&apos;s clock is %n minute(s) behind the county server&apos;s. Set the computer&apos;s date and time, then sync again.</source>
        <translation>
            <numerusform>The station computer&apos;s clock is %n minute behind the county server&apos;s. Set the computer&apos;s date and time, then sync again.</numerusform>
            <numerusform>The station computer&apos;s clock is %n minutes behind the county server&apos;s. Set the computer&apos;s date and time, then sync again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station %1 is not enrolled with this county.</source>
        <translation>Station %1 is not enrolled with this county.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of station %1 was revoked on %2; its requests are not accepted.</source>
        <translation>The key of station %1 was revoked on %2; its requests are not accepted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request&apos;s signature does not match station %1&apos;s key: it was changed on the way or not made by that station.</source>
        <translation>The request&apos;s signature does not match station %1&apos;s key: it was changed on the way or not made by that station.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was sent before (a repeated nonce) and is refused.</source>
        <translation>The request was sent before (a repeated nonce) and is refused.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>There is nothing at this address.</source>
        <translation>There is nothing at this address.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The upload does not say where its part goes (offset, size and sha256).</source>
        <translation>The upload does not say where its part goes (offset, size and sha256).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle is larger than the server takes (%1 MB at most, in parts of %2 KB).</source>
        <translation>The bundle is larger than the server takes (%1 MB at most, in parts of %2 KB).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>The county server cannot store the upload (its disk may be full).</source>
        <translation>The county server cannot store the upload (its disk may be full).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The upload resumes from byte %1.</source>
        <translation>The upload resumes from byte %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle arrived damaged (its bytes do not match their digest); the station sends it again.</source>
        <translation>The bundle arrived damaged (its bytes do not match their digest); the station sends it again.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Say which county changes the station has applied (after) and which of its changes it knows acknowledged (acked).</source>
        <translation>Say which county changes the station has applied (after) and which of its changes it knows acknowledged (acked).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The county server is stopping.</source>
        <translation>The county server is stopping.</translation>
    </message>
    <message>
        <location filename="../app/xianjie-server/main.cpp" line="+94"/>
        <source>The server takes request bodies uncompressed and with a length.</source>
        <translation>The server takes request bodies uncompressed and with a length.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Cannot listen on %1:%2 (in use, or not an address of this machine).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serving %1 on %2:%3</source>
        <translation>Serving %1 on %2:%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>xianjie::CountySync</name>
    <message>
        <location filename="../core/sync/CountySync.cpp" line="+102"/>
        <source>The station&apos;s audit log does not continue from the entries the county already holds (at entry No. %1): entries were removed or changed at the station. The bundle is refused; ask the county to look at the station.</source>
        <translation>The station&apos;s audit log does not continue from the entries the county already holds (at entry No. %1): entries were removed or changed at the station. The bundle is refused; ask the county to look at the station.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The ID number ending %1 is also registered at %2. Agree with that station which registration stays.</source>
        <translation>The ID number ending %1 is also registered at %2. Agree with that station which registration stays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another station</source>
        <translation>another station</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The bundle is incomplete or damaged (its audit entries cannot be read).</source>
        <translation>The bundle is incomplete or damaged (its audit entries cannot be read).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+155"/>
        <source>Bundles for stations are written by the county casebook.</source>
        <translation>Bundles for stations are written by the county casebook.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No enrolled station has the code %1.</source>
        <translation>No enrolled station has the code %1.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>For station %1, county changes %2 to %3</source>
        <translation>For station %1, county changes %2 to %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No station is enrolled with this county, or every station&apos;s key is revoked: there is no bundle to write.</source>
        <translation>No station is enrolled with this county, or every station&apos;s key is revoked: there is no bundle to write.</translation>
    </message>
</context>
<context>
    <name>xianjie::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+26"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with a byte-order mark (Excel&apos;s &quot;CSV UTF-8&quot;)</source>
        <translation>UTF-8 with a byte-order mark (Excel&apos;s &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB18030 / GBK (Chinese Excel&apos;s &quot;CSV&quot;)</source>
        <translation>GB18030 / GBK (Chinese Excel&apos;s &quot;CSV&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is not UTF-8 text as chosen. Choose GB18030 (the encoding Chinese Excel saves CSV in) and try again.</source>
        <translation>The file is not UTF-8 text as chosen. Choose GB18030 (the encoding Chinese Excel saves CSV in) and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is neither UTF-8 nor GB18030 text. Open it in Excel and save it as &quot;CSV UTF-8&quot;, or as an Excel workbook, and try again.</source>
        <translation>The file is neither UTF-8 nor GB18030 text. Open it in Excel and save it as &quot;CSV UTF-8&quot;, or as an Excel workbook, and try again.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
</context>
<context>
    <name>xianjie::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+45"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Linkage report…</source>
        <translation>&amp;Linkage report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report on linkage with charities (衔接情况通报) for this period and area, as a PDF to print: counts only, no names.</source>
        <translation>The report on linkage with charities (衔接情况通报) for this period and area, as a PDF to print: counts only, no names.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Households on the books</source>
        <translation>Households on the books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs open</source>
        <translation>Needs open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals sent</source>
        <translation>Referrals sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to a charity&apos;s answer</source>
        <translation>Days to a charity&apos;s answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received (yuan)</source>
        <translation>Help received (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+310"/>
        <source>Visits overdue</source>
        <translation>Visits overdue</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held bundles</source>
        <translation>Held bundles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open reviews</source>
        <translation>Open reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The first day comes after the last.</source>
        <translation>The first day comes after the last.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Click to list them.</source>
        <translation>Click to list them.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+199"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>%1 people; %2 closed in the period</source>
        <translation>%1 people; %2 closed in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 identified, %2 met in the period</source>
        <translation>%1 identified, %2 met in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 completed, %2 still open</source>
        <translation>%1 completed, %2 still open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median; 90% within %1 days</source>
        <translation>median; 90% within %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>government %1 · charity %2</source>
        <translation>government %1 · charity %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 due were done</source>
        <translation>%1 of %2 due were done</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Referrals sent and how far they went</source>
        <translation>Referrals sent and how far they went</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals: %1</source>
        <translation>Referrals: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Households by category</source>
        <translation>Households by category</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households: %1</source>
        <translation>Households: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People in focus groups</source>
        <translation>People in focus groups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households with: %1</source>
        <translation>Households with: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs by type</source>
        <translation>Needs by type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identified in the period</source>
        <translation>Identified in the period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open at its end</source>
        <translation>Open at its end</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Help received by source and form (yuan)</source>
        <translation>Help received by source and form (yuan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits due</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits done</source>
        <translation>Visits done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews due</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews overdue</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n person(s) registered at two stations wait for review in the Sync tab.</source>
        <translation>
            <numerusform>%n person registered at two stations wait for review in the Sync tab.</numerusform>
            <numerusform>%n people registered at two stations wait for review in the Sync tab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one is registered at two stations.</source>
        <translation>No one is registered at two stations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (revoked)</source>
        <translation>%1 (revoked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Linkage report</source>
        <translation>Linkage report</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>The figures are still being counted; try again in a moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the linkage report</source>
        <translation>Save the linkage report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linkage report %1 %2.pdf</source>
        <translation>Linkage report %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing the report…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is saved as %1. Open it to look at it and print it?</source>
        <translation>The report is saved as %1. Open it to look at it and print it?</translation>
    </message>
</context>
<context>
    <name>xianjie::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+163"/>
        <source>The casebook file is damaged, so nothing more is written to it. Restore it from a backup and tell your county office.</source>
        <translation>The casebook file is damaged, so nothing more is written to it. Restore it from a backup and tell your county office.</translation>
    </message>
    <message>
        <location line="+229"/>
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
        <location line="+7"/>
        <source>Missing consent: no valid consent covers this item of this person for this recipient and purpose.</source>
        <translation>Missing consent: no valid consent covers this item of this person for this recipient and purpose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing consent: the referral discloses nothing under a consent. Record the consent first.</source>
        <translation>Missing consent: the referral discloses nothing under a consent. Record the consent first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: a consent the referral relies on has been withdrawn.</source>
        <translation>Missing consent: a consent the referral relies on has been withdrawn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items are disclosed only when a referral to a charity is sent.</source>
        <translation>Items are disclosed only when a referral to a charity is sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change of a referral&apos;s status is not allowed: status only moves forward.</source>
        <translation>This change of a referral&apos;s status is not allowed: status only moves forward.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral&apos;s recipient and household are fixed; cancel it and refer again.</source>
        <translation>A referral&apos;s recipient and household are fixed; cancel it and refer again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was disclosed is kept as it was disclosed.</source>
        <translation>What was disclosed is kept as it was disclosed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: a child under 14 or a person without capacity needs a guardian&apos;s consent.</source>
        <translation>Missing consent: a child under 14 or a person without capacity needs a guardian&apos;s consent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: an adult consents for themselves, not through someone else.</source>
        <translation>Missing consent: an adult consents for themselves, not through someone else.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guardian consents only for a child under 14 or a person without capacity.</source>
        <translation>A guardian consents only for a child under 14 or a person without capacity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guardian&apos;s consent needs the guardian&apos;s ID number and relation.</source>
        <translation>A guardian&apos;s consent needs the guardian&apos;s ID number and relation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent covers members of its own household only.</source>
        <translation>A consent covers members of its own household only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terms of a consent cannot be changed; record a new consent.</source>
        <translation>The terms of a consent cannot be changed; record a new consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent is kept; withdraw it instead of deleting it.</source>
        <translation>A consent is kept; withdraw it instead of deleting it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The casebook refused the change: %1</source>
        <translation>The casebook refused the change: %1</translation>
    </message>
</context>
<context>
    <name>xianjie::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+449"/>
        <source>The number of households cannot be negative.</source>
        <translation>The number of households cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo households go into a station casebook, not a county one.</source>
        <translation>Demo households go into a station casebook, not a county one.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Stopped; no demo data was added.</source>
        <translation>Stopped; no demo data was added.</translation>
    </message>
</context>
<context>
    <name>xianjie::Enrollment</name>
    <message>
        <location filename="../core/sync/Enrollment.cpp" line="+41"/>
        <source>The casebook&apos;s signing key is damaged.</source>
        <translation>The casebook&apos;s signing key is damaged.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a valid %1 file, or it was changed after it was signed. Ask for a new one.</source>
        <translation>This is not a valid %1 file, or it was changed after it was signed. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a station casebook asks to be enrolled.</source>
        <translation>Only a station casebook asks to be enrolled.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stations are enrolled by a county casebook.</source>
        <translation>Stations are enrolled by a county casebook.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Station %1 (%2) is not in this county (%3).</source>
        <translation>Station %1 (%2) is not in this county (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is incomplete. Ask the station for a new one.</source>
        <translation>The request is incomplete. Ask the station for a new one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Station %1 is already enrolled with other keys. Revoke the old key first if the station really set up a new casebook.</source>
        <translation>Station %1 is already enrolled with other keys. Revoke the old key first if the station really set up a new casebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The station could not be registered: %1</source>
        <translation>The station could not be registered: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Only a station casebook accepts an enrolment.</source>
        <translation>Only a station casebook accepts an enrolment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This grant was made for another station&apos;s casebook.</source>
        <translation>This grant was made for another station&apos;s casebook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grant comes from a county (%1) this station is not in.</source>
        <translation>The grant comes from a county (%1) this station is not in.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Say why the station&apos;s key is revoked.</source>
        <translation>Say why the station&apos;s key is revoked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrolled station has the code %1.</source>
        <translation>No enrolled station has the code %1.</translation>
    </message>
</context>
<context>
    <name>xianjie::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="+26"/>
        <source>Export a list</source>
        <translation>Export a list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only from</source>
        <translation>Only from</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmasked: ID numbers, phones, health and children&apos;s data in full</source>
        <translation>&amp;Unmasked: ID numbers, phones, health and children&apos;s data in full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unmasked list is written to the audit log with its number of rows. Keep the file on an encrypted disk and delete it when it has served.</source>
        <translation>An unmasked list is written to the audit log with its number of rows. Keep the file on an encrypted disk and delete it when it has served.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list is masked: ID numbers and phones partly hidden, health and disability hidden, children under 14 by a masked name and age. Only the station head may export it unmasked.</source>
        <translation>The list is masked: ID numbers and phones partly hidden, health and disability hidden, children under 14 by a masked name and age. Only the station head may export it unmasked.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The households as the household list shows them now (%1), one row per member.</source>
        <translation>The households as the household list shows them now (%1), one row per member.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The referrals and leads as the Referrals tab shows them now.</source>
        <translation>The referrals and leads as the Referrals tab shows them now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits planned and done (by their due date), corrections as corrected.</source>
        <translation>Visits planned and done (by their due date), corrections as corrected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The help received, from government and charities, amounts in yuan.</source>
        <translation>The help received, from government and charities, amounts in yuan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2.xlsx</source>
        <translation>%1 %2.xlsx</translation>
    </message>
</context>
<context>
    <name>xianjie::FigureListDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/FigureListDialog.cpp" line="+20"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 — narrow the period or the area to see the rest.</source>
        <translation>The first %1 — narrow the period or the area to see the rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Double-click a row to open the household.</source>
        <translation>%1. Double-click a row to open the household.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open the household</source>
        <translation>&amp;Open the household</translation>
    </message>
</context>
<context>
    <name>xianjie::FirstRunGuide</name>
    <message>
        <location filename="../ui/dialogs/FirstRunGuide.cpp" line="+71"/>
        <source>Setting up %1</source>
        <translation>Setting up %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start working</source>
        <translation>&amp;Start working</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This casebook belongs to %1 (code %2). Four steps get the station ready: its contact for the papers it prints, its villages, the workers&apos; accounts and the daily backup. Any step can be done later from the menus.</source>
        <translation>This casebook belongs to %1 (code %2). Four steps get the station ready: its contact for the papers it prints, its villages, the workers&apos; accounts and the daily backup. Any step can be done later from the menus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. The station&apos;s contact</source>
        <translation>1. The station&apos;s contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers for the station and its phone number are printed on every referral letter, reply slip and consent form.</source>
        <translation>Who answers for the station and its phone number are printed on every referral letter, reply slip and consent form.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the &amp;contact…</source>
        <translation>Enter the &amp;contact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not entered yet.</source>
        <translation>Not entered yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered: %1, %2.</source>
        <translation>Entered: %1, %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Villages and communities</source>
        <translation>2. Villages and communities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households are registered in a village or community of the township. Enter them, or paste the list with their 12-digit codes; the county&apos;s list is added at enrolment.</source>
        <translation>Households are registered in a village or community of the township. Enter them, or paste the list with their 12-digit codes; the county&apos;s list is added at enrolment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the &amp;villages…</source>
        <translation>Enter the &amp;villages…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None entered yet.</source>
        <translation>None entered yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n village(s) and communities entered.</source>
        <translation>
            <numerusform>%n village and communities entered.</numerusform>
            <numerusform>%n villages and communities entered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Accounts for the workers</source>
        <translation>3. Accounts for the workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each worker signs in with an account of their own, so the audit log says who did what. Add the station&apos;s workers now.</source>
        <translation>Each worker signs in with an account of their own, so the audit log says who did what. Add the station&apos;s workers now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;accounts…</source>
        <translation>Open the &amp;accounts…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. The daily backup</source>
        <translation>4. The daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day Xianjie writes an encrypted copy of the casebook to a folder, best on a second disk or a USB stick. Choose the folder and a passphrase, and write the passphrase down.</source>
        <translation>Once a day Xianjie writes an encrypted copy of the casebook to a folder, best on a second disk or a USB stick. Choose the folder and a passphrase, and write the passphrase down.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the &amp;backup…</source>
        <translation>Set up the &amp;backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up yet: the status bar will remind you.</source>
        <translation>Not set up yet: the status bar will remind you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups go to %1.</source>
        <translation>Backups go to %1.</translation>
    </message>
</context>
<context>
    <name>xianjie::FormParts</name>
    <message>
        <location filename="../ui/widgets/FormParts.cpp" line="+158"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>xianjie::HelpDialog</name>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="+13"/>
        <source>Help: households</source>
        <translation>Help: households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: visits</source>
        <translation>Help: visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: referrals</source>
        <translation>Help: referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: sync with the county</source>
        <translation>Help: sync with the county</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The households of the station: each with its members, assistance categories, needs, consents, referrals and the help it received.</source>
        <translation>The households of the station: each with its members, assistance categories, needs, consents, referrals and the help it received.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a household by typing in the search box: a name, pinyin or its initials (zs for 张三), part of an ID number, or a village.</source>
        <translation>Find a household by typing in the search box: a name, pinyin or its initials (zs for 张三), part of an ID number, or a village.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow the list with Village, Category and Status; click a column header to sort the whole list; Ctrl+End goes to the last household.</source>
        <translation>Narrow the list with Village, Category and Status; click a column header to sort the whole list; Ctrl+End goes to the last household.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register household (Ctrl+N) records a new household with its head. An ID number fills in the birth date and sex; what you do not know stays &quot;not known&quot;.</source>
        <translation>Register household (Ctrl+N) records a new household with its head. An ID number fills in the birth date and sex; what you do not know stays &quot;not known&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the right: edit the household, add or edit members, add categories, record help received, plan a visit. History shows everything that happened to the household, with who did it.</source>
        <translation>On the right: edit the household, add or edit members, add categories, record help received, plan a visit. History shows everything that happened to the household, with who did it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID numbers, health and disability stay hidden; &quot;Show hidden data&quot; shows them for one member and is written to the audit log.</source>
        <translation>ID numbers, health and disability stay hidden; &quot;Show hidden data&quot; shows them for one member and is written to the audit log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visits planned for the station&apos;s households: overdue ones first, then today&apos;s and this week&apos;s.</source>
        <translation>The visits planned for the station&apos;s households: overdue ones first, then today&apos;s and this week&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a visit to record it: the date, whom you met, what you found, the six self-care activities, the services delivered. The next visit is planned by itself.</source>
        <translation>Double-click a visit to record it: the date, whom you met, what you found, the six self-care activities, the services delivered. The next visit is planned by itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Print visit list… prints the visits due in one village for the next two weeks, with phone numbers and room to write, to take along.</source>
        <translation>Casework → Print visit list… prints the visits due in one village for the next two weeks, with phone numbers and room to write, to take along.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Visit plan… sets how often priority households (seriously ill, elderly who cannot care for themselves) and the others are visited.</source>
        <translation>Casework → Visit plan… sets how often priority households (seriously ill, elderly who cannot care for themselves) and the others are visited.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referrals to charities, and leads that charities report to the station, in both directions.</source>
        <translation>Referrals to charities, and leads that charities report to the station, in both directions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a referral from a household&apos;s need: the wizard ranks the charity projects that fit and says why, asks for the consent that covers what is shared, and prints the letter.</source>
        <translation>Start a referral from a household&apos;s need: the wizard ranks the charity projects that fit and says why, asks for the consent that covers what is shared, and prints the letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral letter carries a reply slip for the charity to send back; record its answer (accepted, declined, returned) and the help given when the referral is completed.</source>
        <translation>The referral letter carries a reply slip for the charity to send back; record its answer (accepted, declined, returned) and the help given when the referral is completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Record a lead from a charity… registers a person a charity found; follow it until the application is decided.</source>
        <translation>Casework → Record a lead from a charity… registers a person a charity found; follow it until the application is decided.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Charity directory… lists the organisations and projects; a CSV file can be imported.</source>
        <translation>Casework → Charity directory… lists the organisations and projects; a CSV file can be imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station&apos;s changes go to the county, and the county&apos;s back, over the network when the county server is set up, or by a USB stick.</source>
        <translation>The station&apos;s changes go to the county, and the county&apos;s back, over the network when the county server is set up, or by a USB stick.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online: the station syncs by itself when the network allows; the status bar says when it last did. Sync now tries at once.</source>
        <translation>Online: the station syncs by itself when the network allows; the status bar says when it last did. Sync now tries at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By USB stick: Export bundle to… writes the changes to the stick; the county imports them and gives back its own bundle, which you import here.</source>
        <translation>By USB stick: Export bundle to… writes the changes to the stick; the county imports them and gives back its own bundle, which you import here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent twice and nothing is lost: a bundle that arrives twice is recognised, one that comes early is kept until the one before it arrives.</source>
        <translation>Nothing is sent twice and nothing is lost: a bundle that arrives twice is recognised, one that comes early is kept until the one before it arrives.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change is kept in the audit log (Account → Audit log…) with who made it and when.</source>
        <translation>Every change is kept in the audit log (Account → Audit log…) with who made it and when.</translation>
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
        <location filename="../ui/models/HouseholdListModel.cpp" line="+85"/>
        <source>Found through the member %1.</source>
        <translation>Found through the member %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (member: %2)</source>
        <translation>%1 (member: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+20"/>
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
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdPage</name>
    <message>
        <location filename="../ui/views/HouseholdPage.cpp" line="+82"/>
        <source>Choose a household from the list, or register a new one.</source>
        <translation>Choose a household from the list, or register a new one.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit household…</source>
        <translation>&amp;Edit household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>C&amp;lose household…</source>
        <translation>C&amp;lose household…</translation>
    </message>
    <message>
        <location line="-176"/>
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
        <location line="+1"/>
        <source>Plan a &amp;visit…</source>
        <translation>Plan a &amp;visit…</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+15"/>
        <source>Record &amp;help…</source>
        <translation>Record &amp;help…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-195"/>
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
        <location line="+6"/>
        <source>Help received</source>
        <translation>Help received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
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
        <location line="+10"/>
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
        <location line="+22"/>
        <source>Re&amp;open household</source>
        <translation>Re&amp;open household</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+146"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="-354"/>
        <source>Help from government and charities, newest first.</source>
        <translation>Help from government and charities, newest first.</translation>
    </message>
    <message>
        <location line="+366"/>
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
        <location filename="../core/storage/HouseholdRepository.cpp" line="+117"/>
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
        <location line="+44"/>
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
        <location line="+49"/>
        <source>A category cannot end before it starts.</source>
        <translation>A category cannot end before it starts.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no later than %1.</source>
        <translation>Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no later than %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The household is already in this category from %1; end that period first.</source>
        <translation>The household is already in this category from %1; end that period first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A review cannot be due before the category starts.</source>
        <translation>A review cannot be due before the category starts.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>This category record no longer exists.</source>
        <translation>This category record no longer exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next review must be after today.</source>
        <translation>The next review must be after today.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category ends on %1; plan the next review no later.</source>
        <translation>The category ends on %1; plan the next review no later.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the name of the village or community.</source>
        <translation>Enter the name of the village or community.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A village with code %1 is already on the list.</source>
        <translation>A village with code %1 is already on the list.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+80"/>
        <source>This household is not in the casebook.</source>
        <translation>This household is not in the casebook.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>This person is not in the casebook.</source>
        <translation>This person is not in the casebook.</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location line="+18"/>
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
        <location line="+4"/>
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
        <location filename="../core/rules/Labels.cpp" line="+16"/>
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
        <location line="+10"/>
        <location line="+10"/>
        <location line="+31"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
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
        <location line="+398"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="-397"/>
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
        <location line="+9"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+358"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-357"/>
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
        <location line="+361"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="-360"/>
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
        <location line="+349"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cause of hardship</source>
        <translation>Cause of hardship</translation>
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
        <location line="+112"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered with</source>
        <translation>Registered with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From status</source>
        <translation>From status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To status</source>
        <translation>To status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found</source>
        <translation>Person found</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period until</source>
        <translation>Period until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public fundraising</source>
        <translation>Public fundraising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location line="+2"/>
        <source>Charity organisation</source>
        <translation>Charity organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity project</source>
        <translation>Charity project</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+94"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without legal capacity</source>
        <translation>Without legal capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords</source>
        <translation>Wrong passwords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities not managed alone</source>
        <translation>Activities not managed alone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project number</source>
        <translation>Project number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places taken</source>
        <translation>Places taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure page</source>
        <translation>Disclosure page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified on</source>
        <translation>Identified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s ID number</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s relation</source>
        <translation>Guardian&apos;s relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose in detail</source>
        <translation>Purpose in detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept at most</source>
        <translation>Kept at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness of verbal consent</source>
        <translation>Witness of verbal consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was withdrawn</source>
        <translation>How it was withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient told on</source>
        <translation>Recipient told on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents as</source>
        <translation>Consents as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of help</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of help</source>
        <translation>Value of help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number of the person found</source>
        <translation>ID number of the person found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone of the person found</source>
        <translation>Phone of the person found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village of the person found</source>
        <translation>Village of the person found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on</source>
        <translation>Shared on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received</source>
        <translation>Help received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral step</source>
        <translation>Referral step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosed item</source>
        <translation>Disclosed item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consented item</source>
        <translation>Consented item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person consenting</source>
        <translation>Person consenting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service at a visit</source>
        <translation>Service at a visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not happen</source>
        <translation>Did not happen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: all six managed alone</source>
        <translation>none: all six managed alone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not timed</source>
        <translation>not timed</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>through the guardian</source>
        <translation>through the guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for themselves</source>
        <translation>for themselves</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From a charity</source>
        <translation>From a charity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To a charity</source>
        <translation>To a charity</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <source>Employment</source>
        <comment>short need type, for a chart&apos;s axis</comment>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>short need type, for a chart&apos;s axis</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can wait</source>
        <translation>Can wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+259"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Found on a visit</source>
        <translation>Found on a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application by the household</source>
        <translation>Application by the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a charity</source>
        <translation>Reported by a charity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elderly who cannot care for themselves</source>
        <translation>Elderly who cannot care for themselves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled people</source>
        <translation>Disabled people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seriously ill people</source>
        <translation>Seriously ill people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-income households</source>
        <translation>Low-income households</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deregistered</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sex and age</source>
        <translation>Sex and age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance categories</source>
        <translation>Assistance categories</translation>
    </message>
    <message>
        <location line="-312"/>
        <location line="+313"/>
        <source>Monthly income per person</source>
        <translation>Monthly income per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the need</source>
        <translation>Description of the need</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-care ability</source>
        <translation>Self-care ability</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed on paper</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic signature</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded verbally, with a witness</source>
        <translation>Recorded verbally, with a witness</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping</source>
        <translation>Helping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application assisted</source>
        <translation>Application assisted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="-357"/>
        <location line="+358"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>xianjie::LeadDialog</name>
    <message>
        <location filename="../ui/dialogs/LeadDialog.cpp" line="+21"/>
        <source>Lead from a charity</source>
        <translation>Lead from a charity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A charity tells the station about someone who may be eligible for government help. Record it here and follow it until the application is decided.</source>
        <translation>A charity tells the station about someone who may be eligible for government help. Record it here and follow it until the application is decided.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reported by:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the charity knows it</source>
        <translation>if the charity knows it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Village or address:</source>
        <translation>&amp;Village or address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 低保, 特困, 临时救助</source>
        <translation>for example 低保, 特困, 临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help that may &amp;apply:</source>
        <translation>Help that may &amp;apply:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported &amp;on:</source>
        <translation>Reported &amp;on:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the charity to the directory first.</source>
        <translation>Add the charity to the directory first.</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImportWizard</name>
    <message>
        <location filename="../ui/dialogs/LedgerImportWizard.cpp" line="+67"/>
        <location line="+45"/>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Which ledger?</source>
        <translation>Which ledger?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A roll of households (花名册) or a payment list (发放台账), saved by Excel or WPS as a workbook (.xlsx) or as CSV. Nothing is written until the last step.</source>
        <translation>A roll of households (花名册) or a payment list (发放台账), saved by Excel or WPS as a workbook (.xlsx) or as CSV. Nothing is written until the last step.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file of the ledger</source>
        <translation>Choose the file of the ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As found in the file</source>
        <translation>As found in the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which column holds what?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column of the ledger is imported as, and correct what is wrong. A column set to &quot;%1&quot; is left out.</source>
        <translation>Check what each column of the ledger is imported as, and correct what is wrong. A column set to &quot;%1&quot; is left out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Households and their members (花名册)</source>
        <translation>Households and their members (花名册)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments to people in the casebook (发放台账)</source>
        <translation>Payments to people in the casebook (发放台账)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger lists:</source>
        <translation>The ledger lists:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column headings in row:</source>
        <translation>Column headings in row:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The columns as the headings of row %1 name them.</source>
        <translation>The columns as the headings of row %1 name them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every row as the importer judges it, before anything is written.</source>
        <translation>Every row as the importer judges it, before anything is written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households already in the casebook:</source>
        <translation>Households already in the casebook:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave as they are</source>
        <translation>leave as they are</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update address, phone, village, new members and category</source>
        <translation>update address, phone, village, new members and category</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import only the valid rows and leave out the refused ones (with their households)</source>
        <translation>Import only the valid rows and leave out the refused ones (with their households)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every row</source>
        <translation>every row</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Read the file again</source>
        <translation>&amp;Read the file again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After correcting the ledger in Excel or WPS and saving it</source>
        <translation>After correcting the ledger in Excel or WPS and saving it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens, or why not</source>
        <translation>What happens, or why not</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file&apos;s headings have changed: the columns are read from them again. Check them on the previous page.</source>
        <translation>The file&apos;s headings have changed: the columns are read from them again. Check them on the previous page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n row(s) with something in them.</source>
        <translation>
            <numerusform>%n row with something in it.</numerusform>
            <numerusform>%n rows with something in them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Chinese below looks garbled, choose the other encoding.</source>
        <translation>If the Chinese below looks garbled, choose the other encoding.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The columns as you set them for a file of the same layout. Check them.</source>
        <translation>The columns as you set them for a file of the same layout. Check them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns as their headings name them (row %1). Check them.</source>
        <translation>The columns as their headings name them (row %1). Check them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row of the first 30 names the columns (姓名, 身份证号码, …). Say which row holds the headings, and what each column holds.</source>
        <translation>No row of the first 30 names the columns (姓名, 身份证号码, …). Say which row holds the headings, and what each column holds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is imported as batch %2.</source>
        <translation>%1 is imported as batch %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+11"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Checking the ledger…</source>
        <translation>Checking the ledger…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to import: no row adds or changes anything.</source>
        <translation>Nothing to import: no row adds or changes anything.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are refused. Correct them in the file and read it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row is refused. Correct it in the file and read it again, or import only the valid rows.</numerusform>
            <numerusform>%n rows are refused. Correct them in the file and read it again, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refused rows will be left out.</source>
        <translation>The refused rows will be left out.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Villages not on the station&apos;s list (add them under Casework → Villages and communities, or correct the file): %1</source>
        <translation>Villages not on the station&apos;s list (add them under Casework → Villages and communities, or correct the file): %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+119"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Rows left out: %1. They are still in the file: correct them there and import the file again; what is already in the casebook is not added twice.</source>
        <translation>Rows left out: %1. They are still in the file: correct them there and import the file again; what is already in the casebook is not added twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log (Account → Audit log) has an entry naming the file and these counts under this batch number, and the batch keeps which record came from which row of the file.</source>
        <translation>The audit log (Account → Audit log) has an entry naming the file and these counts under this batch number, and the batch keeps which record came from which row of the file.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>People not in the casebook (register their households first): %1</source>
        <translation>People not in the casebook (register their households first): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing a ledger…</source>
        <translation>Importing a ledger…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped: nothing was imported.</source>
        <translation>Stopped: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImporter</name>
    <message>
        <location filename="../core/storage/LedgerImporter.cpp" line="+79"/>
        <source>The mapping&apos;s kind is &quot;%1&quot;; it is households or payments.</source>
        <translation>The mapping&apos;s kind is &quot;%1&quot;; it is households or payments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping gives no header row (header_row, 1 for the first row).</source>
        <translation>The mapping gives no header row (header_row, 1 for the first row).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping names an unknown column &quot;%1&quot;.</source>
        <translation>The mapping names an unknown column &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is in an older spreadsheet format. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>%1 is in an older spreadsheet format. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The workbook has %n sheet(s); there is no sheet %1.</source>
        <translation>
            <numerusform>The workbook has %n sheet; there is no sheet %1.</numerusform>
            <numerusform>The workbook has %n sheets; there is no sheet %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 64 MB; that is not a station&apos;s ledger.</source>
        <translation>%1 is larger than 64 MB; that is not a station&apos;s ledger.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no rows to import.</source>
        <translation>%1 has no rows to import.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the casebook: will be updated</source>
        <translation>In the casebook: will be updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the casebook</source>
        <translation>Already in the casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a person&apos;s row</source>
        <translation>Not a person&apos;s row</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rows: %1 added, %2 updated, %3 already in the casebook, %4 refused, %5 skipped.</source>
        <translation>Rows: %1 added, %2 updated, %3 already in the casebook, %4 refused, %5 skipped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows to add, %2 to update, %3 already in the casebook, %4 refused, %5 skipped.</source>
        <translation>%1 rows to add, %2 to update, %3 already in the casebook, %4 refused, %5 skipped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments recorded: %1.</source>
        <translation>Payments recorded: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments to record: %1.</source>
        <translation>Payments to record: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households added: %1, updated: %2; people added: %3; categories added: %4.</source>
        <translation>Households added: %1, updated: %2; people added: %3; categories added: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households to add: %1, to update: %2; people to add: %3; categories to add: %4.</source>
        <translation>Households to add: %1, to update: %2; people to add: %3; categories to add: %4.</translation>
    </message>
    <message>
        <location line="+576"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-498"/>
        <source>Say which row holds the column headings: no row names the columns (姓名, 身份证号码, …).</source>
        <translation>Say which row holds the column headings: no row names the columns (姓名, 身份证号码, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Say which column holds the names (姓名).</source>
        <translation>Say which column holds the names (姓名).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A payment list needs a column for the amount (金额) and one for the month (月份).</source>
        <translation>A payment list needs a column for the amount (金额) and one for the month (月份).</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../ui/dialogs/LedgerImportWizard.cpp" line="-77"/>
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="-67"/>
        <source>Blank row.</source>
        <translation>Blank row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals row.</source>
        <translation>Totals row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No name and no ID number: a note, not a person.</source>
        <translation>No name and no ID number: a note, not a person.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID number was stored by Excel as a number and has lost its last digits. Format the column as text, type the number again and import the file again.</source>
        <translation>The ID number was stored by Excel as a number and has lost its last digits. Format the column as text, type the number again and import the file again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The birth date %1 does not match the ID number (%2).</source>
        <translation>The birth date %1 does not match the ID number (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth month %1 does not match the ID number (%2).</source>
        <translation>The birth month %1 does not match the ID number (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date &quot;%1&quot; has no day; enter the whole date or the ID number.</source>
        <translation>The birth date &quot;%1&quot; has no day; enter the whole date or the ID number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>&quot;%1&quot; is not a date that exists.</source>
        <translation>&quot;%1&quot; is not a date that exists.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not a sex (男 or 女).</source>
        <translation>&quot;%1&quot; is not a sex (男 or 女).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex %1 does not match the ID number.</source>
        <translation>The sex %1 does not match the ID number.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount is missing.</source>
        <translation>The amount is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The month is missing.</source>
        <translation>The month is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a month (2026-10 or 2026年10月).</source>
        <translation>&quot;%1&quot; is not a month (2026-10 or 2026年10月).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month %1 has not come yet.</source>
        <translation>The month %1 has not come yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relation to the head of household is missing.</source>
        <translation>The relation to the head of household is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a relation word the importer knows (户主, 配偶, 子, 女, 父亲, 其他, …).</source>
        <translation>&quot;%1&quot; is not a relation word the importer knows (户主, 配偶, 子, 女, 父亲, 其他, …).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relation &quot;%1&quot; does not match the sex in the ID number.</source>
        <translation>The relation &quot;%1&quot; does not match the sex in the ID number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village &quot;%1&quot; is not on the station&apos;s village list.</source>
        <translation>The village &quot;%1&quot; is not on the station&apos;s village list.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an assistance category the importer knows (低保, 特困, 低保边缘, …).</source>
        <translation>&quot;%1&quot; is not an assistance category the importer knows (低保, 特困, 低保边缘, …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rigid-expenditure hardship is recognised until an end date the ledger does not give; add this category by hand.</source>
        <translation>Rigid-expenditure hardship is recognised until an end date the ledger does not give; add this category by hand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The category cannot start in the future.</source>
        <translation>The category cannot start in the future.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The same person, month and programme as row %1.</source>
        <translation>The same person, month and programme as row %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same person as row %1.</source>
        <translation>The same person as row %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Several people in the casebook have this name; the row needs the ID number.</source>
        <translation>Several people in the casebook have this name; the row needs the ID number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This person is not in the casebook; register the household first.</source>
        <translation>This person is not in the casebook; register the household first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From the payment list %1</source>
        <translation>From the payment list %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from the payment list %2</source>
        <translation>%1, from the payment list %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This payment is already in the help ledger.</source>
        <translation>This payment is already in the help ledger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help ledger of %1.</source>
        <translation>Help ledger of %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The household number is missing.</source>
        <translation>The household number is missing.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This household has several rows, and without a relation column the ledger does not say who is the head.</source>
        <translation>This household has several rows, and without a relation column the ledger does not say who is the head.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No head of household above this row (户主).</source>
        <translation>No head of household above this row (户主).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household %1 has no head of household (户主).</source>
        <translation>Household %1 has no head of household (户主).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 has %2 heads of household.</source>
        <translation>Household %1 has %2 heads of household.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The address is missing.</source>
        <translation>The address is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village or community is missing.</source>
        <translation>The village or community is missing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The station keeps a village list; map the column that names the village.</source>
        <translation>The station keeps a village list; map the column that names the village.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The members of this household are registered in different households: %1.</source>
        <translation>The members of this household are registered in different households: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A person with the same name and birth date is already registered in %1, and this row has no ID number to tell them apart; register them by hand.</source>
        <translation>A person with the same name and birth date is already registered in %1, and this row has no ID number to tell them apart; register them by hand.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+55"/>
        <source>Not imported with its household: another of its rows is refused.</source>
        <translation>Not imported with its household: another of its rows is refused.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This household is in the casebook (%1) with another head; change the head there by hand.</source>
        <translation>This household is in the casebook (%1) with another head; change the head there by hand.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>In the casebook: %1. Left as it is.</source>
        <translation>In the casebook: %1. Left as it is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new member of %1.</source>
        <translation>A new member of %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the ledger&apos;s address, phone, village or category will be written.</source>
        <translation>%1: the ledger&apos;s address, phone, village or category will be written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the casebook: %1.</source>
        <translation>In the casebook: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A new household with %n member(s).</source>
        <translation>
            <numerusform>A new household with %n member.</numerusform>
            <numerusform>A new household with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member of the new household of row %1.</source>
        <translation>A member of the new household of row %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Nothing was imported: %n row(s) are refused. Correct them in the file, or import only the valid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is refused. Correct it in the file, or import only the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows are refused. Correct them in the file, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was imported. Row %1: %2</source>
        <translation>Nothing was imported. Row %1: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImportsDialog</name>
    <message>
        <location filename="../ui/dialogs/LedgerImportsDialog.cpp" line="+22"/>
        <source>Ledger imports</source>
        <translation>Ledger imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ledger imported into this casebook, newest first. Choose one to see which record came from which row of its file.</source>
        <translation>Every ledger imported into this casebook, newest first. Choose one to see which record came from which row of its file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households added</source>
        <translation>Households added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People added</source>
        <translation>People added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No ledger has been imported yet: File → Import a ledger (Excel or CSV)…</source>
        <translation>No ledger has been imported yet: File → Import a ledger (Excel or CSV)…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>From %1 (batch %2): %n record(s).</source>
        <translation>
            <numerusform>From %1 (batch %2): %n record.</numerusform>
            <numerusform>From %1 (batch %2): %n records.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerWords</name>
    <message>
        <location filename="../core/io/LedgerWords.cpp" line="+91"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household number</source>
        <translation>Household number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistance category</source>
        <translation>Assistance category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category since</source>
        <translation>Category since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly income per person (yuan)</source>
        <translation>Monthly income per person (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month paid</source>
        <translation>Month paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>xianjie::LinkageReport</name>
    <message>
        <location filename="../core/report/LinkageReport.cpp" line="+98"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Linkage report, %1, %2</source>
        <translation>Linkage report, %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linkage report, %1</source>
        <translation>Linkage report, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals sent in the period and how far they went</source>
        <translation>Referrals sent in the period and how far they went</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrals</source>
        <translation>referrals</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+126"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Help received by source and form (yuan)</source>
        <translation>Help received by source and form (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <location line="+9"/>
        <location line="+49"/>
        <location line="+8"/>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Needs identified and met in the period, by type</source>
        <translation>Needs identified and met in the period, by type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Report on the linkage of government assistance and charity help</source>
        <translation>Report on the linkage of government assistance and charity help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: %1 to %2. Prepared on %3 from the casebook. Counts only: this report names no person and shows no ID number.</source>
        <translation>Period: %1 to %2. Prepared on %3 from the casebook. Counts only: this report names no person and shows no ID number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Overview</source>
        <translation>1. Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households on the books</source>
        <translation>Households on the books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in them</source>
        <translation>People in them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households registered</source>
        <translation>Households registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households closed</source>
        <translation>Households closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs identified</source>
        <translation>Needs identified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs met</source>
        <translation>Needs met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals to charities sent</source>
        <translation>Referrals to charities sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals completed</source>
        <translation>Referrals completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads reported by charities</source>
        <translation>Leads reported by charities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads approved for assistance</source>
        <translation>Leads approved for assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government help (yuan)</source>
        <translation>Government help (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity help (yuan)</source>
        <translation>Charity help (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits done / due</source>
        <translation>Visits done / due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits overdue</source>
        <translation>Visits overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Households and people</source>
        <translation>2. Households and people</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+19"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Needs</source>
        <translation>3. Needs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open at the end</source>
        <translation>Open at the end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Referrals to charities</source>
        <translation>4. Referrals to charities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 referrals sent; %2 accepted, %3 completed, %4 declined, %5 returned, %6 still open. Days to the charity&apos;s answer: median %7, 90% within %8. Days to completion: median %9.</source>
        <translation>%1 referrals sent; %2 accepted, %3 completed, %4 declined, %5 returned, %6 still open. Days to the charity&apos;s answer: median %7, 90% within %8. Days to completion: median %9.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+38"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+27"/>
        <location line="+11"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Declined or returned</source>
        <translation>Declined or returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to answer, median</source>
        <translation>Days to answer, median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to answer, 90%</source>
        <translation>Days to answer, 90%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to complete, median</source>
        <translation>Days to complete, median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral was sent in this period.</source>
        <translation>No referral was sent in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Leads from charities</source>
        <translation>5. Leads from charities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Being checked</source>
        <translation>Being checked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application assisted</source>
        <translation>Application assisted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charity reported anyone in this period.</source>
        <translation>No charity reported anyone in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6. Help received</source>
        <translation>6. Help received</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source and form</source>
        <translation>Source and form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>7. Campaigns</source>
        <translation>7. Campaigns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help (yuan)</source>
        <translation>Help (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral to a campaign project was sent in this period.</source>
        <translation>No referral to a campaign project was sent in this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>8. Stations</source>
        <translation>8. Stations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>9. To follow up</source>
        <translation>9. To follow up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8. To follow up</source>
        <translation>8. To follow up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits overdue: %1. Category reviews due in the period: %2, done: %3, overdue: %4.</source>
        <translation>Visits overdue: %1. Category reviews due in the period: %2, done: %3, overdue: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Referrals still waiting for the charity&apos;s answer past its due date (%n):</source>
        <translation>
            <numerusform>Referrals still waiting for the charity&apos;s answer past its due date (%n):</numerusform>
            <numerusform>Referrals still waiting for the charity&apos;s answer past its due date (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days over</source>
        <translation>Days over</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Referrals declined or returned in the period (%n):</source>
        <translation>
            <numerusform>Referrals declined or returned in the period (%n):</numerusform>
            <numerusform>Referrals declined or returned in the period (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by: %1    Checked by: %2</source>
        <translation>Prepared by: %1    Checked by: %2</translation>
    </message>
</context>
<context>
    <name>xianjie::ListExport</name>
    <message>
        <location filename="../core/report/ListExport.cpp" line="+49"/>
        <source>The export was stopped; no file was written.</source>
        <translation>The export was stopped; no file was written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households and members</source>
        <translation>Households and members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
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
        <location line="+24"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household No.</source>
        <translation>Household No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household phone</source>
        <translation>Household phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
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
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
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
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+76"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ID number</source>
        <translation>Their ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their phone</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a charity</source>
        <translation>To a charity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>From a charity</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who was met</source>
        <translation>Who was met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1: %n row(s), %2, to %3</source>
        <translation>
            <numerusform>%1: %n row, %2, to %3</numerusform>
            <numerusform>%1: %n rows, %2, to %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unmasked (ID numbers, phones and health in full)</source>
        <translation>unmasked (ID numbers, phones and health in full)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>masked</source>
        <translation>masked</translation>
    </message>
</context>
<context>
    <name>xianjie::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+76"/>
        <source>%1 — Xianjie casebook</source>
        <translation>%1 — Xianjie casebook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by name, pinyin (zs for 张三), ID number or village</source>
        <translation>Search by name, pinyin (zs for 张三), ID number or village</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+11"/>
        <location line="+5"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Referrals (%1 open, %2 overdue)</source>
        <translation>Referrals (%1 open, %2 overdue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals (%1 open)</source>
        <translation>Referrals (%1 open)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <source>E&amp;xport a list…</source>
        <translation>E&amp;xport a list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a ledger (Excel or CSV)…</source>
        <translation>&amp;Import a ledger (Excel or CSV)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ledger imports…</source>
        <translation>&amp;Ledger imports…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linkage &amp;report…</source>
        <translation>Linkage &amp;report…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find household</source>
        <translation>&amp;Find household</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charity &amp;directory…</source>
        <translation>Charity &amp;directory…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages and c&amp;ommunities…</source>
        <translation>Villages and c&amp;ommunities…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a &amp;lead from a charity…</source>
        <translation>Record a &amp;lead from a charity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer time for charities…</source>
        <translation>&amp;Answer time for charities…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visit plan…</source>
        <translation>&amp;Visit plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print visit list…</source>
        <translation>&amp;Print visit list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Station &amp;contact…</source>
        <translation>Station &amp;contact…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&amp;Help for this screen</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+17"/>
        <source>Automatic backup is off — set it up</source>
        <translation>Automatic backup is off — set it up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the casebook</source>
        <translation>Cannot read the casebook</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>as filtered</source>
        <translation>as filtered</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export a list</source>
        <translation>Export a list</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting %1: %2 of %3…</source>
        <translation>Exporting %1: %2 of %3…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another task is running (a bundle or a backup); export when it has finished.</source>
        <translation>Another task is running (a bundle or a backup); export when it has finished.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set up the daily backup</source>
        <translation>Set up the daily backup</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation>Wait until the work in progress has finished, then try again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is restored to %1. Open the restored casebook now? (This one closes.)</source>
        <translation>The backup is restored to %1. Open the restored casebook now? (This one closes.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>V&amp;illage:</source>
        <translation>V&amp;illage:</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+236"/>
        <location line="+11"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not archived</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stati&amp;on:</source>
        <translation>Stati&amp;on:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the whole list…</source>
        <translation>Loading the whole list…</translation>
    </message>
    <message>
        <location line="-352"/>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+67"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>&amp;Casework</source>
        <translation>&amp;Casework</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Cannot make the report</source>
        <translation>Cannot make the report</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+7"/>
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
        <location line="+29"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location line="-278"/>
        <location line="+282"/>
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
    <name>xianjie::Matching</name>
    <message>
        <location filename="../core/rules/Matching.cpp" line="+67"/>
        <source>Helps with any need, including %1.</source>
        <translation>Helps with any need, including %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offers %1 help.</source>
        <translation>Offers %1 help.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For low-income households; this household is in a category.</source>
        <translation>For low-income households; this household is in a category.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For %1: %2 is one.</source>
        <translation>For %1: %2 is one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meant for %1; no member concerned is.</source>
        <translation>Meant for %1; no member concerned is.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serves this village.</source>
        <translation>Serves this village.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves this township.</source>
        <translation>Serves this township.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves this county.</source>
        <translation>Serves this county.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s) left.</source>
        <translation>
            <numerusform>%n place left.</numerusform>
            <numerusform>%n places left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends soon, on %1.</source>
        <translation>Ends soon, on %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The household already received %1 help from this charity in the last 12 months.</source>
        <translation>The household already received %1 help from this charity in the last 12 months.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household already received %1 help from another charity in the last 12 months.</source>
        <translation>The household already received %1 help from another charity in the last 12 months.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The household already receives government help for this need.</source>
        <translation>The household already receives government help for this need.</translation>
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
        <location line="+21"/>
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
    <name>xianjie::NeedDialog</name>
    <message>
        <location filename="../ui/dialogs/NeedDialog.cpp" line="+36"/>
        <source>Record a need</source>
        <translation>Record a need</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole household</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whose need:</source>
        <translation>&amp;Whose need:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is needed, in a sentence or two</source>
        <translation>What is needed, in a sentence or two</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yuan, if known</source>
        <translation>yuan, if known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;amount:</source>
        <translation>Estimated &amp;amount:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Known from:</source>
        <translation>&amp;Known from:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
</context>
<context>
    <name>xianjie::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="+40"/>
        <source>A need belongs to a household; choose one.</source>
        <translation>A need belongs to a household; choose one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person is not a member of this household.</source>
        <translation>The person is not a member of this household.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of need.</source>
        <translation>Choose the kind of need.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the need in a few words.</source>
        <translation>Describe the need in a few words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how urgent the need is.</source>
        <translation>Choose how urgent the need is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the need became known.</source>
        <translation>Say how the need became known.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need is recorded once it is known; the date is in the future.</source>
        <translation>A need is recorded once it is known; the date is in the future.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the need&apos;s status.</source>
        <translation>Choose the need&apos;s status.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This need is not in the casebook.</source>
        <translation>This need is not in the casebook.</translation>
    </message>
</context>
<context>
    <name>xianjie::NewCasebookDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCasebookDialog.cpp" line="+22"/>
        <location line="+43"/>
        <source>New casebook</source>
        <translation>New casebook</translation>
    </message>
    <message>
        <location line="-41"/>
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
        <source>Station or office &amp;name:</source>
        <translation>Station or office &amp;name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+8"/>
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
</context>
<context>
    <name>xianjie::OnlineSync</name>
    <message>
        <location filename="../core/sync/OnlineSync.cpp" line="+64"/>
        <source>The county server&apos;s certificate could not be verified. Check the address, or ask the county for its certificate file.</source>
        <translation>The county server&apos;s certificate could not be verified. Check the address, or ask the county for its certificate file.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Nothing answers at the server&apos;s address (no network, or the server is off).</source>
        <translation>Nothing answers at the server&apos;s address (no network, or the server is off).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line to the server broke off or timed out.</source>
        <translation>The line to the server broke off or timed out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure connection could be made to the server.</source>
        <translation>No secure connection could be made to the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not be reached (%1).</source>
        <translation>The server could not be reached (%1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The county server answered with an error (HTTP %1).</source>
        <translation>The county server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The county server&apos;s address should look like https://sync.example.gov.cn or https://10.1.2.3:8443.</source>
        <translation>The county server&apos;s address should look like https://sync.example.gov.cn or https://10.1.2.3:8443.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Online sync runs at a station; the county runs xianjie-server.</source>
        <translation>Online sync runs at a station; the county runs xianjie-server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol the station with its county first.</source>
        <translation>Enrol the station with its county first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No county server address is set: the station syncs by USB stick only.</source>
        <translation>No county server address is set: the station syncs by USB stick only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No temporary folder can be made for the bundles.</source>
        <translation>No temporary folder can be made for the bundles.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>In step with the county</source>
        <translation>In step with the county</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The county holds %n bundle(s) until the missing changes arrive</source>
        <translation>
            <numerusform>The county holds %n bundle until the missing changes arrive</numerusform>
            <numerusform>The county holds %n bundles until the missing changes arrive</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county refused a bundle</source>
        <translation>The county refused a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server was not reached; the station tries again later</source>
        <translation>The county server was not reached; the station tries again later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online sync is not set up</source>
        <translation>Online sync is not set up</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bundle(s) sent (%1 changes)</source>
        <translation>
            <numerusform>%n bundle sent (%1 changes)</numerusform>
            <numerusform>%n bundles sent (%1 changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) the county already had</source>
        <translation>
            <numerusform>%n bundle the county already had</numerusform>
            <numerusform>%n bundles the county already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>county&apos;s news applied (%n change(s))</source>
        <translation>
            <numerusform>county&apos;s news applied (%n change)</numerusform>
            <numerusform>county&apos;s news applied (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) still waiting</source>
        <translation>
            <numerusform>%n change still waiting</numerusform>
            <numerusform>%n changes still waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. </source>
        <translation>. </translation>
    </message>
</context>
<context>
    <name>xianjie::OnlineSyncAgent</name>
    <message numerus="yes">
        <location filename="../ui/OnlineSyncAgent.cpp" line="+177"/>
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n change waiting</numerusform>
            <numerusform> · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing with the county…</source>
        <translation>Syncing with the county…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>The county refused a bundle: %1</source>
        <translation>The county refused a bundle: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>The county holds %n bundle(s) until missing changes arrive</source>
        <translation>
            <numerusform>The county holds %n bundle until missing changes arrive</numerusform>
            <numerusform>The county holds %n bundles until missing changes arrive</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced online yet</source>
        <translation>Not synced online yet</translation>
    </message>
</context>
<context>
    <name>xianjie::OnlineSyncPanel</name>
    <message>
        <location filename="../ui/widgets/OnlineSyncPanel.cpp" line="+17"/>
        <source>Online sync with the county server</source>
        <translation>Online sync with the county server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>County server address:</source>
        <translation>County server address:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (from the county; empty: sync by USB stick only)</source>
        <translation>https://… (from the county; empty: sync by USB stick only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last round at %1: %2</source>
        <translation>Last round at %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrol the station with its county first; then it syncs online by itself when the county has a server.</source>
        <translation>Enrol the station with its county first; then it syncs online by itself when the county has a server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No county server address is set: this station syncs by USB stick only.</source>
        <translation>No county server address is set: this station syncs by USB stick only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>County server address</source>
        <translation>County server address</translation>
    </message>
</context>
<context>
    <name>xianjie::OpApplier</name>
    <message>
        <location filename="../core/sync/OpApplier.cpp" line="+105"/>
        <source>Change %1 of %2 (%3) was refused: %4 Nothing was written.</source>
        <translation>Change %1 of %2 (%3) was refused: %4 Nothing was written.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the casebook has no such table.</source>
        <translation>the casebook has no such table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the change is incomplete.</source>
        <translation>the change is incomplete.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+108"/>
        <source>&quot;%1&quot; is not a column that can be changed.</source>
        <translation>&quot;%1&quot; is not a column that can be changed.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>it changes a record the casebook does not have.</source>
        <translation>it changes a record the casebook does not have.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&quot;%1&quot; is not a kind of change.</source>
        <translation>&quot;%1&quot; is not a kind of change.</translation>
    </message>
</context>
<context>
    <name>xianjie::OrgDialog</name>
    <message>
        <location filename="../ui/dialogs/OrgDialog.cpp" line="+20"/>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18 characters, on the registration certificate</source>
        <translation>18 characters, on the registration certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social &amp;credit code:</source>
        <translation>Unified social &amp;credit code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration &amp;authority:</source>
        <translation>Registration &amp;authority:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact p&amp;hone:</source>
        <translation>Contact p&amp;hone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>division codes, for example 110105 (a county) or 110105100 (a township)</source>
        <translation>division codes, for example 110105 (a county) or 110105100 (a township)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;area:</source>
        <translation>Service &amp;area:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Services:</source>
        <translation>&amp;Services:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target groups:</source>
        <translation>&amp;Target groups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified for public fundraising</source>
        <translation>Qualified for public fundraising</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>xianjie::Paper</name>
    <message>
        <location filename="../core/report/Paper.cpp" line="+47"/>
        <source>____ year __ month __ day</source>
        <translation>____ year __ month __ day</translation>
    </message>
</context>
<context>
    <name>xianjie::Password</name>
    <message>
        <location filename="../core/rules/Password.cpp" line="+27"/>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix letters with digits or other characters in the password.</source>
        <translation>Mix letters with digits or other characters in the password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>xianjie::PdfDocument</name>
    <message>
        <location filename="../ui/print/PdfDocument.cpp" line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page %1 could not be started</source>
        <translation>page %1 could not be started</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be finished</source>
        <translation>the PDF could not be finished</translation>
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
    <message>
        <location line="+2"/>
        <source>change the charity directory</source>
        <translation>change the charity directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record needs, consents and referrals</source>
        <translation>record needs, consents and referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrol the station with its county (the station head does)</source>
        <translation>enrol the station with its county (the station head does)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export lists with ID numbers, phones and health unmasked (the station head may)</source>
        <translation>export lists with ID numbers, phones and health unmasked (the station head may)</translation>
    </message>
</context>
<context>
    <name>xianjie::PersonForm</name>
    <message>
        <location filename="../ui/dialogs/PersonForm.cpp" line="+52"/>
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
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <location line="+6"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Without legal capacity: a guardian consents for this person</source>
        <translation>Without legal capacity: a guardian consents for this person</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1, born %2, %3 years old</source>
        <translation>%1, born %2, %3 years old</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without an ID number, enter sex and birth date.</source>
        <translation>Without an ID number, enter sex and birth date.</translation>
    </message>
</context>
<context>
    <name>xianjie::ProjectDialog</name>
    <message>
        <location filename="../ui/dialogs/ProjectDialog.cpp" line="+25"/>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the charity information platform</source>
        <translation>as on the charity information platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project n&amp;umber:</source>
        <translation>Project n&amp;umber:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Services:</source>
        <translation>&amp;Services:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target groups:</source>
        <translation>&amp;Target groups:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>division codes; empty: the organisation&apos;s service area</source>
        <translation>division codes; empty: the organisation&apos;s service area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yuan; empty: not limited</source>
        <translation>yuan; empty: not limited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs from</source>
        <translation>Runs from</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example 中华慈善日 春节</source>
        <translation>for example 中华慈善日 春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpaigns:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disclosure link:</source>
        <translation>&amp;Disclosure link:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordVisitDialog</name>
    <message>
        <location filename="../ui/dialogs/RecordVisitDialog.cpp" line="+29"/>
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
        <source>Services delivered (minutes spent)</source>
        <translation>Services delivered (minutes spent)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordWriter</name>
    <message>
        <location filename="../core/storage/RecordWriter.cpp" line="+54"/>
        <location line="+55"/>
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
    <name>xianjie::ReferralDialog</name>
    <message>
        <location filename="../ui/dialogs/ReferralDialog.cpp" line="+43"/>
        <source>Charity &amp;accepted</source>
        <translation>Charity &amp;accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity is &amp;helping</source>
        <translation>Charity is &amp;helping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Completed…</source>
        <translation>&amp;Completed…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declined</source>
        <translation>&amp;Declined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Returned</source>
        <translation>&amp;Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel referral</source>
        <translation>Ca&amp;ncel referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Application assisted</source>
        <translation>&amp;Application assisted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pproved</source>
        <translation>A&amp;pproved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not eligible</source>
        <translation>&amp;Not eligible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Withdrawn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;letter (PDF)…</source>
        <translation>Save &amp;letter (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;packet…</source>
        <translation>Save &amp;packet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to household</source>
        <translation>&amp;Link to household</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To %1%2 for %3 help; household: %4.</source>
        <translation>To %1%2 for %3 help; household: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent on %1; answer due by %2.</source>
        <translation>Sent on %1; answer due by %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: the charity has not answered in time. Call them.</source>
        <translation>Overdue: the charity has not answered in time. Call them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome: %1%2.</source>
        <translation>Outcome: %1%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 yuan</source>
        <translation>, %1 yuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead from %1 about %2 (%3), reported on %4.</source>
        <translation>Lead from %1 about %2 (%3), reported on %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme not named</source>
        <translation>programme not named</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet linked to a registered household.</source>
        <translation>Not yet linked to a registered household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a registered household.</source>
        <translation>Linked to a registered household.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disclosed under consent: %1.</source>
        <translation>Disclosed under consent: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The copies were deleted on %1 when the retention period ended.</source>
        <translation> The copies were deleted on %1 when the retention period ended.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing disclosed.</source>
        <translation>Nothing disclosed.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What did the charity give?</source>
        <translation>What did the charity give?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yuan; leave empty for material help or services</source>
        <translation>yuan; leave empty for material help or services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need is fully met</source>
        <translation>The need is fully met</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the referral letter</source>
        <translation>Save the referral letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral %1 letter.pdf</source>
        <translation>Referral %1 letter.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral letter %1</source>
        <translation>Referral letter %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the referral packet</source>
        <translation>Save the referral packet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral %1 packet.json</source>
        <translation>Referral %1 packet.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral packets (*.json)</source>
        <translation>Referral packets (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one with the lead&apos;s ID number is registered yet. Register the household first.</source>
        <translation>No one with the lead&apos;s ID number is registered yet. Register the household first.</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralDocuments</name>
    <message>
        <location filename="../core/report/ReferralDocuments.cpp" line="+56"/>
        <source>A lead from a charity has no referral letter.</source>
        <translation>A lead from a charity has no referral letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing consent: the consent referral %1 relied on was withdrawn, so its letter and packet can no longer be given to a charity.</source>
        <translation>Missing consent: the consent referral %1 relied on was withdrawn, so its letter and packet can no longer be given to a charity.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referral %1 has the status &quot;%2&quot;: it has no letter or packet to give to a charity.</source>
        <translation>Referral %1 has the status &quot;%2&quot;: it has no letter or packet to give to a charity.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing consent: referral %1 discloses nothing under a consent.</source>
        <translation>Missing consent: referral %1 discloses nothing under a consent.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Missing consent: &quot;%1&quot; of %2 is not covered by the consent it was recorded under.</source>
        <translation>Missing consent: &quot;%1&quot; of %2 is not covered by the consent it was recorded under.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing consent: &quot;%1&quot; of %2 can no longer be given to the charity: %3.</source>
        <translation>Missing consent: &quot;%1&quot; of %2 can no longer be given to the charity: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data of referral %1 was deleted on %2 when the consent&apos;s retention period ended.</source>
        <translation>The data of referral %1 was deleted on %2 when the consent&apos;s retention period ended.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refers the household below to you for %2 help, with the consent of the people concerned. Only the information they agreed to share is given here; please use it only for this purpose and keep it no longer than the consent allows.</source>
        <translation>%1 refers the household below to you for %2 help, with the consent of the people concerned. Only the information they agreed to share is given here; please use it only for this purpose and keep it no longer than the consent allows.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>an ID number identifies the person</source>
        <translation>an ID number identifies the person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it shows the household&apos;s money and assistance</source>
        <translation>it shows the household&apos;s money and assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is health information</source>
        <translation>it is health information</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station contact</source>
        <translation>Station contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(seal)</source>
        <translation>(seal)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <location line="+208"/>
        <source>To %1:</source>
        <translation>To %1:</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Please answer by %1 with the reply slip below, or by phone to the station.</source>
        <translation>Please answer by %1 with the reply slip below, or by phone to the station.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>consent given on %1 by %2 (%3), valid until %4, data kept at most %n month(s)</source>
        <translation>
            <numerusform>consent given on %1 by %2 (%3), valid until %4, data kept at most %n month</numerusform>
            <numerusform>consent given on %1 by %2 (%3), valid until %4, data kept at most %n months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basis: %1.</source>
        <translation>Basis: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <location line="+64"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-225"/>
        <source>If a person withdraws their consent, the station will tell you; stop using their information from then on.</source>
        <translation>If a person withdraws their consent, the station will tell you; stop using their information from then on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply slip</source>
        <translation>Reply slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in and send back to the station, or send a photo of it to the worker named in the letter.</source>
        <translation>Fill in and send back to the station, or send a photo of it to the worker named in the letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We have received your referral letter No. %1 of %2.</source>
        <translation>We have received your referral letter No. %1 of %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We accept it and will provide:</source>
        <translation>We accept it and will provide:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We cannot take it, because:</source>
        <translation>We cannot take it, because:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We need to know more:</source>
        <translation>We need to know more:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referral letter %1</source>
        <translation>Referral letter %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Referral packet %1</source>
        <translation>Referral packet %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Consent to share personal information with a charity</source>
        <translation>Consent to share personal information with a charity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would like to give the information ticked below to the charity named here, so that it can help your household. You decide; saying no changes nothing in the help you get from government. You can withdraw this consent at any time by telling the station; withdrawal does not undo what was already shared.</source>
        <translation>%1 would like to give the information ticked below to the charity named here, so that it can help your household. You decide; saying no changes nothing in the help you get from government. You can withdraw this consent at any time by telling the station; withdrawal does not undo what was already shared.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the charity for at most</source>
        <translation>Kept by the charity for at most</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose information</source>
        <translation>Whose information</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>under 14: consent by the guardian</source>
        <translation>under 14: consent by the guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without legal capacity: consent by the guardian</source>
        <translation>without legal capacity: consent by the guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consents for themselves</source>
        <translation>consents for themselves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information to be shared</source>
        <translation>Information to be shared</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is about a child under 14 (%1)</source>
        <translation>it is about a child under 14 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensitive personal information: %1.</source>
        <translation>Sensitive personal information: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitive personal information is shared only with your separate consent: signing this form gives it for the items marked sensitive above.</source>
        <translation>Sensitive personal information is shared only with your separate consent: signing this form gives it for the items marked sensitive above.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature of the guardian (or fingerprint)</source>
        <translation>Signature of the guardian (or fingerprint)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the person consenting (or fingerprint)</source>
        <translation>Signature of the person consenting (or fingerprint)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, relation: %2, ID number: %3</source>
        <translation>%1, relation: %2, ID number: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station witness</source>
        <translation>Station witness</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To withdraw this consent or ask what was shared, tell %1%2.</source>
        <translation>To withdraw this consent or ask what was shared, tell %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (phone %1)</source>
        <translation> (phone %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice version %1. Printed on %2.</source>
        <translation>Notice version %1. Printed on %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent form for %1</source>
        <translation>Consent form for %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The consent has not been withdrawn; there is nothing to recall.</source>
        <translation>The consent has not been withdrawn; there is nothing to recall.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>referral %1 of %2</source>
        <translation>referral %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice of withdrawn consent</source>
        <translation>Notice of withdrawn consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 the person concerned withdrew the consent given on %2 to share their information with you. From today, please stop using the information received under it and delete it, except where a law requires you to keep it.</source>
        <translation>On %1 the person concerned withdrew the consent given on %2 to share their information with you. From today, please stop using the information received under it and delete it, except where a law requires you to keep it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No information had been sent under this consent.</source>
        <translation>No information had been sent under this consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This concerns: %1.</source>
        <translation>This concerns: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recall notice</source>
        <translation>Recall notice</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralListModel</name>
    <message>
        <location filename="../ui/models/ReferralListModel.cpp" line="+55"/>
        <source>To a charity</source>
        <translation>To a charity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>From a charity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household or person</source>
        <translation>Household or person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need or programme</source>
        <translation>Need or programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent or reported</source>
        <translation>Sent or reported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralRepository</name>
    <message>
        <location filename="../core/storage/ReferralRepository.cpp" line="+183"/>
        <source>The need is no longer open; there is nothing to refer.</source>
        <translation>The need is no longer open; there is nothing to refer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not active in the directory; choose another organisation.</source>
        <translation>%1 is not active in the directory; choose another organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project does not belong to the chosen organisation.</source>
        <translation>The project does not belong to the chosen organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project %1 is not running today.</source>
        <translation>The project %1 is not running today.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing consent: no one in this household has consented to share data with %1 for %2 help. Record the consent first.</source>
        <translation>Missing consent: no one in this household has consented to share data with %1 for %2 help. Record the consent first.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A lead from a charity discloses nothing.</source>
        <translation>A lead from a charity discloses nothing.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1, %n year(s) old</source>
        <translation>
            <numerusform>%1, %n year old</numerusform>
            <numerusform>%1, %n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan a month per person</source>
        <translation>%1 yuan a month per person</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only a draft can be sent; this referral is already %1.</source>
        <translation>Only a draft can be sent; this referral is already %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the charity needs to know; nothing is chosen.</source>
        <translation>Choose what the charity needs to know; nothing is chosen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>someone outside this household</source>
        <translation>someone outside this household</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing consent: no valid consent lets the station give &quot;%1&quot; of %2 to %3 for this purpose. Nothing was sent.</source>
        <translation>Missing consent: no valid consent lets the station give &quot;%1&quot; of %2 to %3 for this purpose. Nothing was sent.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>A referral that is %1 cannot become %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send a referral with what it discloses, from the referral wizard.</source>
        <translation>Send a referral with what it discloses, from the referral wizard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the outcome to complete a referral.</source>
        <translation>Record the outcome to complete a referral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral becomes consent-withdrawn when the consent is withdrawn.</source>
        <translation>A referral becomes consent-withdrawn when the consent is withdrawn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A lead is closed as approved, not eligible or withdrawn.</source>
        <translation>A lead is closed as approved, not eligible or withdrawn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral that is %1 cannot be completed.</source>
        <translation>A referral that is %1 cannot be completed.</translation>
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
        <source>Enter the amount of cash help.</source>
        <translation>Enter the amount of cash help.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral %1: %2</source>
        <translation>Referral %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the name of the person the charity reported.</source>
        <translation>Enter the name of the person the charity reported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the person&apos;s situation as the charity reported it.</source>
        <translation>Describe the person&apos;s situation as the charity reported it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report date is in the future.</source>
        <translation>The report date is in the future.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a lead from a charity is linked to a household later.</source>
        <translation>Only a lead from a charity is linked to a household later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to a registered household.</source>
        <translation>Linked to a registered household.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This referral is not in the casebook.</source>
        <translation>This referral is not in the casebook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No referral has the number %1.</source>
        <translation>No referral has the number %1.</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralWizard</name>
    <message>
        <location filename="../ui/dialogs/ReferralWizard.cpp" line="+39"/>
        <source>Refer to a charity</source>
        <translation>Refer to a charity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which need?</source>
        <translation>Which need?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the open need the charity should help with.</source>
        <translation>Choose the open need the charity should help with.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record a new need…</source>
        <translation>&amp;Record a new need…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which project?</source>
        <translation>Which project?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects of the charity directory that fit this need, best first, with the reasons. Help the household already receives for the same need ranks a project down.</source>
        <translation>Projects of the charity directory that fit this need, best first, with the reasons. Help the household already receives for the same need ranks a project down.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it fits</source>
        <translation>Why it fits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station may give a household&apos;s information to a charity only with the person&apos;s consent for that charity and that purpose.</source>
        <translation>The station may give a household&apos;s information to a charity only with the person&apos;s consent for that charity and that purpose.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the &amp;consent now…</source>
        <translation>Record the &amp;consent now…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the charity will receive</source>
        <translation>What the charity will receive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items a consent covers are listed. The usual minimum for this kind of need is ticked; untick what the charity does not need.</source>
        <translation>Only items a consent covers are listed. The usual minimum for this kind of need is ticked; untick what the charity does not need.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record as sent and write the letter</source>
        <translation>&amp;Record as sent and write the letter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Letter written</source>
        <translation>Letter written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the &amp;letter</source>
        <translation>Open the &amp;letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Referral %1 to %2 is recorded as sent; the charity is asked to answer by %3.

Nothing has left the station yet. The letter and the packet were written to:
Letter: %4
Packet: %5

Print the letter or give both files to the charity. Follow the referral in the Referrals tab.</source>
        <translation>Referral %1 to %2 is recorded as sent; the charity is asked to answer by %3.

Nothing has left the station yet. The letter and the packet were written to:
Letter: %4
Packet: %5

Print the letter or give both files to the charity. Follow the referral in the Referrals tab.</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the letter and packet in:</source>
        <translation>Save the letter and packet in:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to save the letter</source>
        <translation>Where to save the letter</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No consent on record lets the station share this household&apos;s information with %1 for %2 help. Ask the person; if they agree, print the form, have it signed and record the consent now.</source>
        <translation>No consent on record lets the station share this household&apos;s information with %1 for %2 help. Ask the person; if they agree, print the form, have it signed and record the consent now.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Consent given by %1 on %2, valid until %3, covering %n person(s): %4.</source>
        <translation>
            <numerusform>Consent given by %1 on %2, valid until %3, covering %n person: %4.</numerusform>
            <numerusform>Consent given by %1 on %2, valid until %3, covering %n people: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station may share with %1 for %2 help:</source>
        <translation>The station may share with %1 for %2 help:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record another &amp;consent…</source>
        <translation>Record another &amp;consent…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No project in the charity directory fits this need. Add the charities and projects of your area to the directory.</source>
        <translation>No project in the charity directory fits this need. Add the charities and projects of your area to the directory.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensitive)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a folder where the letter can be saved.</source>
        <translation>Choose a folder where the letter can be saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral %1 letter.pdf</source>
        <translation>Referral %1 letter.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral letter %1</source>
        <translation>Referral letter %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referral %1 packet.json</source>
        <translation>Referral %1 packet.json</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralsView</name>
    <message>
        <location filename="../ui/views/ReferralsView.cpp" line="+45"/>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To charities</source>
        <translation>To charities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads from charities</source>
        <translation>Leads from charities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Charity &amp;directory…</source>
        <translation>Charity &amp;directory…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;lead from a charity…</source>
        <translation>Record a &amp;lead from a charity…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open referral…</source>
        <translation>&amp;Open referral…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;household</source>
        <translation>Show &amp;household</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All charities</source>
        <translation>All charities</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (not registered)</source>
        <translation>%1 (not registered)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n referral(s) shown.</source>
        <translation>
            <numerusform>%n referral shown.</numerusform>
            <numerusform>%n referrals shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Answer time for charities</source>
        <translation>Answer time for charities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days a charity has to answer a referral before it shows as overdue:</source>
        <translation>Working days a charity has to answer a referral before it shows as overdue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>xianjie::RelatedHouseholds</name>
    <message>
        <location filename="../core/storage/RelatedHouseholds.cpp" line="+26"/>
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
    <name>xianjie::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialogs.cpp" line="+10"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is restored into a new casebook file; the casebook open now is not touched. If this station already synced with the county, tell the county before working in the restored casebook: it is older than what the county holds.</source>
        <translation>The backup is restored into a new casebook file; the casebook open now is not touched. If this station already synced with the county, tell the county before working in the restored casebook: it is older than what the county holds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xianjie backups (*.xjbackup);;All files (*)</source>
        <translation>Xianjie backups (*.xjbackup);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;to:</source>
        <translation>Restore &amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore to</source>
        <translation>Restore to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Casebooks (*.casebook)</source>
        <translation>Casebooks (*.casebook)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 restored.casebook</source>
        <translation>%1 restored.casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the restored casebook.</source>
        <translation>Choose where to write the restored casebook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose a new file name: a restore never writes over a casebook.</source>
        <translation>%1 already exists. Choose a new file name: a restore never writes over a casebook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Decrypting and checking the backup…</translation>
    </message>
</context>
<context>
    <name>xianjie::Retention</name>
    <message>
        <location filename="../core/storage/Retention.cpp" line="+73"/>
        <source>Disclosed data deleted: the consent&apos;s retention period ended.</source>
        <translation>Disclosed data deleted: the consent&apos;s retention period ended.</translation>
    </message>
</context>
<context>
    <name>xianjie::ServerConfig</name>
    <message>
        <location filename="../app/xianjie-server/ServerConfig.cpp" line="+11"/>
        <source>Usage: xianjie-server --casebook COUNTY.casebook --user ACCOUNT [--listen 127.0.0.1:8470] [--config FILE] [--spool DIR] [--threads N] [--lang zh_CN|en] [--version] [--help]
The account&apos;s password comes from XIANJIE_PASSWORD or from password_file in the config file.</source>
        <translation>Usage: xianjie-server --casebook COUNTY.casebook --user ACCOUNT [--listen 127.0.0.1:8470] [--config FILE] [--spool DIR] [--threads N] [--lang zh_CN|en] [--version] [--help]
The account&apos;s password comes from XIANJIE_PASSWORD or from password_file in the config file.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown or incomplete option &quot;%1&quot;.</source>
        <translation>Unknown or incomplete option &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The config file %1 cannot be read: %2</source>
        <translation>The config file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 of the config file is not &quot;key = value&quot; with a known key.</source>
        <translation>Line %1 of the config file is not &quot;key = value&quot; with a known key.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the county casebook (--casebook) and the account the server acts as (--user).</source>
        <translation>Name the county casebook (--casebook) and the account the server acts as (--user).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--listen takes an address and a port, such as 127.0.0.1:8470.</source>
        <translation>--listen takes an address and a port, such as 127.0.0.1:8470.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--threads takes a number from 2 to 256.</source>
        <translation>--threads takes a number from 2 to 256.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_bundle_mb takes a number from 1 to 1024.</source>
        <translation>max_bundle_mb takes a number from 1 to 1024.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password file %1 cannot be read: %2</source>
        <translation>The password file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the account&apos;s password in XIANJIE_PASSWORD or in a password_file named by the config file.</source>
        <translation>Give the account&apos;s password in XIANJIE_PASSWORD or in a password_file named by the config file.</translation>
    </message>
</context>
<context>
    <name>xianjie::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="+32"/>
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
        <location line="+28"/>
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
        <location line="+10"/>
        <source>You locked the casebook. Enter your password to go on.</source>
        <translation>You locked the casebook. Enter your password to go on.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>xianjie::StationContactDialog</name>
    <message>
        <location filename="../ui/dialogs/StationContactDialog.cpp" line="+17"/>
        <source>Station contact</source>
        <translation>Station contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on referral letters, their reply slips and consent forms, so that a charity or a family knows whom to call at %1.</source>
        <translation>Printed on referral letters, their reply slips and consent forms, so that a charity or a family knows whom to call at %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 0731-84567890</source>
        <translation>for example 0731-84567890</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
</context>
<context>
    <name>xianjie::StationRestore</name>
    <message>
        <location filename="../core/sync/StationRestore.cpp" line="+368"/>
        <source>The county&apos;s bundle is incomplete or damaged (a returned record cannot be read).</source>
        <translation>The county&apos;s bundle is incomplete or damaged (a returned record cannot be read).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The county took in this restored casebook: %1 records that the backup did not have came back from the county, and the changes made here since the restore are sent from No. %2 on. The audit log continues from entry No. %3.</source>
        <translation>The county took in this restored casebook: %1 records that the backup did not have came back from the county, and the changes made here since the restore are sent from No. %2 on. The audit log continues from entry No. %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 records entered here since the restore repeated records that came back (the same ID number or code): the county&apos;s are kept and the repeats are marked removed. Look for households left without members.</source>
        <translation>%1 records entered here since the restore repeated records that came back (the same ID number or code): the county&apos;s are kept and the repeats are marked removed. Look for households left without members.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records could not come back because a record entered here since the restore stands in their way (for example an account with the same user name); tell the county office.</source>
        <translation>%1 records could not come back because a record entered here since the restore stands in their way (for example an account with the same user name); tell the county office.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This bundle was written before the station applied the county&apos;s decision to take in its restored casebook. Import the county&apos;s latest bundle at the station and export again; this one is not needed.</source>
        <translation>This bundle was written before the station applied the county&apos;s decision to take in its restored casebook. Import the county&apos;s latest bundle at the station and export again; this one is not needed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The station&apos;s casebook was restored from a backup that ends at audit entry No. %1; the county holds %2 later entries of the station and changes the backup did not have. Its bundles wait for county staff to take in the restored casebook (Sync tab: choose the station, then &quot;Take in a restored casebook…&quot;); the county then sends the station what it lost.</source>
        <translation>The station&apos;s casebook was restored from a backup that ends at audit entry No. %1; the county holds %2 later entries of the station and changes the backup did not have. Its bundles wait for county staff to take in the restored casebook (Sync tab: choose the station, then &quot;Take in a restored casebook…&quot;); the county then sends the station what it lost.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A restored station is taken in at the county casebook.</source>
        <translation>A restored station is taken in at the county casebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No enrolled station has the code %1.</source>
        <translation>No enrolled station has the code %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No restored casebook of station %1 waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</source>
        <translation>No restored casebook of station %1 waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restored casebook&apos;s audit log does not match the county&apos;s copy of station %1&apos;s log at entry No. %2: the backup is not one of this station&apos;s, or its log was changed. Nothing was decided.</source>
        <translation>The restored casebook&apos;s audit log does not match the county&apos;s copy of station %1&apos;s log at entry No. %2: the backup is not one of this station&apos;s, or its log was changed. Nothing was decided.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Took in the restored casebook of station %1 (%2): its audit log continues from entry No. %3 (the %4 later entries the county held are kept aside); its changes since the restore continue from No. %5; %6 records go back to it with the next bundle for it.</source>
        <translation>Took in the restored casebook of station %1 (%2): its audit log continues from entry No. %3 (the %4 later entries the county held are kept aside); its changes since the restore continue from No. %5; %6 records go back to it with the next bundle for it.</translation>
    </message>
</context>
<context>
    <name>xianjie::StationSettings</name>
    <message>
        <location filename="../core/storage/StationSettings.cpp" line="+28"/>
        <source>The minutes before the casebook locks</source>
        <translation>The minutes before the casebook locks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The months between visits to priority households</source>
        <translation>The months between visits to priority households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The months between visits to other households</source>
        <translation>The months between visits to other households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The working days a charity has to answer</source>
        <translation>The working days a charity has to answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The years after which closed households are archived</source>
        <translation>The years after which closed households are archived</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be from %2 to %3; %4 is not. Nothing was changed.</source>
        <translation>%1 must be from %2 to %3; %4 is not. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority households are visited at least as often as others. Nothing was changed.</source>
        <translation>Priority households are visited at least as often as others. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contact person&apos;s name is at most 40 characters.</source>
        <translation>The contact person&apos;s name is at most 40 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station&apos;s address is at most 120 characters.</source>
        <translation>The station&apos;s address is at most 120 characters.</translation>
    </message>
</context>
<context>
    <name>xianjie::StationSync</name>
    <message>
        <location filename="../core/sync/StationSync.cpp" line="+34"/>
        <location line="+20"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bundles for the county are written by a station casebook.</source>
        <translation>Bundles for the county are written by a station casebook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the station with its county first.</source>
        <translation>Enrol the station with its county first.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This casebook is behind the county: the county holds changes and audit-log entries of this station (up to entry No. %1) that are not here, as happens when a casebook is restored from a backup. Nothing recorded here since has been dropped: those changes stay in the outbox. Tell the county office; the county has to take in the restored casebook before the station&apos;s next bundle can be applied.</source>
        <translation>This casebook is behind the county: the county holds changes and audit-log entries of this station (up to entry No. %1) that are not here, as happens when a casebook is restored from a backup. Nothing recorded here since has been dropped: those changes stay in the outbox. Tell the county office; the county has to take in the restored casebook before the station&apos;s next bundle can be applied.</translation>
    </message>
</context>
<context>
    <name>xianjie::SyncOverview</name>
    <message>
        <location filename="../core/sync/SyncOverview.cpp" line="+18"/>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses differ</source>
        <translation>Statuses differ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in the future</source>
        <translation>Dated in the future</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same person at two stations</source>
        <translation>Same person at two stations</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>another casebook</source>
        <translation>another casebook</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This entry of the review queue no longer exists.</source>
        <translation>This entry of the review queue no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry was already decided.</source>
        <translation>This entry was already decided.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a field changed on both sides can take the other value; a referral&apos;s status only moves forward.</source>
        <translation>Only a field changed on both sides can take the other value; a referral&apos;s status only moves forward.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry cannot be changed here.</source>
        <translation>This entry cannot be changed here.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
</context>
<context>
    <name>xianjie::SyncView</name>
    <message>
        <location filename="../ui/views/SyncView.cpp" line="+159"/>
        <source>Sync with the county</source>
        <translation>Sync with the county</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export bundle to…</source>
        <translation>Export bundle to…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import county bundle…</source>
        <translation>Import county bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request enrolment…</source>
        <translation>Request enrolment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the county&apos;s grant…</source>
        <translation>Accept the county&apos;s grant…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alerts from the county</source>
        <translation>Alerts from the county</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open household</source>
        <translation>Open household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import bundles from a folder or drive…</source>
        <translation>Import bundles from a folder or drive…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write bundles for stations…</source>
        <translation>Write bundles for stations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a station&apos;s request…</source>
        <translation>Approve a station&apos;s request…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a station&apos;s key…</source>
        <translation>Revoke a station&apos;s key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take in a restored casebook…</source>
        <translation>Take in a restored casebook…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+283"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle for it</source>
        <translation>Last bundle for it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+344"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept from</source>
        <translation>Kept from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other from</source>
        <translation>Other from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show decided entries too</source>
        <translation>Show decided entries too</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the kept value</source>
        <translation>Keep the kept value</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+326"/>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Mark as reviewed</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import bundles from a folder or drive…</source>
        <translation>&amp;Import bundles from a folder or drive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write bundles for stations…</source>
        <translation>&amp;Write bundles for stations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve a station&apos;s request…</source>
        <translation>&amp;Approve a station&apos;s request…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export bundle to…</source>
        <translation>&amp;Export bundle to…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import county bundle…</source>
        <translation>&amp;Import county bundle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Request enrolment…</source>
        <translation>&amp;Request enrolment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept the county&apos;s grant…</source>
        <translation>&amp;Accept the county&apos;s grant…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync (%1 to review)</source>
        <translation>Sync (%1 to review)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync (%1 alerts)</source>
        <translation>Sync (%1 alerts)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (key revoked %2)</source>
        <translation>%1 (key revoked %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1 (%2)&lt;/b&gt; was taken in after a restore on %3; the county&apos;s next bundle for it carries the records it lost. Waiting for the station&apos;s next bundle.</source>
        <translation>&lt;b&gt;%1 (%2)&lt;/b&gt; was taken in after a restore on %3; the county&apos;s next bundle for it carries the records it lost. Waiting for the station&apos;s next bundle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 (%2) was restored from a backup&lt;/b&gt; that ends at audit entry No. %3: the county holds %4 later entries and %5 changes it does not have. Its bundles are refused until you take in the restored casebook (choose the station, then &quot;Take in a restored casebook…&quot;).</source>
        <translation>&lt;b&gt;%1 (%2) was restored from a backup&lt;/b&gt; that ends at audit entry No. %3: the county holds %4 later entries and %5 changes it does not have. Its bundles are refused until you take in the restored casebook (choose the station, then &quot;Take in a restored casebook…&quot;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;Not enrolled yet.&lt;/b&gt; Ask the county for enrolment: write a request, let the county approve it, then accept the county&apos;s grant here.</source>
        <translation>&lt;b&gt;Not enrolled yet.&lt;/b&gt; Ask the county for enrolment: write a request, let the county approve it, then accept the county&apos;s grant here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 changes wait to be sent.&lt;/b&gt; %2 sent changes wait for the county&apos;s acknowledgement.&lt;br&gt;Last bundle written: %3 · Last acknowledgement: %4 · Last county bundle: %5 · County: %6</source>
        <translation>&lt;b&gt;%1 changes wait to be sent.&lt;/b&gt; %2 sent changes wait for the county&apos;s acknowledgement.&lt;br&gt;Last bundle written: %3 · Last acknowledgement: %4 · Last county bundle: %5 · County: %6</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Writing bundles…</source>
        <translation>Writing bundles…</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Enrol the station with its county first.</source>
        <translation>Enrol the station with its county first.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Writing bundles: %1 of %2 changes written and checked…</source>
        <translation>Writing bundles: %1 of %2 changes written and checked…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to send: every change is already in a bundle.</source>
        <translation>Nothing to send: every change is already in a bundle.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bundle(s) written and checked. Take them to the county; the changes stay in the outbox until the county acknowledges them.</source>
        <translation>
            <numerusform>%n bundle written and checked. Take it to the county; the changes stay in the outbox until the county acknowledges them.</numerusform>
            <numerusform>%n bundles written and checked. Take them to the county; the changes stay in the outbox until the county acknowledges them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export bundle to (a folder or a removable drive)</source>
        <translation>Export bundle to (a folder or a removable drive)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import county bundle</source>
        <translation>Import county bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xianjie bundles (*.bundle)</source>
        <translation>Xianjie bundles (*.bundle)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundles from a folder or drive</source>
        <translation>Import bundles from a folder or drive</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>There are no bundle files (*.bundle) in %1.</source>
        <translation>There are no bundle files (*.bundle) in %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing bundle %1 of %2: %3 of %4 changes applied…</source>
        <translation>Importing bundle %1 of %2: %3 of %4 changes applied…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing bundles for stations: %1 of %2 written…</source>
        <translation>Writing bundles for stations: %1 of %2 written…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Write bundles for stations</source>
        <translation>Write bundles for stations</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n bundle(s) written, one for each enrolled station: acknowledgements, villages, the charity directory, referral updates and alerts.</source>
        <translation>
            <numerusform>%n bundle written, one for each enrolled station: acknowledgements, villages, the charity directory, referral updates and alerts.</numerusform>
            <numerusform>%n bundles written, one for each enrolled station: acknowledgements, villages, the charity directory, referral updates and alerts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write bundles for stations to</source>
        <translation>Write bundles for stations to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the other value is right (kept with the decision):</source>
        <translation>Why the other value is right (kept with the decision):</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Request enrolment</source>
        <translation>Request enrolment</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save the enrolment request</source>
        <translation>Save the enrolment request</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Stop after this bundle</source>
        <translation>Stop after this bundle</translation>
    </message>
    <message>
        <location line="+430"/>
        <source>Writing bundles for stations…</source>
        <translation>Writing bundles for stations…</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+57"/>
        <source>Enrolment requests (*.request)</source>
        <translation>Enrolment requests (*.request)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The request is in %1. Take it to the county and read this fingerprint to the county clerk on the phone: %2</source>
        <translation>The request is in %1. Take it to the county and read this fingerprint to the county clerk on the phone: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Accept the county&apos;s grant</source>
        <translation>Accept the county&apos;s grant</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+35"/>
        <source>Enrolment grants (*.grant)</source>
        <translation>Enrolment grants (*.grant)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</source>
        <translation>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Approve a station&apos;s request</source>
        <translation>Approve a station&apos;s request</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Save the grant for the station</source>
        <translation>Save the grant for the station</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</source>
        <translation>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take in a restored casebook</source>
        <translation>Take in a restored casebook</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No station&apos;s restored casebook waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</source>
        <translation>No station&apos;s restored casebook waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose in the list the station whose restored casebook you take in.</source>
        <translation>Choose in the list the station whose restored casebook you take in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take in the restored casebook of %1 (%2)?</source>
        <translation>Take in the restored casebook of %1 (%2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its backup ends at audit entry No. %1. The county&apos;s %2 later entries of the station are kept aside, not deleted, and its audit log continues from the backup. The changes recorded at the station since the restore will follow the county&apos;s, and the county&apos;s next bundle for the station sends back the %3 changes the backup did not have. Do this only when the station has told you it was restored. The decision is written to the audit log.</source>
        <translation>Its backup ends at audit entry No. %1. The county&apos;s %2 later entries of the station are kept aside, not deleted, and its audit log continues from the backup. The changes recorded at the station since the restore will follow the county&apos;s, and the county&apos;s next bundle for the station sends back the %3 changes the backup did not have. Do this only when the station has told you it was restored. The decision is written to the audit log.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take it in</source>
        <translation>Take it in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken in: %1 records go back to the station with the next bundle for it (Write bundles for stations…). Its changes since the restore continue from No. %2.</source>
        <translation>Taken in: %1 records go back to the station with the next bundle for it (Write bundles for stations…). Its changes since the restore continue from No. %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Revoke a station&apos;s key</source>
        <translation>Revoke a station&apos;s key</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a station in the list first.</source>
        <translation>Choose a station in the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is the key of station %1 revoked (for example, the computer was lost)? Its bundles will be refused.</source>
        <translation>Why is the key of station %1 revoked (for example, the computer was lost)? Its bundles will be refused.</translation>
    </message>
</context>
<context>
    <name>xianjie::TableWriter</name>
    <message>
        <location filename="../core/io/TableWriter.cpp" line="+62"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+77"/>
        <location line="+35"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The list has more rows than an Excel sheet holds.</source>
        <translation>The list has more rows than an Excel sheet holds.</translation>
    </message>
</context>
<context>
    <name>xianjie::Timeline</name>
    <message>
        <location filename="../core/storage/Timeline.cpp" line="+29"/>
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
        <location line="+2"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member added: %1 (%2)</source>
        <translation>Member added: %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 started</source>
        <translation>%1 started</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended</source>
        <translation>%1 ended</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit (amended)</source>
        <translation>Visit (amended)</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location line="+11"/>
        <source>Need: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Need %1: %2</source>
        <translation>Need %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent to share with %1</source>
        <translation>Consent to share with %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given by %1, valid until %2</source>
        <translation>given by %1, valid until %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Referral %1 to %2: %3</source>
        <translation>Referral %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>xianjie::UserRepository</name>
    <message>
        <location filename="../core/storage/UserRepository.cpp" line="+45"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores (for example wangfang or wang.fang).</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores (for example wangfang or wang.fang).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user&apos;s full name.</source>
        <translation>Enter the user&apos;s full name.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <message numerus="yes">
        <location line="+5"/>
        <source>The user name or the password is wrong. After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>The user name or the password is wrong. After %n more wrong password the account is locked for %1 minutes.</numerusform>
            <numerusform>The user name or the password is wrong. After %n more wrong passwords the account is locked for %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+26"/>
        <source>The first two digits of a division code name a province (11 to 82); %1 is not one.</source>
        <translation>The first two digits of a division code name a province (11 to 82); %1 is not one.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A village code needs the code of its township (digits 7 to 9).</source>
        <translation>A village code needs the code of its township (digits 7 to 9).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A station&apos;s code names its township (digits 7 to 9 are not 000).</source>
        <translation>A station&apos;s code names its township (digits 7 to 9 are not 000).</translation>
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
    <name>xianjie::VillagesDialog</name>
    <message>
        <location filename="../ui/dialogs/VillagesDialog.cpp" line="+24"/>
        <source>Villages and communities</source>
        <translation>Villages and communities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The villages and communities of the township. Enter them before registering households; after enrolment the county&apos;s list is added to them.</source>
        <translation>The villages and communities of the township. Enter them before registering households; after enrolment the county&apos;s list is added to them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one</source>
        <translation>Add one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>12-digit code</source>
        <translation>12-digit code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, for example 和平村</source>
        <translation>name, for example 和平村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a list: one village a line, its code then its name</source>
        <translation>Paste a list: one village a line, its code then its name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the &amp;list</source>
        <translation>Add the &amp;list</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n village(s) added.</source>
        <translation>
            <numerusform>%n village added.</numerusform>
            <numerusform>%n villages added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: give the 12-digit code, then the name.</source>
        <translation>Line %1: give the 12-digit code, then the name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitList</name>
    <message>
        <location filename="../core/report/VisitList.cpp" line="+21"/>
        <source>This village is not in the casebook.</source>
        <translation>This village is not in the casebook.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit list: %1</source>
        <translation>Visit list: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · visits due up to %2 · printed on %3 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · visits due up to %2 · printed on %3 · %n visit</numerusform>
            <numerusform>%1 · visits due up to %2 · printed on %3 · %n visits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was found (write here)</source>
        <translation>What was found (write here)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visits are due.</source>
        <translation>No visits are due.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visited by: %1    Date: %2</source>
        <translation>Visited by: %1    Date: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Visit list, %n visit(s)</source>
        <translation>
            <numerusform>Visit list, %n visit</numerusform>
            <numerusform>Visit list, %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xianjie::VisitPolicy</name>
    <message>
        <location filename="../core/rules/VisitPolicy.cpp" line="+26"/>
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
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+7"/>
        <source>Visits and care</source>
        <translation>Visits and care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychological comfort</source>
        <translation>Psychological comfort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability building</source>
        <translation>Capability building</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material help delivered</source>
        <translation>Material help delivered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitRepository</name>
    <message>
        <location filename="../core/storage/VisitRepository.cpp" line="+49"/>
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
        <location line="+3"/>
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
<context>
    <name>xianjie::WalCheck</name>
    <message>
        <location filename="../core/storage/WalCheck.cpp" line="+109"/>
        <source>There is not enough room to check the casebook&apos;s log file %1 before opening it. Nothing was changed; free some space and try again.</source>
        <translation>There is not enough room to check the casebook&apos;s log file %1 before opening it. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beside the casebook lies a log file, %1, that does not belong to it (as happens when a casebook is copied over another by hand). The casebook was not opened and nothing was changed. Move %1 and %2 out of the folder, then open the casebook again.</source>
        <translation>Beside the casebook lies a log file, %1, that does not belong to it (as happens when a casebook is copied over another by hand). The casebook was not opened and nothing was changed. Move %1 and %2 out of the folder, then open the casebook again.</translation>
    </message>
</context>
<context>
    <name>xianjie::XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="+25"/>
        <source>The file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook, or as CSV.</source>
        <translation>The file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook, or as CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Excel workbook cannot be read: %1</source>
        <translation>The Excel workbook cannot be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the part %1 is missing</source>
        <translation>the part %1 is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part %1 is damaged or too large for a ledger</source>
        <translation>the part %1 is damaged or too large for a ledger</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>the file is too large for a ledger</source>
        <translation>the file is too large for a ledger</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>its list of sheets is damaged</source>
        <translation>its list of sheets is damaged</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The workbook has no sheet %1; it has %2.</source>
        <translation>The workbook has no sheet %1; it has %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a row number is out of range</source>
        <translation>a row number is out of range</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a cell refers to text that is not there</source>
        <translation>a cell refers to text that is not there</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number cell holds &quot;%1&quot;</source>
        <translation>a number cell holds &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sheet %1 is damaged (%2)</source>
        <translation>sheet %1 is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>xianjie::ZipReader</name>
    <message>
        <location filename="../core/io/ZipReader.cpp" line="+19"/>
        <source>The file is not a zip archive, or it is damaged.</source>
        <translation>The file is not a zip archive, or it is damaged.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The archive has no part %1.</source>
        <translation>The archive has no part %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part %1 is too large.</source>
        <translation>The part %1 is too large.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The part %1 is packed in a way this program does not read.</source>
        <translation>The part %1 is packed in a way this program does not read.</translation>
    </message>
</context>
<context>
    <name>xianjie::bundlefile</name>
    <message>
        <location filename="../core/sync/BundleFile.cpp" line="-145"/>
        <source>The bundle is incomplete or damaged (its contents do not match its manifest).</source>
        <translation>The bundle is incomplete or damaged (its contents do not match its manifest).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not a Xianjie bundle, or it is cut short.</source>
        <translation>This is not a Xianjie bundle, or it is cut short.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the station with its county first.</source>
        <translation>Enrol the station with its county first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>The casebook&apos;s signing key is damaged.</source>
        <translation>The casebook&apos;s signing key is damaged.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The bundle could not be encrypted.</source>
        <translation>The bundle could not be encrypted.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>The bundle was not encrypted for this casebook.</source>
        <translation>The bundle was not encrypted for this casebook.</translation>
    </message>
</context>
</TS>
