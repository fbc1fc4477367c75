#include "AutoBackupDialog.h"

#include "storage/AutoBackup.h"
#include "storage/Casebook.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace xianjie {

AutoBackupDialog::AutoBackupDialog(Casebook &casebook, QWidget *parent) : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("autoBackupDialog"));
    setWindowTitle(tr("Automatic backup"));
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("Once a day Xianjie writes an encrypted backup to this folder, preferably on another "
                               "disk or a USB stick, and keeps the newest ones. Write the passphrase down and keep "
                               "it safe: a restore needs it."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *folderRow = new QHBoxLayout;
    // A first setup proposes a folder; a second disk or a USB stick is better, and the head can choose one.
    QString current = AutoBackup::folder(m_casebook);
    if (current.isEmpty())
        current = QDir::toNativeSeparators(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Xianjie backups")));
    auto *folder = new QLineEdit(current, this);
    folder->setObjectName(QStringLiteral("autoBackupFolder"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    // A row of two widgets takes its label's buddy by hand: without one, "&" shows as a character.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(folder);
    form->addRow(folderLabel, folderRow);
    connect(browse, &QPushButton::clicked, this, [this, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *passphrase = new QLineEdit(this);
    passphrase->setObjectName(QStringLiteral("autoBackupPassphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(this);
    repeat->setObjectName(QStringLiteral("autoBackupRepeat"));
    repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), passphrase);
    form->addRow(tr("&Repeat passphrase:"), repeat);
    auto *keep = new QSpinBox(this);
    keep->setRange(1, 365);
    keep->setValue(AutoBackup::keep(m_casebook));
    keep->setSuffix(tr(" backups"));
    form->addRow(tr("&Keep the newest:"), keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, folder, passphrase, repeat, keep] {
        if (passphrase->text() != repeat->text())
            return (void)QMessageBox::warning(this, tr("Not saved"), tr("The two passphrases differ."));
        // The folder proposed (or typed) is made when it does not exist yet.
        const QString chosen = QDir::fromNativeSeparators(folder->text().trimmed());
        if (!chosen.isEmpty() && !QFileInfo::exists(chosen))
            QDir().mkpath(chosen);
        auto r = AutoBackup::configure(m_casebook, chosen, passphrase->text(), keep->value());
        if (!r)
            return (void)QMessageBox::warning(this, tr("Not saved"), r.message());
        accept();
    });
    resize(560, sizeHint().height());
}

} // namespace xianjie
