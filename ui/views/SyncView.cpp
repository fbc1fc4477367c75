#include "SyncView.h"

#include "BackgroundWork.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/StationRestore.h"
#include "sync/StationSync.h"
#include "sync/SyncOverview.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QString shortTime(const QDateTime &t)
{
    return Labels::dateTime(t);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setToolTip(rows.at(r).at(c));
            table->setItem(r, c, item);
        }
    // The last column takes the width left (its text is in the tooltip when it does not fit).
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->resizeColumnToContents(c);
}

// A table whose last column holds sentences (an alert, why a bundle was refused): they wrap in the width left
// instead of running off the right edge.
void wrapLastColumn(QTableWidget *table)
{
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

SyncView::SyncView(Casebook &casebook, BackgroundWork *work, QWidget *parent)
    : QWidget(parent), m_casebook(casebook), m_work(work ? *work : *new BackgroundWork(casebook, this)),
      m_county(casebook.identity().role == Casebook::Role::County)
{
    setObjectName(QStringLiteral("syncView"));
    if (m_county)
        buildCounty();
    else
        buildStation();
    buildProgress(layout());
    connect(&m_work, &BackgroundWork::busyChanged, this, &SyncView::showBusy);
    connect(&m_work, &BackgroundWork::progressed, this, [this](int done, int total, const QString &text) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progressText->setText(text);
    });
    reload();
}

void SyncView::addPanel(QWidget *panel)
{
    panel->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, panel); // below the progress row
}

void SyncView::buildProgress(QLayout *layout)
{
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("syncProgress"));
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setRange(0, 0);
    auto *stop = button(tr("Stop after this bundle"), QStringLiteral("stopButton"), m_progressRow);
    connect(stop, &QPushButton::clicked, this, [this, stop] {
        m_work.requestStop();
        stop->setEnabled(false);
    });
    row->addWidget(m_progressText, 1);
    row->addWidget(m_progress, 1);
    row->addWidget(stop);
    m_progressRow->hide();
    static_cast<QVBoxLayout *>(layout)->insertWidget(0, m_progressRow);
}

void SyncView::showBusy(bool busy, const QString &title)
{
    m_progressRow->setVisible(busy);
    m_progress->setRange(0, 0);
    m_progressText->setText(title);
    if (auto *stop = m_progressRow->findChild<QPushButton *>(QStringLiteral("stopButton")))
        stop->setEnabled(true);
    // One job at a time: the buttons that start one wait until it ends.
    for (const char *name : {"exportButton", "importButton", "importFolderButton", "writeButton"})
        if (auto *b = findChild<QPushButton *>(QLatin1String(name)))
            b->setEnabled(!busy);
    if (!busy)
        enableForEnrolment();
}

void SyncView::enableForEnrolment()
{
    if (m_county)
        return;
    // Before enrolment there is nothing to export to or import from: the steps to take are the enrolment's.
    const bool enrolled = !m_casebook.setting(QStringLiteral("county_sign_public_key")).isEmpty();
    for (const char *name : {"exportButton", "importButton"})
        if (auto *b = findChild<QPushButton *>(QLatin1String(name))) {
            b->setEnabled(enrolled && !m_work.isBusy());
            b->setToolTip(enrolled ? QString() : tr("Enrol the station with its county first."));
        }
    if (auto *grant = findChild<QPushButton *>(QStringLiteral("grantButton")))
        grant->setDefault(!enrolled);
}

void SyncView::buildStation()
{
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Sync with the county"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    boxLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *exportButton = button(tr("Export bundle to…"), QStringLiteral("exportButton"), box);
    exportButton->setDefault(true);
    auto *importButton = button(tr("Import county bundle…"), QStringLiteral("importButton"), box);
    auto *requestButton = button(tr("Request enrolment…"), QStringLiteral("requestButton"), box);
    auto *grantButton = button(tr("Accept the county's grant…"), QStringLiteral("grantButton"), box);
    connect(exportButton, &QPushButton::clicked, this, &SyncView::exportBundles);
    connect(importButton, &QPushButton::clicked, this, &SyncView::importCountyBundle);
    connect(requestButton, &QPushButton::clicked, this, &SyncView::requestEnrolment);
    connect(grantButton, &QPushButton::clicked, this, &SyncView::acceptGrant);
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    buttons->addWidget(requestButton);
    buttons->addWidget(grantButton);
    boxLayout->addLayout(buttons);
    layout->addWidget(box);

    auto *alertsBox = new QGroupBox(tr("Alerts from the county"), this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    m_alerts =
        FormParts::listTable({tr("Received"), tr("Seen"), tr("Alert")}, QStringLiteral("alertsTable"), alertsBox);
    wrapLastColumn(m_alerts);
    alertsLayout->addWidget(m_alerts);
    auto *alertButtons = new QHBoxLayout;
    auto *open = button(tr("Open household"), QStringLiteral("openAlertButton"), alertsBox);
    auto *seen = button(tr("Mark as seen"), QStringLiteral("seenButton"), alertsBox);
    alertButtons->addStretch();
    alertButtons->addWidget(open);
    alertButtons->addWidget(seen);
    alertsLayout->addLayout(alertButtons);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_alerts->currentRow();
        if (row >= 0 && !m_alertHouseholds.value(row).isEmpty())
            emit openHousehold(m_alertHouseholds.value(row));
    });
    connect(seen, &QPushButton::clicked, this, [this] {
        const int row = m_alerts->currentRow();
        if (row < 0)
            return;
        if (auto r = SyncOverview::markAlertSeen(m_casebook, m_alertIds.value(row)); !r)
            QMessageBox::warning(this, tr("Alerts"), r.message());
        reload();
    });
    layout->addWidget(alertsBox, 1);
}

void SyncView::buildCounty()
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *importButton =
        button(tr("Import bundles from a folder or drive…"), QStringLiteral("importFolderButton"), this);
    importButton->setDefault(true);
    auto *writeButton = button(tr("Write bundles for stations…"), QStringLiteral("writeButton"), this);
    auto *approveButton = button(tr("Approve a station's request…"), QStringLiteral("approveButton"), this);
    auto *revokeButton = button(tr("Revoke a station's key…"), QStringLiteral("revokeButton"), this);
    auto *takeInButton = button(tr("Take in a restored casebook…"), QStringLiteral("takeInButton"), this);
    connect(takeInButton, &QPushButton::clicked, this, &SyncView::takeInRestoredStation);
    connect(importButton, &QPushButton::clicked, this, &SyncView::importFolder);
    connect(writeButton, &QPushButton::clicked, this, &SyncView::writeStationBundles);
    connect(approveButton, &QPushButton::clicked, this, &SyncView::approveRequest);
    connect(revokeButton, &QPushButton::clicked, this, &SyncView::revokeStation);
    buttons->addWidget(importButton);
    buttons->addWidget(writeButton);
    buttons->addStretch();
    buttons->addWidget(approveButton);
    buttons->addWidget(takeInButton);
    buttons->addWidget(revokeButton);
    layout->addLayout(buttons);

    auto *stationsBox = new QGroupBox(tr("Stations"), this);
    auto *stationsLayout = new QVBoxLayout(stationsBox);
    m_restores = new QLabel(stationsBox);
    m_restores->setObjectName(QStringLiteral("restoresNotice"));
    m_restores->setWordWrap(true);
    m_restores->setTextFormat(Qt::RichText);
    m_restores->setVisible(false);
    m_restores->setStyleSheet(
        QStringLiteral("QLabel{background:#fff6dc;border:1px solid #e2b34a;border-radius:4px;padding:6px;}"));
    stationsLayout->addWidget(m_restores);
    m_stations = FormParts::listTable({tr("Code"), tr("Station"), tr("Enrolled"), tr("Bundles"), tr("Changes"),
                                       tr("Last import"), tr("Last bundle for it"), tr("To review")},
                                      QStringLiteral("stationsTable"), stationsBox);
    stationsLayout->addWidget(m_stations);
    layout->addWidget(stationsBox, 1);

    auto *queueBox = new QGroupBox(tr("Review queue"), this);
    auto *queueLayout = new QVBoxLayout(queueBox);
    m_queue = FormParts::listTable({tr("What"), tr("Record"), tr("Field"), tr("Before both changes"), tr("Kept"),
                                    tr("Kept from"), tr("Other value"), tr("Other from"), tr("Found"), tr("Decided")},
                                   QStringLiteral("reviewTable"), queueBox);
    queueLayout->addWidget(m_queue);
    auto *queueButtons = new QHBoxLayout;
    m_showDecided = new QCheckBox(tr("Show decided entries too"), queueBox);
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    connect(m_showDecided, &QCheckBox::toggled, this, &SyncView::reload);
    auto *keep = button(tr("Keep the kept value"), QStringLiteral("keepButton"), queueBox);
    auto *useOther = button(tr("Use the other value"), QStringLiteral("useOtherButton"), queueBox);
    auto *reviewed = button(tr("Mark as reviewed"), QStringLiteral("reviewedButton"), queueBox);
    connect(keep, &QPushButton::clicked, this, [this] { decide(int(SyncOverview::Decision::KeepKept)); });
    connect(useOther, &QPushButton::clicked, this, [this] { decide(int(SyncOverview::Decision::UseOther)); });
    connect(reviewed, &QPushButton::clicked, this, [this] { decide(int(SyncOverview::Decision::Reviewed)); });
    queueButtons->addWidget(m_showDecided);
    queueButtons->addStretch();
    queueButtons->addWidget(keep);
    queueButtons->addWidget(useOther);
    queueButtons->addWidget(reviewed);
    queueLayout->addLayout(queueButtons);
    layout->addWidget(queueBox, 2);
}

void SyncView::addMenuActions(QMenu *menu)
{
    auto shown = [this](void (SyncView::*slot)()) {
        return [this, slot] {
            emit wantsToBeShown();
            (this->*slot)();
        };
    };
    if (m_county) {
        menu->addAction(tr("&Import bundles from a folder or drive…"), this, shown(&SyncView::importFolder));
        menu->addAction(tr("&Write bundles for stations…"), this, shown(&SyncView::writeStationBundles));
        menu->addAction(tr("&Approve a station's request…"), this, &SyncView::approveRequest);
        return;
    }
    menu->addAction(tr("&Export bundle to…"), this, shown(&SyncView::exportBundles));
    menu->addAction(tr("&Import county bundle…"), this, shown(&SyncView::importCountyBundle));
    menu->addSeparator();
    menu->addAction(tr("&Request enrolment…"), this, &SyncView::requestEnrolment);
    menu->addAction(tr("&Accept the county's grant…"), this, &SyncView::acceptGrant);
}

QString SyncView::title() const
{
    if (m_open == 0)
        return tr("Sync");
    return m_county ? tr("Sync (%1 to review)").arg(m_open) : tr("Sync (%1 alerts)").arg(m_open);
}

void SyncView::reload()
{
    if (m_county) {
        QList<QStringList> rows;
        if (auto stations = SyncOverview::stations(m_casebook))
            for (const StationSummary &s : *stations)
                rows << QStringList{
                    s.code,
                    s.revokedOn.isValid() ? tr("%1 (key revoked %2)").arg(s.name, Labels::date(s.revokedOn)) : s.name,
                    Labels::date(s.enrolledOn),
                    QString::number(s.bundles),
                    QString::number(s.ops),
                    shortTime(s.lastImport),
                    shortTime(s.lastDownstream),
                    QString::number(s.openReviews)};
        fill(m_stations, rows);
        QStringList restoreLines;
        if (auto restores = StationRestore::restores(m_casebook))
            for (const StationRestore::Waiting &w : *restores)
                restoreLines << (w.decidedAt.isValid()
                                     ? tr("<b>%1 (%2)</b> was taken in after a restore on %3; the county's next bundle "
                                          "for it carries the records it lost. Waiting for the station's next bundle.")
                                           .arg(w.name.toHtmlEscaped(), w.code, Labels::date(w.decidedAt.date()))
                                     : tr("<b>%1 (%2) was restored from a backup</b> that ends at audit entry No. %3: "
                                          "the county holds %4 later entries and %5 changes it does not have. Its "
                                          "bundles are refused until you take in the restored casebook (choose the "
                                          "station, then \"Take in a restored casebook…\").")
                                           .arg(w.name.toHtmlEscaped(), w.code)
                                           .arg(w.auditSeq)
                                           .arg(w.lostEntries)
                                           .arg(w.lostChanges));
        m_restores->setText(restoreLines.join(QStringLiteral("<br>")));
        m_restores->setVisible(!restoreLines.isEmpty());
        rows.clear();
        m_queueIds.clear();
        if (auto queue = SyncOverview::reviewQueue(m_casebook, !m_showDecided->isChecked()))
            for (const ReviewItem &r : *queue) {
                m_queueIds << r.id;
                rows << QStringList{r.kindLabel,
                                    r.record,
                                    r.fieldLabel,
                                    r.base,
                                    r.kept,
                                    r.keptBy,
                                    r.other,
                                    r.otherBy,
                                    shortTime(r.detectedAt),
                                    r.resolvedAt.isValid() ? shortTime(r.resolvedAt) : QString()};
            }
        fill(m_queue, rows);
        m_open = SyncOverview::openReviews(m_casebook).value();
    } else {
        auto status = StationSync::status(m_casebook);
        const bool enrolled = !m_casebook.setting(QStringLiteral("county_sign_public_key")).isEmpty();
        if (!status) {
            m_status->setText(status.message().toHtmlEscaped());
        } else if (!enrolled) {
            m_status->setText(
                tr("<b>Not enrolled yet.</b> Ask the county for enrolment: write a request, let the county "
                   "approve it, then accept the county's grant here."));
        } else {
            m_status->setText(
                tr("<b>%1 changes wait to be sent.</b> %2 sent changes wait for the county's acknowledgement.<br>"
                   "Last bundle written: %3 · Last acknowledgement: %4 · Last county bundle: %5 · County: %6")
                    .arg(status->waiting)
                    .arg(status->unacknowledged)
                    .arg(shortTime(status->lastWritten), shortTime(status->lastAcknowledged),
                         shortTime(status->lastDownstream),
                         m_casebook.setting(QStringLiteral("county_name")).toHtmlEscaped()));
        }
        QList<QStringList> rows;
        m_alertIds.clear();
        m_alertHouseholds.clear();
        if (auto alerts = SyncOverview::alerts(m_casebook, false))
            for (const SyncAlert &a : *alerts) {
                m_alertIds << a.id;
                m_alertHouseholds << a.householdId;
                rows << QStringList{shortTime(a.raisedAt), a.seenAt.isValid() ? shortTime(a.seenAt) : QString(),
                                    a.text}; // the text last: it takes the width
            }
        fill(m_alerts, rows);
        m_open = status ? status->openAlerts : 0;
        enableForEnrolment();
    }
}

bool SyncView::exportBundlesTo(const QString &folder)
{
    struct Exported
    {
        Result<QStringList> again = QStringList();
        Result<QStringList> written = QStringList();
    };
    BackgroundWork &work = m_work;
    const bool started = m_work.start<Exported>(
        tr("Writing bundles…"),
        [folder, &work](Casebook &station) {
            Exported e;
            // Bundles the county has not acknowledged go along again: a lost stick loses nothing.
            e.again = StationSync::rewriteUnacknowledged(station, folder);
            if (!e.again)
                return e;
            // A station's first export after enrolment carries everything it ever recorded: several bundles.
            e.written = StationSync::exportPending(
                station, folder, StationSync::kMaxBytesPerBundle,
                [&work](int done, int all) {
                    work.report(done, all,
                                tr("Writing bundles: %1 of %2 changes written and "
                                   "checked…")
                                    .arg(done)
                                    .arg(all));
                },
                [&work] { return work.stopRequested(); });
            return e;
        },
        [this](Exported e) {
            // Bundles written before a failure stay recorded (and are written again next time): the status shows them.
            reload();
            emit changed();
            const Result<QStringList> &failed = !e.again ? e.again : e.written;
            if (!failed)
                return (void)QMessageBox::warning(this, tr("Export bundle"), failed.message());
            QStringList written = *e.written + *e.again;
            if (written.isEmpty())
                return (void)QMessageBox::information(this, tr("Export bundle"),
                                                      tr("Nothing to send: every change is already in a bundle."));
            QStringList names;
            for (const QString &p : std::as_const(written))
                names << QDir::toNativeSeparators(p);
            QMessageBox box(QMessageBox::Information, tr("Export bundle"),
                            tr("%n bundle(s) written and checked. Take them to the county; the changes stay in the "
                               "outbox until the county acknowledges them.",
                               nullptr, int(written.size())),
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("exportedBox"));
            box.setDetailedText(names.join(QLatin1Char('\n')));
            box.exec();
        },
        [this](const Error &e) { QMessageBox::warning(this, tr("Export bundle"), e.message); });
    return started;
}

void SyncView::exportBundles()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export bundle to (a folder or a removable drive)"), startFolder());
    if (!folder.isEmpty())
        exportBundlesTo(folder);
}

void SyncView::importCountyBundle()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import county bundle"), startFolder(),
                                                            tr("Xianjie bundles (*.bundle)"));
    if (!files.isEmpty())
        importFiles(files);
}

void SyncView::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import bundles from a folder or drive"), startFolder());
    if (folder.isEmpty())
        return;
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.bundle")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    if (files.isEmpty()) {
        QMessageBox::information(
            this, tr("Import bundles"),
            tr("There are no bundle files (*.bundle) in %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    importFiles(files);
}

void SyncView::importFiles(const QStringList &paths)
{
    using Results = QList<BundleImporter::Imported>;
    BackgroundWork &work = m_work;
    m_work.start<Results>(
        tr("Importing bundles…"),
        [paths, &work](Casebook &casebook) {
            int file = 0;
            const int total = int(paths.size());
            return BundleImporter::importFiles(
                casebook, paths,
                [&work, &file](int done, int) {
                    file = done;
                    return !work.stopRequested();
                },
                [&work, &file, total](int applied, int changes) {
                    // A bundle of 20,000 changes takes a second or two: the tab says how far it got.
                    work.report(applied, changes,
                                tr("Importing bundle %1 of %2: %3 of %4 changes applied…")
                                    .arg(qMin(file + 1, total)) // a held one tried again
                                    .arg(total)
                                    .arg(applied)
                                    .arg(changes));
                });
        },
        [this, paths](Results results) {
            QList<QStringList> rows;
            for (const BundleImporter::Imported &r : results)
                rows << QStringList{QFileInfo(r.file).fileName(), r.station, BundleImporter::outcomeLabel(r.outcome),
                                    QString::number(r.ops), r.details()};
            reload();
            emit changed();
            showResults(tr("Import results"), rows, BundleImporter::summarize(results, int(paths.size())));
        },
        [this](const Error &e) { QMessageBox::warning(this, tr("Import bundles"), e.message); });
}

void SyncView::showResults(const QString &title, const QList<QStringList> &rows, const QString &summary)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importResults"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary, dialog);
    label->setObjectName(QStringLiteral("resultSummary"));
    layout->addWidget(label);
    auto *table = FormParts::listTable({tr("File"), tr("From"), tr("Result"), tr("Changes"), tr("Details")},
                                       QStringLiteral("resultTable"), dialog);
    wrapLastColumn(table);
    fill(table, rows);
    layout->addWidget(table);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog->resize(900, 360);
    dialog->show();
}

bool SyncView::writeStationBundlesTo(const QString &folder)
{
    BackgroundWork &work = m_work;
    return m_work.start<Result<QStringList>>(
        tr("Writing bundles for stations…"),
        [folder, &work](Casebook &county) {
            return CountySync::exportDownstreamForAll(
                county, folder,
                [&work](int done, int stations) {
                    work.report(done, stations,
                                tr("Writing bundles for stations: %1 of %2 written…").arg(done).arg(stations));
                },
                [&work] { return work.stopRequested(); });
        },
        [this](Result<QStringList> written) {
            if (!written)
                return (void)QMessageBox::warning(this, tr("Write bundles for stations"), written.message());
            reload();
            QStringList names;
            for (const QString &p : std::as_const(*written))
                names << QDir::toNativeSeparators(p);
            QMessageBox box(QMessageBox::Information, tr("Write bundles for stations"),
                            tr("%n bundle(s) written, one for each enrolled station: acknowledgements, villages, the "
                               "charity directory, referral updates and alerts.",
                               nullptr, int(written->size())),
                            QMessageBox::Ok, this);
            box.setDetailedText(names.join(QLatin1Char('\n')));
            box.exec();
        },
        [this](const Error &e) { QMessageBox::warning(this, tr("Write bundles for stations"), e.message); });
}

void SyncView::writeStationBundles()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Write bundles for stations to"), startFolder());
    if (!folder.isEmpty())
        writeStationBundlesTo(folder);
}

void SyncView::decide(int decision)
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_queueIds.size())
        return;
    const auto how = SyncOverview::Decision(decision);
    QString note;
    if (how == SyncOverview::Decision::UseOther) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Use the other value"),
                                     tr("Why the other value is right (kept with the decision):"), QLineEdit::Normal,
                                     {}, &ok);
        if (!ok)
            return;
    }
    if (auto r = SyncOverview::resolve(m_casebook, m_queueIds.at(row), how, note); !r)
        QMessageBox::warning(this, tr("Review queue"), r.message());
    reload();
    emit changed();
}

void SyncView::requestEnrolment()
{
    const QString path = FormParts::askSavePath(this, tr("Save the enrolment request"),
                                                QStringLiteral("%1.request").arg(m_casebook.identity().code),
                                                tr("Enrolment requests (*.request)"));
    if (!path.isEmpty())
        requestEnrolmentTo(path);
}

bool SyncView::requestEnrolmentTo(const QString &path)
{
    auto request = Enrollment::request(m_casebook);
    if (!request) {
        QMessageBox::warning(this, tr("Request enrolment"), request.message());
        return false;
    }
    if (auto r = FormParts::writeFile(path, *request); !r) {
        QMessageBox::warning(this, tr("Request enrolment"), r.message());
        return false;
    }
    QMessageBox::information(
        this, tr("Request enrolment"),
        tr("The request is in %1. Take it to the county and read this fingerprint to the county "
           "clerk on the phone: %2")
            .arg(QDir::toNativeSeparators(path), Enrollment::fingerprint(Enrollment::signPublicKey(m_casebook))));
    return true;
}

void SyncView::acceptGrant()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Accept the county's grant"), startFolder(),
                                                      tr("Enrolment grants (*.grant)"));
    if (!path.isEmpty())
        acceptGrantFrom(path);
}

bool SyncView::acceptGrantFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Accept the county's grant"), f.errorString());
        return false;
    }
    auto accepted = Enrollment::accept(m_casebook, f.readAll());
    if (!accepted) {
        QMessageBox::warning(this, tr("Accept the county's grant"), accepted.message());
        return false;
    }
    reload();
    emit changed();
    QMessageBox::information(this, tr("Accept the county's grant"),
                             tr("Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.")
                                 .arg(accepted->countyName, accepted->countyFingerprint)
                                 .arg(accepted->villages)
                                 .arg(accepted->organisations));
    return true;
}

void SyncView::approveRequest()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Approve a station's request"), startFolder(),
                                                      tr("Enrolment requests (*.request)"));
    if (path.isEmpty())
        return;
    const QString out = FormParts::askSavePath(this, tr("Save the grant for the station"),
                                               QFileInfo(path).completeBaseName() + QStringLiteral(".grant"),
                                               tr("Enrolment grants (*.grant)"));
    if (!out.isEmpty())
        approveRequestFrom(path, out);
}

bool SyncView::approveRequestFrom(const QString &requestPath, const QString &grantPath)
{
    QFile f(requestPath);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Approve a station's request"), f.errorString());
        return false;
    }
    auto grant = Enrollment::approve(m_casebook, f.readAll());
    if (!grant) {
        QMessageBox::warning(this, tr("Approve a station's request"), grant.message());
        return false;
    }
    if (auto r = FormParts::writeFile(grantPath, *grant); !r) {
        QMessageBox::warning(this, tr("Approve a station's request"), r.message());
        return false;
    }
    reload();
    auto stations = Enrollment::stations(m_casebook);
    if (stations && !stations->isEmpty())
        QMessageBox::information(this, tr("Approve a station's request"),
                                 tr("Enrolled. Check the station's fingerprint: %1. The county's fingerprint: %2.")
                                     .arg(Enrollment::fingerprint(stations->last().signPublicKey),
                                          Enrollment::fingerprint(Enrollment::signPublicKey(m_casebook))));
    return true;
}

void SyncView::takeInRestoredStation()
{
    const QString title = tr("Take in a restored casebook");
    auto restores = StationRestore::restores(m_casebook);
    if (!restores)
        return (void)QMessageBox::warning(this, title, restores.message());
    QList<StationRestore::Waiting> waiting;
    for (const StationRestore::Waiting &w : std::as_const(*restores))
        if (!w.decidedAt.isValid())
            waiting << w;
    if (waiting.isEmpty())
        return (void)QMessageBox::information(
            this, title,
            tr("No station's restored casebook waits to be taken in. The county learns of a restore from the "
               "station's first bundle after it: import that bundle first."));
    // The station chosen in the list, or the only one waiting.
    const int row = m_stations->currentRow();
    const QString chosen = row >= 0 ? m_stations->item(row, 0)->text() : QString();
    const StationRestore::Waiting *w = nullptr;
    for (const StationRestore::Waiting &candidate : std::as_const(waiting))
        if (candidate.code == chosen || (chosen.isEmpty() && waiting.size() == 1))
            w = &candidate;
    if (!w)
        return (void)QMessageBox::information(this, title,
                                              tr("Choose in the list the station whose restored casebook you take "
                                                 "in."));
    QMessageBox ask(QMessageBox::Question, title, tr("Take in the restored casebook of %1 (%2)?").arg(w->name, w->code),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(
        tr("Its backup ends at audit entry No. %1. The county's %2 later entries of the station are kept aside, not "
           "deleted, and its audit log continues from the backup. The changes recorded at the station since the "
           "restore will follow the county's, and the county's next bundle for the station sends back the %3 changes "
           "the backup did not have. Do this only when the station has told you it was restored. The decision is "
           "written to the audit log.")
            .arg(w->auditSeq)
            .arg(w->lostEntries)
            .arg(w->lostChanges));
    ask.addButton(tr("Take it in"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    if (ask.exec() == QMessageBox::Cancel)
        return;
    auto taken = StationRestore::takeIn(m_casebook, w->code);
    if (!taken)
        QMessageBox::warning(this, title, taken.message());
    else
        QMessageBox::information(this, title,
                                 tr("Taken in: %1 records go back to the station with the next bundle for it (Write "
                                    "bundles for stations…). Its changes since the restore continue from No. %2.")
                                     .arg(taken->returnedRecords)
                                     .arg(taken->renumberFrom));
    reload();
    emit changed();
}

void SyncView::revokeStation()
{
    const int row = m_stations->currentRow();
    if (row < 0)
        return (void)QMessageBox::information(this, tr("Revoke a station's key"),
                                              tr("Choose a station in the list first."));
    const QString code = m_stations->item(row, 0)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke a station's key"),
                                                 tr("Why is the key of station %1 revoked (for example, the computer "
                                                    "was lost)? Its bundles will be refused.")
                                                     .arg(code),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto r = Enrollment::revoke(m_casebook, code, reason); !r)
        QMessageBox::warning(this, tr("Revoke a station's key"), r.message());
    reload();
}

} // namespace xianjie
