#include "ProjectDialog.h"

#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "widgets/CheckList.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace xianjie {

ProjectDialog::ProjectDialog(Casebook &casebook, const CharityProject &project, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_project(project)
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(project.id.isEmpty() ? tr("Add a project") : tr("Edit project"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(project.name, this);
    m_name->setObjectName(QStringLiteral("projectNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_number = new QLineEdit(project.projectNumber, this);
    m_number->setPlaceholderText(tr("as on the charity information platform"));
    form->addRow(tr("Project n&umber:"), m_number);
    m_services = new CheckList(Labels::needTypes(), this);
    m_services->setCheckedCodes(project.serviceTypes);
    form->addRow(tr("&Services:"), m_services);
    m_groups = new CheckList(Labels::targetGroups(), this);
    m_groups->setCheckedCodes(project.targetGroups);
    form->addRow(tr("&Target groups:"), m_groups);
    m_region = new QLineEdit(project.region.join(QLatin1Char(' ')), this);
    m_region->setPlaceholderText(tr("division codes; empty: the organisation's service area"));
    form->addRow(tr("&Region:"), m_region);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(-1, 1000000);
    m_capacity->setSpecialValueText(tr("not limited"));
    m_capacity->setValue(project.capacity);
    form->addRow(tr("&Places:"), m_capacity);
    m_budget =
        new QLineEdit(project.budgetFen < 0 ? QString() : QString::number(project.budgetFen / 100.0, 'f', 2), this);
    m_budget->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,10}(\\.[0-9]{0,2})?$")), m_budget));
    m_budget->setPlaceholderText(tr("yuan; empty: not limited"));
    form->addRow(tr("&Budget:"), m_budget);
    const QDate today = casebook.clock().today();
    m_dated = new QCheckBox(tr("Runs from"), this);
    m_dated->setChecked(project.startsOn.isValid() || project.endsOn.isValid());
    auto *dates = new QHBoxLayout;
    m_starts = new QDateEdit(project.startsOn.isValid() ? project.startsOn : today, this);
    m_ends = new QDateEdit(project.endsOn.isValid() ? project.endsOn : today.addYears(1), this);
    for (QDateEdit *d : {m_starts, m_ends}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->setEnabled(m_dated->isChecked());
        connect(m_dated, &QCheckBox::toggled, d, &QWidget::setEnabled);
    }
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_ends);
    form->addRow(m_dated, dates);
    m_tags = new QLineEdit(project.campaignTags.join(QLatin1Char(' ')), this);
    m_tags->setPlaceholderText(tr("for example 中华慈善日 春节"));
    form->addRow(tr("Ca&mpaigns:"), m_tags);
    m_url = new QLineEdit(project.disclosureUrl, this);
    form->addRow(tr("&Disclosure link:"), m_url);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    m_status->setCurrentIndex(qMax(0, m_status->findData(project.status)));
    form->addRow(tr("S&tatus:"), m_status);
    m_error = FormParts::errorLabel(this);
    form->addRow(m_error);
    FormParts::saveCancel(this, form);
    setMinimumWidth(520);
}

void ProjectDialog::accept()
{
    CharityProject p = m_project;
    p.name = m_name->text();
    p.projectNumber = m_number->text();
    p.serviceTypes = m_services->checkedCodes();
    p.targetGroups = m_groups->checkedCodes();
    p.region = m_region->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.capacity = m_capacity->value();
    p.budgetFen = m_budget->text().trimmed().isEmpty() ? -1 : qRound64(m_budget->text().toDouble() * 100.0);
    p.startsOn = m_dated->isChecked() ? m_starts->date() : QDate();
    p.endsOn = m_dated->isChecked() ? m_ends->date() : QDate();
    p.campaignTags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.disclosureUrl = m_url->text();
    p.status = m_status->currentData().toString();
    auto id = CharityDirectory(m_casebook).saveProject(p);
    if (!id) {
        FormParts::showError(m_error, id.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
