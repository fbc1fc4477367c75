#include "OrgDialog.h"

#include "storage/CharityDirectory.h"
#include "widgets/CheckList.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace xianjie {

OrgDialog::OrgDialog(Casebook &casebook, const CharityOrg &org, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_org(org)
{
    setObjectName(QStringLiteral("orgDialog"));
    setWindowTitle(org.id.isEmpty() ? tr("Add an organisation") : tr("Edit organisation"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(org.name, this);
    m_name->setObjectName(QStringLiteral("orgNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_code = new QLineEdit(org.creditCode, this);
    m_code->setObjectName(QStringLiteral("orgCodeEdit"));
    m_code->setPlaceholderText(tr("18 characters, on the registration certificate"));
    form->addRow(tr("Unified social &credit code:"), m_code);
    m_authority = new QLineEdit(org.registrationAuthority, this);
    form->addRow(tr("Registration &authority:"), m_authority);
    m_contact = new QLineEdit(org.contactPerson, this);
    form->addRow(tr("Contact &person:"), m_contact);
    m_phone = new QLineEdit(org.contactPhone, this);
    form->addRow(tr("Contact p&hone:"), m_phone);
    m_area = new QLineEdit(org.serviceArea.join(QLatin1Char(' ')), this);
    m_area->setPlaceholderText(tr("division codes, for example 110105 (a county) or 110105100 (a township)"));
    form->addRow(tr("Service &area:"), m_area);
    m_services = new CheckList(Labels::needTypes(), this);
    m_services->setCheckedCodes(org.serviceTypes);
    form->addRow(tr("&Services:"), m_services);
    m_groups = new CheckList(Labels::targetGroups(), this);
    m_groups->setCheckedCodes(org.targetGroups);
    form->addRow(tr("&Target groups:"), m_groups);
    m_fundraising = new QCheckBox(tr("Qualified for public fundraising"), this);
    m_fundraising->setChecked(org.publicFundraising);
    form->addRow(QString(), m_fundraising);
    m_status = new QComboBox(this);
    for (const auto &e : Labels::orgStatuses())
        m_status->addItem(e.second, e.first);
    m_status->setCurrentIndex(qMax(0, m_status->findData(org.status)));
    form->addRow(tr("S&tatus:"), m_status);
    m_error = FormParts::errorLabel(this);
    form->addRow(m_error);
    FormParts::saveCancel(this, form);
    setMinimumWidth(520);
}

void OrgDialog::accept()
{
    CharityOrg o = m_org;
    o.name = m_name->text();
    o.creditCode = m_code->text();
    o.registrationAuthority = m_authority->text();
    o.contactPerson = m_contact->text();
    o.contactPhone = m_phone->text();
    o.serviceArea = m_area->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    o.serviceTypes = m_services->checkedCodes();
    o.targetGroups = m_groups->checkedCodes();
    o.publicFundraising = m_fundraising->isChecked();
    o.status = m_status->currentData().toString();
    auto id = CharityDirectory(m_casebook).saveOrg(o);
    if (!id) {
        FormParts::showError(m_error, id.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
