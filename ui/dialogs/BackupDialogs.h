#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace xianjie {

class Casebook;

/**
 * Backup now: an encrypted copy of the casebook to a file the worker chooses (a USB stick, another disk), with a
 * passphrase typed twice. The copy is written on a worker thread while the dialog shows that it works.
 */
class BackupNowDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupNowDialog)

public:
    explicit BackupNowDialog(Casebook &casebook, QWidget *parent = nullptr);
    /** The file written, once the backup succeeded. */
    QString writtenPath() const { return m_written; }

private:
    void start();

    Casebook &m_casebook;
    QLineEdit *m_file;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QString m_written;
};

/**
 * Restore from a backup into a new casebook file (never over the one open): the backup is decrypted and checked
 * on a worker thread; the worker can then open the restored casebook.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(const QString &currentCasebook, QWidget *parent = nullptr);
    /** The casebook written, once the restore succeeded. */
    QString restoredPath() const { return m_restored; }

private:
    void start();

    QLineEdit *m_backup;
    QLineEdit *m_passphrase;
    QLineEdit *m_target;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QString m_restored;
};

} // namespace xianjie
