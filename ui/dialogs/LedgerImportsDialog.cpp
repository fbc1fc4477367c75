#include "LedgerImportsDialog.h"

#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormParts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

LedgerImportsDialog::LedgerImportsDialog(Casebook &casebook, QWidget *parent) : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("ledgerImportsDialog"));
    setWindowTitle(tr("Ledger imports"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every ledger imported into this casebook, newest first. Choose one to see which "
                                "record came from which row of its file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_batchTable =
        FormParts::listTable({tr("Imported"), tr("File"), tr("Sheet"), tr("By"), tr("Rows"), tr("Households added"),
                              tr("Updated"), tr("People added"), tr("Payments"), tr("Refused")},
                             QStringLiteral("ledgerBatchTable"), splitter);
    splitter->addWidget(m_batchTable);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_recordsLabel = new QLabel(lower);
    m_recordsLabel->setWordWrap(true);
    lowerLayout->addWidget(m_recordsLabel);
    m_recordTable = FormParts::listTable({tr("Row"), tr("What"), tr("Household"), tr("Written")},
                                         QStringLiteral("ledgerRecordTable"), lower);
    lowerLayout->addWidget(m_recordTable);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto batches = LedgerImporter(m_casebook).batches();
    m_batches = batches ? *batches : QList<LedgerImporter::Batch>();
    if (!batches)
        m_recordsLabel->setText(batches.message());
    m_batchTable->setRowCount(int(m_batches.size()));
    for (int r = 0; r < m_batches.size(); ++r) {
        const LedgerImporter::Batch &b = m_batches.at(r);
        // The batch's stamp is the casebook's clock (UTC, to the millisecond, then the counter): shown in local time.
        const QDateTime at = QDateTime::fromString(b.importedAt.left(24), Qt::ISODateWithMs);
        const QStringList cells = {at.isValid() ? Labels::dateTime(at.toLocalTime()) : b.importedAt.left(16),
                                   b.fileName,
                                   b.sheet,
                                   b.userName,
                                   QString::number(b.rowsRead),
                                   QString::number(b.householdsAdded),
                                   QString::number(b.householdsUpdated),
                                   QString::number(b.peopleAdded),
                                   QString::number(b.paymentsAdded),
                                   QString::number(b.rowsRefused)};
        for (int c = 0; c < cells.size(); ++c)
            m_batchTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_batchTable->resizeColumnsToContents();
    connect(m_batchTable, &QTableWidget::itemSelectionChanged, this, &LedgerImportsDialog::showRecords);
    if (m_batches.isEmpty())
        m_recordsLabel->setText(tr("No ledger has been imported yet: File → Import a ledger (Excel or CSV)…"));
    else
        m_batchTable->selectRow(0);
    resize(1000, 600);
}

void LedgerImportsDialog::showRecords()
{
    const auto rows = m_batchTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const LedgerImporter::Batch &b = m_batches.at(rows.first().row());
    auto records = LedgerImporter(m_casebook).batchRecords(b.id);
    if (!records) {
        m_recordsLabel->setText(records.message());
        return;
    }
    m_recordsLabel->setText(
        tr("From %1 (batch %2): %n record(s).", nullptr, int(records->size())).arg(b.fileName, b.id));
    HouseholdRepository households(m_casebook);
    m_recordTable->setRowCount(int(records->size()));
    for (int r = 0; r < records->size(); ++r) {
        const LedgerImporter::BatchRecord &rec = records->at(r);
        QString householdId = rec.recordId;
        if (rec.table != QLatin1String("household"))
            if (auto h = Database::scalar(m_casebook.db(),
                                          QStringLiteral("SELECT household_id FROM %1 WHERE id = ?").arg(rec.table),
                                          {rec.recordId}))
                householdId = h->toString();
        auto described = households.describeHousehold(householdId);
        const QStringList cells = {QString::number(rec.row), Labels::tableLabel(rec.table),
                                   described ? *described : QString(),
                                   rec.action == QLatin1String("insert") ? tr("added") : tr("updated")};
        for (int c = 0; c < cells.size(); ++c)
            m_recordTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_recordTable->resizeColumnsToContents();
}

} // namespace xianjie
