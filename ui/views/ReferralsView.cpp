#include "ReferralsView.h"

#include "dialogs/CharityDirectoryDialog.h"
#include "dialogs/LeadDialog.h"
#include "dialogs/ReferralDialog.h"
#include "models/ReferralListModel.h"
#include "rules/Labels.h"
#include "rules/Validation.h"
#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"
#include "storage/CharityDirectory.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/StationSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xianjie {

ReferralsView::ReferralsView(Casebook &casebook, QWidget *parent) : QWidget(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("referralsView"));
    connect(&casebook.changes(), &ChangeNotifier::changed, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> shown = {QStringLiteral("referral"),    QStringLiteral("referral_event"),
                                            QStringLiteral("need"),        QStringLiteral("consent"),
                                            QStringLiteral("household"),   QStringLiteral("person"),
                                            QStringLiteral("charity_org"), QStringLiteral("charity_project")};
        if (ChangeNotifier::concerns(tables, shown))
            reload();
    });
    m_model = new ReferralListModel(this);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("directionFilter"));
    m_direction->addItem(tr("Both directions"), QString());
    m_direction->addItem(tr("To charities"), QStringLiteral("to_charity"));
    m_direction->addItem(tr("Leads from charities"), QStringLiteral("from_charity"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Any status"), QString());
    for (const auto &e : Labels::referralStatuses())
        m_status->addItem(e.second, e.first);
    for (const auto &e : Labels::leadStatuses())
        if (m_status->findData(e.first) < 0)
            m_status->addItem(tr("Lead: %1").arg(e.second), e.first);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("orgFilter"));
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    filters->addWidget(m_direction);
    filters->addWidget(m_status);
    filters->addWidget(m_org, 1);
    filters->addWidget(m_overdue);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("referralView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // sizes columns from a sample, not every row
    layout->addWidget(m_view, 1);
    auto *actions = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("referralSummaryLabel"));
    actions->addWidget(m_summary, 1);
    auto *directory = new QPushButton(tr("Charity &directory…"), this);
    directory->setObjectName(QStringLiteral("directoryButton"));
    auto *lead = new QPushButton(tr("Record a &lead from a charity…"), this);
    lead->setObjectName(QStringLiteral("recordLeadButton"));
    auto *open = new QPushButton(tr("&Open referral…"), this);
    open->setObjectName(QStringLiteral("openReferralListButton"));
    auto *household = new QPushButton(tr("Show &household"), this);
    actions->addWidget(directory);
    actions->addWidget(lead);
    actions->addWidget(household);
    actions->addWidget(open);
    layout->addLayout(actions);

    for (QComboBox *c : {m_direction, m_status, m_org})
        connect(c, &QComboBox::currentIndexChanged, this, &ReferralsView::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &ReferralsView::reload);
    connect(m_view, &QTableView::doubleClicked, this, &ReferralsView::openSelected);
    connect(open, &QPushButton::clicked, this, &ReferralsView::openSelected);
    connect(lead, &QPushButton::clicked, this, &ReferralsView::recordLead);
    connect(directory, &QPushButton::clicked, this, &ReferralsView::showDirectory);
    connect(household, &QPushButton::clicked, this, [this] {
        const auto rows = m_view->selectionModel()->selectedRows();
        const auto *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
        if (row && !row->referral.householdId.isEmpty())
            emit openHousehold(row->referral.householdId);
    });
    // Choosing a referral shows its household beside the list.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto *row = m_model->rowAt(current.row());
                if (row && !row->referral.householdId.isEmpty())
                    emit openHousehold(row->referral.householdId);
            });
    fillOrganisations();
    reload();
}

void ReferralsView::fillOrganisations()
{
    const QString keep = m_org->currentData().toString();
    const QSignalBlocker block(m_org);
    m_org->clear();
    m_org->addItem(tr("All charities"), QString());
    if (auto orgs = CharityDirectory(m_casebook).orgs())
        for (const CharityOrg &o : *orgs)
            m_org->addItem(o.name, o.id);
    m_org->setCurrentIndex(qMax(0, m_org->findData(keep)));
}

ReferralRepository::Filter ReferralsView::filter() const
{
    ReferralRepository::Filter f;
    f.direction = m_direction->currentData().toString();
    f.status = m_status->currentData().toString();
    f.orgId = m_org->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void ReferralsView::reload()
{
    ReferralRepository referrals(m_casebook);
    const ReferralRepository::Filter f = filter();
    auto list = referrals.referrals(f);
    QList<ReferralListModel::Row> rows;
    if (list) {
        for (const Referral &r : *list) {
            ReferralListModel::Row row;
            row.referral = r;
            row.overdue = referrals.isOverdue(r);
            row.household = r.householdId.isEmpty()
                                ? tr("%1 (not registered)").arg(Validation::maskName(r.leadName))
                                : HouseholdRepository::householdLabel(r.householdRid, r.headName, r.villageName);
            rows << row;
        }
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    // The long columns (household, organisation — project) give way so that status and dates stay on screen at
    // 1366 pixels; the full text is in the cell's tooltip and in the referral itself.
    const int em = m_view->fontMetrics().horizontalAdvance(QStringLiteral("户"));
    for (const auto &[column, ems] :
         {std::pair{ReferralListModel::HouseholdColumn, 10}, std::pair{ReferralListModel::OrganisationColumn, 11}})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), ems * em));
    auto counts = referrals.counts();
    const int overdueCount = counts ? counts->overdue : 0;
    const int openCount = counts ? counts->open : 0;
    m_summary->setText(list ? tr("%n referral(s) shown.", nullptr, int(rows.size())) : list.message());
    emit countsChanged(overdueCount, openCount);
}

void ReferralsView::openSelected()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    const auto *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    if (!row)
        return;
    ReferralDialog dialog(m_casebook, row->referral.id, this);
    connect(&dialog, &ReferralDialog::changed, this, &ReferralsView::changed);
    dialog.exec();
    reload();
}

void ReferralsView::recordLead()
{
    LeadDialog dialog(m_casebook, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ReferralsView::setResponseDays()
{
    bool ok = false;
    const auto &bounds = StationSettings::spec(StationSettings::Key::ReferralResponseDays);
    const int days =
        QInputDialog::getInt(this, tr("Answer time for charities"),
                             tr("Working days a charity has to answer a referral before it shows as "
                                "overdue:"),
                             StationSettings(m_casebook).referralResponseDays(), bounds.min, bounds.max, 1, &ok);
    if (!ok)
        return;
    if (auto r = StationSettings::set(m_casebook, StationSettings::Key::ReferralResponseDays, days); !r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    reload();
}

void ReferralsView::showDirectory()
{
    CharityDirectoryDialog dialog(m_casebook, this);
    dialog.exec();
    // Choosing a referral shows its household beside the list.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto *row = m_model->rowAt(current.row());
                if (row && !row->referral.householdId.isEmpty())
                    emit openHousehold(row->referral.householdId);
            });
    fillOrganisations();
    reload();
}

} // namespace xianjie
