#include "NewCasebookDialog.h"

#include "rules/Validation.h"
#include "storage/Casebook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace xianjie {

NewCasebookDialog::NewCasebookDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newCasebookDialog"));
    setWindowTitle(tr("New casebook"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A casebook is one file on this computer. Keep it on a disk protected by the "
                                "operating system's disk encryption."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("Township service station"), int(Casebook::Role::Station));
    m_role->addItem(tr("County civil-affairs office"), int(Casebook::Role::County));
    form->addRow(tr("&Kind:"), m_role);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    form->addRow(tr("&Division code:"), m_code);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("stationNameEdit"));
    m_name->setPlaceholderText(tr("for example 东风街道民政服务站"));
    form->addRow(tr("Station or office &name:"), m_name);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("station.casebook")),
                           this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // A row of two widgets takes its label's buddy by hand: without one, "&" shows as a character.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCasebookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("New casebook"), m_file->text(), tr("Casebooks (*.casebook)"));
        if (!chosen.isEmpty())
            m_file->setText(chosen.endsWith(QLatin1String(".casebook")) ? chosen
                                                                        : chosen + QStringLiteral(".casebook"));
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &NewCasebookDialog::revalidate);
    connect(m_code, &QLineEdit::textEdited, this, &NewCasebookDialog::revalidate);
    setMinimumWidth(560);
    revalidate();
    m_message->clear();
}

void NewCasebookDialog::revalidate()
{
    const bool county = Casebook::Role(m_role->currentData().toInt()) == Casebook::Role::County;
    m_code->setPlaceholderText(county ? tr("6 digits, the county's code") : tr("12 digits, the township's code"));
    if (m_code->text().isEmpty()) {
        m_message->clear();
        return;
    }
    auto r = county ? Validation::divisionCode6(m_code->text()) : Validation::stationCode(m_code->text());
    m_message->setText(r ? QString() : r.message());
}

void NewCasebookDialog::accept()
{
    const bool county = Casebook::Role(m_role->currentData().toInt()) == Casebook::Role::County;
    // Casebook::create holds the rules for the code and the name; this dialog only shows its sentence.
    auto created =
        Casebook::create(m_file->text().trimmed(), {county ? Casebook::Role::County : Casebook::Role::Station,
                                                    m_code->text(), m_name->text().trimmed()});
    if (!created)
        return m_message->setText(created.message());
    m_created = (*created)->path();
    QDialog::accept();
}

} // namespace xianjie
