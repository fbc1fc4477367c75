#include "HouseholdPage.h"

#include "dialogs/AssistanceDialog.h"
#include "dialogs/CategoryDialog.h"
#include "dialogs/CloseHouseholdDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/MemberDialog.h"
#include "models/AgendaModel.h"
#include "models/CategoryModel.h"
#include "models/MemberModel.h"
#include "rules/Labels.h"
#include "rules/Validation.h"
#include "rules/VisitPolicy.h"
#include "storage/AssistanceRepository.h"
#include "storage/Casebook.h"
#include "storage/ConflictOfInterest.h"
#include "storage/HouseholdRepository.h"
#include "storage/Timeline.h"
#include "storage/VisitRepository.h"
#include "views/CaseworkTabs.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QTableView *tableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

HouseholdPage::HouseholdPage(HouseholdRepository &repository, const QDate &today, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_today(today)
{
    setObjectName(QStringLiteral("householdPage"));
    m_members = new MemberModel(this);
    m_categories = new CategoryModel(this);

    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Choose a household from the list, or register a new one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("householdTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    // The actions on a row of their own under the name, so the page stays narrow enough for a 1366-pixel screen
    // beside the household list.
    auto *actions = new QHBoxLayout;
    m_edit = button(tr("&Edit household…"), QStringLiteral("editHouseholdButton"), m_content);
    m_close = button(tr("C&lose household…"), QStringLiteral("closeHouseholdButton"), m_content);
    m_declare = button(tr("I am &related…"), QStringLiteral("declareRelationButton"), m_content);
    m_declare->setToolTip(tr("Declare that you are related to this household. You will not be able to act on it; "
                             "the station head will."));
    m_history = button(tr("&History…"), QStringLiteral("historyButton"), m_content);
    m_planVisit = button(tr("Plan a &visit…"), QStringLiteral("planVisitButton"), m_content);
    for (QPushButton *b : {m_edit, m_history, m_planVisit, m_declare, m_close})
        actions->addWidget(b);
    actions->addStretch(1);

    m_details = new QLabel(m_content);
    m_details->setObjectName(QStringLiteral("householdDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    layout->addLayout(actions);

    auto *membersHeader = new QHBoxLayout;
    membersHeader->addWidget(sectionTitle(tr("Members"), m_content), 1);
    m_addMember = button(tr("&Add member…"), QStringLiteral("addMemberButton"), m_content);
    m_editMember = button(tr("Edit &member…"), QStringLiteral("editMemberButton"), m_content);
    m_revealMember = button(tr("&Show hidden data"), QStringLiteral("revealMemberButton"), m_content);
    m_revealMember->setToolTip(tr("Shows this member's ID number, health and disability. Every use is recorded in "
                                  "the audit log."));
    membersHeader->addWidget(m_revealMember);
    membersHeader->addWidget(m_addMember);
    membersHeader->addWidget(m_editMember);
    layout->addLayout(membersHeader);
    m_memberView = tableView(m_members, QStringLiteral("memberView"), m_content);
    layout->addWidget(m_memberView, 3);

    auto *categoriesHeader = new QHBoxLayout;
    categoriesHeader->addWidget(sectionTitle(tr("Assistance categories"), m_content), 1);
    m_addCategory = button(tr("Add &category…"), QStringLiteral("addCategoryButton"), m_content);
    m_endCategory = button(tr("E&nd category…"), QStringLiteral("endCategoryButton"), m_content);
    categoriesHeader->addWidget(m_addCategory);
    categoriesHeader->addWidget(m_endCategory);
    layout->addLayout(categoriesHeader);
    m_categoryView = tableView(m_categories, QStringLiteral("categoryView"), m_content);
    layout->addWidget(m_categoryView, 2);

    // Help received, needs, consents and referrals share the lower part of the page as tabs.
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("householdTabs"));
    auto *ledgerPage = new QWidget(m_tabs);
    auto *ledgerLayout = new QVBoxLayout(ledgerPage);
    ledgerLayout->setContentsMargins(0, 4, 0, 0);
    auto *ledgerHeader = new QHBoxLayout;
    ledgerHeader->addWidget(new QLabel(tr("Help from government and charities, newest first."), ledgerPage), 1);
    m_recordAssistance = button(tr("Record &help…"), QStringLiteral("recordAssistanceButton"), ledgerPage);
    ledgerHeader->addWidget(m_recordAssistance);
    ledgerLayout->addLayout(ledgerHeader);
    m_ledger = new QTableWidget(0, 5, ledgerPage);
    m_ledger->setObjectName(QStringLiteral("ledgerTable"));
    m_ledger->setHorizontalHeaderLabels({tr("Date"), tr("From"), tr("Programme"), tr("Need"), tr("Amount")});
    m_ledger->verticalHeader()->hide();
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledger->horizontalHeader()->setStretchLastSection(true);
    ledgerLayout->addWidget(m_ledger, 1);
    m_tabs->addTab(ledgerPage, tr("Help received"));
    m_casework = new CaseworkTabs(m_repository.casebook(), m_tabs);
    m_tabs->addTab(m_casework->needsPage(), tr("Needs"));
    m_tabs->addTab(m_casework->consentsPage(), tr("Consents"));
    m_tabs->addTab(m_casework->referralsPage(), tr("Referrals"));
    layout->addWidget(m_tabs, 3);
    connect(m_casework, &CaseworkTabs::changed, this, [this] {
        reload();
        emit householdChanged(m_household.id);
    });

    connect(m_edit, &QPushButton::clicked, this, &HouseholdPage::editHousehold);
    connect(m_close, &QPushButton::clicked, this, &HouseholdPage::closeOrReopen);
    connect(m_declare, &QPushButton::clicked, this, &HouseholdPage::declareRelation);
    connect(m_planVisit, &QPushButton::clicked, this, &HouseholdPage::planVisit);
    connect(m_recordAssistance, &QPushButton::clicked, this, &HouseholdPage::recordAssistance);
    connect(m_history, &QPushButton::clicked, this, &HouseholdPage::showHistory);
    connect(m_addMember, &QPushButton::clicked, this, &HouseholdPage::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &HouseholdPage::editMember);
    connect(m_revealMember, &QPushButton::clicked, this, &HouseholdPage::revealMember);
    connect(m_memberView, &QTableView::doubleClicked, this, &HouseholdPage::editMember);
    connect(m_addCategory, &QPushButton::clicked, this, &HouseholdPage::addCategory);
    connect(m_endCategory, &QPushButton::clicked, this, &HouseholdPage::endCategory);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdPage::updateActions);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdPage::updateActions);
    showHousehold(QString());
}

void HouseholdPage::showHousehold(const QString &householdId)
{
    m_household = Household();
    m_household.id = householdId;
    reload();
}

void HouseholdPage::reload()
{
    const bool has = !m_household.id.isEmpty();
    if (has) {
        auto h = m_repository.household(m_household.id);
        auto members = m_repository.members(m_household.id);
        auto categories = m_repository.categories(m_household.id);
        if (!h || !members || !categories) {
            const QString message = !h ? h.message() : (!members ? members.message() : categories.message());
            QMessageBox::warning(this, tr("Cannot show the household"), message);
            m_household = Household();
            return reload();
        }
        m_household = *h;
        m_members->setMembers(*members, m_today);
        m_categories->setCategories(*categories, m_today);

        QString head;
        for (const Person &p : *members)
            if (p.isHead())
                head = p.name;
        QString village;
        if (auto villages = m_repository.villages())
            for (const Village &v : *villages)
                if (v.id == m_household.villageId)
                    village = v.name;
        m_title->setText(m_household.isClosed() ? tr("%1's household (closed)").arg(head)
                                                : tr("%1's household").arg(head));
        QStringList lines;
        lines << tr("Village: %1    Address: %2").arg(village.isEmpty() ? tr("(none)") : village, m_household.address);
        lines << tr("Phone: %1    Cause of hardship: %2")
                     .arg(m_household.phone.isEmpty() ? tr("(none)") : Validation::maskPhone(m_household.phone),
                          m_household.hardshipCause.isEmpty()
                              ? tr("(not recorded)")
                              : Labels::label(Labels::hardshipCauses(), m_household.hardshipCause));
        lines << (m_household.incomeFen < 0
                      ? tr("Income per person per month: not recorded")
                      : tr("Income per person per month: %1 yuan")
                            .arg(QLocale().toString(double(m_household.incomeFen) / 100.0, 'f', 2)));
        if (m_household.isClosed())
            lines << tr("Closed on %1: %2").arg(Labels::date(m_household.closedOn), m_household.closedReason);
        m_details->setText(lines.join(QLatin1Char('\n')));
        m_memberView->resizeColumnsToContents();
        m_categoryView->resizeColumnsToContents();
        auto entries = AssistanceRepository(m_repository.casebook()).ledger(m_household.id);
        const QList<Assistance> ledger = entries ? *entries : QList<Assistance>();
        m_ledger->setRowCount(int(ledger.size()));
        for (int r = 0; r < ledger.size(); ++r) {
            const Assistance &a = ledger.at(r);
            const QString when = a.periodEnd.isValid()
                                     ? tr("%1 to %2").arg(Labels::date(a.periodStart), Labels::date(a.periodEnd))
                                     : Labels::date(a.periodStart);
            m_ledger->setItem(r, 0, new QTableWidgetItem(when));
            m_ledger->setItem(
                r, 1, new QTableWidgetItem(a.source == QLatin1String("charity") ? a.organisation : tr("Government")));
            m_ledger->setItem(r, 2, new QTableWidgetItem(a.programme));
            m_ledger->setItem(r, 3, new QTableWidgetItem(AssistanceDialog::needLabel(a.needType)));
            m_ledger->setItem(r, 4,
                              new QTableWidgetItem(a.amountFen >= 0 ? tr("%1 yuan").arg(QLocale().toString(
                                                                          double(a.amountFen) / 100.0, 'f', 2))
                                                                    : AssistanceDialog::formLabel(a.form)));
        }
        FormParts::fitColumns(m_ledger, {1, 2}); // organisation, programme
        m_casework->showHousehold(m_household.id, !m_household.isClosed());
    } else {
        m_casework->showHousehold(QString(), false);
        m_members->setMembers({}, m_today);
        m_categories->setCategories({}, m_today);
    }
    m_empty->setVisible(!has);
    m_content->setVisible(has);
    updateActions();
}

void HouseholdPage::updateActions()
{
    const bool has = !m_household.id.isEmpty();
    const bool open = has && !m_household.isClosed();
    m_edit->setEnabled(open);
    m_close->setEnabled(has);
    m_close->setText(m_household.isClosed() ? tr("Re&open household") : tr("C&lose household…"));
    m_addMember->setEnabled(open);
    m_planVisit->setEnabled(open);
    m_recordAssistance->setEnabled(open);
    m_editMember->setEnabled(open && m_memberView->selectionModel()->hasSelection());
    const auto memberRows = m_memberView->selectionModel()->selectedRows();
    const Person *member = memberRows.isEmpty() ? nullptr : m_members->personAt(memberRows.first().row());
    m_revealMember->setEnabled(member && !m_members->isRevealed(member->id));
    m_addCategory->setEnabled(open);
    const auto rows = m_categoryView->selectionModel()->selectedRows();
    const CategoryMembership *c = rows.isEmpty() ? nullptr : m_categories->membershipAt(rows.first().row());
    m_endCategory->setEnabled(open && c && !c->endDate.isValid());
}

void HouseholdPage::editHousehold()
{
    HouseholdDialog dialog(m_repository, m_today, &m_household, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit householdChanged(m_household.id);
    }
}

void HouseholdPage::addMember()
{
    MemberDialog dialog(m_repository, m_today, m_household.id, nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit householdChanged(m_household.id);
    }
}

void HouseholdPage::editMember()
{
    const auto rows = m_memberView->selectionModel()->selectedRows();
    const Person *p = rows.isEmpty() ? nullptr : m_members->personAt(rows.first().row());
    if (!p || m_household.isClosed())
        return;
    // The form shows everything about the member: opening it is a reveal, allowed and audited as one.
    auto revealed = m_repository.reveal(p->id);
    if (!revealed) {
        QMessageBox::warning(this, tr("Not allowed"), revealed.message());
        return;
    }
    const Person person = *revealed;
    MemberDialog dialog(m_repository, m_today, m_household.id, &person, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit householdChanged(m_household.id);
    }
}

void HouseholdPage::showHistory()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyDialog"));
    dialog.setWindowTitle(m_title->text());
    auto *layout = new QVBoxLayout(&dialog);
    auto *filters = new QHBoxLayout;
    QList<QCheckBox *> boxes;
    for (const QString &kind : Timeline::kinds()) {
        auto *box = new QCheckBox(Timeline::kindLabel(kind), &dialog);
        box->setObjectName(QStringLiteral("kind_%1").arg(kind));
        box->setProperty("kind", kind);
        box->setChecked(true);
        boxes << box;
        filters->addWidget(box);
    }
    filters->addStretch(1);
    layout->addLayout(filters);
    auto *table = new QTableWidget(0, 5, &dialog);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("What"), tr("By"), tr("Details")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    auto fill = [&] {
        QStringList kinds;
        for (QCheckBox *b : std::as_const(boxes))
            if (b->isChecked())
                kinds << b->property("kind").toString();
        auto events = kinds.isEmpty() ? Result<QList<TimelineEvent>>(QList<TimelineEvent>())
                                      : Timeline::forHousehold(m_repository.casebook(), m_household.id, kinds);
        const QList<TimelineEvent> list = events ? *events : QList<TimelineEvent>();
        table->setRowCount(int(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const TimelineEvent &e = list.at(r);
            table->setItem(r, 0, new QTableWidgetItem(Labels::date(e.date)));
            table->setItem(r, 1, new QTableWidgetItem(Timeline::kindLabel(e.kind)));
            table->setItem(r, 2, new QTableWidgetItem(e.title));
            table->setItem(r, 3, new QTableWidgetItem(e.who));
            table->setItem(r, 4, new QTableWidgetItem(e.detail));
        }
        table->resizeColumnsToContents();
    };
    for (QCheckBox *b : std::as_const(boxes))
        connect(b, &QCheckBox::toggled, &dialog, fill);
    fill();
    dialog.resize(760, 480);
    dialog.exec();
}

void HouseholdPage::recordAssistance()
{
    AssistanceRepository ledger(m_repository.casebook());
    AssistanceDialog dialog(ledger, m_household.id, m_today, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit householdChanged(m_household.id);
    }
}

void HouseholdPage::planVisit()
{
    VisitRepository visits(m_repository.casebook());
    const auto interval = visits.intervalFor(m_household.id);
    const int months = interval ? *interval : VisitPolicy::kRegularMonths;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("planVisitDialog"));
    dialog.setWindowTitle(tr("Plan a visit"));
    auto *form = new QFormLayout(&dialog);
    auto *due = new QDateEdit(VisitPolicy::nextDue(m_today, months), &dialog);
    due->setObjectName(QStringLiteral("dueDateEdit"));
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    form->addRow(tr("&Due on:"), due);
    auto *kind = new QComboBox(&dialog);
    for (const QString &k : VisitPolicy::kinds())
        kind->addItem(AgendaModel::kindLabel(k), k);
    form->addRow(tr("&Kind:"), kind);
    auto *purpose = new QLineEdit(&dialog);
    purpose->setObjectName(QStringLiteral("purposeEdit"));
    form->addRow(tr("&Purpose:"), purpose);
    auto *mine = new QCheckBox(tr("I will make this visit"), &dialog);
    mine->setChecked(true);
    form->addRow(mine);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Visit v;
        v.householdId = m_household.id;
        v.kind = kind->currentData().toString();
        v.purpose = purpose->text().trimmed();
        v.dueOn = due->date();
        if (mine->isChecked() && m_repository.casebook().user())
            v.assignedUserId = m_repository.casebook().user()->id;
        auto r = visits.plan(v);
        if (!r)
            return (void)QMessageBox::warning(&dialog, tr("Not saved"), r.message());
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        emit householdChanged(m_household.id);
}

void HouseholdPage::declareRelation()
{
    bool ok = false;
    const QString relation = QInputDialog::getText(this, tr("Declare a relation"),
                                                   tr("How are you related to this household (for example: my "
                                                      "cousin's family, my neighbour)?"),
                                                   QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = ConflictOfInterest(m_repository.casebook()).declareHousehold(m_household.id, relation);
    if (!r) {
        QMessageBox::warning(this, tr("Not declared"), r.message());
        return;
    }
    QMessageBox::information(this, tr("Relation declared"),
                             tr("Thank you. From now on the station head handles this household's categories and "
                                "referrals."));
}

void HouseholdPage::revealMember()
{
    const auto rows = m_memberView->selectionModel()->selectedRows();
    const Person *p = rows.isEmpty() ? nullptr : m_members->personAt(rows.first().row());
    if (!p)
        return;
    auto r = m_repository.reveal(p->id);
    if (!r) {
        QMessageBox::warning(this, tr("Not allowed"), r.message());
        return;
    }
    m_members->reveal(p->id);
    updateActions();
}

void HouseholdPage::addCategory()
{
    CategoryDialog dialog(m_repository, m_today, m_household.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit householdChanged(m_household.id);
    }
}

void HouseholdPage::endCategory()
{
    const auto rows = m_categoryView->selectionModel()->selectedRows();
    const CategoryMembership *c = rows.isEmpty() ? nullptr : m_categories->membershipAt(rows.first().row());
    if (!c)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End category"));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(m_today, &dialog);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setMinimumDate(c->startDate);
    form->addRow(tr("%1 ends on:").arg(Labels::label(Labels::categories(), c->category)), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto r = m_repository.endCategory(c->id, date->date());
    if (!r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    reload();
    emit householdChanged(m_household.id);
}

void HouseholdPage::closeOrReopen()
{
    if (m_household.isClosed()) {
        auto r = m_repository.reopenHousehold(m_household.id);
        if (!r) {
            QMessageBox::warning(this, tr("Not reopened"), r.message());
            return;
        }
    } else {
        CloseHouseholdDialog dialog(m_repository, m_today, m_household.id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    reload();
    emit householdChanged(m_household.id);
}

void HouseholdPage::setCountyView(bool county)
{
    m_planVisit->setVisible(!county);
}

} // namespace xianjie
