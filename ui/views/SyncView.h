#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace xianjie {

class BackgroundWork;
class Casebook;

/**
 * The Sync tab. At a station: what waits to be sent and what the county last acknowledged, export of a bundle to a
 * folder or a removable drive, import of the county's bundle, enrolment, and the county's alerts. At the county:
 * the enrolled stations with their last imports, import of a whole folder or drive with a cancellable progress
 * bar and a result table, the review queue with base, kept and other values side by side, and bundles for the
 * stations. The buttons ask for folders and files; the work is in the slots that take them (tests call those).
 * Import and export run on a worker thread (BackgroundWork): the slots start them and return at once, the tab shows
 * the progress with a Stop button, and the window keeps answering on every tab.
 */
class SyncView : public QWidget
{
    Q_OBJECT

public:
    /** Long work runs on @p work (the window's); without one the tab has a worker of its own. */
    explicit SyncView(Casebook &casebook, BackgroundWork *work = nullptr, QWidget *parent = nullptr);

    /** The Sync menu: the tab's actions for this kind of casebook (the window shows the tab for those that need it). */
    void addMenuActions(QMenu *menu);
    /** The tab's title with what needs attention, e.g. "Sync (3 to review)". */
    QString title() const;
    /** Puts @p panel at the top of the tab (the station's online sync). */
    void addPanel(QWidget *panel);

public slots:
    void reload();
    // Station. The ...To slots start the work and return whether it started.
    void exportBundles();
    bool exportBundlesTo(const QString &folder);
    void importCountyBundle();
    // County
    void importFolder();
    void writeStationBundles();
    bool writeStationBundlesTo(const QString &folder);
    // Both: import the given files and show the result table
    void importFiles(const QStringList &paths);
    // Enrolment
    void requestEnrolment();
    bool requestEnrolmentTo(const QString &path);
    void acceptGrant();
    bool acceptGrantFrom(const QString &path);
    void approveRequest();
    bool approveRequestFrom(const QString &requestPath, const QString &grantPath);
    void revokeStation();
    /** County staff take in a station restored from an older backup (audited). */
    void takeInRestoredStation();

signals:
    void changed();
    /** A menu action needs the tab in front. */
    void wantsToBeShown();
    void openHousehold(const QString &householdId);

private:
    /** A station's export and import wait for its enrolment. */
    void enableForEnrolment();
    void buildProgress(QLayout *layout);
    void showBusy(bool busy, const QString &title);
    void buildStation();
    void buildCounty();
    void decide(int decision);
    void showResults(const QString &title, const QList<QStringList> &rows, const QString &summary);

    Casebook &m_casebook;
    BackgroundWork &m_work;
    bool m_county = false;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_stations = nullptr;
    QLabel *m_restores = nullptr; ///< county: stations restored from a backup, waiting or just taken in
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_alerts = nullptr;
    QCheckBox *m_showDecided = nullptr;
    QList<qint64> m_queueIds;
    QStringList m_alertIds;
    QStringList m_alertHouseholds;
    int m_open = 0;
};

} // namespace xianjie
