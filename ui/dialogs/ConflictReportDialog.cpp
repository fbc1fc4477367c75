#include "ConflictReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

ConflictReportDialog::ConflictReportDialog(const QList<ConflictOfInterest::Case> &cases, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Households related to staff"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(int(cases.size()), 4, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setHorizontalHeaderLabels({tr("Staff member"), tr("Household"), tr("Relation"), tr("Changes by others")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < cases.size(); ++r) {
        const auto &c = cases.at(r);
        table->setItem(r, 0, new QTableWidgetItem(c.userName));
        table->setItem(r, 1, new QTableWidgetItem(c.household));
        table->setItem(r, 2, new QTableWidgetItem(c.relation));
        table->setItem(r, 3, new QTableWidgetItem(QString::number(c.actionsByOthers)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace xianjie
