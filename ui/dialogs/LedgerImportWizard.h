#pragma once

#include "storage/LedgerImporter.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace xianjie {

class BackgroundWork;
class Casebook;
class WizardPage;

/**
 * Imports a ledger the station keeps in a spreadsheet: the file (sheet, encoding) → which column holds what
 * (guessed from the headings, or remembered for a file of the same layout) → the dry run, row by row, with the
 * choice for households already in the casebook and for refused rows → the import, on a worker thread with
 * progress and Stop → what was written and its batch number. Every rule is the importer's in core.
 */
class LedgerImportWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerImportWizard)

public:
    enum Page
    {
        FilePage,
        MappingPage,
        ReportPage,
        DonePage
    };

    explicit LedgerImportWizard(Casebook &casebook, QWidget *parent = nullptr);

    /** Reads @p path (the Choose button asks for it, then calls this). False, with the reason shown, when unreadable.
     */
    bool setFile(const QString &path);
    /** A dry run or the import is running on the worker thread. */
    bool isWorking() const;
    /** The last report: of the dry run, or of the import once done. */
    const LedgerImporter::Report &report() const { return m_report; }
    /** Set when the dry run could not run at all (no header row, no name column): the reason. */
    QString problem() const { return m_problem; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void reread();
    void showPreview();
    void fillMapping(const LedgerMapping &mapping, const QString &origin);
    LedgerMapping currentMapping() const;
    LedgerImporter::Options currentOptions() const;
    void runDryRun();
    void showReport();
    void startImport();

    Casebook &m_casebook;
    BackgroundWork *m_work = nullptr;
    QString m_path;
    LedgerSheet m_sheet;
    bool m_loaded = false;
    LedgerMapping m_mapping;
    LedgerImporter::Report m_report;
    QString m_problem;
    bool m_dryRunCurrent = false;
    bool m_rerun = false;
    bool m_imported = false;

    WizardPage *m_filePage = nullptr;
    WizardPage *m_reportPage = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_fileStatus = nullptr;
    QTableWidget *m_preview = nullptr;

    QComboBox *m_kindCombo = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QLabel *m_mappingOrigin = nullptr;
    QTableWidget *m_columns = nullptr;

    QLabel *m_summary = nullptr;
    QComboBox *m_existingCombo = nullptr;
    QCheckBox *m_onlyValid = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QTableWidget *m_rows = nullptr;
    QLabel *m_lists = nullptr;

    QLabel *m_doneText = nullptr;
};

} // namespace xianjie
