#include "BackupDialogs.h"

#include "storage/AutoBackup.h"
#include "storage/Backup.h"
#include "storage/Casebook.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace xianjie {

namespace {
/** A line edit with a Choose… button, as one form row whose label is the edit's buddy. */
QLineEdit *fileRow(QFormLayout *form, const QString &label, const QString &objectName, QWidget *parent,
                   const std::function<QString(const QString &)> &choose)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    auto *browse = new QPushButton(QCoreApplication::translate("xianjie::BackupNowDialog", "&Choose…"), parent);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *text = new QLabel(label, parent);
    text->setBuddy(edit);
    form->addRow(text, row);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, choose] {
        const QString chosen = choose(edit->text());
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    return edit;
}

QLabel *statusLabel(QWidget *parent)
{
    auto *status = new QLabel(parent);
    status->setObjectName(QStringLiteral("statusLabel"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return status;
}

QProgressBar *busyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0); // how long a backup takes depends on the disk: it shows that it works
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

void showProblem(QLabel *status, const QString &text)
{
    status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    status->setText(text);
}

/** The bottom of both dialogs: progress, status, Cancel and the button that starts the work. */
QPushButton *bottomRows(QDialog *dialog, QFormLayout *form, QProgressBar *progress, QLabel *status,
                        QDialogButtonBox **buttons, const QString &text, const QString &objectName)
{
    form->addRow(progress);
    form->addRow(status);
    *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *go = (*buttons)->addButton(text, QDialogButtonBox::AcceptRole);
    go->setObjectName(objectName);
    go->setDefault(true);
    form->addRow(*buttons);
    QObject::connect(*buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return go;
}

/** Runs @p work on a worker thread while the dialog shows that it works; then @p done on the dialog's thread. */
void runAside(QDialog *dialog, QProgressBar *progress, QDialogButtonBox *buttons,
              const std::function<Result<void>()> &work, const std::function<void(const Result<void> &)> &done)
{
    progress->show();
    buttons->setEnabled(false);
    auto *watcher = new QFutureWatcher<Result<void>>(dialog);
    QObject::connect(watcher, &QFutureWatcher<Result<void>>::finished, dialog, [=] {
        watcher->deleteLater();
        progress->hide();
        buttons->setEnabled(true);
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(work));
}
} // namespace

BackupNowDialog::BackupNowDialog(Casebook &casebook, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_status(statusLabel(this)), m_progress(busyBar(this))
{
    setObjectName(QStringLiteral("backupNowDialog"));
    setWindowTitle(tr("Back up now"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("An encrypted copy of the whole casebook. Keep it on another disk or a USB stick, "
                                "and write the passphrase down: without it the copy cannot be restored."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    // The automatic backup's folder when there is one, else the documents folder.
    QString folder = AutoBackup::folder(casebook);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("%1 %2.xjbackup")
                             .arg(casebook.identity().name,
                                  casebook.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HHmm")));
    m_file = fileRow(form, tr("&File:"), QStringLiteral("backupFileEdit"), this, [this](const QString &current) {
        return QFileDialog::getSaveFileName(this, tr("Back up to"), current, tr("Xianjie backups (*.xjbackup)"));
    });
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("backupRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    auto *go = bottomRows(this, form, m_progress, m_status, &m_buttons, tr("&Back up"), QStringLiteral("backupButton"));
    connect(go, &QPushButton::clicked, this, &BackupNowDialog::start);
    resize(620, sizeHint().height());
}

void BackupNowDialog::start()
{
    auto problem = [this](const QString &text) {
        showProblem(m_status, text);
    };
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return problem(tr("Choose the file to write the backup to."));
    if (m_passphrase->text() != m_repeat->text())
        return problem(tr("The two passphrases differ."));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_casebook.path()).absoluteFilePath())
        return problem(tr("A backup cannot replace the casebook itself: choose another file."));
    if (QFileInfo::exists(path))
        return problem(tr("%1 already exists; choose another name so that no older backup is lost.")
                           .arg(QDir::toNativeSeparators(path)));
    // The checks (role, passphrase strength) and the audit entry here; the copy on a worker thread.
    if (auto r = Backup::record(m_casebook, path, m_passphrase->text()); !r)
        return problem(r.message());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Writing the backup… The casebook can be used meanwhile."));
    runAside(
        this, m_progress, m_buttons,
        [casebook = m_casebook.path(), path, passphrase = m_passphrase->text()] {
            return Backup::write(casebook, path, passphrase);
        },
        [this, path, problem](const Result<void> &r) {
            if (!r)
                return problem(r.message());
            m_written = path;
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_status->setText(tr("The backup is written: %1 (%2 MB). Keep the passphrase with it.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1));
        });
}

RestoreDialog::RestoreDialog(const QString &currentCasebook, QWidget *parent)
    : QDialog(parent), m_status(statusLabel(this)), m_progress(busyBar(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The backup is restored into a new casebook file; the casebook open now is not "
                                "touched. If this station already synced with the county, tell the county before "
                                "working in the restored casebook: it is older than what the county holds."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_backup = fileRow(form, tr("&Backup:"), QStringLiteral("restoreBackupEdit"), this, [this](const QString &current) {
        return QFileDialog::getOpenFileName(this, tr("Restore from"), current,
                                            tr("Xianjie backups (*.xjbackup);;All files (*)"));
    });
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("restorePassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    const QFileInfo current(currentCasebook);
    m_target = fileRow(form, tr("Restore &to:"), QStringLiteral("restoreTargetEdit"), this, [this](const QString &now) {
        return QFileDialog::getSaveFileName(this, tr("Restore to"), now, tr("Casebooks (*.casebook)"));
    });
    m_target->setText(
        QDir::toNativeSeparators(current.dir().filePath(tr("%1 restored.casebook").arg(current.completeBaseName()))));
    auto *go =
        bottomRows(this, form, m_progress, m_status, &m_buttons, tr("&Restore"), QStringLiteral("restoreButton"));
    connect(go, &QPushButton::clicked, this, &RestoreDialog::start);
    resize(620, sizeHint().height());
}

void RestoreDialog::start()
{
    auto problem = [this](const QString &text) {
        showProblem(m_status, text);
    };
    const QString backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (backup.isEmpty() || !QFileInfo::exists(backup))
        return problem(tr("Choose the backup file to restore."));
    if (target.isEmpty())
        return problem(tr("Choose where to write the restored casebook."));
    if (QFileInfo::exists(target))
        return problem(tr("%1 already exists. Choose a new file name: a restore never writes over a casebook.")
                           .arg(QDir::toNativeSeparators(target)));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Decrypting and checking the backup…"));
    runAside(
        this, m_progress, m_buttons,
        [backup, target, passphrase = m_passphrase->text()] {
            return Backup::restore(backup, passphrase, target, false);
        },
        [this, target, problem](const Result<void> &r) {
            if (!r)
                return problem(r.message());
            m_restored = target;
            accept();
        });
}

} // namespace xianjie
