#include "FigureListDialog.h"

#include "widgets/FormParts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

FigureListDialog::FigureListDialog(const QString &title, const FigureList &list, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("figureListDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    const int n = int(list.rows.size());
    QString what = list.kind == FigureList::Kind::Referrals ? tr("%n referral(s)", nullptr, n)
                   : list.kind == FigureList::Kind::Visits  ? tr("%n visit(s)", nullptr, n)
                                                            : tr("%n household(s)", nullptr, n);
    if (list.truncated)
        what = tr("The first %1 — narrow the period or the area to see the rest.").arg(what);
    auto *summary = new QLabel(tr("%1. Double-click a row to open the household.").arg(what), this);
    summary->setObjectName(QStringLiteral("figureListSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_table = new QTableWidget(n, int(list.headers.size()), this);
    m_table->setObjectName(QStringLiteral("figureListTable"));
    m_table->setHorizontalHeaderLabels(list.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < list.headers.size(); ++c) {
            auto *item = new QTableWidgetItem(list.rows.at(r).value(c));
            item->setData(Qt::UserRole, list.householdIds.value(r));
            m_table->setItem(r, c, item);
        }
    m_table->horizontalHeader()->setStretchLastSection(true);
    FormParts::fitColumns(m_table, {1, 2});
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("&Open the household"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openHouseholdButton"));
    open->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto openCurrent = [this] {
        const auto *item = m_table->currentItem();
        if (!item)
            return;
        emit openHousehold(item->data(Qt::UserRole).toString());
        accept();
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, open] { open->setEnabled(m_table->currentItem() != nullptr); });
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openCurrent);
    resize(900, 560);
}

} // namespace xianjie
