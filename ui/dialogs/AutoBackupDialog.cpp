#include "AutoBackupDialog.h"

#include "storage/AutoBackup.h"
#include "storage/Casebook.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

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
    auto *folder = new QLineEdit(AutoBackup::folder(m_casebook), this);
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
    passphrase->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(this);
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
        auto r = AutoBackup::configure(m_casebook, folder->text().trimmed(), passphrase->text(), keep->value());
        if (!r)
            return (void)QMessageBox::warning(this, tr("Not saved"), r.message());
        accept();
    });
    resize(560, sizeHint().height());
}

} // namespace xianjie
