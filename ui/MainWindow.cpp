#include "MainWindow.h"

#include "AutomaticTasks.h"
#include "BackgroundWork.h"
#include "CasebookOpener.h"
#include "InactivityLock.h"
#include "OnlineSyncAgent.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/AutoBackupDialog.h"
#include "dialogs/BackupDialogs.h"
#include "dialogs/ConflictReportDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FirstRunGuide.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/LedgerImportWizard.h"
#include "dialogs/LedgerImportsDialog.h"
#include "dialogs/NewCasebookDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/StationContactDialog.h"
#include "dialogs/UsersDialog.h"
#include "dialogs/VillagesDialog.h"
#include "models/HouseholdListModel.h"
#include "report/ListExport.h"
#include "rules/Labels.h"
#include "storage/AutoBackup.h"
#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"
#include "storage/ConflictOfInterest.h"
#include "storage/HouseholdRepository.h"
#include "storage/StationSettings.h"
#include "storage/UserRepository.h"
#include "sync/SyncOverview.h"
#include "views/AgendaView.h"
#include "views/DashboardView.h"
#include "views/HouseholdPage.h"
#include "views/ReferralsView.h"
#include "views/SyncView.h"
#include "widgets/FormParts.h"
#include "widgets/OnlineSyncPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace xianjie {

MainWindow::MainWindow(std::unique_ptr<Casebook> casebook, QWidget *parent)
    : QMainWindow(parent), m_casebook(std::move(casebook)),
      m_repository(std::make_unique<HouseholdRepository>(*m_casebook))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QDate today = m_casebook->clock().today();
    setWindowTitle(tr("%1 — Xianjie casebook").arg(m_casebook->identity().name));
    setAttribute(Qt::WA_DeleteOnClose);

    m_model = new HouseholdListModel(m_casebook->path(), today, this);
    m_page = new HouseholdPage(*m_repository, today, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by name, pinyin (zs for 张三), ID number or village"));
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(buildFilters(left));
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("householdView"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionsMovable(true);
    // A click on a column header sorts the whole list (in the database, a page at a time), not the rows loaded.
    m_list->horizontalHeader()->setSortIndicator(HouseholdListModel::Number, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    // The station column only at the county, where households come from many stations.
    m_list->setColumnHidden(HouseholdListModel::Station, m_casebook->identity().role != Casebook::Role::County);
    m_list->installEventFilter(this);
    leftLayout->addWidget(m_list);

    m_agenda = new AgendaView(*m_casebook, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(left, tr("Households"));
    m_tabs->addTab(m_agenda, tr("Visits"));
    connect(m_agenda, &AgendaView::countsChanged, this, [this](int overdue, int today, int) {
        m_tabs->setTabText(1, overdue + today > 0 ? tr("Visits (%1 overdue, %2 today)").arg(overdue).arg(today)
                                                  : tr("Visits"));
    });
    m_agenda->reload();
    connect(m_agenda, &AgendaView::openHousehold, m_page, &HouseholdPage::showHousehold);
    connect(m_agenda, &AgendaView::householdChanged, this, [this](const QString &id) {
        m_page->showHousehold(id);
        householdSaved(id);
    });

    m_referrals = new ReferralsView(*m_casebook, this);
    m_tabs->addTab(m_referrals, tr("Referrals"));
    connect(m_referrals, &ReferralsView::countsChanged, this, [this](int overdue, int open) {
        const int index = m_tabs->indexOf(m_referrals);
        m_tabs->setTabText(index, overdue > 0 ? tr("Referrals (%1 open, %2 overdue)").arg(open).arg(overdue)
                                  : open > 0  ? tr("Referrals (%1 open)").arg(open)
                                              : tr("Referrals"));
    });
    m_referrals->reload();
    connect(m_referrals, &ReferralsView::openHousehold, this, [this](const QString &id) {
        m_page->showHousehold(id);
        m_page->tabs()->setCurrentIndex(3); // its referrals
    });
    connect(m_referrals, &ReferralsView::changed, this, [this] { m_page->showHousehold(m_page->householdId()); });

    // The county does not visit households; the stations' agendas are theirs.
    if (m_casebook->identity().role == Casebook::Role::County) {
        m_tabs->setTabVisible(m_tabs->indexOf(m_agenda), false);
        m_page->setCountyView(true);
    }
    m_dashboard = new DashboardView(*m_casebook, this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    connect(m_dashboard, &DashboardView::openHousehold, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        m_page->showHousehold(id);
    });
    m_work = new BackgroundWork(*m_casebook, this);
    m_sync = new SyncView(*m_casebook, m_work, this);
    m_tabs->addTab(m_sync, m_sync->title());
    auto syncChanged = [this] {
        m_tabs->setTabText(m_tabs->indexOf(m_sync), m_sync->title());
        m_model->refresh();
        m_casebook->changes().everything(); // enrolment, a decision in the review queue
        if (!m_page->householdId().isEmpty())
            m_page->showHousehold(m_page->householdId());
    };
    connect(m_sync, &SyncView::changed, this, syncChanged);
    connect(m_sync, &SyncView::openHousehold, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        m_page->showHousehold(id);
    });
    // The sync screens and the dashboard need the whole width; the household page comes back with the other tabs.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_page->setVisible(m_tabs->currentWidget() != m_sync && m_tabs->currentWidget() != m_dashboard);
    });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *newAction = new QAction(tr("&Register household…"), this);
    newAction->setObjectName(QStringLiteral("newHouseholdAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newHousehold);
    fileMenu->addAction(newAction);
    fileMenu->addAction(tr("New &casebook…"), this, &MainWindow::newCasebook);
    auto *openAction = new QAction(tr("&Open casebook…"), this);
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::openCasebook);
    fileMenu->addAction(openAction);
    fileMenu->addSeparator();
    auto *exportAction = fileMenu->addAction(tr("E&xport a list…"), this, &MainWindow::exportList);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    auto *ledgerAction = fileMenu->addAction(tr("&Import a ledger (Excel or CSV)…"), this, &MainWindow::importLedger);
    ledgerAction->setObjectName(QStringLiteral("importLedgerAction"));
    ledgerAction->setVisible(m_casebook->identity().role == Casebook::Role::Station);
    auto *importsAction =
        fileMenu->addAction(tr("&Ledger imports…"), this, [this] { LedgerImportsDialog(*m_casebook, this).exec(); });
    importsAction->setObjectName(QStringLiteral("ledgerImportsAction"));
    importsAction->setVisible(m_casebook->identity().role == Casebook::Role::Station);
    fileMenu->addAction(tr("Linkage &report…"), this, [this] {
        m_tabs->setCurrentWidget(m_dashboard);
        m_dashboard->printReport();
    });
    fileMenu->addSeparator();
    m_backupAction = fileMenu->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    m_backupAction->setObjectName(QStringLiteral("backupNowAction"));
    m_restoreAction = fileMenu->addAction(tr("Res&tore from a backup…"), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    fileMenu->addSeparator();
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);
    auto *findAction = new QAction(tr("&Find household"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findAction);
    auto *caseworkMenu = menuBar()->addMenu(tr("&Casework"));
    caseworkMenu->addAction(tr("Charity &directory…"), m_referrals, &ReferralsView::showDirectory);
    m_villagesAction = caseworkMenu->addAction(tr("Villages and c&ommunities…"), this, &MainWindow::editVillages);
    m_villagesAction->setObjectName(QStringLiteral("villagesAction"));
    m_villagesAction->setVisible(m_casebook->identity().role == Casebook::Role::Station);
    caseworkMenu->addAction(tr("Record a &lead from a charity…"), m_referrals, &ReferralsView::recordLead);
    caseworkMenu->addAction(tr("&Answer time for charities…"), m_referrals, &ReferralsView::setResponseDays);
    caseworkMenu->addSeparator();
    caseworkMenu->addAction(tr("&Visit plan…"), m_agenda, &AgendaView::configureVisitPlan);
    caseworkMenu->addAction(tr("&Print visit list…"), m_agenda, &AgendaView::printVisitList);
    m_sync->addMenuActions(menuBar()->addMenu(tr("S&ync")));
    connect(m_sync, &SyncView::wantsToBeShown, this, [this] { m_tabs->setCurrentWidget(m_sync); });
    auto *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->addAction(tr("&Change my password…"), this, &MainWindow::changePassword);
    m_usersAction = accountMenu->addAction(tr("&User accounts…"), this, &MainWindow::showUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_auditAction = accountMenu->addAction(tr("&Audit log…"), this, &MainWindow::showAudit);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_conflictAction = accountMenu->addAction(tr("&Related households report…"), this, &MainWindow::showConflictReport);
    m_lockMinutesAction = accountMenu->addAction(tr("Lock &after…"), this, &MainWindow::setLockMinutes);
    m_autoBackupAction = accountMenu->addAction(tr("Automatic &backup…"), this, &MainWindow::configureAutoBackup);
    m_contactAction = accountMenu->addAction(tr("Station &contact…"), this,
                                             [this] { StationContactDialog(*m_casebook, this).exec(); });
    accountMenu->addSeparator();
    auto *lockAction = accountMenu->addAction(tr("&Lock now"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *helpAction = helpMenu->addAction(tr("&Help for this screen"), this, &MainWindow::showHelp);
    helpAction->setObjectName(QStringLiteral("helpAction"));
    helpAction->setShortcut(QKeySequence::HelpContents); // F1
    helpMenu->addAction(tr("&About Xianjie"), this, [this] {
        QMessageBox::about(this, tr("About Xianjie"),
                           tr("<p><b>Xianjie %1</b></p><p>The casebook of the township civil-affairs service "
                              "station: households, their needs and the help they receive from government and "
                              "charities.</p><p>The casebook file is not encrypted: keep it on a disk protected "
                              "by the operating system's disk encryption.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newAction);
    // Households are registered at the stations; the county receives them.
    newAction->setVisible(m_casebook->identity().role != Casebook::Role::County);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_count, 1);
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_account);
    // Until the station head sets up the daily backup, the status bar says so, with the way to do it.
    m_backupWarning = new QLabel(this);
    m_backupWarning->setObjectName(QStringLiteral("backupWarning"));
    m_backupWarning->setText(QStringLiteral("<a href=\"setup\" style=\"color:#b3261e\">%1</a>")
                                 .arg(tr("Automatic backup is off — set it up").toHtmlEscaped()));
    connect(m_backupWarning, &QLabel::linkActivated, this, &MainWindow::configureAutoBackup);
    statusBar()->addPermanentWidget(m_backupWarning);
    m_lock = new InactivityLock(*m_casebook, this);
    connect(lockAction, &QAction::triggered, m_lock, &InactivityLock::lockNow);
    connect(m_lock, &InactivityLock::unlocked, this, &MainWindow::updateAccount);
    statusBar()->addPermanentWidget(
        new QLabel(tr("%1 · %2").arg(m_casebook->identity().name, QDir::toNativeSeparators(m_casebook->path())), this));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentHouseholdChanged);
    connect(m_model, &HouseholdListModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &HouseholdListModel::pageLoaded, this, [this] {
        if (std::exchange(m_toEnd, false) && m_model->rowCount() > 0) {
            statusBar()->clearMessage();
            m_list->selectRow(m_model->rowCount() - 1);
            m_list->scrollToBottom();
        }
        updateCount();
        if (!m_reselect.isEmpty()) {
            const int row = m_model->rowOfHousehold(m_reselect);
            m_reselect.clear();
            if (row >= 0)
                m_list->selectRow(row);
        }
    });
    connect(m_model, &HouseholdListModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Cannot read the casebook"), message); });
    connect(m_page, &HouseholdPage::householdChanged, this, &MainWindow::householdSaved);

    restoreSettings();
    updateCount();
    updateAccount();

    // A station syncs online by itself when its county has a server; the status bar says how it stands.
    if (m_casebook->identity().role == Casebook::Role::Station) {
        m_online = new OnlineSyncAgent(*m_casebook, *m_work, this);
        auto *online = new QLabel(m_online->statusText(), this);
        online->setObjectName(QStringLiteral("onlineStatus"));
        statusBar()->insertPermanentWidget(1, online); // after the household count, before the account
        auto show = [online](const QString &text, bool problem) {
            online->setText(text);
            online->setVisible(!text.isEmpty());
            online->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
        };
        show(m_online->statusText(), m_online->hasProblem());
        connect(m_online, &OnlineSyncAgent::statusChanged, online, show);
        connect(m_online, &OnlineSyncAgent::synced, this, syncChanged);
        connect(m_online, &OnlineSyncAgent::roundFinished, m_sync, &SyncView::reload); // what waits, what was sent
        m_sync->addPanel(new OnlineSyncPanel(*m_casebook, *m_online, m_sync));
        connect(m_sync, &SyncView::changed, m_online, &OnlineSyncAgent::reconfigure); // enrolment
        m_online->start();
    }

    m_tasks = new AutomaticTasks(*m_casebook, *m_work, this);
    connect(m_tasks, &AutomaticTasks::message, statusBar(), &QStatusBar::showMessage);
    connect(m_tasks, &AutomaticTasks::householdsChanged, m_model, &HouseholdListModel::refresh);
    connect(m_work, &BackgroundWork::busyChanged, this, [this](bool busy, const QString &title) {
        if (busy)
            statusBar()->showMessage(title);
        else
            statusBar()->clearMessage();
    });
}

void MainWindow::exportList()
{
    const qint64 total = m_model->totalCount();
    const QString shown = total >= 0 ? tr("%n household(s)", nullptr, int(total)) : tr("as filtered");
    ExportDialog dialog(*m_casebook, m_model->currentRequest(), shown, m_referrals->filter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ListExport::Options options = dialog.options();
    QString path = FormParts::askSavePath(this, tr("Export a list"), dialog.suggestedFileName(),
                                          tr("Excel workbooks (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (!TableWriter::formatOf(path))
        path += QStringLiteral(".xlsx");
    options.path = path;
    options.format = *TableWriter::formatOf(path);
    const QString what = ListExport::listLabel(options.list);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(what), tr("&Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
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
    BackgroundWork *work = m_work;
    const bool started = m_work->start<Result<ListExport::Outcome>>(
        tr("Exporting %1…").arg(what),
        [options, work, what](Casebook &cb) {
            return ListExport::run(cb, options, [work, what](qint64 done, qint64 total) {
                work->report(int(done), int(total), tr("Exporting %1: %2 of %3…").arg(what).arg(done).arg(total));
                return !work->stopRequested();
            });
        },
        [this, progress](Result<ListExport::Outcome> r) {
            progress->deleteLater();
            if (!r)
                return (void)QMessageBox::warning(this, tr("Export a list"), r.message());
            statusBar()->showMessage(
                tr("%n row(s) exported to %1.", nullptr, int(r->rows)).arg(QDir::toNativeSeparators(r->path)), 10000);
            QMessageBox::information(
                this, tr("Export a list"),
                tr("%n row(s) written to %1.", nullptr, int(r->rows)).arg(QDir::toNativeSeparators(r->path)));
        },
        [this, progress](const Error &e) {
            progress->deleteLater();
            QMessageBox::warning(this, tr("Export a list"), e.message);
        });
    if (!started) {
        progress->deleteLater();
        QMessageBox::information(this, tr("Export a list"),
                                 tr("Another task is running (a bundle or a backup); export when it has finished."));
    }
}

void MainWindow::configureAutoBackup()
{
    if (auto r = m_casebook->require(Action::ManageUsers); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    AutoBackupDialog dialog(*m_casebook, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tasks->run();
    updateAccount();
}

bool MainWindow::offerFirstRun()
{
    // A new station's head is guided through its first start (contact, villages, accounts, backup) once; an existing
    // station's head without a daily backup is asked for that alone.
    if (FirstRunGuide::isDue(*m_casebook)) {
        FirstRunGuide(*m_casebook, *m_repository, this).exec();
        updateAccount();
        fillVillageFilter();
        return true;
    }
    return offerBackupSetup();
}

bool MainWindow::offerBackupSetup()
{
    // Automatic backup is the default: a station head who has not set it up is asked at the start, once per run.
    const auto &user = m_casebook->user();
    if (!user || !Permissions::allows(user->role, Action::ManageUsers) || !AutoBackup::folder(*m_casebook).isEmpty())
        return false;
    AutoBackupDialog dialog(*m_casebook, this);
    dialog.setWindowTitle(tr("Set up the daily backup"));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (accepted)
        m_tasks->run();
    updateAccount();
    return accepted;
}

HelpDialog::Topic MainWindow::helpTopic() const
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_agenda)
        return HelpDialog::Topic::Visits;
    if (current == m_referrals)
        return HelpDialog::Topic::Referrals;
    if (current == m_sync)
        return HelpDialog::Topic::Sync;
    return HelpDialog::Topic::Households;
}

void MainWindow::showHelp()
{
    auto *help = new HelpDialog(helpTopic(), this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->show(); // beside the screen it explains, not in front of it
}

void MainWindow::importLedger()
{
    if (auto r = m_casebook->require(Action::EditHouseholds); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    if (m_work->isBusy())
        return (void)QMessageBox::information(this, tr("Import a ledger"),
                                              tr("Wait until the work in progress has finished, then try again."));
    LedgerImportWizard wizard(*m_casebook, this);
    wizard.exec();
}

void MainWindow::editVillages()
{
    if (auto r = m_casebook->require(Action::EditHouseholds); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    VillagesDialog(*m_repository, this).exec();
    fillVillageFilter();
}

void MainWindow::fillVillageFilter()
{
    // Keeps the choice when the list of villages changes.
    const QString chosen = m_villageFilter->currentData().toString();
    const QSignalBlocker quiet(m_villageFilter);
    m_villageFilter->clear();
    m_villageFilter->addItem(tr("All"), QString());
    if (auto villages = m_repository->villages())
        for (const Village &v : *villages)
            m_villageFilter->addItem(v.name, v.id);
    m_villageFilter->setCurrentIndex(std::max(0, m_villageFilter->findData(chosen)));
}

void MainWindow::backupNow()
{
    BackupNowDialog(*m_casebook, this).exec();
}

void MainWindow::restoreFromBackup()
{
    RestoreDialog dialog(m_casebook->path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.restoredPath();
    const auto answer =
        QMessageBox::question(this, tr("Restored"),
                              tr("The backup is restored to %1. Open the restored casebook now? (This one closes.)")
                                  .arg(QDir::toNativeSeparators(path)));
    if (answer == QMessageBox::Yes)
        switchTo(path);
}

void MainWindow::switchTo(const QString &path)
{
    auto cb = CasebookOpener::open(path, this);
    if (!cb)
        return;
    auto *window = new MainWindow(std::move(cb));
    window->show();
    close();
}

void MainWindow::updateAccount()
{
    const auto &user = m_casebook->user();
    m_account->setText(user ? tr("%1 (%2)").arg(user->displayName, Permissions::roleLabel(user->role))
                            : tr("Not signed in"));
    const Role role = user ? user->role : Role::Auditor;
    m_usersAction->setEnabled(user && Permissions::allows(role, Action::ManageUsers));
    m_lockMinutesAction->setEnabled(user && Permissions::allows(role, Action::ManageUsers));
    m_autoBackupAction->setEnabled(user && Permissions::allows(role, Action::ManageUsers));
    m_contactAction->setEnabled(user && Permissions::allows(role, Action::ManageUsers));
    m_backupAction->setEnabled(user && Permissions::allows(role, Action::Backup));
    m_backupWarning->setVisible(user && Permissions::allows(role, Action::ManageUsers) &&
                                AutoBackup::folder(*m_casebook).isEmpty());
    m_auditAction->setEnabled(user && Permissions::allows(role, Action::ViewAudit));
    m_conflictAction->setEnabled(user && Permissions::allows(role, Action::ViewAudit));
}

void MainWindow::showUsers()
{
    if (auto r = m_casebook->require(Action::ManageUsers); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    UsersDialog dialog(*m_casebook, this);
    dialog.exec();
}

void MainWindow::showAudit()
{
    if (auto r = m_casebook->require(Action::ViewAudit); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    AuditDialog dialog(*m_casebook, this);
    dialog.exec();
}

void MainWindow::showConflictReport()
{
    if (auto r = m_casebook->require(Action::ViewAudit); !r)
        return (void)QMessageBox::warning(this, tr("Not allowed"), r.message());
    auto cases = ConflictOfInterest(*m_casebook).report();
    if (!cases)
        return (void)QMessageBox::warning(this, tr("Cannot make the report"), cases.message());
    ConflictReportDialog dialog(*cases, this);
    dialog.exec();
}

void MainWindow::changePassword()
{
    bool ok = false;
    const QString old = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString fresh = QInputDialog::getText(this, tr("Change my password"),
                                                tr("New password (at least 8 characters, letters and digits):"),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto r = UserRepository(*m_casebook).changeOwnPassword(old, fresh);
    if (!r) {
        QMessageBox::warning(this, tr("Password not changed"), r.message());
        updateAccount();
        return;
    }
    QMessageBox::information(this, tr("Password changed"), tr("Your password has been changed."));
}

void MainWindow::setLockMinutes()
{
    bool ok = false;
    const auto &lockBounds = StationSettings::spec(StationSettings::Key::LockMinutes);
    const int minutes = QInputDialog::getInt(this, tr("Lock after inactivity"),
                                             tr("Lock the casebook after this many minutes without use:"),
                                             m_lock->policy().minutes(), lockBounds.min, lockBounds.max, 1, &ok);
    if (!ok)
        return;
    if (auto r = StationSettings::set(*m_casebook, StationSettings::Key::LockMinutes, minutes); !r)
        return (void)QMessageBox::warning(this, tr("Not changed"), r.message());
    m_lock->policy().setMinutes(minutes);
}

MainWindow::~MainWindow()
{
    delete m_online; // waits for a round in progress, before the casebook closes
    delete m_tasks;  // stops a search-index catch-up after its batch
    delete m_work;   // waits for a running job, before the casebook closes
}

void MainWindow::currentHouseholdChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->householdIdAt(current.row()) : QString();
    if (id != m_page->householdId())
        m_page->showHousehold(id);
}

void MainWindow::householdSaved(const QString &householdId)
{
    m_reselect = householdId;
    m_model->refresh();
}

void MainWindow::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_count->setText(tr("Searching…"));
        return;
    }
    if (m_model->query().isEmpty())
        m_count->setText(tr("%n household(s)", nullptr, int(total)));
    else
        m_count->setText(tr("%n household(s) found", nullptr, int(total)));
}

void MainWindow::newHousehold()
{
    HouseholdDialog dialog(*m_repository, m_casebook->clock().today(), nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new household: search for its head, so it is in the list (new households come last), and
    // select it when it arrives.
    m_reselect = dialog.householdId();
    m_page->showHousehold(dialog.householdId());
    if (m_search->text() == dialog.headName())
        m_model->refresh();
    else
        m_search->setText(dialog.headName());
}

void MainWindow::openCasebook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open casebook"), QFileInfo(m_casebook->path()).path(),
                                                      tr("Casebooks (*.casebook);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path);
}

void MainWindow::newCasebook()
{
    NewCasebookDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto cb = CasebookOpener::open(dialog.path(), this);
    if (!cb)
        return;
    SignInDialog signIn(*cb, SignInDialog::Mode::FirstAccount, this);
    if (signIn.exec() != QDialog::Accepted)
        return;
    auto *window = new MainWindow(std::move(cb));
    window->show();
    QTimer::singleShot(0, window, [window] { window->offerFirstRun(); });
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    fitToScreen(restored);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        // The list gets what its columns need; the household page the rest.
        const int w = width();
        m_splitter->setSizes({w * 3 / 5, w - w * 3 / 5});
    }
    if (!m_list->horizontalHeader()->restoreState(settings.value(QStringLiteral("list/header")).toByteArray())) {
        // First start: wide enough for typical content and for the header, in whatever language.
        const QFontMetrics fm = m_list->fontMetrics();
        const QStringList samples = {
            QStringLiteral("000000"),       QStringLiteral("欧阳娜娜娜"),      QStringLiteral("110105********0017"),
            QStringLiteral("柳树湾村社区"), QStringLiteral("低保、临时救助"),  QStringLiteral("6"),
            QStringLiteral("已注销"),       QStringLiteral("2026-11-25 19:29")};
        for (int c = 0; c < samples.size(); ++c) {
            const QString header = m_model->headerData(c, Qt::Horizontal).toString();
            m_list->setColumnWidth(c, std::max(fm.horizontalAdvance(samples.at(c)), fm.horizontalAdvance(header)) + 24);
        }
    }
}

QHBoxLayout *MainWindow::buildFilters(QWidget *parent)
{
    auto *row = new QHBoxLayout;
    auto combo = [&](const QString &name, const QString &label) {
        auto *box = new QComboBox(parent);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *text = new QLabel(label, parent);
        text->setBuddy(box);
        row->addWidget(text);
        row->addWidget(box);
        return box;
    };
    m_villageFilter = combo(QStringLiteral("householdVillageFilter"), tr("V&illage:"));
    fillVillageFilter();
    m_categoryFilter = combo(QStringLiteral("householdCategoryFilter"), tr("Ca&tegory:"));
    m_categoryFilter->addItem(tr("All"), QString());
    for (const auto &[code, label] : Labels::categoriesShort())
        m_categoryFilter->addItem(label, code);
    m_statusFilter = combo(QStringLiteral("householdStatusFilter"), tr("Stat&us:"));
    m_statusFilter->addItem(tr("Not archived"), QString());
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Closed"), QStringLiteral("closed"));
    m_statusFilter->addItem(tr("Archived"), QStringLiteral("archived"));
    QList<QComboBox *> boxes{m_villageFilter, m_categoryFilter, m_statusFilter};
    if (m_casebook->identity().role == Casebook::Role::County) {
        m_stationFilter = combo(QStringLiteral("householdStationFilter"), tr("Stati&on:"));
        m_stationFilter->addItem(tr("All"), QString());
        if (auto stations = SyncOverview::stations(*m_casebook))
            for (const StationSummary &st : *stations)
                m_stationFilter->addItem(st.name, st.stationId);
        boxes << m_stationFilter;
    }
    row->addStretch(1);
    for (QComboBox *box : boxes)
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            HouseholdQuery::Filter f;
            f.villageId = m_villageFilter->currentData().toString();
            f.category = m_categoryFilter->currentData().toString();
            f.status = m_statusFilter->currentData().toString();
            if (m_stationFilter)
                f.stationId = m_stationFilter->currentData().toString();
            m_model->setFilter(f);
        });
    return row;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+End goes to the last household of the list, not the last one loaded so far.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier) && m_model->hasMore()) {
            statusBar()->showMessage(tr("Loading the whole list…"));
            m_toEnd = true;
            m_model->fetchAll();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitToScreen(bool restored)
{
    // A township laptop has 1366×768 and a task bar: never open larger than the screen's free area, and open
    // maximised where the comfortable size does not fit. A size saved on a larger screen is brought back inside.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect free = where->availableGeometry();
    const QSize comfortable(1400, 860);
    if (!restored) {
        if (comfortable.width() > free.width() || comfortable.height() > free.height()) {
            resize(free.size());
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(comfortable);
        }
        return;
    }
    if (!free.contains(frameGeometry())) {
        resize(size().boundedTo(free.size()));
        move(free.topLeft());
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/header"), m_list->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("casebook/last"), m_casebook->path());
}

} // namespace xianjie
