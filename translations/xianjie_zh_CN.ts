<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>xianjie::AgendaModel</name>
    <message numerus="yes">
        <location filename="../ui/models/AgendaModel.cpp" line="+58"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>xianjie::AgendaView</name>
    <message>
        <location filename="../ui/views/AgendaView.cpp" line="+55"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my visits</source>
        <translation>只看我的走访</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Record visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did &amp;not happen…</source>
        <translation>未能走访(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print visit list…</source>
        <translation>打印走访名单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visits due in one village in the next two weeks, as a PDF to print and take along.</source>
        <translation>某个村（社区）未来两周应走访的名单，生成 PDF 打印后带上。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;view done…</source>
        <translation>复核完成(&amp;V)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review due</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>逾期 %1 · 今天 %2 · 本周 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category reviews due in the next 30 days: %1 (%2 overdue)</source>
        <translation>未来 30 天应复核的救助类别：%1 个（逾期 %2 个）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s household</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s household · %2</source>
        <translation>%1 户 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visit did not happen</source>
        <translation>未能走访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why (for example: nobody at home)?</source>
        <translation>原因（例如：家中无人）？</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+76"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Category review done</source>
        <translation>救助类别复核完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review of %1&apos;s household was done today. When is the next one due?</source>
        <translation>%1 户的复核已于今天完成。下次复核在什么时候？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No further review (the category is ending)</source>
        <translation>不再复核（该类别即将结束）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next review:</source>
        <translation>下次复核(&amp;N)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Visit list</source>
        <translation>走访名单</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The casebook has no villages to print a list for.</source>
        <translation>台账中没有村（社区），无法打印名单。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits due in the next two weeks in:</source>
        <translation>打印未来两周应走访的村（社区）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the visit list</source>
        <translation>保存走访名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit list %1 %2.pdf</source>
        <translation>走访名单 %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit list: %1</source>
        <translation>走访名单：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit plan</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority: elderly people who cannot fully care for themselves and seriously ill members. The next visit is planned this long after each visit.</source>
        <translation>重点对象：生活不能完全自理的老年人和重病患者。每次走访后按此间隔安排下次走访。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority households, every:</source>
        <translation>重点家庭，每(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other households, every:</source>
        <translation>其他家庭，每(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>xianjie::Aggregates</name>
    <message>
        <location filename="../core/report/Aggregates.cpp" line="+349"/>
        <location line="+408"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping</source>
        <translation>帮扶中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>仍未办结</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+115"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+324"/>
        <source>Choose a period whose first day comes before its last.</source>
        <translation>请选择起始日不晚于截止日的时段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <source>There is no such figure.</source>
        <translation>没有这项数字。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Referral</source>
        <translation>转介单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
</context>
<context>
    <name>xianjie::App</name>
    <message>
        <location filename="../app/xianjie/main.cpp" line="+71"/>
        <source>Xianjie</source>
        <translation>衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Xianjie. Open the casebook of your station, or create a new one?</source>
        <translation>欢迎使用衔接。要打开本站的台账，还是新建一个？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open casebook…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New casebook…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open casebook</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casebooks (*.casebook)</source>
        <translation>台账文件 (*.casebook)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceDialog</name>
    <message>
        <location filename="../ui/dialogs/AssistanceDialog.cpp" line="+32"/>
        <source>Record help received</source>
        <translation>登记受助情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>慈善组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 临时救助, 医疗救助, 助学项目</source>
        <translation>例如：临时救助、医疗救助、助学项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charity:</source>
        <translation>慈善组织(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Need met:</source>
        <translation>满足的需求(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;orm:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yuan; leave empty for material help or services</source>
        <translation>元；物资或服务留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date or first day:</source>
        <translation>日期或起始日(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts until:</source>
        <translation>持续至：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Possibly recorded twice</source>
        <translation>可能重复登记</translation>
    </message>
</context>
<context>
    <name>xianjie::AssistanceRepository</name>
    <message>
        <location filename="../core/storage/AssistanceRepository.cpp" line="+51"/>
        <source>Help is recorded for a household; choose one.</source>
        <translation>帮扶须登记到某个家庭，请选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help came from government or a charity.</source>
        <translation>请说明帮扶来自政府还是慈善组织。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the programme or the kind of help.</source>
        <translation>请填写救助项目或帮扶类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the charity that gave the help.</source>
        <translation>请填写提供帮扶的慈善组织。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the need the help meets.</source>
        <translation>请选择帮扶满足的需求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the form of help: cash, material or service.</source>
        <translation>请选择帮扶形式：现金、物资或服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date (or the first day) of the help.</source>
        <translation>请填写帮扶日期（或起始日期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help is recorded once it has been given; the date is in the future.</source>
        <translation>帮扶在发放后才能登记；这个日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period cannot end before it starts.</source>
        <translation>结束日期不能早于起始日期。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This need is already covered in the same period by %1 (from %2). Record this help as well only if it does not double it.</source>
        <translation>同一时期内该需求已由%1（自 %2 起）帮扶。只有确认不是重复帮扶时，才继续登记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what the amendment corrects.</source>
        <translation>请说明补正的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amendment: %1</source>
        <translation>补正：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This entry is not in the ledger.</source>
        <translation>台账中没有这条帮扶记录。</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditDialog</name>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="+25"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This casebook</source>
        <translation>本台账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log of:</source>
        <translation>日志来源：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+28"/>
        <source>Checking that no entry has been changed, removed or moved…</source>
        <translation>正在检查有无记录被修改、删除或挪动…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s audit log as the county holds it: every entry was checked against the chain when its bundle arrived.</source>
        <translation>县里保存的%1审计日志：每条记录都在数据包导入时按哈希链核验过。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The audit log is complete: no entry has been changed, removed or moved.</source>
        <translation>审计日志完整：没有任何条目被修改、删除或调换。</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+170"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): an entry before it was removed, changed or moved.</source>
        <translation>审计日志在第 %1 条（%2）处被篡改：它之前的条目被删除、修改或调换了位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has been tampered with at entry No. %1 (%2): its content was changed.</source>
        <translation>审计日志在第 %1 条（%2）处被篡改：该条内容被修改。</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+11"/>
        <source>The county&apos;s copy of station %1&apos;s audit log is damaged at entry No. %2.</source>
        <translation>县里保存的服务站 %1 审计日志副本在第 %2 条处已损坏。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked (inactivity)</source>
        <translation>锁定（无操作）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed personal data</source>
        <translation>查看了隐去的个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted at end of retention</source>
        <translation>保存期满删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle imported</source>
        <translation>已导入数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync review decided</source>
        <translation>同步审核已处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger imported</source>
        <translation>导入台账</translation>
    </message>
</context>
<context>
    <name>xianjie::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+41"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>xianjie::AutoBackup</name>
    <message>
        <location filename="../core/storage/AutoBackup.cpp" line="+31"/>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>文件夹 %1 不存在或无法写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup passphrase: %1</source>
        <translation>备份口令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep between 1 and 365 backups.</source>
        <translation>保留份数应在 1 到 365 之间。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automatic backup is not set up.</source>
        <translation>尚未设置自动备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
</context>
<context>
    <name>xianjie::AutoBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/AutoBackupDialog.cpp" line="+24"/>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day Xianjie writes an encrypted backup to this folder, preferably on another disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep it safe: a restore needs it.</source>
        <translation>衔接每天向该文件夹写入一份加密备份（最好放在另一块磁盘或 U 盘上），并保留最新的若干份。请把口令记下并妥善保管：恢复时需要它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xianjie backups</source>
        <translation>衔接备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>xianjie::AutomaticTasks</name>
    <message numerus="yes">
        <location filename="../ui/AutomaticTasks.cpp" line="+36"/>
        <source>%n household(s) closed more than %1 years ago archived.</source>
        <translation>
            <numerusform>已归档 %n 户注销超过 %1 年的家庭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) disclosed to charities deleted: their consent&apos;s retention period ended.</source>
        <translation>
            <numerusform>已删除提供给慈善组织的 %n 项信息：同意的保存期已满。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The search index could not be brought up to date: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Search now finds every usual reading of names: %n household(s) indexed again.</source>
        <translation>
            <numerusform>搜索现在能按姓名的各种常见读音查找：已重新索引 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backup written to %1.</source>
        <translation>自动备份已写入 %1。</translation>
    </message>
</context>
<context>
    <name>xianjie::Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+58"/>
        <source>Backup passphrase: %1</source>
        <translation>备份口令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+89"/>
        <source>The cryptography library could not start.</source>
        <translation>加密组件无法启动。</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>No room for a temporary copy of the casebook.</source>
        <translation>没有空间存放台账的临时副本。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The casebook is damaged, so no backup was written and the earlier backups are kept. Restore the newest backup and tell your county office.</source>
        <translation>台账文件已损坏，因此没有写入备份，以前的备份都保留着。请用最新的备份恢复，并告知县民政局。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The snapshot of the casebook cannot be read.</source>
        <translation>无法读取台账快照。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to protect the backup.</source>
        <translation>内存不足，无法加密备份。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The backup could not be written: %1</source>
        <translation>备份写入失败：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is not enough room for the backup at %1: it needs about %2 MB and %3 MB are free. Nothing was written; free some space or choose another place.</source>
        <translation>%1 处没有足够的空间存放备份：大约需要 %2 MB，只剩 %3 MB。什么也没有写入；请腾出空间，或换一个位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk refused it (full, removed or read-only)</source>
        <translation>磁盘拒绝写入（已满、已拔出或只读）</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A casebook already exists at %1. Nothing was restored; confirm that it may be replaced (--force) or choose another place.</source>
        <translation>%1 处已有台账。未恢复任何内容；请确认可以覆盖（--force），或换一个位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Xianjie backup.</source>
        <translation>%1 不是衔接备份文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+31"/>
        <source>The backup is damaged; nothing was restored.</source>
        <translation>备份已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Not enough memory to open the backup.</source>
        <translation>内存不足，无法打开备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+26"/>
        <source>No room for the restored casebook beside %1.</source>
        <translation>%1 旁没有空间存放恢复的台账。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The backup is incomplete (it ends too early); nothing was restored.</source>
        <translation>备份不完整（提前结束）；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase is wrong, or the backup is damaged; nothing was restored.</source>
        <translation>口令错误，或备份已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup has data after its end; nothing was restored.</source>
        <translation>备份末尾有多余数据；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup does not hold a usable casebook; nothing was restored.</source>
        <translation>备份中没有可用的台账；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The casebook in the backup fails its check (%1); nothing was restored.</source>
        <translation>备份中的台账未通过检查（%1）；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The restored casebook cannot be prepared beside %1; nothing was restored.</source>
        <translation>无法在 %1 旁准备恢复的个案簿；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be replaced (is it open in Xianjie?); nothing was restored.</source>
        <translation>无法替换 %1（是否正在衔接中打开？）；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restored casebook cannot be put at %1; the old one is unchanged.</source>
        <translation>无法把恢复的台账放到 %1；原台账未改变。</translation>
    </message>
</context>
<context>
    <name>xianjie::BackupNowDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialogs.cpp" line="+31"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted copy of the whole casebook. Keep it on another disk or a USB stick, and write the passphrase down: without it the copy cannot be restored.</source>
        <translation>整个台账的加密副本。请存放在另一块硬盘或U盘上，并把口令记下来：没有口令就无法恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2.xjbackup</source>
        <translation>%1 %2.xjbackup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xianjie backups (*.xjbackup)</source>
        <translation>衔接备份 (*.xjbackup)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file to write the backup to.</source>
        <translation>请选择备份要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the casebook itself: choose another file.</source>
        <translation>备份不能覆盖台账本身：请另选一个文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another name so that no older backup is lost.</source>
        <translation>%1 已存在；请换一个名称，以免覆盖以前的备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the backup… The casebook can be used meanwhile.</source>
        <translation>正在写入备份……其间可以照常使用台账。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup is written: %1 (%2 MB). Keep the passphrase with it.</source>
        <translation>备份已写入：%1（%2 MB）。请妥善保管口令。</translation>
    </message>
</context>
<context>
    <name>xianjie::Bundle</name>
    <message>
        <location filename="../core/sync/BundleFile.cpp" line="+156"/>
        <source>The bundle could not be written to %1: %2</source>
        <translation>数据包无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle could not be written to %1.</source>
        <translation>数据包无法写入 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle read back from %1 differs from what was written; the drive may be failing. Nothing was marked as sent.</source>
        <translation>从 %1 读回的数据包与写入的不一致，该磁盘可能有故障。没有任何修改被标记为已发送。</translation>
    </message>
</context>
<context>
    <name>xianjie::BundleCodec</name>
    <message>
        <location filename="../core/sync/BundleCodec.cpp" line="+159"/>
        <source>The bundle is incomplete or damaged (its contents cannot be read).</source>
        <translation>数据包不完整或已损坏（无法读取其内容）。</translation>
    </message>
</context>
<context>
    <name>xianjie::BundleImportResult</name>
    <message>
        <location filename="../core/sync/BundleImportResult.cpp" line="+9"/>
        <source>Applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already had</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applied, %1 changes from %2.</source>
        <translation>已导入，来自 %2 的 %1 项修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already applied before; nothing changed.</source>
        <translation>之前已导入；未作任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n field(s) changed on both sides are in the review queue.</source>
        <translation>
            <numerusform>%n 个双方都改动过的字段已放入待审核队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) are dated more than a day ahead and were flagged for review.</source>
        <translation>
            <numerusform>%n 项修改的时间超前一天以上，已标记待审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s); the Sync tab lists them.</source>
        <translation>
            <numerusform>新提醒 %n 条，见“同步”页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) held earlier for this gap were applied after it.</source>
        <translation>
            <numerusform>之前因缺号暂存的 %n 个数据包已随后导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bundle held earlier was refused now that its turn came: %1</source>
        <translation>之前暂存的一个数据包轮到导入时被拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The county acknowledged %n bundle(s); their changes left the outbox.</source>
        <translation>
            <numerusform>县里已确认 %n 个数据包，其中的修改已移出待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 files applied; %3 held or refused.</source>
        <translation>%2 个文件中 %1 个已导入；%3 个暂缓或拒收。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped: %n file(s) not imported.</source>
        <translation>
            <numerusform>已停止：%n 个文件未导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xianjie::BundleImporter</name>
    <message>
        <location filename="../core/sync/BundleImporter.cpp" line="+47"/>
        <source>This bundle was written by the county for a station; import it at the station.</source>
        <translation>这是县里写给服务站的数据包，请在服务站导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station bundles are imported into the county casebook.</source>
        <translation>服务站数据包须导入县级台账。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle comes from a newer version of Xianjie; update this program first.</source>
        <translation>此数据包来自更新版本的衔接，请先升级本程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle was written by an earlier version of Xianjie; update the program where it was written and export it again.</source>
        <translation>此数据包由较早版本的衔接生成；请先升级生成它的程序，再重新导出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle comes from a station this county has not enrolled (%1).</source>
        <translation>该数据包来自本县未登记的服务站（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle comes from a station this county has not enrolled.</source>
        <translation>该数据包来自本县未接入的服务站。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key of station %1 was revoked on %2; its bundles are not accepted.</source>
        <translation>服务站 %1 的密钥已于 %2 吊销，不接受其数据包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s signature does not match station %1&apos;s key: it was changed on the way or was not written by that station.</source>
        <translation>数据包签名与服务站 %1 的密钥不符：途中被改动过，或不是该站生成的。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bundle is addressed to another station.</source>
        <translation>该数据包是发给另一个服务站的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol the station with its county first.</source>
        <translation>请先在县里登记本服务站。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s signature does not match the county&apos;s key: it was changed on the way or was not written by the county.</source>
        <translation>数据包的签名与县里的密钥不符：可能在传递中被改动，或并非县里所写。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Held: the county&apos;s changes %1 to %2 have not arrived yet. Import the county&apos;s earlier bundle first.</source>
        <translation>暂缓：县里的第 %1 至 %2 项修改尚未收到。请先导入县里更早的数据包。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Held: changes %1 to %2 of station %3 have not arrived yet. Import the bundle that holds them first.</source>
        <translation>暂缓：服务站 %3 的第 %1 至 %2 项修改尚未到达。请先导入包含这些修改的数据包。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle repeats changes the county already has (up to %1) under another id.</source>
        <translation>该数据包以另一编号重复了县里已有的修改（至第 %1 项）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle does not follow the station&apos;s previous bundle.</source>
        <translation>该数据包与服务站的上一个数据包接不上。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../app/xianjie-server/CountyService.cpp" line="+392"/>
        <source>A different bundle with the same id was already applied; this one is refused.</source>
        <translation>已导入过编号相同但内容不同的数据包；拒绝此数据包。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The bundle is incomplete or damaged (its contents do not match its manifest).</source>
        <translation>数据包不完整或已损坏（内容与清单不符）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From the county, changes %1 to %2</source>
        <translation>来自县里，第 %1 至 %2 项修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station %1, changes %2 to %3</source>
        <translation>服务站 %1，第 %2 至 %3 项修改</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>xianjie::Casebook</name>
    <message>
        <location filename="../core/storage/Casebook.cpp" line="+75"/>
        <source>Sign in before changing the casebook.</source>
        <translation>请先登录，再修改台账。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no casebook at %1.</source>
        <translation>%1 处没有台账文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Xianjie casebook.</source>
        <translation>%1 不是衔接台账文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>%1 is damaged and cannot be opened. Restore it from a backup and tell your county office.</source>
        <translation>%1 已损坏，无法打开。请从备份恢复，并告知县民政部门。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is a database of another program, not a Xianjie casebook.</source>
        <translation>%1 是其他程序的数据库，不是衔接台账文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Xianjie (casebook version %2; this program reads up to version %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的衔接写入（台账版本 %2，本程序最高支持版本 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter the name of the station or office.</source>
        <translation>请填写服务站或单位名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file already exists at %1; choose another name. Nothing was changed.</source>
        <translation>%1 处已有文件，请换一个名称。未作任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The casebook has lost its station settings. Restore it from a backup.</source>
        <translation>台账缺少服务站设置。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>xianjie::CasebookCheck</name>
    <message numerus="yes">
        <location filename="../core/storage/CasebookCheck.cpp" line="+36"/>
        <source>The casebook file is damaged (%n problem(s) found in how its records are stored).</source>
        <translation>
            <numerusform>台账文件已损坏（在记录的存储中发现 %n 处问题）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The casebook file is damaged (%n problem(s) found in how its records are stored, at pages %1 of the file).</source>
        <translation>
            <numerusform>台账文件已损坏（在记录的存储中发现 %n 处问题，位于文件第 %1 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing more is written to it. Restore it from the newest backup and tell your county office.</source>
        <translation>不会再向其中写入任何内容。请用最新的备份恢复，并告知县民政局。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A record in %1 (row %2) refers to a missing record in %3.</source>
        <translation>%1 中的一条记录（第 %2 行）引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 records in %2 were changed without a change-log entry, so they would not be sent to the county.</source>
        <translation>%2 中有 %1 条记录的修改没有写入变更日志，将无法上报到县里。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>If this casebook was restored from a backup, that is why; tell the county office.</source>
        <translation>如果本台账是从备份恢复的，原因即在于此；请告知县民政部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log has been cut short: the county holds entry No. %1 of this casebook, which is no longer here.</source>
        <translation>审计日志被截短：县里保存有本台账的第 %1 条记录，而本地已没有这一条。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has been rewritten: entry No. %1 differs from the copy the county holds.</source>
        <translation>审计日志被改写：第 %1 条与县里保存的副本不一致。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 households are missing from the search index.</source>
        <translation>有 %1 户未进入检索索引。</translation>
    </message>
</context>
<context>
    <name>xianjie::CasebookOpener</name>
    <message>
        <location filename="../ui/CasebookOpener.cpp" line="+14"/>
        <source>Cannot open the casebook</source>
        <translation>无法打开台账</translation>
    </message>
</context>
<context>
    <name>xianjie::CaseworkTabs</name>
    <message>
        <location filename="../ui/views/CaseworkTabs.cpp" line="+72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Since</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;need…</source>
        <translation>登记需求(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer to a charity…</source>
        <translation>转介给慈善组织(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need &amp;met</source>
        <translation>需求已满足(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;consent…</source>
        <translation>登记同意书(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person withdraws their consent. Open referrals that relied on it stop; the charity must be told (save the recall notice).</source>
        <translation>本人撤回同意。依据该同意的未结转介随即终止；须告知慈善组织（保存撤回通知）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach signed form…</source>
        <translation>附上签字同意书(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall &amp;notice…</source>
        <translation>撤回通知(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;form…</source>
        <translation>签字同意书(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a copy of the signed consent form attached to this consent.</source>
        <translation>保存该同意所附签字同意书的副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Referred (%1, %2)</source>
        <translation>已转介（%1，%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn on %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · signed form attached</source>
        <translation> · 已附签字同意书</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>To a charity</source>
        <translation>转给慈善组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>慈善组织转来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+93"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the person withdraw it (in person, by phone, in writing)?</source>
        <translation>本人以何种方式撤回（当面、电话、书面）？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not withdrawn</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent is withdrawn. No open referral relied on it.</source>
        <translation>同意已撤回。没有未结转介依据该同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent is withdrawn. These referrals were stopped: %1. Save the recall notice and give it to the charity.</source>
        <translation>同意已撤回。以下转介已终止：%1。请保存撤回通知并交给慈善组织。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach the signed consent form</source>
        <translation>附上签字同意书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Not attached</source>
        <translation>未附上</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Signed form</source>
        <translation>签字同意书</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save a copy of the signed form</source>
        <translation>保存签字同意书副本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recall notice</source>
        <translation>无撤回通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recall notice</source>
        <translation>保存撤回通知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recall-notice.pdf</source>
        <translation>撤回通知.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice of withdrawn consent</source>
        <translation>撤回同意通知书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recall notice</source>
        <translation>撤回通知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Has the charity been told today?</source>
        <translation>今天已告知慈善组织了吗？</translation>
    </message>
</context>
<context>
    <name>xianjie::CategoryDialog</name>
    <message>
        <location filename="../ui/dialogs/CategoryDialog.cpp" line="+32"/>
        <source>Add a category</source>
        <translation>添加救助类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rigid-expenditure hardship is recognised for at most 12 months.</source>
        <translation>刚性支出困难认定期限最长 12 个月。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>xianjie::CategoryModel</name>
    <message>
        <location filename="../ui/models/CategoryModel.cpp" line="+56"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts later</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xianjie::CharityDirectory</name>
    <message>
        <location filename="../core/storage/CharityDirectory.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a known %2.</source>
        <translation>“%1”不是已知的%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a division code (2 to 12 digits).</source>
        <translation>“%1”不是区划代码（2 至 12 位数字）。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The %1 is %2 characters long; at most %3 fit.</source>
        <translation>%1长 %2 个字，最多只能 %3 个字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请输入机构名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>registration authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+25"/>
        <source>service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>target group</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose the organisation&apos;s status.</source>
        <translation>请选择机构状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the organisation that runs the project.</source>
        <translation>请选择实施项目的机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the project&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project number</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disclosure address</source>
        <translation>信息公开网址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Places and budget cannot be negative.</source>
        <translation>名额和预算不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project cannot end before it starts.</source>
        <translation>项目结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The directory already holds an organisation with this credit code.</source>
        <translation>名录中已有使用该信用代码的机构。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This organisation is not in the directory.</source>
        <translation>名录中没有该机构。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This project is not in the directory.</source>
        <translation>名录中没有该项目。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty; the first row must name the columns.</source>
        <translation>文件为空；第一行须为列名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has no column &quot;%1&quot;. The first row must name the columns.</source>
        <translation>文件缺少“%1”列。第一行须为列名。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1: the credit code %2 is already in row %3 of this file.</source>
        <translation>%1：统一社会信用代码 %2 已在本文件第 %3 行出现。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no organisation with credit code %2 is in the directory; import the organisations first.</source>
        <translation>%1：名录中没有信用代码为 %2 的机构；请先导入机构。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number of places.</source>
        <translation>“%1”不是名额数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write 2026-09-05).</source>
        <translation>“%1”不是日期（格式如 2026-09-05）。</translation>
    </message>
</context>
<context>
    <name>xianjie::CharityDirectoryDialog</name>
    <message>
        <location filename="../ui/dialogs/CharityDirectoryDialog.cpp" line="+31"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charity directory</source>
        <translation>慈善资源名录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add organisation…</source>
        <translation>添加机构(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of organisations, or of projects with the column 机构信用代码 (org_credit_code), as Excel saves it (UTF-8 or GB18030). Every row is checked first; if one is wrong, nothing is imported.</source>
        <translation>机构的 CSV 文件，或带“机构信用代码”（org_credit_code）列的项目文件，按 Excel 保存的样子即可（UTF-8 或 GB18030）。先逐行检查；有一行错误则全部不导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Services</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Target groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects of the organisation</source>
        <translation>该机构的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;project…</source>
        <translation>添加项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit p&amp;roject…</source>
        <translation>编辑项目(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places left</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import organisations or projects</source>
        <translation>导入机构或项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the charity directory…</source>
        <translation>正在导入慈善组织名录…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported; correct these rows and import the file again:</source>
        <translation>未导入任何内容；请改正以下各行后重新导入：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</source>
        <translation>已导入。机构：新增 %1，更新 %2。项目：新增 %3，更新 %4。</translation>
    </message>
</context>
<context>
    <name>xianjie::CheckList</name>
    <message>
        <location filename="../ui/widgets/CheckList.cpp" line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>xianjie::CloseHouseholdDialog</name>
    <message>
        <location filename="../ui/dialogs/CloseHouseholdDialog.cpp" line="+20"/>
        <source>Close household</source>
        <translation>注销家庭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A closed household stays in the casebook with all its records; it can be reopened.</source>
        <translation>注销后的家庭及其全部记录仍保留在台账中，可以恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Closed on:</source>
        <translation>注销日期(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income now above the local standard</source>
        <translation>收入已超过当地标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved out of the township</source>
        <translation>已迁出本乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into another household</source>
        <translation>已并入其他家庭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No surviving members</source>
        <translation>家庭成员均已去世</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose or type the reason</source>
        <translation>选择或填写原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not closed</source>
        <translation>未注销</translation>
    </message>
</context>
<context>
    <name>xianjie::CommandLine</name>
    <message>
        <location filename="../app/xianjie-cli/CommandLine.cpp" line="+114"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add --lang zh_CN or --lang en to choose the language.</source>
        <translation>加 --lang zh_CN 或 --lang en 可选择语言。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is asked for.</source>
        <translation>修改台账的命令以 --user 指定的用户身份执行；密码取自环境变量 XIANJIE_PASSWORD，否则会提示输入。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the backup file (--out).</source>
        <translation>请给出台账文件和备份文件（--out）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted backup written to %1.</source>
        <translation>加密备份已写入 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the new user (--new).</source>
        <translation>请给出台账文件和新用户名（--new）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role is worker, head, auditor or county.</source>
        <translation>--role 应为 worker（社工）、head（站长）、auditor（审计）或 county（县级）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First password for %1: </source>
        <translation>%1 的初始密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the backup file and the casebook to restore it to (--to).</source>
        <translation>请给出备份文件和要恢复到的台账（--to）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the casebook to %1.</source>
        <translation>台账已恢复到 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the casebook and the CSV file of organisations or projects.</source>
        <translation>请指定台账和机构或项目的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <location line="+245"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>the file is missing or may not be read</source>
        <translation>文件不存在或无权读取</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n row(s) are wrong; nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n 行有误，未导入任何内容。请改正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.</source>
        <translation>机构：新增 %1，更新 %2。项目：新增 %3，更新 %4。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name the casebook, the referral number and the packet file (--out).</source>
        <translation>请指定台账、转介编号和数据包文件（--out）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Referral packet written to %1.</source>
        <translation>转介数据包已写入 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+73"/>
        <source>Check the command: see the usage below.</source>
        <translation>请检查命令：用法见下文。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of this station&apos;s key: %1 — read it to the county on the phone.</source>
        <translation>本站密钥指纹：%1 —— 请在电话中念给县里核对。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</source>
        <translation>已登记。请核对服务站指纹：%1。县里的指纹：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</source>
        <translation>已在 %1 登记（指纹 %2）：新增 %3 个村（社区）和 %4 个机构。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key of station %1 is revoked.</source>
        <translation>服务站 %1 的密钥已吊销。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taken in. The station&apos;s audit log continues from the backup&apos;s last entry (%1 later entries are kept aside); its changes since the restore continue from No. %2; %3 records go back to it with the next bundle for it (downstream-export).</source>
        <translation>已接收。该站的审计日志从备份的最后一条接续（之后的 %1 条另行保存）；恢复后的变更从第 %2 号起接续；%3 条记录将随下一个发给该站的数据包送回（downstream-export）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No station restored from a backup waits for the county.</source>
        <translation>没有从备份恢复、等待县里处理的服务站。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken in on %1, confirmed by the station on %2</source>
        <translation>已于 %1 接收，服务站已于 %2 确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken in on %1; waits for the station to import the county&apos;s bundle</source>
        <translation>已于 %1 接收；等待服务站导入县里的数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits to be taken in</source>
        <translation>等待接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): restored from a backup ending at audit entry No. %3; the county holds %4 later entries and %5 changes the backup did not have; noticed %6; %7.</source>
        <translation>%1（%2）：从截至审计记录第 %3 条的备份恢复；县里持有其后 %4 条记录和备份中没有的 %5 项变更；发现于 %6；%7。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the station casebook and the folder to write bundles to (--out).</source>
        <translation>请指定服务站台账和数据包输出文件夹（--out）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (written again: the county has not acknowledged it yet)</source>
        <translation>%1（再次写出：县里尚未确认收到）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to send: every change is already in a bundle.</source>
        <translation>没有需要发送的内容：所有修改都已在数据包中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the casebook and the bundle files.</source>
        <translation>请指定台账和数据包文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the county casebook, the station (--station CODE, or --all) and the folder (--out).</source>
        <translation>请指定县级台账、服务站（--station 编码，或 --all）和文件夹（--out）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name the station casebook.</source>
        <translation>请指定服务站的台账。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name one bundle file.</source>
        <translation>请指定一个数据包文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the user who makes this change with --user.</source>
        <translation>请用 --user 指明执行此修改的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Name the casebook file to create.</source>
        <translation>请给出要创建的台账文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the first account (the station head, or county staff) with --user.</source>
        <translation>请用 --user 指定第一个账号（服务站站长或县级工作人员）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>--code: %1</source>
        <translation>--code：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role is station or county.</source>
        <translation>--role 应为 station（服务站）或 county（县）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the station&apos;s name with --name.</source>
        <translation>请用 --name 给出服务站名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created %1 casebook &quot;%2&quot; (%3) at %4.</source>
        <translation>已在 %4 创建%1台账“%2”（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the casebook to fill.</source>
        <translation>请给出要填充的台账文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--households is a number from 1 to 1000000.</source>
        <translation>--households 应为 1 到 1000000 之间的数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed is a whole number.</source>
        <translation>--seed 应为整数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 households…</source>
        <translation>已生成 %1 / %2 户…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 demo households with %2 members and %3 villages in %4 s.</source>
        <translation>已添加 %1 户演示家庭、%2 名成员、%3 个村（社区），用时 %4 秒。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="+144"/>
        <location filename="../app/xianjie-cli/PrintCommands.cpp" line="+109"/>
        <source>Name the casebook.</source>
        <translation>请给出台账文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the casebook to check.</source>
        <translation>请给出要检查的台账文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This casebook was written by an earlier version of Xianjie (casebook version %1; this program uses version %2). Open it once with this version to upgrade it, then check it again.</source>
        <translation>此台账由较早版本的衔接写入（台账版本 %1，本程序使用版本 %2）。请先用本版本打开一次完成升级，再进行检查。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The casebook has %n fault(s).</source>
        <translation>
            <numerusform>台账有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook is sound.</source>
        <translation>台账完好。</translation>
    </message>
    <message>
        <location filename="../app/xianjie-cli/PrintCommands.cpp" line="-72"/>
        <source>Say which paper to print: referral-letter, consent-form or visit-list.</source>
        <translation>请说明要打印哪一种文书：referral-letter（转介函）、consent-form（同意书）或 visit-list（走访名单）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the casebook, the village (--village) and the PDF file (--out).</source>
        <translation>请给出台账文件、村（社区）（--village）和 PDF 文件（--out）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the casebook, the %1 and the PDF file (--out).</source>
        <translation>请给出台账文件、%1和 PDF 文件（--out）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent ID</source>
        <translation>同意书编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>referral number</source>
        <translation>转介编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the village (--village) by its code or its name.</source>
        <translation>请用 --village 给出村（社区）的代码或名称。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Referral letter %1</source>
        <translation>转介函 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent form</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="+35"/>
        <source>The casebook has no village &quot;%1&quot;. Give its 12-digit code or its name as listed in the station&apos;s villages.</source>
        <translation>台账中没有村（社区）“%1”。请给出本站村（社区）列表中的 12 位代码或名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --until as a date: YYYY-MM-DD.</source>
        <translation>--until 应为日期：YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit list: %1</source>
        <translation>走访名单：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="+51"/>
        <source>%1 written to %2.</source>
        <translation>%1已写入 %2。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Station contact: %1, phone %2, address %3.</source>
        <translation>服务站联系人：%1，电话 %2，地址 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/xianjie-cli/ReportCommands.cpp" line="-61"/>
        <source>Give the month as YYYY-MM, for example 2026-11.</source>
        <translation>请按 YYYY-MM 填写月份，例如 2026-11。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The county has no station &quot;%1&quot;. Give its 12-digit code or its name.</source>
        <translation>县里没有服务站“%1”。请填写其 12 位代码或名称。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say which report to make: linkage.</source>
        <translation>请说明要生成哪种报告：linkage（衔接情况通报）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the casebook, the month (--month YYYY-MM) and the PDF file (--out).</source>
        <translation>请给出台账、月份（--month YYYY-MM）和 PDF 文件（--out）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say which list to export: households, referrals, visits or assistance.</source>
        <translation>请说明要导出哪个名单：households、referrals、visits 或 assistance。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the casebook and the file to write (--out FILE.xlsx or FILE.csv).</source>
        <translation>请给出台账和要写入的文件（--out 文件.xlsx 或 文件.csv）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the file with .xlsx (Excel) or .csv at the end.</source>
        <translation>文件名请以 .xlsx（Excel）或 .csv 结尾。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 row(s) written to %3 (%4).</source>
        <translation>%1：已写入 %2 行到 %3（%4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unmasked</source>
        <translation>未遮蔽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>masked</source>
        <translation>已遮蔽</translation>
    </message>
    <message>
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="-114"/>
        <source>Name the casebook and the ledger file (.xlsx or .csv).</source>
        <translation>请指定个案簿和台账文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sheet is the sheet&apos;s number, 1 for the first.</source>
        <translation>--sheet 是工作表的序号，第一个为 1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding is utf8 or gb18030.</source>
        <translation>--encoding 为 utf8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the mapping %1: %2</source>
        <translation>无法读取列对应文件 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping %1 is not JSON: %2</source>
        <translation>列对应文件 %1 不是 JSON：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the mapping %1: %2</source>
        <translation>无法写入列对应文件 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sheet %1 of %2: %3</source>
        <translation>，第 %1 个工作表（共 %2 个）：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header row %1; columns:</source>
        <translation>表头在第 %1 行；各列：</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+55"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Villages not on the station&apos;s list: %1</source>
        <translation>不在本站村（社区）名单中的村：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People not in the casebook: %1</source>
        <translation>个案簿中没有的人员：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run, nothing written.</source>
        <translation>试运行，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: correct the refused rows, or import only the valid ones with --only-valid.</source>
        <translation>未导入任何内容：请改正被拒绝的行，或用 --only-valid 只导入有效的行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported as batch %1.</source>
        <translation>已导入，批次号 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No import batch %1 in this casebook.</source>
        <translation>本个案簿中没有导入批次 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows; households added %2, updated %3; people added %4; payments %5; refused %6</source>
        <translation>%1 行；新增家庭 %2 户，更新 %3 户；新增人员 %4 人；发放记录 %5 条；拒绝 %6 行</translation>
    </message>
</context>
<context>
    <name>xianjie::ConfirmingSave</name>
    <message>
        <location filename="../ui/dialogs/ConfirmingSave.h" line="+21"/>
        <source>Possibly the same person</source>
        <translation>可能是同一个人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>xianjie::ConflictOfInterest</name>
    <message>
        <location filename="../core/storage/ConflictOfInterest.cpp" line="+18"/>
        <source>Say how you are related to the household.</source>
        <translation>请说明您与该家庭的关系。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say how the family member is related to you.</source>
        <translation>请说明该家庭成员与您的关系。</translation>
    </message>
</context>
<context>
    <name>xianjie::ConflictReportDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictReportDialog.cpp" line="+13"/>
        <source>Households related to staff</source>
        <translation>与工作人员有关系的家庭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes by others</source>
        <translation>他人办理次数</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentDialog</name>
    <message>
        <location filename="../ui/dialogs/ConsentDialog.cpp" line="+31"/>
        <source>Record consent to share with a charity</source>
        <translation>登记向慈善组织提供信息的同意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each adult decides for themselves. A child under 14, or a person without legal capacity, consents through a guardian whose identity you check.</source>
        <translation>每位成年人自行决定。未满 14 周岁的儿童或无民事行为能力人，由监护人代为同意，须核验监护人身份。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A guardian from outside the household</source>
        <translation>户外的监护人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who consents:</source>
        <translation>同意人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (through the guardian)</source>
        <translation>%1（由监护人代为同意）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose &amp;information:</source>
        <translation>涉及谁的信息(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>监护人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the guardian&apos;s ID card</source>
        <translation>依据监护人身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s &amp;ID number:</source>
        <translation>监护人身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 父亲, 母亲, 祖母</source>
        <translation>如 父亲、母亲、祖母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s &amp;relation:</source>
        <translation>与被监护人关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To seek %1 help</source>
        <translation>申请%1帮扶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the person&apos;s words, if they gave any</source>
        <translation>本人的说法（如有）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items the person agrees to &amp;share:</source>
        <translation>同意提供的信息项(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charity keeps the data at &amp;most:</source>
        <translation>慈善组织最长保存(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Given by:</source>
        <translation>同意方式(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second witness, for a verbal consent</source>
        <translation>口头同意须另有一名见证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Witness:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given &amp;on:</source>
        <translation>同意日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice shown:</source>
        <translation>已告知文本：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print form for signature…</source>
        <translation>打印同意书供签字(&amp;P)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Any project of this organisation</source>
        <translation>该机构的任何项目</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the consent form</source>
        <translation>保存同意书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consent-form.pdf</source>
        <translation>同意书.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent form</source>
        <translation>同意书</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentPolicy</name>
    <message>
        <location filename="../core/rules/ConsentPolicy.cpp" line="+26"/>
        <source>Enter the name of the person who gives consent.</source>
        <translation>请输入同意人的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the charity the data may be given to.</source>
        <translation>请选择可接收信息的慈善组织。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the purpose: the kind of help the data is shared to obtain.</source>
        <translation>请选择用途：提供信息是为了申请哪类帮扶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each data item the person agrees to share.</source>
        <translation>请逐项勾选本人同意提供的信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a data item the casebook knows.</source>
        <translation>“%1”不是台账中的信息项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charity may keep the data for 1 to 120 months.</source>
        <translation>慈善组织保存期限为 1 至 120 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the consent was given.</source>
        <translation>请说明同意的方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A verbal consent needs the name of a witness.</source>
        <translation>口头同意须填写见证人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the version of the notice the person was shown.</source>
        <translation>请输入向本人告知的文本版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the consent was given.</source>
        <translation>请输入同意日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent is recorded once it has been given; the date is in the future.</source>
        <translation>同意须在作出后登记；该日期在将来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>有效期须晚于同意日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whose data the consent covers.</source>
        <translation>请选择同意涉及谁的信息。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent covers members of this household only.</source>
        <translation>同意只能涉及本户成员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no legal capacity: a guardian must consent for them.</source>
        <translation>%1 无民事行为能力：须由监护人代为同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is under 14: a guardian must consent for them.</source>
        <translation>%1 未满 14 周岁：须由监护人代为同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be their own guardian.</source>
        <translation>%1 不能做自己的监护人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an adult and decides for themselves: record their own consent.</source>
        <translation>%1 是成年人，须自行决定：请登记其本人的同意。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the guardian&apos;s resident ID number.</source>
        <translation>请输入监护人的身份证号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the guardian&apos;s relation to the person.</source>
        <translation>请输入监护人与被监护人的关系。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consent was withdrawn on %1</source>
        <translation>该同意已于 %1 撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consent was given only on %1</source>
        <translation>该同意 %1 才作出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consent expired on %1</source>
        <translation>该同意已于 %1 过期</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentRepository</name>
    <message>
        <location filename="../core/storage/ConsentRepository.cpp" line="+73"/>
        <source>The household is not in the casebook.</source>
        <translation>台账中没有该户。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This organisation is not in the directory.</source>
        <translation>名录中没有该机构。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project does not belong to the chosen organisation.</source>
        <translation>该项目不属于所选机构。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The consent has not been withdrawn.</source>
        <translation>该同意尚未撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient is told on or after the withdrawal, not later than today.</source>
        <translation>告知接收方的日期须在撤回当日或之后，且不晚于今天。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This consent is not in the casebook.</source>
        <translation>台账中没有该同意记录。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than 20 MB; scan at a lower resolution.</source>
        <translation>文件超过 20 MB；请以较低分辨率扫描。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The attached file is not in the casebook.</source>
        <translation>台账中没有该附件。</translation>
    </message>
</context>
<context>
    <name>xianjie::ConsentWithdrawal</name>
    <message>
        <location filename="../core/storage/ConsentWithdrawal.cpp" line="+21"/>
        <source>This consent was already withdrawn on %1.</source>
        <translation>该同意已于 %1 撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the person withdrew their consent.</source>
        <translation>请说明本人撤回同意的方式。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consent withdrawn: %1</source>
        <translation>同意已撤回：%1</translation>
    </message>
</context>
<context>
    <name>xianjie::CountyService</name>
    <message>
        <location filename="../app/xianjie-server/CountyService.cpp" line="-341"/>
        <source>The county server is busy; the station tries again shortly.</source>
        <translation>县里的服务器正忙，服务站稍后会自动重试。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The spool folder %1 cannot be created.</source>
        <translation>无法创建暂存文件夹 %1。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The server serves a county casebook; %1 is a station&apos;s.</source>
        <translation>服务器只能服务县级台账；%1 是服务站的台账。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The spool folder %1 cannot be written.</source>
        <translation>无法写入暂存文件夹 %1。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The request is not signed by a station.</source>
        <translation>此请求没有服务站的签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was signed for another station.</source>
        <translation>此请求是以另一个服务站的名义签名的。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The station computer&apos;s clock is %n minute(s) ahead of the county server&apos;s. Set the computer&apos;s date and time, then sync again.</source>
        <translation>
            <numerusform>服务站电脑的时钟比县里服务器快 %n 分钟。请校准电脑的日期和时间，然后再同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station computer&apos;s clock is %n minute(s) behind the county server&apos;s. Set the computer&apos;s date and time, then sync again.</source>
        <translation>
            <numerusform>服务站电脑的时钟比县里服务器慢 %n 分钟。请校准电脑的日期和时间，然后再同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station %1 is not enrolled with this county.</source>
        <translation>服务站 %1 尚未接入本县。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of station %1 was revoked on %2; its requests are not accepted.</source>
        <translation>服务站 %1 的密钥已于 %2 吊销，不再接受它的请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request&apos;s signature does not match station %1&apos;s key: it was changed on the way or not made by that station.</source>
        <translation>请求的签名与服务站 %1 的密钥不符：请求在途中被改动，或并非该服务站发出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was sent before (a repeated nonce) and is refused.</source>
        <translation>此请求之前已经发送过（随机数重复），已拒收。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>There is nothing at this address.</source>
        <translation>此地址下没有内容。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The upload does not say where its part goes (offset, size and sha256).</source>
        <translation>上传没有说明这一部分的位置（offset、size 和 sha256）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle is larger than the server takes (%1 MB at most, in parts of %2 KB).</source>
        <translation>数据包超过服务器的上限（最多 %1 MB，每部分 %2 KB）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>The county server cannot store the upload (its disk may be full).</source>
        <translation>县里的服务器无法保存上传的内容（磁盘可能已满）。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The upload resumes from byte %1.</source>
        <translation>上传从第 %1 字节处继续。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle arrived damaged (its bytes do not match their digest); the station sends it again.</source>
        <translation>数据包到达时已损坏（内容与摘要不符）；服务站会重新发送。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Say which county changes the station has applied (after) and which of its changes it knows acknowledged (acked).</source>
        <translation>请说明服务站已应用到县里的哪一项修改（after），以及已知县里确认到自己的哪一项修改（acked）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The county server is stopping.</source>
        <translation>县里的服务器正在停止。</translation>
    </message>
    <message>
        <location filename="../app/xianjie-server/main.cpp" line="+94"/>
        <source>The server takes request bodies uncompressed and with a length.</source>
        <translation>服务器只接受未压缩、标明长度的请求内容。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>无法在 %1:%2 上监听（端口已被占用，或不是本机地址）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serving %1 on %2:%3</source>
        <translation>正在 %2:%3 上提供 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>xianjie::CountySync</name>
    <message>
        <location filename="../core/sync/CountySync.cpp" line="+102"/>
        <source>The station&apos;s audit log does not continue from the entries the county already holds (at entry No. %1): entries were removed or changed at the station. The bundle is refused; ask the county to look at the station.</source>
        <translation>该站的审计日志与县里已保存的记录接不上（第 %1 条）：站里有记录被删除或改动。此数据包已拒收，请县里核查该站。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The ID number ending %1 is also registered at %2. Agree with that station which registration stays.</source>
        <translation>尾号 %1 的身份证号也登记在%2。请与该站商定保留哪一处登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another station</source>
        <translation>另一服务站</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The bundle is incomplete or damaged (its audit entries cannot be read).</source>
        <translation>数据包不完整或已损坏（无法读取其中的审计日志条目）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+155"/>
        <source>Bundles for stations are written by the county casebook.</source>
        <translation>发给服务站的数据包由县级台账生成。</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No enrolled station has the code %1.</source>
        <translation>没有代码为 %1 的已登记服务站。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>For station %1, county changes %2 to %3</source>
        <translation>发给服务站 %1，县里第 %2 至 %3 项修改</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No station is enrolled with this county, or every station&apos;s key is revoked: there is no bundle to write.</source>
        <translation>本县还没有接入的服务站，或所有服务站的密钥都已吊销：没有需要生成的数据包。</translation>
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
        <translation>带字节顺序标记的 UTF-8（Excel 的“CSV UTF-8”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB18030 / GBK (Chinese Excel&apos;s &quot;CSV&quot;)</source>
        <translation>GB18030 / GBK（中文 Excel 的“CSV”）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is not UTF-8 text as chosen. Choose GB18030 (the encoding Chinese Excel saves CSV in) and try again.</source>
        <translation>文件不是所选的 UTF-8 文本。请改选 GB18030（中文 Excel 保存 CSV 的编码）再试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is neither UTF-8 nor GB18030 text. Open it in Excel and save it as &quot;CSV UTF-8&quot;, or as an Excel workbook, and try again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。请在 Excel 中打开，另存为“CSV UTF-8”或 Excel 工作簿后再试。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>文件不是 UTF-8 文本。请另存为“CSV UTF-8”后重试。</translation>
    </message>
</context>
<context>
    <name>xianjie::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+45"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station:</source>
        <translation>服务站：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stations</source>
        <translation>全部服务站</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Village:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Linkage report…</source>
        <translation>衔接情况通报(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report on linkage with charities (衔接情况通报) for this period and area, as a PDF to print: counts only, no names.</source>
        <translation>本时段和范围的衔接情况通报，生成可打印的 PDF：只有统计数字，不含姓名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Households on the books</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs open</source>
        <translation>未满足需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals sent</source>
        <translation>发出转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to a charity&apos;s answer</source>
        <translation>慈善组织答复天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received (yuan)</source>
        <translation>获得帮扶（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+310"/>
        <source>Visits overdue</source>
        <translation>走访逾期</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held bundles</source>
        <translation>暂存数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open reviews</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The first day comes after the last.</source>
        <translation>起始日晚于截止日。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Click to list them.</source>
        <translation>点击查看名单。</translation>
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
        <translation>%1 人；本期销户 %2 户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 identified, %2 met in the period</source>
        <translation>本期发现 %1 项，满足 %2 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 completed, %2 still open</source>
        <translation>办结 %1 件，仍在办理 %2 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median; 90% within %1 days</source>
        <translation>中位数；90% 在 %1 天内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer yet</source>
        <translation>尚无答复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>government %1 · charity %2</source>
        <translation>政府 %1 · 慈善 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 due were done</source>
        <translation>应访 %2 次，已完成 %1 次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Referrals sent and how far they went</source>
        <translation>发出的转介及进展</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals: %1</source>
        <translation>转介：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Households by category</source>
        <translation>各类别户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households: %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People in focus groups</source>
        <translation>重点人群人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households with: %1</source>
        <translation>有%1的家庭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs by type</source>
        <translation>各类需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identified in the period</source>
        <translation>本期发现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open at its end</source>
        <translation>期末未满足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Help received by source and form (yuan)</source>
        <translation>按来源和形式的帮扶（元）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help: %1</source>
        <translation>帮扶：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits due</source>
        <translation>应访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits done</source>
        <translation>已访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews due</source>
        <translation>应复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews overdue</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n person(s) registered at two stations wait for review in the Sync tab.</source>
        <translation>
            <numerusform>有 %n 人在两个服务站登记，请在“同步”页核对。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one is registered at two stations.</source>
        <translation>没有人在两个服务站重复登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (revoked)</source>
        <translation>%1（已注销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>衔接情况通报</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>数字还在统计中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the linkage report</source>
        <translation>保存衔接情况通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linkage report %1 %2.pdf</source>
        <translation>衔接情况通报 %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing the report…</source>
        <translation>正在生成通报…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is saved as %1. Open it to look at it and print it?</source>
        <translation>通报已保存为 %1。要打开查看并打印吗？</translation>
    </message>
</context>
<context>
    <name>xianjie::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+163"/>
        <source>The casebook file is damaged, so nothing more is written to it. Restore it from a backup and tell your county office.</source>
        <translation>台账文件已损坏，不会再向其中写入任何内容。请用备份恢复，并告知县民政局。</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>The casebook file is damaged. Restore it from a backup and tell your county office.</source>
        <translation>台账文件已损坏。请从备份恢复，并告知县民政部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Xianjie casebook.</source>
        <translation>此文件不是衔接台账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盘已满。请清理空间后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook is busy in another program. Try again in a moment.</source>
        <translation>台账正被其他程序使用，请稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The casebook cannot be written (the file or its folder is read-only).</source>
        <translation>台账无法写入（文件或所在文件夹为只读）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The casebook file cannot be read or written: %1</source>
        <translation>无法读写台账文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing consent: no valid consent covers this item of this person for this recipient and purpose.</source>
        <translation>缺少同意：没有有效的同意涵盖此人的该信息项、该接收方和该用途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing consent: the referral discloses nothing under a consent. Record the consent first.</source>
        <translation>缺少同意：该转介没有依同意提供任何信息。请先登记同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: a consent the referral relies on has been withdrawn.</source>
        <translation>缺少同意：该转介所依据的同意已撤回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items are disclosed only when a referral to a charity is sent.</source>
        <translation>只有在向慈善组织发送转介时才提供信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change of a referral&apos;s status is not allowed: status only moves forward.</source>
        <translation>不允许这样改变转介状态：状态只能向前推进。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral&apos;s recipient and household are fixed; cancel it and refer again.</source>
        <translation>转介的接收方和家庭不能更改；请取消后重新转介。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was disclosed is kept as it was disclosed.</source>
        <translation>已提供的信息按提供时原样保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: a child under 14 or a person without capacity needs a guardian&apos;s consent.</source>
        <translation>缺少同意：未满 14 周岁的儿童或无民事行为能力人须由监护人同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing consent: an adult consents for themselves, not through someone else.</source>
        <translation>缺少同意：成年人须本人同意，不能由他人代为同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guardian consents only for a child under 14 or a person without capacity.</source>
        <translation>监护人只能为未满 14 周岁的儿童或无民事行为能力人代为同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guardian&apos;s consent needs the guardian&apos;s ID number and relation.</source>
        <translation>监护人代为同意须登记监护人的身份证号和关系。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent covers members of its own household only.</source>
        <translation>同意只能涉及本户成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terms of a consent cannot be changed; record a new consent.</source>
        <translation>同意的内容不能更改；请登记新的同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent is kept; withdraw it instead of deleting it.</source>
        <translation>同意须保留；请撤回而不是删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The casebook refused the change: %1</source>
        <translation>台账拒绝了此修改：%1</translation>
    </message>
</context>
<context>
    <name>xianjie::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+449"/>
        <source>The number of households cannot be negative.</source>
        <translation>户数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo households go into a station casebook, not a county one.</source>
        <translation>演示数据只能加入服务站台账，不能加入县级台账。</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Stopped; no demo data was added.</source>
        <translation>已停止；未添加任何演示数据。</translation>
    </message>
</context>
<context>
    <name>xianjie::Enrollment</name>
    <message>
        <location filename="../core/sync/Enrollment.cpp" line="+41"/>
        <source>The casebook&apos;s signing key is damaged.</source>
        <translation>台账的签名密钥已损坏。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a valid %1 file, or it was changed after it was signed. Ask for a new one.</source>
        <translation>这不是有效的 %1 文件，或签名后被改动过。请重新索取。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a station casebook asks to be enrolled.</source>
        <translation>只有服务站台账才能申请登记。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stations are enrolled by a county casebook.</source>
        <translation>服务站须由县级台账登记。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Station %1 (%2) is not in this county (%3).</source>
        <translation>服务站 %1（%2）不在本县（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is incomplete. Ask the station for a new one.</source>
        <translation>申请文件不完整。请服务站重新生成。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Station %1 is already enrolled with other keys. Revoke the old key first if the station really set up a new casebook.</source>
        <translation>服务站 %1 已用其他密钥登记。如该站确实新建了台账，请先吊销旧密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The station could not be registered: %1</source>
        <translation>无法登记该服务站：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Only a station casebook accepts an enrolment.</source>
        <translation>只有服务站台账才能接受登记。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This grant was made for another station&apos;s casebook.</source>
        <translation>该登记凭证是发给另一个服务站台账的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grant comes from a county (%1) this station is not in.</source>
        <translation>该登记凭证来自本站不属于的县（%1）。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Say why the station&apos;s key is revoked.</source>
        <translation>请说明吊销该服务站密钥的原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrolled station has the code %1.</source>
        <translation>没有代码为 %1 的已登记服务站。</translation>
    </message>
</context>
<context>
    <name>xianjie::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="+26"/>
        <source>Export a list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only from</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmasked: ID numbers, phones, health and children&apos;s data in full</source>
        <translation>不遮蔽(&amp;U)：完整导出身份证号、电话、健康和儿童信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unmasked list is written to the audit log with its number of rows. Keep the file on an encrypted disk and delete it when it has served.</source>
        <translation>未遮蔽的名单会连同行数记入审计日志。请把文件存放在加密磁盘上，用完即删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list is masked: ID numbers and phones partly hidden, health and disability hidden, children under 14 by a masked name and age. Only the station head may export it unmasked.</source>
        <translation>名单已遮蔽：身份证号和电话部分隐藏，健康和残疾信息隐藏，14 岁以下儿童只显示遮蔽的姓名和年龄。只有站长可以导出未遮蔽的名单。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The households as the household list shows them now (%1), one row per member.</source>
        <translation>家庭名单当前显示的家庭（%1），每名成员一行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The referrals and leads as the Referrals tab shows them now.</source>
        <translation>“转介”页当前显示的转介和线索。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits planned and done (by their due date), corrections as corrected.</source>
        <translation>计划和完成的走访（按应访日期），更正的以更正后为准。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The help received, from government and charities, amounts in yuan.</source>
        <translation>获得的政府救助和慈善帮扶，金额以元计。</translation>
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
            <numerusform>%n 件转介</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 — narrow the period or the area to see the rest.</source>
        <translation>前 %1——缩小时段或范围可看到其余的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Double-click a row to open the household.</source>
        <translation>%1。双击一行打开该家庭。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open the household</source>
        <translation>打开家庭(&amp;O)</translation>
    </message>
</context>
<context>
    <name>xianjie::FirstRunGuide</name>
    <message>
        <location filename="../ui/dialogs/FirstRunGuide.cpp" line="+71"/>
        <source>Setting up %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start working</source>
        <translation>开始工作(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This casebook belongs to %1 (code %2). Four steps get the station ready: its contact for the papers it prints, its villages, the workers&apos; accounts and the daily backup. Any step can be done later from the menus.</source>
        <translation>本台账属于%1（代码 %2）。四步即可让服务站准备就绪：文书上印的联系方式、村（社区）、社工账号和每日备份。任何一步都可以以后再从菜单中完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. The station&apos;s contact</source>
        <translation>1. 服务站联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers for the station and its phone number are printed on every referral letter, reply slip and consent form.</source>
        <translation>服务站的联系人和电话会印在每份转介函、回执和同意书上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the &amp;contact…</source>
        <translation>填写联系方式(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not entered yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered: %1, %2.</source>
        <translation>已填写：%1，%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Villages and communities</source>
        <translation>2. 村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households are registered in a village or community of the township. Enter them, or paste the list with their 12-digit codes; the county&apos;s list is added at enrolment.</source>
        <translation>家庭登记在本乡镇（街道）的某个村或社区。请逐个录入，或粘贴带 12 位代码的列表；与县里登记时会补充县里的列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the &amp;villages…</source>
        <translation>录入村（社区）(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None entered yet.</source>
        <translation>尚未录入。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n village(s) and communities entered.</source>
        <translation>
            <numerusform>已录入 %n 个村（社区）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Accounts for the workers</source>
        <translation>3. 社工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each worker signs in with an account of their own, so the audit log says who did what. Add the station&apos;s workers now.</source>
        <translation>每位社工用自己的账号登录，审计日志才能记下谁做了什么。请现在添加本站社工。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;accounts…</source>
        <translation>打开账号管理(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s).</source>
        <translation>
            <numerusform>共 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. The daily backup</source>
        <translation>4. 每日备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day Xianjie writes an encrypted copy of the casebook to a folder, best on a second disk or a USB stick. Choose the folder and a passphrase, and write the passphrase down.</source>
        <translation>衔接每天把台账的加密副本写到一个文件夹，最好在另一块硬盘或U盘上。请选择文件夹并设置口令，再把口令记下来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the &amp;backup…</source>
        <translation>设置备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up yet: the status bar will remind you.</source>
        <translation>尚未设置：状态栏会提醒您。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups go to %1.</source>
        <translation>备份写到 %1。</translation>
    </message>
</context>
<context>
    <name>xianjie::FormParts</name>
    <message>
        <location filename="../ui/widgets/FormParts.cpp" line="+158"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>xianjie::HelpDialog</name>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="+13"/>
        <source>Help: households</source>
        <translation>帮助：家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: visits</source>
        <translation>帮助：走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: referrals</source>
        <translation>帮助：转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help: sync with the county</source>
        <translation>帮助：与县里同步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The households of the station: each with its members, assistance categories, needs, consents, referrals and the help it received.</source>
        <translation>本站登记的家庭：每户的成员、救助类别、需求、同意、转介和已获帮扶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a household by typing in the search box: a name, pinyin or its initials (zs for 张三), part of an ID number, or a village.</source>
        <translation>在搜索框中输入即可查找家庭：姓名、拼音或拼音首字母（zs 即张三）、身份证号的一部分，或村（社区）名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow the list with Village, Category and Status; click a column header to sort the whole list; Ctrl+End goes to the last household.</source>
        <translation>用“村（社区）”“类别”“状态”缩小列表；点击列标题可对整个列表排序；Ctrl+End 跳到最后一户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register household (Ctrl+N) records a new household with its head. An ID number fills in the birth date and sex; what you do not know stays &quot;not known&quot;.</source>
        <translation>“登记家庭”（Ctrl+N）登记新家庭及户主。输入身份证号会自动填出生日期和性别；不清楚的情况保持“不详”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the right: edit the household, add or edit members, add categories, record help received, plan a visit. History shows everything that happened to the household, with who did it.</source>
        <translation>右侧可修改家庭、添加或修改成员、添加类别、登记受助、安排走访。“历史记录”列出该户的全部经过以及经办人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID numbers, health and disability stay hidden; &quot;Show hidden data&quot; shows them for one member and is written to the audit log.</source>
        <translation>身份证号、健康和残疾信息默认隐去；“显示隐去信息”只显示一名成员的信息，并记入审计日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visits planned for the station&apos;s households: overdue ones first, then today&apos;s and this week&apos;s.</source>
        <translation>本站家庭的走访安排：先列逾期的，再列今天和本周的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a visit to record it: the date, whom you met, what you found, the six self-care activities, the services delivered. The next visit is planned by itself.</source>
        <translation>双击一条走访即可登记：日期、见到谁、了解到的情况、六项自理活动、提供的服务。下一次走访会自动安排。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Print visit list… prints the visits due in one village for the next two weeks, with phone numbers and room to write, to take along.</source>
        <translation>“业务 → 打印走访名单…”打印某村（社区）未来两周应走访的家庭，含电话并留有书写空间，方便带去走访。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Visit plan… sets how often priority households (seriously ill, elderly who cannot care for themselves) and the others are visited.</source>
        <translation>“业务 → 走访计划…”设置重点家庭（重病、不能自理的老人）和其他家庭多久走访一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referrals to charities, and leads that charities report to the station, in both directions.</source>
        <translation>向慈善组织的转介，以及慈善组织向服务站反映的线索，双向都在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a referral from a household&apos;s need: the wizard ranks the charity projects that fit and says why, asks for the consent that covers what is shared, and prints the letter.</source>
        <translation>从家庭的某项需求发起转介：向导按匹配程度列出慈善项目并说明理由，核对所提供信息的同意，并打印转介函。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral letter carries a reply slip for the charity to send back; record its answer (accepted, declined, returned) and the help given when the referral is completed.</source>
        <translation>转介函附有回执，请慈善组织填写寄回；登记其答复（接受、拒绝、退回），转介完成时登记所给帮扶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Record a lead from a charity… registers a person a charity found; follow it until the application is decided.</source>
        <translation>“业务 → 登记慈善组织反映的线索…”登记慈善组织发现的对象，跟进到申请有结果为止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casework → Charity directory… lists the organisations and projects; a CSV file can be imported.</source>
        <translation>“业务 → 慈善资源名录…”列出机构和项目，可导入 CSV 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station&apos;s changes go to the county, and the county&apos;s back, over the network when the county server is set up, or by a USB stick.</source>
        <translation>本站的修改送到县里，县里的修改也送回本站：县里设好服务器时通过网络，否则用U盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online: the station syncs by itself when the network allows; the status bar says when it last did. Sync now tries at once.</source>
        <translation>联网时：有网络就自动同步，状态栏显示上次同步时间。“立即同步”马上尝试一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By USB stick: Export bundle to… writes the changes to the stick; the county imports them and gives back its own bundle, which you import here.</source>
        <translation>用U盘时：“导出数据包到…”把修改写到U盘；县里导入后给回县里的数据包，在这里导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent twice and nothing is lost: a bundle that arrives twice is recognised, one that comes early is kept until the one before it arrives.</source>
        <translation>不会重复，也不会丢失：重复送达的数据包会被识别，提前到达的会保留到前一个到达为止。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change is kept in the audit log (Account → Audit log…) with who made it and when.</source>
        <translation>每一次修改都记入审计日志（账号 → 审计日志…），包括谁、在什么时候做的。</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdDialog</name>
    <message>
        <location filename="../ui/dialogs/HouseholdDialog.cpp" line="+29"/>
        <source>Register a household</source>
        <translation>登记家庭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit household</source>
        <translation>修改家庭信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no village list yet)</source>
        <translation>（尚无村居名单）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the village or community</source>
        <translation>请选择村（社区）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group, house number</source>
        <translation>组、门牌号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cause of &amp;hardship:</source>
        <translation>致困原因(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yuan per person per month, optional</source>
        <translation>元/人/月，可不填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Income:</source>
        <translation>人均月收入(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the village or community.</source>
        <translation>请选择村（社区）。</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdListModel</name>
    <message>
        <location filename="../ui/models/HouseholdListModel.cpp" line="+85"/>
        <source>Found through the member %1.</source>
        <translation>通过家庭成员 %1 找到。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (member: %2)</source>
        <translation>%1（成员：%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdPage</name>
    <message>
        <location filename="../ui/views/HouseholdPage.cpp" line="+82"/>
        <source>Choose a household from the list, or register a new one.</source>
        <translation>请从列表中选择一户，或登记新家庭。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit household…</source>
        <translation>修改家庭(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>C&amp;lose household…</source>
        <translation>注销家庭(&amp;L)…</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>I am &amp;related…</source>
        <translation>我与该户有关系(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare that you are related to this household. You will not be able to act on it; the station head will.</source>
        <translation>申报您与该家庭有亲友关系。申报后您不能再为该户办理事项，改由站长办理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a &amp;visit…</source>
        <translation>安排走访(&amp;V)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;member…</source>
        <translation>修改成员(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show hidden data</source>
        <translation>显示隐去信息(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this member&apos;s ID number, health and disability. Every use is recorded in the audit log.</source>
        <translation>显示该成员的身份证号、健康和残疾信息。每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistance categories</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;category…</source>
        <translation>添加类别(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd category…</source>
        <translation>结束类别(&amp;N)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record &amp;help…</source>
        <translation>登记受助(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Help received</source>
        <translation>已获帮扶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot show the household</source>
        <translation>无法显示该家庭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s household (closed)</source>
        <translation>%1 户（已注销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s household</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village: %1    Address: %2</source>
        <translation>村（社区）：%1    住址：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Phone: %1    Cause of hardship: %2</source>
        <translation>电话：%1    致困原因：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income per person per month: not recorded</source>
        <translation>人均月收入：未登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person per month: %1 yuan</source>
        <translation>人均月收入：%1 元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed on %1: %2</source>
        <translation>%1 注销：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;open household</source>
        <translation>恢复家庭(&amp;O)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+146"/>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Plan a visit</source>
        <translation>安排走访</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due on:</source>
        <translation>应访日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will make this visit</source>
        <translation>由我走访</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Declare a relation</source>
        <translation>申报关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you related to this household (for example: my cousin&apos;s family, my neighbour)?</source>
        <translation>您与该家庭是什么关系（例如：表亲家庭、邻居）？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relation declared</source>
        <translation>关系已申报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. From now on the station head handles this household&apos;s categories and referrals.</source>
        <translation>谢谢。今后该户的救助类别和转介由站长办理。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>End category</source>
        <translation>结束救助类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends on:</source>
        <translation>%1结束日期：</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+72"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Help from government and charities, newest first.</source>
        <translation>政府和慈善的帮扶，最新的在前。</translation>
    </message>
    <message>
        <location line="+366"/>
        <source>Not reopened</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdQueryWorker</name>
    <message>
        <location filename="../ui/models/HouseholdQueryWorker.cpp" line="+38"/>
        <source>The casebook cannot be read.</source>
        <translation>无法读取台账。</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdRepository</name>
    <message>
        <location filename="../core/storage/HouseholdRepository.cpp" line="+117"/>
        <source>A person with the same name and birth date is already registered in %1. Register this person as well only if they are someone else.</source>
        <translation>%1 中已登记了同名且出生日期相同的人。只有确认是另一个人时，才继续登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This household already has a head; choose another relation.</source>
        <translation>该家庭已有户主，请选择其他关系。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the village or community the household lives in.</source>
        <translation>请选择该家庭所在的村（社区）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This village is not on the station&apos;s village list.</source>
        <translation>该村（社区）不在本服务站的村居名单中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the head of household.</source>
        <translation>请填写户主。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A household has one head; choose another relation for %1.</source>
        <translation>一户只能有一个户主，请为 %1 选择其他关系。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two members have the same ID number.</source>
        <translation>有两名成员的身份证号相同。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say why the household is closed.</source>
        <translation>请填写注销原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing date cannot be in the future.</source>
        <translation>注销日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This household is already closed.</source>
        <translation>该家庭已注销。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This household is closed; reopen it before adding members.</source>
        <translation>该家庭已注销，请先恢复再添加成员。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the category starts.</source>
        <translation>请填写类别起始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>A category cannot end before it starts.</source>
        <translation>结束日期不能早于起始日期。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Rigid-expenditure hardship is recognised for at most 12 months: enter an end date no later than %1.</source>
        <translation>刚性支出困难认定最长 12 个月：结束日期不能晚于 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The household is already in this category from %1; end that period first.</source>
        <translation>该家庭自 %1 起已属于此类别，请先结束那一期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A review cannot be due before the category starts.</source>
        <translation>复核日期不能早于类别开始日期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>This category record no longer exists.</source>
        <translation>该类别记录已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next review must be after today.</source>
        <translation>下次复核须在今天之后。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category ends on %1; plan the next review no later.</source>
        <translation>该类别于 %1 结束；下次复核不能晚于此日。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the name of the village or community.</source>
        <translation>请填写村（社区）名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A village with code %1 is already on the list.</source>
        <translation>代码为 %1 的村（社区）已在名单中。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+80"/>
        <source>This household is not in the casebook.</source>
        <translation>台账中没有这户家庭。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>This person is not in the casebook.</source>
        <translation>台账中没有此人。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>household No. %1 (head %2)</source>
        <translation>户号 %1（户主 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household No. %1 (head %2, %3)</source>
        <translation>户号 %1（户主 %2，%3）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This ID number is already registered, in %1. A person can be registered only once.</source>
        <translation>该身份证号已登记在%1。同一个人只能登记一次。</translation>
    </message>
</context>
<context>
    <name>xianjie::HouseholdRules</name>
    <message>
        <location filename="../core/rules/HouseholdRules.cpp" line="+16"/>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name has at most 30 characters.</source>
        <translation>姓名最多 30 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name cannot contain digits or symbols.</source>
        <translation>姓名不能包含数字或符号。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Without an ID number, enter the birth date.</source>
        <translation>没有身份证号时，请填写出生日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without an ID number, choose the sex.</source>
        <translation>没有身份证号时，请选择性别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the relation to the head of household.</source>
        <translation>请选择与户主的关系。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the state of health.</source>
        <translation>请选择健康状况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the self-care ability.</source>
        <translation>请选择自理能力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capacity to work.</source>
        <translation>请选择劳动能力。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the disability category and grade from the lists.</source>
        <translation>请从列表中选择残疾类别和等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A disability needs both its category and its grade (or neither).</source>
        <translation>残疾类别和等级须同时填写（或都不填）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the address.</source>
        <translation>请填写住址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the cause of hardship from the list.</source>
        <translation>请从列表中选择致困原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
</context>
<context>
    <name>xianjie::Labels</name>
    <message>
        <location filename="../core/rules/Labels.cpp" line="+16"/>
        <source>Minimum living allowance</source>
        <translation>最低生活保障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-poverty support</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal low-income</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rigid-expenditure hardship</source>
        <translation>刚性支出困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored against relapse into poverty</source>
        <translation>防止返贫监测对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other hardship</source>
        <translation>其他困难人员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Min. allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extreme poverty</source>
        <translation>特困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rigid expenses</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored</source>
        <translation>防返贫监测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temporary</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他困难</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+31"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fully able</source>
        <translation>完全自理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly lost</source>
        <translation>部分失能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully lost</source>
        <translation>完全失能</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Can work</source>
        <translation>有劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly able to work</source>
        <translation>部分劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot work</source>
        <translation>无劳动能力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+398"/>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Schooling costs</source>
        <translation>因学</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accident or disaster</source>
        <translation>因灾因意外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lack of labour</source>
        <translation>缺劳动力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unemployment</source>
        <translation>失业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old age</source>
        <translation>年老</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other cause</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Visual</source>
        <translation>视力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearing</source>
        <translation>听力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speech</source>
        <translation>言语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>肢体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intellectual</source>
        <translation>智力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mental</source>
        <translation>精神</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multiple</source>
        <translation>多重</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grade 1 (most severe)</source>
        <translation>一级（最重）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+358"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Disability category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+349"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cause of hardship</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered with</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found</source>
        <translation>发现对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period until</source>
        <translation>截止期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public fundraising</source>
        <translation>公开募捐资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared relation</source>
        <translation>关系申报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity organisation</source>
        <translation>慈善组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity project</source>
        <translation>慈善项目</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+94"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without legal capacity</source>
        <translation>无民事行为能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords</source>
        <translation>密码错误次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities not managed alone</source>
        <translation>不能独立完成的活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project number</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places taken</source>
        <translation>已用名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>已用预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure page</source>
        <translation>信息公开网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s ID number</source>
        <translation>监护人身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s relation</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose in detail</source>
        <translation>用途说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept at most</source>
        <translation>最长保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent was given</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness of verbal consent</source>
        <translation>口头同意见证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice version</source>
        <translation>告知文本版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was withdrawn</source>
        <translation>撤回方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient told on</source>
        <translation>通知接收方日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents as</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of help</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of help</source>
        <translation>帮扶金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number of the person found</source>
        <translation>发现对象身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone of the person found</source>
        <translation>发现对象电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village of the person found</source>
        <translation>发现对象所在村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>附于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received</source>
        <translation>已获帮扶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral step</source>
        <translation>转介进展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosed item</source>
        <translation>已提供的信息项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consented item</source>
        <translation>同意的信息项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person consenting</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service at a visit</source>
        <translation>走访服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not happen</source>
        <translation>未能走访</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: all six managed alone</source>
        <translation>无：六项均能独立完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not timed</source>
        <translation>不计时</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity</source>
        <translation>慈善</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>through the guardian</source>
        <translation>由监护人代为同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for themselves</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From a charity</source>
        <translation>慈善组织转来</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To a charity</source>
        <translation>转给慈善组织</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Living</source>
        <translation>生活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>照料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological</source>
        <translation>心理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehabilitation</source>
        <translation>康复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment and skills</source>
        <translation>就业与技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other need</source>
        <translation>其他需求</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employment</source>
        <comment>short need type, for a chart&apos;s axis</comment>
        <translation>就业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>short need type, for a chart&apos;s axis</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can wait</source>
        <translation>可缓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soon</source>
        <translation>较急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>待解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>部分满足</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+259"/>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Found on a visit</source>
        <translation>走访发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application by the household</source>
        <translation>本户申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a charity</source>
        <translation>慈善组织反映</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elderly who cannot care for themselves</source>
        <translation>失能老年人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled people</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seriously ill people</source>
        <translation>重病患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-income households</source>
        <translation>低收入家庭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sex and age</source>
        <translation>性别和年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance categories</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="-312"/>
        <location line="+313"/>
        <source>Monthly income per person</source>
        <translation>月人均收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the need</source>
        <translation>需求描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-care ability</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed on paper</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded verbally, with a witness</source>
        <translation>口头同意（有见证人）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping</source>
        <translation>帮扶中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening</source>
        <translation>筛查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application assisted</source>
        <translation>已协助申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="-357"/>
        <location line="+358"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>xianjie::LeadDialog</name>
    <message>
        <location filename="../ui/dialogs/LeadDialog.cpp" line="+21"/>
        <source>Lead from a charity</source>
        <translation>慈善组织反映的线索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A charity tells the station about someone who may be eligible for government help. Record it here and follow it until the application is decided.</source>
        <translation>慈善组织向服务站反映可能符合政府救助条件的人。在此登记，并跟进到申请有结果为止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reported by:</source>
        <translation>反映机构(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the charity knows it</source>
        <translation>如慈善组织知道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Village or address:</source>
        <translation>村（社区）或地址(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Situation:</source>
        <translation>情况(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 低保, 特困, 临时救助</source>
        <translation>如 低保、特困、临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help that may &amp;apply:</source>
        <translation>可能适用的救助(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported &amp;on:</source>
        <translation>反映日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the charity to the directory first.</source>
        <translation>请先把该慈善组织加入名录。</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImportWizard</name>
    <message>
        <location filename="../ui/dialogs/LedgerImportWizard.cpp" line="+67"/>
        <location line="+45"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Which ledger?</source>
        <translation>导入哪份台账？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A roll of households (花名册) or a payment list (发放台账), saved by Excel or WPS as a workbook (.xlsx) or as CSV. Nothing is written until the last step.</source>
        <translation>家庭花名册或发放台账，由 Excel 或 WPS 保存为工作簿（.xlsx）或 CSV。最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file of the ledger</source>
        <translation>请选择台账文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As found in the file</source>
        <translation>按文件自动识别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which column holds what?</source>
        <translation>各列分别是什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column of the ledger is imported as, and correct what is wrong. A column set to &quot;%1&quot; is left out.</source>
        <translation>请核对台账每一列将作为什么导入，有误的请改正。设为“%1”的列不导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Households and their members (花名册)</source>
        <translation>家庭及其成员（花名册）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments to people in the casebook (发放台账)</source>
        <translation>发给个案簿中人员的款项（发放台账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger lists:</source>
        <translation>台账内容：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column headings in row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The columns as the headings of row %1 name them.</source>
        <translation>按第 %1 行的表头识别的各列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the import will do</source>
        <translation>导入将做什么</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every row as the importer judges it, before anything is written.</source>
        <translation>写入之前，逐行列出每一行的判断结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households already in the casebook:</source>
        <translation>个案簿中已有的家庭：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave as they are</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update address, phone, village, new members and category</source>
        <translation>更新地址、电话、村（社区）、新成员和救助类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import only the valid rows and leave out the refused ones (with their households)</source>
        <translation>只导入有效的行，被拒绝的行（连同其家庭）不导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every row</source>
        <translation>所有行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Read the file again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After correcting the ledger in Excel or WPS and saving it</source>
        <translation>在 Excel 或 WPS 中改正并保存台账之后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens, or why not</source>
        <translation>将如何处理，或为何不能导入</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file&apos;s headings have changed: the columns are read from them again. Check them on the previous page.</source>
        <translation>文件的表头已改变：已按新表头重新识别各列。请在上一页核对。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n row(s) with something in them.</source>
        <translation>
            <numerusform>%n 行有内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Chinese below looks garbled, choose the other encoding.</source>
        <translation>如果下面的中文显示为乱码，请选择另一种编码。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The columns as you set them for a file of the same layout. Check them.</source>
        <translation>这是您上次为同样格式的文件设定的各列，请核对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns as their headings name them (row %1). Check them.</source>
        <translation>这是按表头（第 %1 行）识别的各列，请核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row of the first 30 names the columns (姓名, 身份证号码, …). Say which row holds the headings, and what each column holds.</source>
        <translation>前 30 行中没有一行是表头（姓名、身份证号码等）。请指定表头所在行，以及每一列的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is imported as batch %2.</source>
        <translation>%1 已导入，批次号 %2。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+11"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Checking the ledger…</source>
        <translation>正在检查台账…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to import: no row adds or changes anything.</source>
        <translation>没有可导入的内容：没有一行会新增或更改任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) are refused. Correct them in the file and read it again, or import only the valid rows.</source>
        <translation>
            <numerusform>有 %n 行被拒绝。请在文件中改正后重新读取，或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refused rows will be left out.</source>
        <translation>被拒绝的行不会导入。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Villages not on the station&apos;s list (add them under Casework → Villages and communities, or correct the file): %1</source>
        <translation>不在本站村（社区）名单中的村（请在“业务 → 村（社区）列表”中添加，或改正文件）：%1</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+119"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Rows left out: %1. They are still in the file: correct them there and import the file again; what is already in the casebook is not added twice.</source>
        <translation>未导入的行：%1。这些行仍在文件中：在文件中改正后再导入一次即可，个案簿中已有的内容不会重复添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log (Account → Audit log) has an entry naming the file and these counts under this batch number, and the batch keeps which record came from which row of the file.</source>
        <translation>审计日志（账号 → 审计日志）中有一条以此批次号记录的条目，写明文件名和以上数字；该批次还记下每条记录来自文件的哪一行。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>People not in the casebook (register their households first): %1</source>
        <translation>个案簿中没有的人员（请先登记其家庭）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing a ledger…</source>
        <translation>正在导入台账…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped: nothing was imported.</source>
        <translation>已停止：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImporter</name>
    <message>
        <location filename="../core/storage/LedgerImporter.cpp" line="+79"/>
        <source>The mapping&apos;s kind is &quot;%1&quot;; it is households or payments.</source>
        <translation>列对应文件的类型为“%1”；应为 households 或 payments。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping gives no header row (header_row, 1 for the first row).</source>
        <translation>列对应文件没有给出表头行（header_row，第一行为 1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping names an unknown column &quot;%1&quot;.</source>
        <translation>列对应文件中有未知的列“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is in an older spreadsheet format. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>%1 是旧版电子表格格式。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV，再导入那个文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The workbook has %n sheet(s); there is no sheet %1.</source>
        <translation>
            <numerusform>该工作簿有 %n 个工作表，没有第 %1 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 64 MB; that is not a station&apos;s ledger.</source>
        <translation>%1 大于 64 MB，不是服务站的台账。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no rows to import.</source>
        <translation>%1 中没有可导入的行。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Will be added</source>
        <translation>将新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the casebook: will be updated</source>
        <translation>个案簿中已有：将更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the casebook</source>
        <translation>个案簿中已有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a person&apos;s row</source>
        <translation>不是人员行</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rows: %1 added, %2 updated, %3 already in the casebook, %4 refused, %5 skipped.</source>
        <translation>行：新增 %1 行，更新 %2 行，个案簿中已有 %3 行，拒绝 %4 行，跳过 %5 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows to add, %2 to update, %3 already in the casebook, %4 refused, %5 skipped.</source>
        <translation>将新增 %1 行，更新 %2 行，个案簿中已有 %3 行，拒绝 %4 行，跳过 %5 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments recorded: %1.</source>
        <translation>已记录发放 %1 条。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments to record: %1.</source>
        <translation>将记录发放 %1 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households added: %1, updated: %2; people added: %3; categories added: %4.</source>
        <translation>新增家庭 %1 户，更新 %2 户；新增人员 %3 人；新增救助类别 %4 项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households to add: %1, to update: %2; people to add: %3; categories to add: %4.</source>
        <translation>将新增家庭 %1 户，更新 %2 户；新增人员 %3 人；新增救助类别 %4 项。</translation>
    </message>
    <message>
        <location line="+576"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>Say which row holds the column headings: no row names the columns (姓名, 身份证号码, …).</source>
        <translation>请指定表头所在行：没有一行写有列名（姓名、身份证号码等）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Say which column holds the names (姓名).</source>
        <translation>请指定哪一列是姓名。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A payment list needs a column for the amount (金额) and one for the month (月份).</source>
        <translation>发放台账需要有金额列和月份列。</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../ui/dialogs/LedgerImportWizard.cpp" line="-77"/>
        <location filename="../app/xianjie-cli/LedgerCommands.cpp" line="-67"/>
        <source>Blank row.</source>
        <translation>空行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals row.</source>
        <translation>合计行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No name and no ID number: a note, not a person.</source>
        <translation>没有姓名和身份证号码：是备注，不是人员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID number was stored by Excel as a number and has lost its last digits. Format the column as text, type the number again and import the file again.</source>
        <translation>身份证号码被 Excel 以数字形式保存，已丢失末几位。请把该列设为文本格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The birth date %1 does not match the ID number (%2).</source>
        <translation>出生日期 %1 与身份证号码（%2）不符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth month %1 does not match the ID number (%2).</source>
        <translation>出生年月 %1 与身份证号码（%2）不符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date &quot;%1&quot; has no day; enter the whole date or the ID number.</source>
        <translation>出生日期“%1”没有日；请填写完整日期或身份证号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>&quot;%1&quot; is not a date that exists.</source>
        <translation>“%1”不是存在的日期。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not a sex (男 or 女).</source>
        <translation>“%1”不是性别（男或女）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex %1 does not match the ID number.</source>
        <translation>性别“%1”与身份证号码不符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元计的金额。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The month is missing.</source>
        <translation>缺少月份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a month (2026-10 or 2026年10月).</source>
        <translation>“%1”不是月份（2026-10 或 2026年10月）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month %1 has not come yet.</source>
        <translation>%1 月还没有到。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relation to the head of household is missing.</source>
        <translation>缺少与户主关系。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a relation word the importer knows (户主, 配偶, 子, 女, 父亲, 其他, …).</source>
        <translation>“%1”不是可识别的关系（户主、配偶、子、女、父亲、其他等）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The relation &quot;%1&quot; does not match the sex in the ID number.</source>
        <translation>关系“%1”与身份证号码中的性别不符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village &quot;%1&quot; is not on the station&apos;s village list.</source>
        <translation>村（社区）“%1”不在本站的村名单中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an assistance category the importer knows (低保, 特困, 低保边缘, …).</source>
        <translation>“%1”不是可识别的救助类别（低保、特困、低保边缘等）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rigid-expenditure hardship is recognised until an end date the ledger does not give; add this category by hand.</source>
        <translation>支出型困难需要认定截止日期，台账中没有；请手工添加此类别。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The category cannot start in the future.</source>
        <translation>救助类别的开始日期不能在将来。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The same person, month and programme as row %1.</source>
        <translation>与第 %1 行的人员、月份和项目相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same person as row %1.</source>
        <translation>与第 %1 行是同一人。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Several people in the casebook have this name; the row needs the ID number.</source>
        <translation>个案簿中有多人同名；该行需要身份证号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This person is not in the casebook; register the household first.</source>
        <translation>个案簿中没有此人；请先登记其家庭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From the payment list %1</source>
        <translation>来自发放台账 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from the payment list %2</source>
        <translation>%1，来自发放台账 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This payment is already in the help ledger.</source>
        <translation>这笔发放已在救助记录中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help ledger of %1.</source>
        <translation>记入%1的救助记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The household number is missing.</source>
        <translation>缺少户编号。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This household has several rows, and without a relation column the ledger does not say who is the head.</source>
        <translation>该户有多行，台账没有与户主关系列，无法知道谁是户主。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No head of household above this row (户主).</source>
        <translation>此行上方没有户主。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household %1 has no head of household (户主).</source>
        <translation>第 %1 户没有户主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 has %2 heads of household.</source>
        <translation>第 %1 户有 %2 个户主。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The address is missing.</source>
        <translation>缺少地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village or community is missing.</source>
        <translation>缺少村（社区）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The station keeps a village list; map the column that names the village.</source>
        <translation>本站有村（社区）名单；请指定哪一列是村（社区）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The members of this household are registered in different households: %1.</source>
        <translation>该户成员在个案簿中登记在不同的家庭：%1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A person with the same name and birth date is already registered in %1, and this row has no ID number to tell them apart; register them by hand.</source>
        <translation>%1中已登记有同名且出生日期相同的人，此行没有身份证号码可以区分；请手工登记。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+55"/>
        <source>Not imported with its household: another of its rows is refused.</source>
        <translation>随家庭一起不导入：该户另有一行被拒绝。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This household is in the casebook (%1) with another head; change the head there by hand.</source>
        <translation>该户已在个案簿中（%1），户主不同；请在那里手工更改户主。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>In the casebook: %1. Left as it is.</source>
        <translation>个案簿中已有：%1。保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new member of %1.</source>
        <translation>%1的新成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the ledger&apos;s address, phone, village or category will be written.</source>
        <translation>%1：将写入台账中的地址、电话、村（社区）或救助类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the casebook: %1.</source>
        <translation>个案簿中已有：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A new household with %n member(s).</source>
        <translation>
            <numerusform>新家庭，%n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member of the new household of row %1.</source>
        <translation>第 %1 行新家庭的成员。</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Nothing was imported: %n row(s) are refused. Correct them in the file, or import only the valid rows.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行被拒绝。请在文件中改正，或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was imported. Row %1: %2</source>
        <translation>未导入任何内容。第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerImportsDialog</name>
    <message>
        <location filename="../ui/dialogs/LedgerImportsDialog.cpp" line="+22"/>
        <source>Ledger imports</source>
        <translation>台账导入记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ledger imported into this casebook, newest first. Choose one to see which record came from which row of its file.</source>
        <translation>导入本个案簿的每份台账，最新的在前。选择一份，可查看每条记录来自文件的哪一行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households added</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No ledger has been imported yet: File → Import a ledger (Excel or CSV)…</source>
        <translation>还没有导入过台账：文件 → 导入台账（Excel 或 CSV）…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>From %1 (batch %2): %n record(s).</source>
        <translation>
            <numerusform>来自 %1（批次 %2）：%n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>xianjie::LedgerWords</name>
    <message>
        <location filename="../core/io/LedgerWords.cpp" line="+91"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistance category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category since</source>
        <translation>纳入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly income per person (yuan)</source>
        <translation>人均月收入（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month paid</source>
        <translation>发放月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
</context>
<context>
    <name>xianjie::LinkageReport</name>
    <message>
        <location filename="../core/report/LinkageReport.cpp" line="+98"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Linkage report, %1, %2</source>
        <translation>衔接情况通报，%1，%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linkage report, %1</source>
        <translation>衔接情况通报 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals sent in the period and how far they went</source>
        <translation>本期发出的转介及进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrals</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+126"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Help received by source and form (yuan)</source>
        <translation>按来源和形式的帮扶（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <location line="+9"/>
        <location line="+49"/>
        <location line="+8"/>
        <source>Charity</source>
        <translation>慈善组织</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Needs identified and met in the period, by type</source>
        <translation>本期按类型发现和满足的需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>Identified</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Report on the linkage of government assistance and charity help</source>
        <translation>社会救助与慈善帮扶衔接情况通报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: %1 to %2. Prepared on %3 from the casebook. Counts only: this report names no person and shows no ID number.</source>
        <translation>统计期：%1至%2。%3根据台账生成。仅含统计数字：本通报不列姓名，不含身份证号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households on the books</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in them</source>
        <translation>在册人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households registered</source>
        <translation>新登记户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households closed</source>
        <translation>销户户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs identified</source>
        <translation>发现需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs met</source>
        <translation>满足需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals to charities sent</source>
        <translation>发出转介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals completed</source>
        <translation>转介办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads reported by charities</source>
        <translation>慈善组织反映线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads approved for assistance</source>
        <translation>线索获批救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government help (yuan)</source>
        <translation>政府救助（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity help (yuan)</source>
        <translation>慈善帮扶（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits done / due</source>
        <translation>走访完成 / 应访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits overdue</source>
        <translation>走访逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Households and people</source>
        <translation>二、救助对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+19"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Focus group</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Needs</source>
        <translation>三、需求</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open at the end</source>
        <translation>期末未满足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Referrals to charities</source>
        <translation>四、向慈善组织转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 referrals sent; %2 accepted, %3 completed, %4 declined, %5 returned, %6 still open. Days to the charity&apos;s answer: median %7, 90% within %8. Days to completion: median %9.</source>
        <translation>发出转介 %1 件：受理 %2 件，办结 %3 件，拒绝 %4 件，退回 %5 件，仍在办理 %6 件。慈善组织答复天数：中位数 %7 天，90% 在 %8 天内。办结天数：中位数 %9 天。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+38"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+27"/>
        <location line="+11"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Declined or returned</source>
        <translation>拒绝或退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to answer, median</source>
        <translation>答复天数（中位）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to answer, 90%</source>
        <translation>答复天数（90%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to complete, median</source>
        <translation>办结天数（中位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral was sent in this period.</source>
        <translation>本期没有发出转介。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Leads from charities</source>
        <translation>五、慈善组织反映的线索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported</source>
        <translation>反映</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Being checked</source>
        <translation>核查中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application assisted</source>
        <translation>已协助申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>已获批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charity reported anyone in this period.</source>
        <translation>本期没有慈善组织反映线索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6. Help received</source>
        <translation>六、获得帮扶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source and form</source>
        <translation>来源和形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>7. Campaigns</source>
        <translation>七、主题活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help (yuan)</source>
        <translation>帮扶（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral to a campaign project was sent in this period.</source>
        <translation>本期没有向活动项目发出转介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>8. Stations</source>
        <translation>八、各服务站</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>9. To follow up</source>
        <translation>九、需跟进事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8. To follow up</source>
        <translation>八、需跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits overdue: %1. Category reviews due in the period: %2, done: %3, overdue: %4.</source>
        <translation>走访逾期 %1 次。本期应复核类别 %2 项，已复核 %3 项，逾期 %4 项。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Referrals still waiting for the charity&apos;s answer past its due date (%n):</source>
        <translation>
            <numerusform>超过答复期限仍未答复的转介（%n 件）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Referral</source>
        <translation>转介单号</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days over</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Referrals declined or returned in the period (%n):</source>
        <translation>
            <numerusform>本期被拒绝或退回的转介（%n 件）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by: %1    Checked by: %2</source>
        <translation>填报人：%1    审核人：%2</translation>
    </message>
</context>
<context>
    <name>xianjie::ListExport</name>
    <message>
        <location filename="../core/report/ListExport.cpp" line="+49"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，没有写入文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households and members</source>
        <translation>家庭及成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received</source>
        <translation>获得帮扶</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household No.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household phone</source>
        <translation>家庭电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Referral</source>
        <translation>转介单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+76"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Person reported</source>
        <translation>所反映人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ID number</source>
        <translation>其身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their phone</source>
        <translation>其电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a charity</source>
        <translation>转介至慈善组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>慈善组织反映</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who was met</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>情况记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1: %n row(s), %2, to %3</source>
        <translation>
            <numerusform>%1：%n 行，%2，导出到 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unmasked (ID numbers, phones and health in full)</source>
        <translation>未遮蔽（身份证号、电话和健康信息完整）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>masked</source>
        <translation>已遮蔽</translation>
    </message>
</context>
<context>
    <name>xianjie::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+76"/>
        <source>%1 — Xianjie casebook</source>
        <translation>%1 — 衔接台账</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by name, pinyin (zs for 张三), ID number or village</source>
        <translation>搜索：姓名、拼音（zs 即张三）、身份证号或村（社区）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visits (%1 overdue, %2 today)</source>
        <translation>走访（逾期 %1，今天 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Referrals (%1 open, %2 overdue)</source>
        <translation>转介（未结 %1，逾期 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals (%1 open)</source>
        <translation>转介（未结 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register household…</source>
        <translation>登记家庭(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;casebook…</source>
        <translation>新建台账(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open casebook…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport a list…</source>
        <translation>导出名单(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a ledger (Excel or CSV)…</source>
        <translation>导入台账（Excel 或 CSV）(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ledger imports…</source>
        <translation>台账导入记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linkage &amp;report…</source>
        <translation>衔接情况通报(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find household</source>
        <translation>查找家庭(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charity &amp;directory…</source>
        <translation>慈善资源名录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages and c&amp;ommunities…</source>
        <translation>村（社区）列表(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a &amp;lead from a charity…</source>
        <translation>登记慈善组织反映的线索(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer time for charities…</source>
        <translation>慈善组织答复时限(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visit plan…</source>
        <translation>走访计划(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print visit list…</source>
        <translation>打印走访名单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User accounts…</source>
        <translation>用户账号(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related households report…</source>
        <translation>亲友回避情况表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;after…</source>
        <translation>自动锁定时间(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backup…</source>
        <translation>自动备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station &amp;contact…</source>
        <translation>服务站联系方式(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help for this screen</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Xianjie</source>
        <translation>关于衔接(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Xianjie</source>
        <translation>关于衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Xianjie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The casebook of the township civil-affairs service station: households, their needs and the help they receive from government and charities.&lt;/p&gt;&lt;p&gt;The casebook file is not encrypted: keep it on a disk protected by the operating system&apos;s disk encryption.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;衔接 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;乡镇（街道）民政服务站的工作台账：困难家庭、他们的需求，以及从政府和慈善组织得到的帮扶。&lt;/p&gt;&lt;p&gt;台账文件本身没有加密：请存放在已启用操作系统磁盘加密的电脑上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Automatic backup is off — set it up</source>
        <translation>自动备份未开启 — 点此设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the casebook</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>as filtered</source>
        <translation>按当前筛选</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export a list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;供 Excel 打开的 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting %1: %2 of %3…</source>
        <translation>正在导出%1：%2 / %3…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another task is running (a bundle or a backup); export when it has finished.</source>
        <translation>另一项任务（数据包或备份）正在进行，请等它完成后再导出。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set up the daily backup</source>
        <translation>设置每日自动备份</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation>请等正在进行的工作完成后再试。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is restored to %1. Open the restored casebook now? (This one closes.)</source>
        <translation>备份已恢复到 %1。现在打开恢复的台账吗？（当前台账将关闭。）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>V&amp;illage:</source>
        <translation>村（社区）(&amp;I)：</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+236"/>
        <location line="+11"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stati&amp;on:</source>
        <translation>服务站(&amp;O)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the whole list…</source>
        <translation>正在加载整个列表……</translation>
    </message>
    <message>
        <location line="-352"/>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+67"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>&amp;Casework</source>
        <translation>业务(&amp;C)</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Cannot make the report</source>
        <translation>无法生成报表</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password (at least 8 characters, letters and digits):</source>
        <translation>新密码（至少 8 位，字母和数字混合）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password not changed</source>
        <translation>密码未修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after inactivity</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the casebook after this many minutes without use:</source>
        <translation>无操作多少分钟后锁定台账：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location line="-278"/>
        <location line="+282"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n household(s) found</source>
        <translation>
            <numerusform>找到 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open casebook</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebooks (*.casebook);;All files (*)</source>
        <translation>台账文件 (*.casebook);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>xianjie::Masking</name>
    <message>
        <location filename="../core/rules/Masking.cpp" line="+15"/>
        <source>(hidden)</source>
        <translation>（已隐去）</translation>
    </message>
</context>
<context>
    <name>xianjie::Matching</name>
    <message>
        <location filename="../core/rules/Matching.cpp" line="+67"/>
        <source>Helps with any need, including %1.</source>
        <translation>帮扶各类需求，包括%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offers %1 help.</source>
        <translation>提供%1帮扶。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For low-income households; this household is in a category.</source>
        <translation>面向低收入家庭；本户在救助类别中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For %1: %2 is one.</source>
        <translation>面向%1：%2 属于此类。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meant for %1; no member concerned is.</source>
        <translation>面向%1；相关成员均不属于此类。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serves this village.</source>
        <translation>服务本村。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves this township.</source>
        <translation>服务本乡镇。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves this county.</source>
        <translation>服务本县。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s) left.</source>
        <translation>
            <numerusform>剩余 %n 个名额。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends soon, on %1.</source>
        <translation>即将结束（%1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The household already received %1 help from this charity in the last 12 months.</source>
        <translation>本户近 12 个月已从该慈善组织获得%1帮扶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household already received %1 help from another charity in the last 12 months.</source>
        <translation>本户近 12 个月已从其他慈善组织获得%1帮扶。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The household already receives government help for this need.</source>
        <translation>本户已因该需求获得政府救助。</translation>
    </message>
</context>
<context>
    <name>xianjie::MemberDialog</name>
    <message>
        <location filename="../ui/dialogs/MemberDialog.cpp" line="+18"/>
        <source>Add a member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member</source>
        <translation>修改家庭成员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>xianjie::MemberModel</name>
    <message>
        <location filename="../ui/models/MemberModel.cpp" line="+65"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-care</source>
        <translation>自理</translation>
    </message>
</context>
<context>
    <name>xianjie::NeedDialog</name>
    <message>
        <location filename="../ui/dialogs/NeedDialog.cpp" line="+36"/>
        <source>Record a need</source>
        <translation>登记需求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whose need:</source>
        <translation>需求对象(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is needed, in a sentence or two</source>
        <translation>需要什么，一两句话说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yuan, if known</source>
        <translation>元（如已知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;amount:</source>
        <translation>估计金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Known from:</source>
        <translation>来源(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Since:</source>
        <translation>发现日期(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>xianjie::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="+40"/>
        <source>A need belongs to a household; choose one.</source>
        <translation>需求须属于某一户，请选择。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person is not a member of this household.</source>
        <translation>此人不是本户成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of need.</source>
        <translation>请选择需求类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the need in a few words.</source>
        <translation>请简要描述需求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how urgent the need is.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the need became known.</source>
        <translation>请说明需求来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need is recorded once it is known; the date is in the future.</source>
        <translation>需求须在发现后登记；该日期在将来。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the need&apos;s status.</source>
        <translation>请选择需求状态。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This need is not in the casebook.</source>
        <translation>台账中没有该需求。</translation>
    </message>
</context>
<context>
    <name>xianjie::NewCasebookDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCasebookDialog.cpp" line="+22"/>
        <location line="+43"/>
        <source>New casebook</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A casebook is one file on this computer. Keep it on a disk protected by the operating system&apos;s disk encryption.</source>
        <translation>台账是本机上的一个文件。请存放在已启用操作系统磁盘加密的磁盘上。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Township service station</source>
        <translation>乡镇（街道）民政服务站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County civil-affairs office</source>
        <translation>县级民政部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Division code:</source>
        <translation>区划代码(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 东风街道民政服务站</source>
        <translation>例如：东风街道民政服务站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station or office &amp;name:</source>
        <translation>服务站或民政局名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Casebooks (*.casebook)</source>
        <translation>台账文件 (*.casebook)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>6 digits, the county&apos;s code</source>
        <translation>6 位县级区划代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 digits, the township&apos;s code</source>
        <translation>12 位乡镇（街道）统计区划代码</translation>
    </message>
</context>
<context>
    <name>xianjie::OnlineSync</name>
    <message>
        <location filename="../core/sync/OnlineSync.cpp" line="+64"/>
        <source>The county server&apos;s certificate could not be verified. Check the address, or ask the county for its certificate file.</source>
        <translation>无法验证县里服务器的证书。请检查地址，或向县里索取证书文件。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Nothing answers at the server&apos;s address (no network, or the server is off).</source>
        <translation>县里服务器的地址没有应答（没有网络，或服务器没有开）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line to the server broke off or timed out.</source>
        <translation>与服务器的连接中断或超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure connection could be made to the server.</source>
        <translation>无法与服务器建立安全连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not be reached (%1).</source>
        <translation>连不上服务器（%1）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The county server answered with an error (HTTP %1).</source>
        <translation>县里的服务器返回了错误（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The county server&apos;s address should look like https://sync.example.gov.cn or https://10.1.2.3:8443.</source>
        <translation>县里服务器的地址应当形如 https://sync.example.gov.cn 或 https://10.1.2.3:8443。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Online sync runs at a station; the county runs xianjie-server.</source>
        <translation>在线同步在服务站运行；县里运行 xianjie-server。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol the station with its county first.</source>
        <translation>请先把服务站接入县里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No county server address is set: the station syncs by USB stick only.</source>
        <translation>尚未设置县里服务器的地址：服务站只能用 U 盘同步。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No temporary folder can be made for the bundles.</source>
        <translation>无法为数据包创建临时文件夹。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>In step with the county</source>
        <translation>已与县里同步一致</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The county holds %n bundle(s) until the missing changes arrive</source>
        <translation>
            <numerusform>县里暂存了 %n 个数据包，等待缺失的修改到达</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county refused a bundle</source>
        <translation>县里拒收了一个数据包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server was not reached; the station tries again later</source>
        <translation>没有连上县里的服务器；服务站稍后会重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online sync is not set up</source>
        <translation>尚未设置在线同步</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bundle(s) sent (%1 changes)</source>
        <translation>
            <numerusform>已发送 %n 个数据包（%1 项修改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) the county already had</source>
        <translation>
            <numerusform>%n 个数据包县里已经有了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>county&apos;s news applied (%n change(s))</source>
        <translation>
            <numerusform>已应用县里发来的内容（%n 项修改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) still waiting</source>
        <translation>
            <numerusform>仍有 %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. </source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>xianjie::OnlineSyncAgent</name>
    <message numerus="yes">
        <location filename="../ui/OnlineSyncAgent.cpp" line="+177"/>
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing with the county…</source>
        <translation>正在与县里同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>The county refused a bundle: %1</source>
        <translation>县里拒收了一个数据包：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>The county holds %n bundle(s) until missing changes arrive</source>
        <translation>
            <numerusform>县里暂存了 %n 个数据包，等待缺失的修改到达</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced online yet</source>
        <translation>尚未在线同步</translation>
    </message>
</context>
<context>
    <name>xianjie::OnlineSyncPanel</name>
    <message>
        <location filename="../ui/widgets/OnlineSyncPanel.cpp" line="+17"/>
        <source>Online sync with the county server</source>
        <translation>与县里服务器在线同步</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>County server address:</source>
        <translation>县里服务器地址：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (from the county; empty: sync by USB stick only)</source>
        <translation>https://…（由县里提供；留空则只用 U 盘同步）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last round at %1: %2</source>
        <translation>最近一次（%1）：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrol the station with its county first; then it syncs online by itself when the county has a server.</source>
        <translation>请先把服务站接入县里；县里有服务器时，服务站会自动在线同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No county server address is set: this station syncs by USB stick only.</source>
        <translation>尚未设置县里服务器的地址：本服务站只用 U 盘同步。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>County server address</source>
        <translation>县里服务器地址</translation>
    </message>
</context>
<context>
    <name>xianjie::OpApplier</name>
    <message>
        <location filename="../core/sync/OpApplier.cpp" line="+105"/>
        <source>Change %1 of %2 (%3) was refused: %4 Nothing was written.</source>
        <translation>第 %1 项修改（共 %2 项，%3）被拒绝：%4 未写入任何内容。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the casebook has no such table.</source>
        <translation>台账中没有这个表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the change is incomplete.</source>
        <translation>修改内容不完整。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+108"/>
        <source>&quot;%1&quot; is not a column that can be changed.</source>
        <translation>“%1”不是可以修改的字段。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>it changes a record the casebook does not have.</source>
        <translation>它修改的记录不在本台账中。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&quot;%1&quot; is not a kind of change.</source>
        <translation>“%1”不是一种修改类型。</translation>
    </message>
</context>
<context>
    <name>xianjie::OrgDialog</name>
    <message>
        <location filename="../ui/dialogs/OrgDialog.cpp" line="+20"/>
        <source>Add an organisation</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit organisation</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18 characters, on the registration certificate</source>
        <translation>18 位，见登记证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration &amp;authority:</source>
        <translation>登记管理机关(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>division codes, for example 110105 (a county) or 110105100 (a township)</source>
        <translation>区划代码，如 110105（县）或 110105100（乡镇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;area:</source>
        <translation>服务地区(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Services:</source>
        <translation>服务类型(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target groups:</source>
        <translation>服务对象(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified for public fundraising</source>
        <translation>具有公开募捐资格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>xianjie::Paper</name>
    <message>
        <location filename="../core/report/Paper.cpp" line="+47"/>
        <source>____ year __ month __ day</source>
        <translation>______年____月____日</translation>
    </message>
</context>
<context>
    <name>xianjie::Password</name>
    <message>
        <location filename="../core/rules/Password.cpp" line="+27"/>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix letters with digits or other characters in the password.</source>
        <translation>密码须由字母与数字或其他字符混合组成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cryptography library could not start.</source>
        <translation>加密组件无法启动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>xianjie::PdfDocument</name>
    <message>
        <location filename="../ui/print/PdfDocument.cpp" line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page %1 could not be started</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>xianjie::Permissions</name>
    <message>
        <location filename="../core/rules/Permissions.cpp" line="+27"/>
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>角色为“%1”的用户不能%2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County staff</source>
        <translation>县级工作人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation>审计人员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>register or change households</source>
        <translation>登记或修改家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change assistance categories</source>
        <translation>修改救助类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close or reopen households</source>
        <translation>注销或恢复家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reveal masked personal data</source>
        <translation>查看隐去的个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up or restore the casebook</source>
        <translation>备份或恢复台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declare relations to households</source>
        <translation>申报与家庭的关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>act for a household related to them</source>
        <translation>为与自己有关系的家庭办理事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the charity directory</source>
        <translation>修改慈善资源名录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record needs, consents and referrals</source>
        <translation>登记需求、同意和转介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrol the station with its county (the station head does)</source>
        <translation>办理服务站接入县里（由站长办理）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export lists with ID numbers, phones and health unmasked (the station head may)</source>
        <translation>导出含完整身份证号、电话和健康信息的名单（站长可以）</translation>
    </message>
</context>
<context>
    <name>xianjie::PersonForm</name>
    <message>
        <location filename="../ui/dialogs/PersonForm.cpp" line="+52"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>18 characters; leave empty if the person has none yet</source>
        <translation>18 位；尚未办理的可不填</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile or landline, optional</source>
        <translation>手机或固定电话，可不填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health:</source>
        <translation>健康状况(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disability:</source>
        <translation>残疾(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Six activities: eating, dressing, getting in and out of bed, toileting, walking indoors and bathing. All six: fully able; up to three failed: partly lost; four or more failed: fully lost.</source>
        <translation>六项日常活动：进食、穿衣、上下床、如厕、室内行走、洗澡。六项都能完成为完全自理；一至三项不能完成为部分失能；四项及以上不能完成为完全失能。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-&amp;care:</source>
        <translation>自理能力(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work capacity:</source>
        <translation>劳动能力(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without legal capacity: a guardian consents for this person</source>
        <translation>无民事行为能力：由监护人代为同意</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1, born %2, %3 years old</source>
        <translation>%1，%2 出生，%3 岁</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without an ID number, enter sex and birth date.</source>
        <translation>没有身份证号时，请填写性别和出生日期。</translation>
    </message>
</context>
<context>
    <name>xianjie::ProjectDialog</name>
    <message>
        <location filename="../ui/dialogs/ProjectDialog.cpp" line="+25"/>
        <source>Add a project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the charity information platform</source>
        <translation>与慈善中国平台一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project n&amp;umber:</source>
        <translation>项目编号(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Services:</source>
        <translation>服务类型(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target groups:</source>
        <translation>服务对象(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>division codes; empty: the organisation&apos;s service area</source>
        <translation>区划代码；留空表示机构的服务地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places:</source>
        <translation>名额(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yuan; empty: not limited</source>
        <translation>元；留空表示不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs from</source>
        <translation>实施期间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example 中华慈善日 春节</source>
        <translation>如 中华慈善日 春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaigns:</source>
        <translation>活动(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disclosure link:</source>
        <translation>信息公开链接(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>实施中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordVisitDialog</name>
    <message>
        <location filename="../ui/dialogs/RecordVisitDialog.cpp" line="+29"/>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · due %2</source>
        <translation>%1 · 应访 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: the head and her daughter</source>
        <translation>例如：户主及其女儿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Met:</source>
        <translation>见到(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what you saw and heard; needs you noticed</source>
        <translation>所见所闻；发现的需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings:</source>
        <translation>情况(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-care assessment: tick what the person could NOT do</source>
        <translation>自理能力评估：勾选此人不能完成的活动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Services delivered (minutes spent)</source>
        <translation>提供的服务（用时，分钟）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>xianjie::RecordWriter</name>
    <message>
        <location filename="../core/storage/RecordWriter.cpp" line="+54"/>
        <location line="+55"/>
        <source>Sign in before changing the casebook.</source>
        <translation>请先登录，再修改台账。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralDialog</name>
    <message>
        <location filename="../ui/dialogs/ReferralDialog.cpp" line="+43"/>
        <source>Charity &amp;accepted</source>
        <translation>机构已受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity is &amp;helping</source>
        <translation>机构帮扶中(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Completed…</source>
        <translation>已完成(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declined</source>
        <translation>已拒绝(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Returned</source>
        <translation>已退回(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel referral</source>
        <translation>取消转介(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Application assisted</source>
        <translation>已协助申请(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pproved</source>
        <translation>已批准(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not eligible</source>
        <translation>不符合条件(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdrawn</source>
        <translation>已撤回(&amp;W)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;letter (PDF)…</source>
        <translation>保存转介函（PDF）(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;packet…</source>
        <translation>保存数据包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to household</source>
        <translation>关联到家庭(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To %1%2 for %3 help; household: %4.</source>
        <translation>转给%1%2，申请%3帮扶；家庭：%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent on %1; answer due by %2.</source>
        <translation>%1 发送；答复期限 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: the charity has not answered in time. Call them.</source>
        <translation>已逾期：慈善组织未按时答复，请电话联系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome: %1%2.</source>
        <translation>结果：%1%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 yuan</source>
        <translation>，%1 元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead from %1 about %2 (%3), reported on %4.</source>
        <translation>%1 反映的线索：%2（%3），%4 反映。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme not named</source>
        <translation>未指明救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation: %1</source>
        <translation>情况：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet linked to a registered household.</source>
        <translation>尚未关联到已登记家庭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a registered household.</source>
        <translation>已关联到已登记家庭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disclosed under consent: %1.</source>
        <translation>依同意提供的信息：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The copies were deleted on %1 when the retention period ended.</source>
        <translation> 保存期满，副本已于 %1 删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing disclosed.</source>
        <translation>未提供任何信息。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What did the charity give?</source>
        <translation>慈善组织提供了什么帮扶？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yuan; leave empty for material help or services</source>
        <translation>元；物资或服务留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need is fully met</source>
        <translation>需求已完全满足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the referral letter</source>
        <translation>保存转介函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral %1 letter.pdf</source>
        <translation>转介函 %1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral letter %1</source>
        <translation>转介函 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the referral packet</source>
        <translation>保存转介数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral %1 packet.json</source>
        <translation>转介数据包 %1.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral packets (*.json)</source>
        <translation>转介数据包 (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one with the lead&apos;s ID number is registered yet. Register the household first.</source>
        <translation>尚无人以该线索的身份证号登记。请先登记该户。</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralDocuments</name>
    <message>
        <location filename="../core/report/ReferralDocuments.cpp" line="+56"/>
        <source>A lead from a charity has no referral letter.</source>
        <translation>慈善组织反映的线索没有转介函。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing consent: the consent referral %1 relied on was withdrawn, so its letter and packet can no longer be given to a charity.</source>
        <translation>缺少同意：转介 %1 所依据的同意已撤回，其转介函和数据包不能再提供给慈善组织。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referral %1 has the status &quot;%2&quot;: it has no letter or packet to give to a charity.</source>
        <translation>转介 %1 的状态为“%2”：没有可提供给慈善组织的转介函或数据包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing consent: referral %1 discloses nothing under a consent.</source>
        <translation>缺少同意：转介 %1 没有依同意提供任何信息。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Missing consent: &quot;%1&quot; of %2 is not covered by the consent it was recorded under.</source>
        <translation>缺少同意：%2 的“%1”不在所依据的同意范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing consent: &quot;%1&quot; of %2 can no longer be given to the charity: %3.</source>
        <translation>缺少同意：%2 的“%1”不能再提供给慈善组织：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data of referral %1 was deleted on %2 when the consent&apos;s retention period ended.</source>
        <translation>转介 %1 的信息已于 %2 因同意的保存期满而删除。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Referral letter</source>
        <translation>转介函</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refers the household below to you for %2 help, with the consent of the people concerned. Only the information they agreed to share is given here; please use it only for this purpose and keep it no longer than the consent allows.</source>
        <translation>经当事人同意，%1 将下列家庭转介给贵机构，申请%2帮扶。此处仅提供当事人同意提供的信息；请仅用于此用途，保存时间不超过同意允许的期限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>an ID number identifies the person</source>
        <translation>身份证号可识别本人身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it shows the household&apos;s money and assistance</source>
        <translation>涉及家庭收入和救助情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is health information</source>
        <translation>属于健康信息</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station contact</source>
        <translation>服务站联系人</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent on %1</source>
        <translation>发出日期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <location line="+208"/>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Please answer by %1 with the reply slip below, or by phone to the station.</source>
        <translation>请于 %1 前填写下方回执答复，或致电服务站。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>consent given on %1 by %2 (%3), valid until %4, data kept at most %n month(s)</source>
        <translation>
            <numerusform>%2 于 %1 作出的同意（%3），有效期至 %4，信息最长保存 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basis: %1.</source>
        <translation>依据：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <location line="+64"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>If a person withdraws their consent, the station will tell you; stop using their information from then on.</source>
        <translation>如当事人撤回同意，服务站将通知贵机构；自通知之日起请停止使用其信息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply slip</source>
        <translation>回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in and send back to the station, or send a photo of it to the worker named in the letter.</source>
        <translation>请填写后寄回或送回服务站，也可拍照发给转介函上的经办人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We have received your referral letter No. %1 of %2.</source>
        <translation>贵站 %2 发出的转介函（编号 %1）已收悉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We accept it and will provide:</source>
        <translation>接受转介，将提供：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We cannot take it, because:</source>
        <translation>无法接受，原因：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We need to know more:</source>
        <translation>需进一步了解：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referral letter %1</source>
        <translation>转介函 %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Referral packet %1</source>
        <translation>转介数据包 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Consent to share personal information with a charity</source>
        <translation>向慈善组织提供个人信息同意书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would like to give the information ticked below to the charity named here, so that it can help your household. You decide; saying no changes nothing in the help you get from government. You can withdraw this consent at any time by telling the station; withdrawal does not undo what was already shared.</source>
        <translation>%1 拟将下列勾选的信息提供给此处列明的慈善组织，以便其帮助您的家庭。是否同意由您决定；不同意不影响您获得的政府救助。您可随时告知服务站撤回本同意；撤回不影响此前已提供的信息。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the charity for at most</source>
        <translation>慈善组织最长保存</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose information</source>
        <translation>涉及谁的信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>under 14: consent by the guardian</source>
        <translation>未满 14 周岁：由监护人同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without legal capacity: consent by the guardian</source>
        <translation>无民事行为能力：由监护人同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consents for themselves</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information to be shared</source>
        <translation>拟提供的信息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is about a child under 14 (%1)</source>
        <translation>涉及不满十四周岁的未成年人（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensitive personal information: %1.</source>
        <translation>敏感个人信息：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitive personal information is shared only with your separate consent: signing this form gives it for the items marked sensitive above.</source>
        <translation>敏感个人信息须经您单独同意方可提供：签署本同意书即表示您对上面标明为敏感个人信息的各项单独同意。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature of the guardian (or fingerprint)</source>
        <translation>监护人签名（或按手印）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the person consenting (or fingerprint)</source>
        <translation>同意人签名（或按手印）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, relation: %2, ID number: %3</source>
        <translation>%1，关系：%2，身份证号：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station witness</source>
        <translation>服务站见证人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To withdraw this consent or ask what was shared, tell %1%2.</source>
        <translation>如需撤回本同意或查询已提供的信息，请告知%1%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (phone %1)</source>
        <translation>（电话 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice version %1. Printed on %2.</source>
        <translation>告知文本版本 %1。打印于 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent form for %1</source>
        <translation>%1 的同意书</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The consent has not been withdrawn; there is nothing to recall.</source>
        <translation>该同意尚未撤回，无需撤回通知。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>referral %1 of %2</source>
        <translation>%2 的转介 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice of withdrawn consent</source>
        <translation>撤回同意通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 the person concerned withdrew the consent given on %2 to share their information with you. From today, please stop using the information received under it and delete it, except where a law requires you to keep it.</source>
        <translation>当事人已于 %1 撤回其于 %2 作出的向贵机构提供信息的同意。自即日起，请停止使用据此获得的信息并予以删除，法律要求保存的除外。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No information had been sent under this consent.</source>
        <translation>依该同意尚未提供任何信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This concerns: %1.</source>
        <translation>涉及：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recall notice</source>
        <translation>撤回通知</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralListModel</name>
    <message>
        <location filename="../ui/models/ReferralListModel.cpp" line="+55"/>
        <source>To a charity</source>
        <translation>转给慈善组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a charity</source>
        <translation>慈善组织转来</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household or person</source>
        <translation>家庭或个人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charity</source>
        <translation>慈善组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need or programme</source>
        <translation>需求或救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent or reported</source>
        <translation>发送或反映日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralRepository</name>
    <message>
        <location filename="../core/storage/ReferralRepository.cpp" line="+183"/>
        <source>The need is no longer open; there is nothing to refer.</source>
        <translation>该需求已不再待解决，无需转介。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not active in the directory; choose another organisation.</source>
        <translation>%1 在名录中不是在册状态；请选择其他机构。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project does not belong to the chosen organisation.</source>
        <translation>该项目不属于所选机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project %1 is not running today.</source>
        <translation>项目 %1 今天不在实施期内。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing consent: no one in this household has consented to share data with %1 for %2 help. Record the consent first.</source>
        <translation>缺少同意：本户无人同意为申请%2帮扶向 %1 提供信息。请先登记同意。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A lead from a charity discloses nothing.</source>
        <translation>慈善组织反映的线索不提供任何信息。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1, %n year(s) old</source>
        <translation>
            <numerusform>%1，%n 岁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan a month per person</source>
        <translation>月人均 %1 元</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only a draft can be sent; this referral is already %1.</source>
        <translation>只有草稿可以发送；该转介已是“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the charity needs to know; nothing is chosen.</source>
        <translation>请选择慈善组织需要了解的信息；尚未选择。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>someone outside this household</source>
        <translation>户外人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing consent: no valid consent lets the station give &quot;%1&quot; of %2 to %3 for this purpose. Nothing was sent.</source>
        <translation>缺少同意：没有有效的同意允许服务站为此用途向 %3 提供 %2 的“%1”。未发送任何信息。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>状态为“%1”的转介不能改为“%2”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send a referral with what it discloses, from the referral wizard.</source>
        <translation>请在转介向导中连同所提供的信息一并发送转介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the outcome to complete a referral.</source>
        <translation>请登记结果以完成转介。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral becomes consent-withdrawn when the consent is withdrawn.</source>
        <translation>同意撤回时转介自动变为“同意已撤回”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A lead is closed as approved, not eligible or withdrawn.</source>
        <translation>线索以“已批准”、“不符合条件”或“已撤回”结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral that is %1 cannot be completed.</source>
        <translation>状态为“%1”的转介不能完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the form of help: cash, material or service.</source>
        <translation>请选择帮扶形式：现金、物资或服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount of cash help.</source>
        <translation>请输入现金帮扶金额。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral %1: %2</source>
        <translation>转介 %1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the name of the person the charity reported.</source>
        <translation>请输入慈善组织反映的人员姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the person&apos;s situation as the charity reported it.</source>
        <translation>请按慈善组织的反映描述此人情况。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report date is in the future.</source>
        <translation>反映日期在将来。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a lead from a charity is linked to a household later.</source>
        <translation>只有慈善组织反映的线索才在之后关联家庭。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to a registered household.</source>
        <translation>已关联到已登记家庭。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This referral is not in the casebook.</source>
        <translation>台账中没有该转介。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No referral has the number %1.</source>
        <translation>没有编号为 %1 的转介。</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralWizard</name>
    <message>
        <location filename="../ui/dialogs/ReferralWizard.cpp" line="+39"/>
        <source>Refer to a charity</source>
        <translation>转介给慈善组织</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which need?</source>
        <translation>哪项需求？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the open need the charity should help with.</source>
        <translation>请选择需要慈善组织帮扶的待解决需求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record a new need…</source>
        <translation>登记新需求(&amp;R)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which project?</source>
        <translation>哪个项目？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects of the charity directory that fit this need, best first, with the reasons. Help the household already receives for the same need ranks a project down.</source>
        <translation>慈善资源名录中与该需求匹配的项目，最合适的在前，并列出理由。本户已就同一需求获得的帮扶会降低项目排名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it fits</source>
        <translation>匹配理由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station may give a household&apos;s information to a charity only with the person&apos;s consent for that charity and that purpose.</source>
        <translation>只有当事人同意向该慈善组织、为该用途提供信息，服务站才能提供。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the &amp;consent now…</source>
        <translation>现在登记同意(&amp;C)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the charity will receive</source>
        <translation>慈善组织将收到的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items a consent covers are listed. The usual minimum for this kind of need is ticked; untick what the charity does not need.</source>
        <translation>只列出同意范围内的信息项。已勾选此类需求通常所需的最少信息；慈善组织不需要的请取消勾选。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record as sent and write the letter</source>
        <translation>登记为已发出并生成转介函(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Letter written</source>
        <translation>转介函已生成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the &amp;letter</source>
        <translation>打开转介函(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Referral %1 to %2 is recorded as sent; the charity is asked to answer by %3.

Nothing has left the station yet. The letter and the packet were written to:
Letter: %4
Packet: %5

Print the letter or give both files to the charity. Follow the referral in the Referrals tab.</source>
        <translation>转介 %1（致 %2）已登记为已发出，请其于 %3 前答复。

目前还没有任何信息离开服务站。转介函和数据包已保存到：
转介函：%4
数据包：%5

请打印转介函，或把两个文件交给慈善组织。可在“转介”页跟进。</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Share</source>
        <translation>提供</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the letter and packet in:</source>
        <translation>转介函和数据包保存到：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to save the letter</source>
        <translation>转介函保存位置</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No consent on record lets the station share this household&apos;s information with %1 for %2 help. Ask the person; if they agree, print the form, have it signed and record the consent now.</source>
        <translation>台账中没有允许服务站为申请%2帮扶向 %1 提供本户信息的同意。请征求本人意见；如同意，打印同意书请其签字，并现在登记。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Consent given by %1 on %2, valid until %3, covering %n person(s): %4.</source>
        <translation>
            <numerusform>%1 于 %2 同意，有效期至 %3，涉及 %n 人：%4。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station may share with %1 for %2 help:</source>
        <translation>服务站可为申请%2帮扶向 %1 提供：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record another &amp;consent…</source>
        <translation>再登记一份同意(&amp;C)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No project in the charity directory fits this need. Add the charities and projects of your area to the directory.</source>
        <translation>慈善资源名录中没有与该需求匹配的项目。请把本地的慈善组织和项目加入名录。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (sensitive)</source>
        <translation>%1（敏感）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a folder where the letter can be saved.</source>
        <translation>请选择可保存转介函的文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral %1 letter.pdf</source>
        <translation>转介函 %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral letter %1</source>
        <translation>转介函 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referral %1 packet.json</source>
        <translation>转介数据包 %1.json</translation>
    </message>
</context>
<context>
    <name>xianjie::ReferralsView</name>
    <message>
        <location filename="../ui/views/ReferralsView.cpp" line="+45"/>
        <source>Both directions</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To charities</source>
        <translation>转给慈善组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads from charities</source>
        <translation>慈善组织反映的线索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead: %1</source>
        <translation>线索：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>仅逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Charity &amp;directory…</source>
        <translation>慈善资源名录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;lead from a charity…</source>
        <translation>登记慈善组织反映的线索(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open referral…</source>
        <translation>打开转介(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;household</source>
        <translation>显示家庭(&amp;H)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All charities</source>
        <translation>全部慈善组织</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (not registered)</source>
        <translation>%1（未登记）</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n referral(s) shown.</source>
        <translation>
            <numerusform>显示 %n 条转介。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Answer time for charities</source>
        <translation>慈善组织答复时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days a charity has to answer a referral before it shows as overdue:</source>
        <translation>慈善组织须在多少个工作日内答复转介，超过即显示逾期：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>xianjie::RelatedHouseholds</name>
    <message>
        <location filename="../core/storage/RelatedHouseholds.cpp" line="+26"/>
        <source>declared relation: %1</source>
        <translation>已申报的关系：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a family member you declared (%1) is a member</source>
        <translation>您申报的亲属（%1）是该户成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you are registered as a member</source>
        <translation>您本人是该户成员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are related to this household (%1). To prevent favouritism, the station head must do this.</source>
        <translation>您与该家庭有关系（%1）。为防止优亲厚友，此事须由站长办理。</translation>
    </message>
</context>
<context>
    <name>xianjie::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialogs.cpp" line="+10"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is restored into a new casebook file; the casebook open now is not touched. If this station already synced with the county, tell the county before working in the restored casebook: it is older than what the county holds.</source>
        <translation>备份将恢复为一个新的台账文件，当前打开的台账不受影响。如果本站已与县里同步过，请先告知县里再使用恢复的台账：它比县里保存的数据旧。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from</source>
        <translation>从以下文件恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xianjie backups (*.xjbackup);;All files (*)</source>
        <translation>衔接备份 (*.xjbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;to:</source>
        <translation>恢复到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore to</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Casebooks (*.casebook)</source>
        <translation>台账 (*.casebook)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 restored.casebook</source>
        <translation>%1 恢复.casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file to restore.</source>
        <translation>请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the restored casebook.</source>
        <translation>请选择恢复后的台账存放位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose a new file name: a restore never writes over a casebook.</source>
        <translation>%1 已存在。请换一个新文件名：恢复从不覆盖已有台账。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypting and checking the backup…</source>
        <translation>正在解密并检查备份……</translation>
    </message>
</context>
<context>
    <name>xianjie::Retention</name>
    <message>
        <location filename="../core/storage/Retention.cpp" line="+73"/>
        <source>Disclosed data deleted: the consent&apos;s retention period ended.</source>
        <translation>已删除提供的信息：同意的保存期已满。</translation>
    </message>
</context>
<context>
    <name>xianjie::ServerConfig</name>
    <message>
        <location filename="../app/xianjie-server/ServerConfig.cpp" line="+11"/>
        <source>Usage: xianjie-server --casebook COUNTY.casebook --user ACCOUNT [--listen 127.0.0.1:8470] [--config FILE] [--spool DIR] [--threads N] [--lang zh_CN|en] [--version] [--help]
The account&apos;s password comes from XIANJIE_PASSWORD or from password_file in the config file.</source>
        <translation>用法：xianjie-server --casebook 县级台账 --user 账号 [--listen 127.0.0.1:8470] [--config 配置文件] [--spool 文件夹] [--threads N] [--lang zh_CN|en] [--version] [--help]
账号密码取自 XIANJIE_PASSWORD，或配置文件中的 password_file。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown or incomplete option &quot;%1&quot;.</source>
        <translation>未知或不完整的选项“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The config file %1 cannot be read: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 of the config file is not &quot;key = value&quot; with a known key.</source>
        <translation>配置文件第 %1 行不是已知键的“键 = 值”格式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the county casebook (--casebook) and the account the server acts as (--user).</source>
        <translation>请指定县级台账（--casebook）和服务器使用的账号（--user）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--listen takes an address and a port, such as 127.0.0.1:8470.</source>
        <translation>--listen 需要地址和端口，例如 127.0.0.1:8470。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--threads takes a number from 2 to 256.</source>
        <translation>--threads 需要 2 到 256 之间的数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_bundle_mb takes a number from 1 to 1024.</source>
        <translation>max_bundle_mb 需要 1 到 1024 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the account&apos;s password in XIANJIE_PASSWORD or in a password_file named by the config file.</source>
        <translation>请在 XIANJIE_PASSWORD 中给出账号密码，或在配置文件中用 password_file 指定密码文件。</translation>
    </message>
</context>
<context>
    <name>xianjie::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="+32"/>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the casebook of %1.</source>
        <translation>登录%1的台账。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First account — %1</source>
        <translation>创建首个账号 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This casebook has no accounts yet. Create the first one, for the county staff member who manages the others.</source>
        <translation>本台账还没有账号。请为负责管理其他账号的县级工作人员创建第一个账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This casebook has no accounts yet. Create the first one, for the station head, who then adds the social workers.</source>
        <translation>本台账还没有账号。请为站长创建第一个账号，再由站长添加社工账号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The casebook was locked after a period without use. Enter your password to go on.</source>
        <translation>由于一段时间无操作，台账已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Xianjie</source>
        <translation>退出衔接(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You locked the casebook. Enter your password to go on.</source>
        <translation>您锁定了台账。请输入密码继续。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>xianjie::StationContactDialog</name>
    <message>
        <location filename="../ui/dialogs/StationContactDialog.cpp" line="+17"/>
        <source>Station contact</source>
        <translation>服务站联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on referral letters, their reply slips and consent forms, so that a charity or a family knows whom to call at %1.</source>
        <translation>印在转介函、回执和同意书上，让慈善组织和群众知道有事找%1的谁、打哪个电话。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 0731-84567890</source>
        <translation>例如 0731-84567890</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>xianjie::StationRestore</name>
    <message>
        <location filename="../core/sync/StationRestore.cpp" line="+368"/>
        <source>The county&apos;s bundle is incomplete or damaged (a returned record cannot be read).</source>
        <translation>县里的数据包不完整或已损坏（一条送回的记录无法读取）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The county took in this restored casebook: %1 records that the backup did not have came back from the county, and the changes made here since the restore are sent from No. %2 on. The audit log continues from entry No. %3.</source>
        <translation>县里已接收这本恢复的个案簿：备份中没有的 %1 条记录已从县里送回，恢复后在本站所做的变更从第 %2 号起发送。审计日志从第 %3 条接续。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 records entered here since the restore repeated records that came back (the same ID number or code): the county&apos;s are kept and the repeats are marked removed. Look for households left without members.</source>
        <translation>恢复后在本站录入的 %1 条记录与送回的记录重复（身份证号或代码相同）：保留县里的记录，重复录入的已标记为删除。请查看是否有没有成员的家庭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records could not come back because a record entered here since the restore stands in their way (for example an account with the same user name); tell the county office.</source>
        <translation>有 %1 条记录无法送回，因为恢复后在本站录入的记录与之冲突（例如同名的账号）；请告知县民政部门。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This bundle was written before the station applied the county&apos;s decision to take in its restored casebook. Import the county&apos;s latest bundle at the station and export again; this one is not needed.</source>
        <translation>这个数据包是服务站应用县里接收其恢复个案簿的决定之前写出的。请在服务站导入县里最新的数据包后重新导出；此数据包已不需要。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The station&apos;s casebook was restored from a backup that ends at audit entry No. %1; the county holds %2 later entries of the station and changes the backup did not have. Its bundles wait for county staff to take in the restored casebook (Sync tab: choose the station, then &quot;Take in a restored casebook…&quot;); the county then sends the station what it lost.</source>
        <translation>该站的个案簿是从截至审计记录第 %1 条的备份恢复的；县里持有该站其后的 %2 条记录和备份中没有的变更。其数据包须等县里工作人员接收恢复的个案簿后才能应用（同步页：选择该站，再点“接收恢复的个案簿…”）；之后县里会把该站丢失的内容送回。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A restored station is taken in at the county casebook.</source>
        <translation>恢复的服务站须在县级个案簿中接收。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No enrolled station has the code %1.</source>
        <translation>没有代码为 %1 的已登记服务站。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No restored casebook of station %1 waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</source>
        <translation>没有服务站 %1 的恢复个案簿等待接收。县里通过恢复后该站的第一个数据包得知恢复：请先导入该数据包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restored casebook&apos;s audit log does not match the county&apos;s copy of station %1&apos;s log at entry No. %2: the backup is not one of this station&apos;s, or its log was changed. Nothing was decided.</source>
        <translation>恢复的个案簿的审计日志在第 %2 条与县里保存的服务站 %1 的日志副本不一致：该备份不属于此站，或其日志被改动。未作任何决定。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Took in the restored casebook of station %1 (%2): its audit log continues from entry No. %3 (the %4 later entries the county held are kept aside); its changes since the restore continue from No. %5; %6 records go back to it with the next bundle for it.</source>
        <translation>接收服务站 %1（%2）恢复的个案簿：其审计日志从第 %3 条接续（县里持有的其后 %4 条另行保存）；恢复后的变更从第 %5 号起接续；%6 条记录随下一个发给该站的数据包送回。</translation>
    </message>
</context>
<context>
    <name>xianjie::StationSettings</name>
    <message>
        <location filename="../core/storage/StationSettings.cpp" line="+28"/>
        <source>The minutes before the casebook locks</source>
        <translation>无操作后锁定的分钟数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The months between visits to priority households</source>
        <translation>重点家庭的走访间隔（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The months between visits to other households</source>
        <translation>其他家庭的走访间隔（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The working days a charity has to answer</source>
        <translation>慈善组织答复的期限（工作日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The years after which closed households are archived</source>
        <translation>注销家庭归档的年限</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be from %2 to %3; %4 is not. Nothing was changed.</source>
        <translation>%1应在 %2 到 %3 之间，%4 不在此范围内。未作任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority households are visited at least as often as others. Nothing was changed.</source>
        <translation>重点家庭的走访不能比其他家庭少。未作任何更改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contact person&apos;s name is at most 40 characters.</source>
        <translation>联系人姓名最多 40 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station&apos;s address is at most 120 characters.</source>
        <translation>服务站地址最多 120 个字。</translation>
    </message>
</context>
<context>
    <name>xianjie::StationSync</name>
    <message>
        <location filename="../core/sync/StationSync.cpp" line="+34"/>
        <location line="+20"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bundles for the county are written by a station casebook.</source>
        <translation>上报县里的数据包由服务站台账生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the station with its county first.</source>
        <translation>请先在县里登记本服务站。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This casebook is behind the county: the county holds changes and audit-log entries of this station (up to entry No. %1) that are not here, as happens when a casebook is restored from a backup. Nothing recorded here since has been dropped: those changes stay in the outbox. Tell the county office; the county has to take in the restored casebook before the station&apos;s next bundle can be applied.</source>
        <translation>本台账落后于县里：县里保存有本服务站的修改和审计日志条目（至第 %1 条），而本地没有——从备份恢复台账时会出现这种情况。恢复后在本地记录的内容都没有丢弃，这些修改仍在待发送队列中。请告知县民政部门：县里需要先接收恢复后的台账，才能应用本服务站的下一个数据包。</translation>
    </message>
</context>
<context>
    <name>xianjie::SyncOverview</name>
    <message>
        <location filename="../core/sync/SyncOverview.cpp" line="+18"/>
        <source>Changed on both sides</source>
        <translation>双方都有改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses differ</source>
        <translation>状态不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in the future</source>
        <translation>时间超前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same person at two stations</source>
        <translation>同一人在两站登记</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>another casebook</source>
        <translation>其他台账</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This entry of the review queue no longer exists.</source>
        <translation>待审核队列中已没有这一条。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry was already decided.</source>
        <translation>这一条已经处理过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a field changed on both sides can take the other value; a referral&apos;s status only moves forward.</source>
        <translation>只有双方都改动过的字段才能改用另一方的值；转介状态只能向前推进。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry cannot be changed here.</source>
        <translation>这一条不能在这里修改。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>xianjie::SyncView</name>
    <message>
        <location filename="../ui/views/SyncView.cpp" line="+159"/>
        <source>Sync with the county</source>
        <translation>与县里同步</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export bundle to…</source>
        <translation>导出数据包到…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import county bundle…</source>
        <translation>导入县里的数据包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request enrolment…</source>
        <translation>申请接入县里…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the county&apos;s grant…</source>
        <translation>接收县里的接入批复…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alerts from the county</source>
        <translation>县里发来的提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen</source>
        <translation>已阅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open household</source>
        <translation>打开该户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen</source>
        <translation>标为已阅</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import bundles from a folder or drive…</source>
        <translation>从文件夹或U盘导入数据包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write bundles for stations…</source>
        <translation>为各服务站生成数据包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a station&apos;s request…</source>
        <translation>批准服务站的接入申请…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a station&apos;s key…</source>
        <translation>吊销服务站的密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take in a restored casebook…</source>
        <translation>接收恢复的个案簿…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stations</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>接入日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundles</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+283"/>
        <source>Changes</source>
        <translation>修改数</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle for it</source>
        <translation>最近发给它的数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+344"/>
        <source>Review queue</source>
        <translation>待审核队列</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>双方改动前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept from</source>
        <translation>保留值来自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other value</source>
        <translation>另一方的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other from</source>
        <translation>另一方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show decided entries too</source>
        <translation>同时显示已处理的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the kept value</source>
        <translation>保留现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+326"/>
        <source>Use the other value</source>
        <translation>改用另一方的值</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Mark as reviewed</source>
        <translation>标为已审核</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import bundles from a folder or drive…</source>
        <translation>从文件夹或U盘导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write bundles for stations…</source>
        <translation>为各服务站生成数据包(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve a station&apos;s request…</source>
        <translation>批准服务站的接入申请(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export bundle to…</source>
        <translation>导出数据包到(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import county bundle…</source>
        <translation>导入县里的数据包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Request enrolment…</source>
        <translation>申请接入县里(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept the county&apos;s grant…</source>
        <translation>接收县里的接入批复(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync (%1 to review)</source>
        <translation>同步（%1 条待审核）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync (%1 alerts)</source>
        <translation>同步（%1 条提醒）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (key revoked %2)</source>
        <translation>%1（密钥已于 %2 吊销）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1 (%2)&lt;/b&gt; was taken in after a restore on %3; the county&apos;s next bundle for it carries the records it lost. Waiting for the station&apos;s next bundle.</source>
        <translation>&lt;b&gt;%1（%2）&lt;/b&gt;已于 %3 在恢复后被接收；县里发给该站的下一个数据包会带回其丢失的记录。正在等待该站的下一个数据包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 (%2) was restored from a backup&lt;/b&gt; that ends at audit entry No. %3: the county holds %4 later entries and %5 changes it does not have. Its bundles are refused until you take in the restored casebook (choose the station, then &quot;Take in a restored casebook…&quot;).</source>
        <translation>&lt;b&gt;%1（%2）已从备份恢复&lt;/b&gt;，备份截至审计记录第 %3 条：县里持有其后 %4 条记录和该站没有的 %5 项变更。在您接收恢复的个案簿之前，其数据包会被拒绝（选择该站，再点“接收恢复的个案簿…”）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;Not enrolled yet.&lt;/b&gt; Ask the county for enrolment: write a request, let the county approve it, then accept the county&apos;s grant here.</source>
        <translation>&lt;b&gt;尚未接入县里。&lt;/b&gt;请先生成接入申请交县里批准，再在这里接收县里的批复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 changes wait to be sent.&lt;/b&gt; %2 sent changes wait for the county&apos;s acknowledgement.&lt;br&gt;Last bundle written: %3 · Last acknowledgement: %4 · Last county bundle: %5 · County: %6</source>
        <translation>&lt;b&gt;%1 项修改待发送。&lt;/b&gt;已发送的 %2 项修改等待县里确认。&lt;br&gt;最近导出：%3 · 最近确认：%4 · 最近收到县里数据包：%5 · 县：%6</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Writing bundles…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Enrol the station with its county first.</source>
        <translation>请先把服务站接入县里。</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Writing bundles: %1 of %2 changes written and checked…</source>
        <translation>正在写入数据包：已写入并核对 %1 条修改，共 %2 条…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to send: every change is already in a bundle.</source>
        <translation>没有需要发送的内容：所有修改都已在数据包中。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bundle(s) written and checked. Take them to the county; the changes stay in the outbox until the county acknowledges them.</source>
        <translation>
            <numerusform>已写入并校验 %n 个数据包。请交给县里；县里确认之前，这些修改仍保留在待发送中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export bundle to (a folder or a removable drive)</source>
        <translation>导出数据包到（文件夹或U盘）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import county bundle</source>
        <translation>导入县里的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xianjie bundles (*.bundle)</source>
        <translation>衔接数据包 (*.bundle)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundles from a folder or drive</source>
        <translation>从文件夹或U盘导入数据包</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>There are no bundle files (*.bundle) in %1.</source>
        <translation>%1 中没有数据包文件（*.bundle）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing bundle %1 of %2: %3 of %4 changes applied…</source>
        <translation>正在导入第 %1 个数据包（共 %2 个）：已应用 %3 条修改，共 %4 条…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing bundles for stations: %1 of %2 written…</source>
        <translation>正在为各服务站写数据包：已写 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Write bundles for stations</source>
        <translation>为各服务站生成数据包</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n bundle(s) written, one for each enrolled station: acknowledgements, villages, the charity directory, referral updates and alerts.</source>
        <translation>
            <numerusform>已生成 %n 个数据包，每个已接入的服务站一个：含接收确认、村（社区）名单、慈善名录、转介进展和提醒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write bundles for stations to</source>
        <translation>将服务站数据包写到</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the other value is right (kept with the decision):</source>
        <translation>为什么另一方的值正确（随处理结果保存）：</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Request enrolment</source>
        <translation>申请接入县里</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save the enrolment request</source>
        <translation>保存接入申请</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Stop after this bundle</source>
        <translation>做完这个数据包后停止</translation>
    </message>
    <message>
        <location line="+430"/>
        <source>Writing bundles for stations…</source>
        <translation>正在为各服务站写数据包…</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+57"/>
        <source>Enrolment requests (*.request)</source>
        <translation>接入申请 (*.request)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The request is in %1. Take it to the county and read this fingerprint to the county clerk on the phone: %2</source>
        <translation>申请已保存在 %1。请交给县里，并在电话中向县里工作人员念出此指纹：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Accept the county&apos;s grant</source>
        <translation>接收县里的接入批复</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+35"/>
        <source>Enrolment grants (*.grant)</source>
        <translation>接入批复 (*.grant)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.</source>
        <translation>已在 %1 登记（指纹 %2）：新增 %3 个村（社区）和 %4 个机构。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Approve a station&apos;s request</source>
        <translation>批准服务站的接入申请</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Save the grant for the station</source>
        <translation>保存给服务站的批复</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enrolled. Check the station&apos;s fingerprint: %1. The county&apos;s fingerprint: %2.</source>
        <translation>已登记。请核对服务站指纹：%1。县里的指纹：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take in a restored casebook</source>
        <translation>接收恢复的个案簿</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No station&apos;s restored casebook waits to be taken in. The county learns of a restore from the station&apos;s first bundle after it: import that bundle first.</source>
        <translation>没有等待接收的恢复个案簿。县里通过恢复后服务站的第一个数据包得知恢复：请先导入该数据包。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose in the list the station whose restored casebook you take in.</source>
        <translation>请在列表中选择要接收其恢复个案簿的服务站。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take in the restored casebook of %1 (%2)?</source>
        <translation>接收 %1（%2）恢复的个案簿？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its backup ends at audit entry No. %1. The county&apos;s %2 later entries of the station are kept aside, not deleted, and its audit log continues from the backup. The changes recorded at the station since the restore will follow the county&apos;s, and the county&apos;s next bundle for the station sends back the %3 changes the backup did not have. Do this only when the station has told you it was restored. The decision is written to the audit log.</source>
        <translation>其备份截至审计记录第 %1 条。县里持有的该站其后 %2 条记录会另行保存，不会删除，其审计日志从备份处接续。恢复后该站记录的变更将接在县里已有的之后，县里发给该站的下一个数据包会送回备份中没有的 %3 项变更。请仅在服务站告知已恢复时这样做。此决定会记入审计日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take it in</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken in: %1 records go back to the station with the next bundle for it (Write bundles for stations…). Its changes since the restore continue from No. %2.</source>
        <translation>已接收：%1 条记录将随下一个发给该站的数据包送回（为服务站写出数据包…）。其恢复后的变更从第 %2 号起接续。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Revoke a station&apos;s key</source>
        <translation>吊销服务站的密钥</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a station in the list first.</source>
        <translation>请先在列表中选择一个服务站。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is the key of station %1 revoked (for example, the computer was lost)? Its bundles will be refused.</source>
        <translation>为什么吊销服务站 %1 的密钥（例如电脑丢失）？此后该站的数据包将被拒收。</translation>
    </message>
</context>
<context>
    <name>xianjie::TableWriter</name>
    <message>
        <location filename="../core/io/TableWriter.cpp" line="+62"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The list has more rows than an Excel sheet holds.</source>
        <translation>名单行数超过一张 Excel 工作表的容量。</translation>
    </message>
</context>
<context>
    <name>xianjie::Timeline</name>
    <message>
        <location filename="../core/storage/Timeline.cpp" line="+29"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help received</source>
        <translation>已获帮扶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member added: %1 (%2)</source>
        <translation>新增成员：%1（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 started</source>
        <translation>%1开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended</source>
        <translation>%1结束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit (amended)</source>
        <translation>走访（已补正）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit did not happen</source>
        <translation>未能走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help from %1: %2</source>
        <translation>%1帮扶：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Need: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Need %1: %2</source>
        <translation>需求%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent to share with %1</source>
        <translation>同意向 %1 提供信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given by %1, valid until %2</source>
        <translation>%1 同意，有效期至 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Referral %1 to %2: %3</source>
        <translation>转介 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>xianjie::UserRepository</name>
    <message>
        <location filename="../core/storage/UserRepository.cpp" line="+45"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores (for example wangfang or wang.fang).</source>
        <translation>用户名由 2 至 32 个字母、数字、点、短横线或下划线组成（例如 wangfang 或 wang.fang）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user&apos;s full name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This casebook already has accounts; sign in to add more.</source>
        <translation>本台账已有账号；请登录后再添加。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A county casebook has county staff and auditors only.</source>
        <translation>县级台账只能有县级工作人员和审计人员账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County staff accounts belong to the county casebook.</source>
        <translation>县级工作人员账号只能建在县级台账中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown user name</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This account is disabled. Ask your station head.</source>
        <translation>该账号已停用，请联系站长。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords: this account is locked until %1. The station head can reset the password sooner.</source>
        <translation>密码错误次数过多：该账号锁定至 %1。站长可以提前重置密码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too many wrong passwords: this account is locked for %1 minutes.</source>
        <translation>密码错误次数过多：该账号锁定 %1 分钟。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The user name or the password is wrong. After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>用户名或密码不对。再输错 %n 次，账号将被锁定 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
</context>
<context>
    <name>xianjie::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/UsersDialog.cpp" line="+24"/>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts are never deleted, because records name who made them: disable an account when its holder leaves.</source>
        <translation>账号不会被删除，因为每条记录都要写明经办人：人员离岗时请停用其账号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a first password the user changes</source>
        <translation>初始密码，由用户自行修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can sign in with the new password now.</source>
        <translation>%1 现在可以用新密码登录。</translation>
    </message>
</context>
<context>
    <name>xianjie::Validation</name>
    <message>
        <location filename="../core/rules/Validation.cpp" line="+38"/>
        <source>Enter the ID number.</source>
        <translation>请填写身份证号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，这里是 %1 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is not a real date.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is in the future.</source>
        <translation>身份证号中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in this ID number (%1) is too long ago to be right.</source>
        <translation>身份证号中的出生日期（%1）过早，不可能正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character of this ID number does not match the others; check it for a typing mistake.</source>
        <translation>身份证号最后一位校验码不符，请检查是否输错。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the unified social credit code.</source>
        <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，这里是 %1 位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A unified social credit code cannot contain &quot;%1&quot; (the letters I, O, S, V and Z are never used).</source>
        <translation>统一社会信用代码不能包含“%1”（不使用字母 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last character of this credit code does not match the others; check it for a typing mistake.</source>
        <translation>统一社会信用代码最后一位校验码不符，请检查是否输错。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A township or village code has 12 digits (county 6, township 3, village 3).</source>
        <translation>乡镇或村（社区）代码为 12 位（县 6 位、乡镇 3 位、村 3 位）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>The first two digits of a division code name a province (11 to 82); %1 is not one.</source>
        <translation>区划代码前两位是省份代码（11 至 82），%1 不是有效省份。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A village code needs the code of its township (digits 7 to 9).</source>
        <translation>村（社区）代码须包含所属乡镇代码（第 7 至 9 位）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A station&apos;s code names its township (digits 7 to 9 are not 000).</source>
        <translation>服务站代码须指明所属乡镇（第 7 至 9 位不能是 000）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A county code has 6 digits.</source>
        <translation>县级区划代码为 6 位。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a phone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A mobile number has 11 digits and starts with 13 to 19; this one has %1 digits.</source>
        <translation>手机号为 11 位，以 13 至 19 开头，这里是 %1 位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a phone number: use 11 digits for a mobile, or the area code and 7 or 8 digits for a landline (010-62345678).</source>
        <translation>这不是电话号码：手机为 11 位数字，固定电话为区号加 7 或 8 位数字（如 010-62345678）。</translation>
    </message>
</context>
<context>
    <name>xianjie::VillagesDialog</name>
    <message>
        <location filename="../ui/dialogs/VillagesDialog.cpp" line="+24"/>
        <source>Villages and communities</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The villages and communities of the township. Enter them before registering households; after enrolment the county&apos;s list is added to them.</source>
        <translation>本乡镇（街道）的村和社区。请在登记家庭之前录入；与县里登记后，县里的列表会补充进来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one</source>
        <translation>逐个添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>12-digit code</source>
        <translation>12 位代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, for example 和平村</source>
        <translation>名称，例如 和平村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a list: one village a line, its code then its name</source>
        <translation>粘贴列表：每行一个，先写代码再写名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the &amp;list</source>
        <translation>添加列表(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n village(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个村（社区）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: give the 12-digit code, then the name.</source>
        <translation>第 %1 行：请先写 12 位代码，再写名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitList</name>
    <message>
        <location filename="../core/report/VisitList.cpp" line="+21"/>
        <source>This village is not in the casebook.</source>
        <translation>台账中没有该村（社区）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit list: %1</source>
        <translation>走访名单：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · visits due up to %2 · printed on %3 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · 截至 %2 应走访 · 打印于 %3 · 共 %n 户次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was found (write here)</source>
        <translation>走访情况（手写）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visits are due.</source>
        <translation>没有应走访的家庭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visited by: %1    Date: %2</source>
        <translation>走访人：%1    日期：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Visit list, %n visit(s)</source>
        <translation>
            <numerusform>走访名单，%n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xianjie::VisitPolicy</name>
    <message>
        <location filename="../core/rules/VisitPolicy.cpp" line="+26"/>
        <source>Eating</source>
        <translation>进食</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dressing</source>
        <translation>穿衣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Getting in and out of bed</source>
        <translation>上下床</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toileting</source>
        <translation>如厕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walking indoors</source>
        <translation>室内行走</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bathing</source>
        <translation>洗澡</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the station</source>
        <translation>来站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a charity</source>
        <translation>与慈善组织同访</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visits and care</source>
        <translation>访视照料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psychological comfort</source>
        <translation>心理慰藉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehabilitation</source>
        <translation>康复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability building</source>
        <translation>能力提升</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material help delivered</source>
        <translation>送达物资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other service</source>
        <translation>其他服务</translation>
    </message>
</context>
<context>
    <name>xianjie::VisitRepository</name>
    <message>
        <location filename="../core/storage/VisitRepository.cpp" line="+49"/>
        <source>Choose how the visit is made (home, phone, office, or together with a charity).</source>
        <translation>请选择走访方式（入户、电话、来站，或与慈善组织一同走访）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date the visit is due.</source>
        <translation>请填写应走访日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of the visit.</source>
        <translation>请填写走访日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visit dated in the future cannot be recorded as done; plan it instead.</source>
        <translation>不能把将来日期的走访记为已完成；请作为计划登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The self-care assessment has six activities.</source>
        <translation>自理能力评估共有六项活动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of each service from the list.</source>
        <translation>请从列表中选择每项服务的类型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service lasts at least one minute.</source>
        <translation>每项服务至少一分钟。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A visit belongs to a household; choose one.</source>
        <translation>走访必须属于某个家庭，请选择。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This visit is already recorded; correct it with an amendment.</source>
        <translation>该走访已记录；如需更正，请做补正记录。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The next visit must be due after this one.</source>
        <translation>下次走访日期必须晚于本次。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only a planned visit can be missed.</source>
        <translation>只有计划中的走访才能记为未完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the visit did not happen.</source>
        <translation>请说明走访未完成的原因。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a recorded visit can be amended.</source>
        <translation>只有已记录的走访才能补正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the amendment corrects.</source>
        <translation>请说明补正的内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amendment: %1</source>
        <translation>补正：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This visit is not in the casebook.</source>
        <translation>台账中没有这次走访。</translation>
    </message>
</context>
<context>
    <name>xianjie::WalCheck</name>
    <message>
        <location filename="../core/storage/WalCheck.cpp" line="+109"/>
        <source>There is not enough room to check the casebook&apos;s log file %1 before opening it. Nothing was changed; free some space and try again.</source>
        <translation>空间不足，无法在打开前检查台账的日志文件 %1。未作任何更改；请腾出一些空间后再试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beside the casebook lies a log file, %1, that does not belong to it (as happens when a casebook is copied over another by hand). The casebook was not opened and nothing was changed. Move %1 and %2 out of the folder, then open the casebook again.</source>
        <translation>台账旁边有一个不属于它的日志文件 %1（手工把一个台账复制覆盖另一个台账时会出现这种情况）。台账没有打开，也未作任何更改。请把 %1 和 %2 移出该文件夹，然后再打开台账。</translation>
    </message>
</context>
<context>
    <name>xianjie::XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="+25"/>
        <source>The file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook, or as CSV.</source>
        <translation>文件不是 Excel 工作簿（.xlsx）。请在 Excel 中打开，另存为 Excel 工作簿或 CSV。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Excel workbook cannot be read: %1</source>
        <translation>无法读取该 Excel 工作簿：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the part %1 is missing</source>
        <translation>缺少其中的 %1 部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part %1 is damaged or too large for a ledger</source>
        <translation>其中的 %1 部分已损坏，或大得不像台账</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>the file is too large for a ledger</source>
        <translation>文件大得不像台账</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>its list of sheets is damaged</source>
        <translation>其工作表清单已损坏</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The workbook has no sheet %1; it has %2.</source>
        <translation>工作簿没有第 %1 张工作表；它共有 %2 张。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a row number is out of range</source>
        <translation>有行号超出范围</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a cell refers to text that is not there</source>
        <translation>有单元格引用了不存在的文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number cell holds &quot;%1&quot;</source>
        <translation>有数字单元格的内容是“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sheet %1 is damaged (%2)</source>
        <translation>工作表 %1 已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>xianjie::ZipReader</name>
    <message>
        <location filename="../core/io/ZipReader.cpp" line="+19"/>
        <source>The file is not a zip archive, or it is damaged.</source>
        <translation>文件不是 zip 压缩包，或已损坏。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The archive has no part %1.</source>
        <translation>压缩包中没有 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part %1 is too large.</source>
        <translation>%1 部分太大。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The part %1 is packed in a way this program does not read.</source>
        <translation>%1 部分的压缩方式本程序无法读取。</translation>
    </message>
</context>
<context>
    <name>xianjie::bundlefile</name>
    <message>
        <location filename="../core/sync/BundleFile.cpp" line="-145"/>
        <source>The bundle is incomplete or damaged (its contents do not match its manifest).</source>
        <translation>数据包不完整或已损坏（内容与清单不符）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not a Xianjie bundle, or it is cut short.</source>
        <translation>这不是衔接数据包，或文件不完整。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the station with its county first.</source>
        <translation>请先在县里登记本服务站。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>The casebook&apos;s signing key is damaged.</source>
        <translation>台账的签名密钥已损坏。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The bundle could not be encrypted.</source>
        <translation>数据包无法加密。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>The bundle was not encrypted for this casebook.</source>
        <translation>此数据包不是为本台账加密的。</translation>
    </message>
</context>
</TS>
