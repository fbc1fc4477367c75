#pragma once

#include "storage/LedgerImporter.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace xianjie {

class Casebook;

/** The ledgers imported so far (File → Ledger imports…): each file with its counts, and which record came from which of
 *  its rows. */
class LedgerImportsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerImportsDialog)

public:
    explicit LedgerImportsDialog(Casebook &casebook, QWidget *parent = nullptr);

private:
    void showRecords();

    Casebook &m_casebook;
    QList<LedgerImporter::Batch> m_batches;
    QTableWidget *m_batchTable = nullptr;
    QTableWidget *m_recordTable = nullptr;
    QLabel *m_recordsLabel = nullptr;
};

} // namespace xianjie
