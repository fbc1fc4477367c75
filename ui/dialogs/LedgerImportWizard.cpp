#include "LedgerImportWizard.h"

#include "BackgroundWork.h"
#include "storage/Casebook.h"
#include "widgets/FormParts.h"
#include "widgets/WizardPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {

using Outcome = LedgerImporter::Outcome;
using Field = LedgerWords::Field;

constexpr int kPreviewRows = 12;

/** A table the user reads but does not type into. */
QTableWidget *readOnlyTable(const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

QString cellText(const LedgerSheet &sheet, int row, int column)
{
    if (row < 0 || row >= sheet.rows.size() || column >= sheet.rows[row].size())
        return {};
    return sheet.rows[row][column].text;
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

LedgerImportWizard::LedgerImportWizard(Casebook &casebook, QWidget *parent)
    : QWizard(parent), m_casebook(casebook), m_work(new BackgroundWork(casebook, this))
{
    setObjectName(QStringLiteral("ledgerImportWizard"));
    setWindowTitle(tr("Import a ledger"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(900, 580);
    resize(1040, 660);

    // 1. The file.
    m_filePage = new WizardPage(tr("Which ledger?"),
                                tr("A roll of households (花名册) or a payment list (发放台账), saved by Excel or WPS "
                                   "as a workbook (.xlsx) or as CSV. Nothing is written until the last step."),
                                [this] { return m_loaded; });
    auto *fileLayout = new QVBoxLayout(m_filePage);
    auto *fileForm = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(m_filePage);
    m_fileEdit->setObjectName(QStringLiteral("ledgerFileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose the file of the ledger"));
    auto *choose = new QPushButton(tr("&Choose a file…"), m_filePage);
    choose->setObjectName(QStringLiteral("ledgerChooseButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(choose);
    fileForm->addRow(tr("File:"), fileRow);
    m_sheetCombo = new QComboBox(m_filePage);
    m_sheetCombo->setObjectName(QStringLiteral("ledgerSheetCombo"));
    m_sheetLabel = new QLabel(tr("Sheet:"), m_filePage);
    fileForm->addRow(m_sheetLabel, m_sheetCombo);
    m_encodingCombo = new QComboBox(m_filePage);
    m_encodingCombo->setObjectName(QStringLiteral("ledgerEncodingCombo"));
    m_encodingCombo->addItem(tr("As found in the file"), -1);
    m_encodingCombo->addItem(CsvReader::encodingName(CsvReader::Encoding::Utf8), int(CsvReader::Encoding::Utf8));
    m_encodingCombo->addItem(CsvReader::encodingName(CsvReader::Encoding::Gb18030), int(CsvReader::Encoding::Gb18030));
    m_encodingLabel = new QLabel(tr("Text encoding:"), m_filePage);
    fileForm->addRow(m_encodingLabel, m_encodingCombo);
    fileLayout->addLayout(fileForm);
    m_fileStatus = wrappedLabel(QStringLiteral("ledgerFileStatus"), m_filePage);
    fileLayout->addWidget(m_fileStatus);
    m_preview = readOnlyTable(QStringLiteral("ledgerPreview"), m_filePage);
    fileLayout->addWidget(m_preview, 1);
    m_sheetLabel->hide();
    m_sheetCombo->hide();
    m_encodingLabel->hide();
    m_encodingCombo->hide();
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a ledger"), QString(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_sheetCombo, &QComboBox::activated, this, [this] { reread(); });
    connect(m_encodingCombo, &QComboBox::activated, this, [this] { reread(); });
    setPage(FilePage, m_filePage);

    // 2. The columns.
    auto *mappingPage =
        new WizardPage(tr("Which column holds what?"),
                       tr("Check what each column of the ledger is imported as, and correct what is wrong. A column "
                          "set to \"%1\" is left out.")
                           .arg(LedgerWords::fieldLabel(Field::Ignore)),
                       [] { return true; });
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    auto *mappingForm = new QFormLayout;
    mappingForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_kindCombo = new QComboBox(mappingPage);
    m_kindCombo->setObjectName(QStringLiteral("ledgerKindCombo"));
    m_kindCombo->addItem(tr("Households and their members (花名册)"), int(LedgerMapping::Kind::Households));
    m_kindCombo->addItem(tr("Payments to people in the casebook (发放台账)"), int(LedgerMapping::Kind::Payments));
    mappingForm->addRow(tr("The ledger lists:"), m_kindCombo);
    m_headerSpin = new QSpinBox(mappingPage);
    m_headerSpin->setObjectName(QStringLiteral("ledgerHeaderSpin"));
    m_headerSpin->setMinimum(1);
    mappingForm->addRow(tr("Column headings in row:"), m_headerSpin);
    mappingLayout->addLayout(mappingForm);
    m_mappingOrigin = wrappedLabel(QStringLiteral("ledgerMappingOrigin"), mappingPage);
    mappingLayout->addWidget(m_mappingOrigin);
    m_columns = readOnlyTable(QStringLiteral("ledgerColumnTable"), mappingPage);
    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Heading"), tr("First values"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->verticalHeader()->setDefaultSectionSize(m_columns->fontMetrics().height() + 16);
    mappingLayout->addWidget(m_columns, 1);
    connect(m_headerSpin, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_loaded || row - 1 == m_mapping.headerRow)
            return;
        // Another row holds the headings: the columns are read again from its words.
        LedgerMapping m = currentMapping();
        m.headerRow = row - 1;
        m.columns.clear();
        for (int c = 0; c < m_sheet.columnCount(); ++c)
            m.columns << LedgerWords::headerField(cellText(m_sheet, m.headerRow, c));
        fillMapping(m, tr("The columns as the headings of row %1 name them.").arg(row));
    });
    setPage(MappingPage, mappingPage);

    // 3. The dry run.
    m_reportPage = new WizardPage(
        tr("What the import will do"), tr("Every row as the importer judges it, before anything is written."), [this] {
            const bool writes = m_report.count(Outcome::Add) + m_report.count(Outcome::Update) > 0;
            return m_dryRunCurrent && !isWorking() && m_problem.isEmpty() && writes &&
                   (!m_report.anyRefused() || m_onlyValid->isChecked());
        });
    m_reportPage->setButtonText(QWizard::NextButton, tr("&Import"));
    auto *reportLayout = new QVBoxLayout(m_reportPage);
    m_summary = wrappedLabel(QStringLiteral("ledgerSummary"), m_reportPage);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    reportLayout->addWidget(m_summary);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(new QLabel(tr("Households already in the casebook:"), m_reportPage));
    m_existingCombo = new QComboBox(m_reportPage);
    m_existingCombo->setObjectName(QStringLiteral("ledgerExistingCombo"));
    m_existingCombo->addItem(tr("leave as they are"), int(LedgerImporter::Existing::Skip));
    m_existingCombo->addItem(tr("update address, phone, village, new members and category"),
                             int(LedgerImporter::Existing::Update));
    optionRow->addWidget(m_existingCombo);
    optionRow->addStretch(1);
    reportLayout->addLayout(optionRow);
    m_onlyValid = new QCheckBox(tr("Import only the valid rows and leave out the refused ones (with their households)"),
                                m_reportPage);
    m_onlyValid->setObjectName(QStringLiteral("ledgerOnlyValid"));
    reportLayout->addWidget(m_onlyValid);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), m_reportPage));
    m_filterCombo = new QComboBox(m_reportPage);
    m_filterCombo->setObjectName(QStringLiteral("ledgerFilterCombo"));
    m_filterCombo->addItem(tr("every row"), -1);
    for (Outcome o : {Outcome::Invalid, Outcome::Add, Outcome::Update, Outcome::AlreadyThere, Outcome::Skipped})
        m_filterCombo->addItem(LedgerImporter::outcomeLabel(o), int(o));
    filterRow->addWidget(m_filterCombo);
    filterRow->addStretch(1);
    auto *again = new QPushButton(tr("&Read the file again"), m_reportPage);
    again->setObjectName(QStringLiteral("ledgerRereadButton"));
    again->setToolTip(tr("After correcting the ledger in Excel or WPS and saving it"));
    filterRow->addWidget(again);
    reportLayout->addLayout(filterRow);
    m_rows = readOnlyTable(QStringLiteral("ledgerReportTable"), m_reportPage);
    m_rows->setColumnCount(5);
    m_rows->setHorizontalHeaderLabels(
        {tr("Row"), tr("Result"), tr("Person"), tr("Cell"), tr("What happens, or why not")});
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    reportLayout->addWidget(m_rows, 1);
    m_lists = wrappedLabel(QStringLiteral("ledgerLists"), m_reportPage);
    reportLayout->addWidget(m_lists);
    connect(m_existingCombo, &QComboBox::activated, this, [this] { runDryRun(); });
    connect(m_onlyValid, &QCheckBox::toggled, this, [this] {
        showReport();
        m_reportPage->changed();
    });
    connect(m_filterCombo, &QComboBox::activated, this, [this] { showReport(); });
    connect(again, &QPushButton::clicked, this, [this] {
        const LedgerMapping before = currentMapping();
        const QString layout = LedgerImporter::layoutKey(m_sheet, before.headerRow);
        reread();
        if (!m_loaded)
            return;
        // The columns as set stay, unless the corrected file's headings are not the same any more.
        if (LedgerImporter::layoutKey(m_sheet, before.headerRow) == layout)
            fillMapping(before, m_mappingOrigin->text());
        else
            fillMapping(LedgerImporter(m_casebook).suggest(m_sheet),
                        tr("The file's headings have changed: the columns are read from them again. Check them on "
                           "the previous page."));
        runDryRun();
    });
    connect(m_work, &BackgroundWork::progressed, this, [this](int done, int total, const QString &text) {
        if (currentId() == ReportPage && !m_dryRunCurrent)
            m_summary->setText(total > 0 ? tr("%1 (%2%)").arg(text).arg(100 * done / total) : text);
    });
    setPage(ReportPage, m_reportPage);

    // 4. Done.
    auto *donePage = new WizardPage(tr("Imported"), QString(), [] { return true; });
    auto *doneLayout = new QVBoxLayout(donePage);
    m_doneText = wrappedLabel(QStringLiteral("ledgerDoneText"), donePage);
    doneLayout->addWidget(m_doneText);
    doneLayout->addStretch(1);
    setPage(DonePage, donePage);
}

bool LedgerImportWizard::isWorking() const
{
    return m_work->isBusy();
}

bool LedgerImportWizard::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_sheetCombo->clear();
    m_encodingCombo->setCurrentIndex(0);
    reread();
    return m_loaded;
}

void LedgerImportWizard::reread()
{
    if (m_path.isEmpty() || isWorking())
        return;
    std::optional<CsvReader::Encoding> encoding;
    if (const int e = m_encodingCombo->currentData().toInt(); e >= 0)
        encoding = CsvReader::Encoding(e);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto sheet = LedgerImporter::read(m_path, std::max(0, m_sheetCombo->currentIndex()), encoding);
    QApplication::restoreOverrideCursor();
    m_dryRunCurrent = false;
    m_mapping = LedgerMapping();
    if (!sheet) {
        m_loaded = false;
        m_fileStatus->setText(sheet.message());
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_filePage->changed();
        return;
    }
    m_sheet = *sheet;
    m_loaded = true;
    const bool workbook = m_sheet.encoding.isEmpty();
    m_sheetLabel->setVisible(workbook);
    m_sheetCombo->setVisible(workbook);
    m_encodingLabel->setVisible(!workbook);
    m_encodingCombo->setVisible(!workbook);
    if (workbook && m_sheetCombo->count() != m_sheet.sheetNames.size()) {
        m_sheetCombo->clear();
        m_sheetCombo->addItems(m_sheet.sheetNames);
        m_sheetCombo->setCurrentIndex(m_sheet.sheet);
    }
    const int people = int(std::count_if(m_sheet.rows.cbegin(), m_sheet.rows.cend(), [](const QList<LedgerCell> &r) {
        return std::any_of(r.cbegin(), r.cend(), [](const LedgerCell &c) { return !c.text.isEmpty(); });
    }));
    QString status = tr("%n row(s) with something in them.", nullptr, people);
    if (!workbook)
        status = tr("Read as %1.").arg(m_sheet.encoding) + QLatin1Char(' ') + status + QLatin1Char(' ') +
                 tr("If the Chinese below looks garbled, choose the other encoding.");
    m_fileStatus->setText(status);
    showPreview();
    m_filePage->changed();
}

void LedgerImportWizard::showPreview()
{
    const int columns = m_sheet.columnCount();
    const int rows = int(std::min<qsizetype>(m_sheet.rows.size(), kPreviewRows));
    m_preview->clear();
    m_preview->clearSpans();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << LedgerImporter::columnName(m_sheet, LedgerMapping(), c);
    m_preview->setHorizontalHeaderLabels(letters);
    for (int r = 0; r < rows; ++r) {
        // A merged title carries its text into every cell it covers: shown once, as the spreadsheet shows it.
        const QList<LedgerCell> &cells = m_sheet.rows.at(r);
        const bool merged = cells.size() > 1 && !cells.first().text.isEmpty() &&
                            std::all_of(cells.cbegin(), cells.cend(),
                                        [&cells](const LedgerCell &c) { return c.text == cells.first().text; });
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(merged && c > 0 ? QString() : cellText(m_sheet, r, c)));
        if (merged)
            m_preview->setSpan(r, 0, 1, int(cells.size()));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
}

void LedgerImportWizard::fillMapping(const LedgerMapping &mapping, const QString &origin)
{
    m_mapping = mapping;
    m_mappingOrigin->setText(origin);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(mapping.kind)));
    {
        const QSignalBlocker block(m_headerSpin);
        m_headerSpin->setMaximum(std::max<int>(1, int(m_sheet.rows.size())));
        m_headerSpin->setValue(mapping.headerRow + 1);
    }
    const int columns = m_sheet.columnCount();
    m_columns->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(LedgerImporter::columnName(m_sheet, LedgerMapping(), c)));
        m_columns->setItem(c, 1, new QTableWidgetItem(cellText(m_sheet, mapping.headerRow, c).simplified()));
        QStringList examples;
        for (int r = mapping.headerRow + 1; r < m_sheet.rows.size() && examples.size() < 3; ++r)
            if (const QString t = cellText(m_sheet, r, c).simplified(); !t.isEmpty())
                examples << t;
        m_columns->setItem(c, 2, new QTableWidgetItem(examples.join(QStringLiteral("、"))));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("ledgerColumnCombo%1").arg(c));
        for (Field f : LedgerWords::fields())
            combo->addItem(LedgerWords::fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(mapping.columns.value(c, Field::Ignore))));
        m_columns->setCellWidget(c, 3, combo);
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(2, std::min(m_columns->columnWidth(2), 360));
    m_columns->horizontalHeader()->setStretchLastSection(true);
}

LedgerMapping LedgerImportWizard::currentMapping() const
{
    LedgerMapping m;
    m.kind = LedgerMapping::Kind(m_kindCombo->currentData().toInt());
    m.headerRow = m_headerSpin->value() - 1;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 3));
        m.columns << (combo ? Field(combo->currentData().toInt()) : Field::Ignore);
    }
    return m;
}

LedgerImporter::Options LedgerImportWizard::currentOptions() const
{
    LedgerImporter::Options o;
    o.existing = LedgerImporter::Existing(m_existingCombo->currentData().toInt());
    o.onlyValid = m_onlyValid->isChecked();
    return o;
}

void LedgerImportWizard::initializePage(int id)
{
    if (id == MappingPage && m_mapping.headerRow < 0) {
        LedgerImporter importer(m_casebook);
        if (const auto remembered = importer.remembered(m_sheet))
            fillMapping(*remembered, tr("The columns as you set them for a file of the same layout. Check them."));
        else if (const LedgerMapping guessed = LedgerImporter::guess(m_sheet); guessed.headerRow >= 0)
            fillMapping(guessed,
                        tr("The columns as their headings name them (row %1). Check them.").arg(guessed.headerRow + 1));
        else
            fillMapping(guessed, tr("No row of the first 30 names the columns (姓名, 身份证号码, …). Say which row "
                                    "holds the headings, and what each column holds."));
    }
    if (id == ReportPage)
        runDryRun();
    if (id == DonePage) {
        QString text = tr("%1 is imported as batch %2.").arg(m_sheet.fileName, m_report.batchId) +
                       QStringLiteral("\n\n") + m_report.summary() + QStringLiteral("\n\n");
        QStringList leftOut;
        for (const LedgerImporter::RowReport &r : std::as_const(m_report.rows))
            if (r.outcome == Outcome::Invalid)
                leftOut << QString::number(r.row);
        if (!leftOut.isEmpty())
            text += tr("Rows left out: %1. They are still in the file: correct them there and import the file again; "
                       "what is already in the casebook is not added twice.")
                        .arg(leftOut.join(tr(", "))) +
                    QStringLiteral("\n\n");
        text += tr("The audit log (Account → Audit log) has an entry naming the file and these counts under this batch "
                   "number, and the batch keeps which record came from which row of the file.");
        m_doneText->setText(text);
    }
    QWizard::initializePage(id);
}

bool LedgerImportWizard::validateCurrentPage()
{
    if (currentId() == ReportPage && !m_imported) {
        startImport();
        return false; // the wizard goes on when the import has been written
    }
    return QWizard::validateCurrentPage();
}

void LedgerImportWizard::runDryRun()
{
    if (!m_loaded)
        return;
    if (isWorking()) {
        m_rerun = true; // the options changed while a check ran: check again when it ends
        return;
    }
    m_mapping = currentMapping();
    m_dryRunCurrent = false;
    m_problem.clear();
    m_rows->setRowCount(0);
    m_lists->clear();
    m_summary->setText(tr("Checking every row…"));
    m_reportPage->changed();
    using R = Result<LedgerImporter::Report>;
    const LedgerSheet sheet = m_sheet;
    const LedgerMapping mapping = m_mapping;
    const LedgerImporter::Options options = currentOptions();
    BackgroundWork *work = m_work;
    m_work->start<R>(
        tr("Checking the ledger…"),
        [sheet, mapping, options, work](Casebook &casebook) -> R {
            return LedgerImporter(casebook).dryRun(sheet, mapping, options, [work](int done, int total) {
                work->report(done, total, tr("Checking every row…"));
                return !work->stopRequested();
            });
        },
        [this](R report) {
            if (std::exchange(m_rerun, false)) {
                runDryRun();
                return;
            }
            if (!report) {
                m_problem = report.message();
                m_summary->setText(m_problem);
            } else {
                m_report = *report;
                m_dryRunCurrent = !m_report.stopped;
                showReport();
            }
            m_reportPage->changed();
        },
        [this](const Error &e) {
            m_rerun = false;
            m_problem = e.message;
            m_summary->setText(m_problem);
            m_reportPage->changed();
        });
}

void LedgerImportWizard::showReport()
{
    if (!m_dryRunCurrent)
        return;
    QString text = m_report.summary();
    const int refused = m_report.count(Outcome::Invalid);
    if (m_report.count(Outcome::Add) + m_report.count(Outcome::Update) == 0)
        text += QLatin1Char('\n') + tr("Nothing to import: no row adds or changes anything.");
    else if (refused > 0 && !m_onlyValid->isChecked())
        text += QLatin1Char('\n') + tr("%n row(s) are refused. Correct them in the file and read it again, or import "
                                       "only the valid rows.",
                                       nullptr, refused);
    else if (refused > 0)
        text += QLatin1Char('\n') + tr("The refused rows will be left out.");
    m_summary->setText(text);

    const int filter = m_filterCombo->currentData().toInt();
    QList<const LedgerImporter::RowReport *> shown;
    for (const LedgerImporter::RowReport &r : std::as_const(m_report.rows)) {
        if (filter >= 0 ? int(r.outcome) != filter
                        : r.outcome == Outcome::Skipped && r.reason == LedgerImporter::tr("Blank row."))
            continue;
        shown << &r;
    }
    m_rows->setUpdatesEnabled(false);
    m_rows->setRowCount(int(shown.size()));
    const QColor refusedColour(170, 0, 0);
    const QColor quietColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < shown.size(); ++i) {
        const LedgerImporter::RowReport &r = *shown.at(i);
        const QStringList texts = {QString::number(r.row), LedgerImporter::outcomeLabel(r.outcome), r.who,
                                   LedgerImporter::columnName(m_sheet, m_mapping, r.column), r.reason};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (r.outcome == Outcome::Invalid)
                item->setForeground(refusedColour);
            else if (r.outcome == Outcome::Skipped || r.outcome == Outcome::AlreadyThere)
                item->setForeground(quietColour);
            if (c == 4)
                item->setToolTip(r.reason);
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->setUpdatesEnabled(true);

    QStringList lists;
    if (!m_report.unknownVillages.isEmpty())
        lists << tr("Villages not on the station's list (add them under Casework → Villages and communities, or "
                    "correct the file): %1")
                     .arg(m_report.unknownVillages.join(tr(", ")));
    if (!m_report.notInCasebook.isEmpty())
        lists << tr("People not in the casebook (register their households first): %1")
                     .arg(m_report.notInCasebook.join(tr("; ")));
    m_lists->setText(lists.join(QLatin1Char('\n')));
    m_lists->setVisible(!lists.isEmpty());
}

void LedgerImportWizard::startImport()
{
    if (isWorking())
        return;
    auto *progress = new QProgressDialog(tr("Importing %1…").arg(m_sheet.fileName), tr("&Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("ledgerImportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(m_work, &BackgroundWork::progressed, progress, [progress](int done, int total, const QString &text) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(text);
    });
    connect(progress, &QProgressDialog::canceled, m_work, &BackgroundWork::requestStop);
    using R = Result<LedgerImporter::Report>;
    const LedgerSheet sheet = m_sheet;
    const LedgerMapping mapping = m_mapping;
    const LedgerImporter::Options options = currentOptions();
    BackgroundWork *work = m_work;
    const QString file = m_sheet.fileName;
    m_work->start<R>(
        tr("Importing a ledger…"),
        [sheet, mapping, options, work, file](Casebook &casebook) -> R {
            return LedgerImporter(casebook).import(sheet, mapping, options, [work, file](int done, int total) {
                work->report(done, total, tr("Importing %1…").arg(file));
                return !work->stopRequested();
            });
        },
        [this, progress](R report) {
            progress->deleteLater();
            if (!report) {
                m_summary->setText(report.message());
                m_dryRunCurrent = false;
                m_reportPage->changed();
                return;
            }
            if (report->stopped) {
                m_summary->setText(tr("Stopped: nothing was imported.") + QLatin1Char(' ') + m_report.summary());
                return;
            }
            m_report = *report;
            m_imported = true;
            next();
        },
        [this, progress](const Error &e) {
            progress->deleteLater();
            m_summary->setText(e.message);
        });
    m_reportPage->changed();
}

} // namespace xianjie
