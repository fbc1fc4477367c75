#include "AgendaView.h"

#include "dialogs/RecordVisitDialog.h"
#include "models/AgendaModel.h"
#include "storage/Casebook.h"
#include "storage/VisitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xianjie {

AgendaView::AgendaView(Casebook &casebook, QWidget *parent)
    : QWidget(parent), m_casebook(casebook), m_visits(std::make_unique<VisitRepository>(casebook))
{
    setObjectName(QStringLiteral("agendaView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("agendaRangeCombo"));
    m_range->addItem(tr("Overdue"), int(VisitRepository::Range::Overdue));
    m_range->addItem(tr("Today"), int(VisitRepository::Range::Today));
    m_range->addItem(tr("This week"), int(VisitRepository::Range::Week));
    m_mine = new QCheckBox(tr("Only my visits"), this);
    m_mine->setObjectName(QStringLiteral("onlyMineCheck"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("agendaCounts"));
    top->addWidget(m_range);
    top->addWidget(m_mine);
    top->addWidget(m_counts, 1);
    layout->addLayout(top);
    m_model = new AgendaModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record visit…"), this);
    m_record->setObjectName(QStringLiteral("recordVisitButton"));
    m_missed = new QPushButton(tr("Did &not happen…"), this);
    m_missed->setObjectName(QStringLiteral("missedVisitButton"));
    buttons->addWidget(m_record);
    buttons->addWidget(m_missed);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, &AgendaView::reload);
    connect(m_mine, &QCheckBox::toggled, this, &AgendaView::reload);
    connect(m_record, &QPushButton::clicked, this, &AgendaView::recordVisit);
    connect(m_missed, &QPushButton::clicked, this, &AgendaView::markMissed);
    connect(m_view, &QTableView::doubleClicked, this, &AgendaView::recordVisit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const AgendaItem *item = m_model->itemAt(current.row()))
                    emit openHousehold(item->householdId);
            });
    reload();
}

AgendaView::~AgendaView() = default;

void AgendaView::reload()
{
    const QDate today = m_casebook.clock().today();
    const QString me = m_mine->isChecked() && m_casebook.user() ? m_casebook.user()->id : QString();
    auto count = [&](VisitRepository::Range r) {
        auto n = m_visits->agendaCount(r, today, me);
        return n ? *n : 0;
    };
    m_overdue = count(VisitRepository::Range::Overdue);
    const int dueToday = count(VisitRepository::Range::Today);
    const int week = count(VisitRepository::Range::Week);
    m_counts->setText(tr("%1 overdue · %2 today · %3 this week").arg(m_overdue).arg(dueToday).arg(week));
    auto items = m_visits->agenda(VisitRepository::Range(m_range->currentData().toInt()), today, me);
    m_model->setItems(items ? *items : QList<AgendaItem>(), today);
    m_view->resizeColumnsToContents();
    emit countsChanged(m_overdue, dueToday, week);
}

QString AgendaView::selectedVisit() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    const AgendaItem *item = rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
    return item ? item->visitId : QString();
}

void AgendaView::recordVisit()
{
    const QString id = selectedVisit();
    if (id.isEmpty())
        return;
    const auto rows = m_view->selectionModel()->selectedRows();
    const AgendaItem *item = m_model->itemAt(rows.first().row());
    const QString household = item->householdId;
    const QString who = item->village.isEmpty() ? tr("%1's household").arg(item->headName)
                                                : tr("%1's household · %2").arg(item->headName, item->village);
    RecordVisitDialog dialog(*m_visits, id, m_casebook.clock().today(), who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit householdChanged(household);
}

void AgendaView::markMissed()
{
    const QString id = selectedVisit();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Visit did not happen"), tr("Why (for example: nobody at home)?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = m_visits->markMissed(id, reason);
    if (!r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    reload();
}

} // namespace xianjie
