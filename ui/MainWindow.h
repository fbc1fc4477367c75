#pragma once

#include "dialogs/HelpDialog.h"

#include <QMainWindow>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace xianjie {

class AutomaticTasks;
class DashboardView;
class OnlineSyncAgent;
class BackgroundWork;
class Casebook;
class HouseholdListModel;
class HouseholdPage;
class HouseholdRepository;
class InactivityLock;
class AgendaView;
class ReferralsView;
class SyncView;

/** Layout and wiring: the household list with search on the left, the household page on the right. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Casebook> casebook, QWidget *parent = nullptr);
    ~MainWindow() override;

    HouseholdListModel *householdModel() const { return m_model; }
    HouseholdPage *householdPage() const { return m_page; }
    Casebook &casebook() const { return *m_casebook; }
    InactivityLock *inactivityLock() const { return m_lock; }
    AgendaView *agendaView() const { return m_agenda; }
    ReferralsView *referralsView() const { return m_referrals; }
    SyncView *syncView() const { return m_sync; }
    DashboardView *dashboardView() const { return m_dashboard; }
    /** The worker thread for long work (bundle import and export); busy while a job runs. */
    BackgroundWork *backgroundWork() const { return m_work; }
    AutomaticTasks *automaticTasks() const { return m_tasks; }
    /** A station's background online sync; null at the county. */
    OnlineSyncAgent *onlineSync() const { return m_online; }

public slots:
    void newHousehold();
    void openCasebook();
    void newCasebook();
    void showUsers();
    void showAudit();
    void showConflictReport();
    void configureAutoBackup();
    /** Asks a station head without a daily backup to set one up (the app calls it after start); true if set. */
    bool offerBackupSetup();
    /** At the start: the first-run guide for a new station's head, else offerBackupSetup(); true if one was shown. */
    bool offerFirstRun();
    void backupNow();
    /** The station's villages: listed, added, pasted (before enrolment too). */
    void editVillages();
    /** F1: a short guide to the screen in view. */
    void showHelp();
    void restoreFromBackup();
    void changePassword();
    void setLockMinutes();
    /** File → Export…: a list to Excel or CSV on the worker thread, with progress and Stop. */
    void exportList();
    void importLedger();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentHouseholdChanged();
    void householdSaved(const QString &householdId);
    void updateCount();
    void updateAccount();
    void restoreSettings();
    HelpDialog::Topic helpTopic() const;
    void fillVillageFilter();
    /** Opens the casebook at @p path (signing in) in a new window and closes this one. */
    void switchTo(const QString &path);
    /** Village, category, status (and station at the county) over the household list. */
    QHBoxLayout *buildFilters(QWidget *parent);
    /** The window inside the screen's free area (maximised where 1400×860 does not fit). */
    void fitToScreen(bool restored);
    void saveSettings();

    std::unique_ptr<Casebook> m_casebook;
    std::unique_ptr<HouseholdRepository> m_repository;
    HouseholdListModel *m_model = nullptr;
    HouseholdPage *m_page = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    AgendaView *m_agenda = nullptr;
    ReferralsView *m_referrals = nullptr;
    SyncView *m_sync = nullptr;
    DashboardView *m_dashboard = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_account = nullptr;
    InactivityLock *m_lock = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_conflictAction = nullptr;
    QAction *m_autoBackupAction = nullptr;
    QAction *m_contactAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_villagesAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QLabel *m_backupWarning = nullptr;
    QComboBox *m_villageFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_stationFilter = nullptr;
    bool m_toEnd = false;
    BackgroundWork *m_work = nullptr;
    AutomaticTasks *m_tasks = nullptr;
    OnlineSyncAgent *m_online = nullptr;
    QAction *m_lockMinutesAction = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_reselect;
};

} // namespace xianjie
