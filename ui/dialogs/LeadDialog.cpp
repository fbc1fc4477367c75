#include "LeadDialog.h"

#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "storage/ReferralRepository.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace xianjie {

LeadDialog::LeadDialog(Casebook &casebook, QWidget *parent) : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("leadDialog"));
    setWindowTitle(tr("Lead from a charity"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A charity tells the station about someone who may be eligible for government help. "
                                "Record it here and follow it until the application is decided."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("leadOrgCombo"));
    if (auto orgs = CharityDirectory(casebook).orgs())
        for (const CharityOrg &o : *orgs)
            m_org->addItem(o.name, o.id);
    form->addRow(tr("&Reported by:"), m_org);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("leadNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("leadIdEdit"));
    m_idNumber->setPlaceholderText(tr("if the charity knows it"));
    form->addRow(tr("&ID number:"), m_idNumber);
    m_phone = new QLineEdit(this);
    form->addRow(tr("&Phone:"), m_phone);
    m_village = new QLineEdit(this);
    form->addRow(tr("&Village or address:"), m_village);
    m_situation = new QPlainTextEdit(this);
    m_situation->setObjectName(QStringLiteral("leadSituationEdit"));
    m_situation->setMaximumHeight(90);
    form->addRow(tr("&Situation:"), m_situation);
    m_programme = new QLineEdit(this);
    m_programme->setPlaceholderText(tr("for example 低保, 特困, 临时救助"));
    form->addRow(tr("Help that may &apply:"), m_programme);
    const QDate today = casebook.clock().today();
    m_reported = new QDateEdit(today, this);
    m_reported->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reported->setCalendarPopup(true);
    m_reported->setMaximumDate(today);
    form->addRow(tr("Reported &on:"), m_reported);
    m_error = FormParts::errorLabel(this);
    form->addRow(m_error);
    FormParts::saveCancel(this, form);
    setMinimumWidth(460);
}

void LeadDialog::accept()
{
    Referral lead;
    lead.direction = QStringLiteral("from_charity");
    lead.orgId = m_org->currentData().toString();
    lead.leadName = m_name->text();
    lead.leadIdNumber = m_idNumber->text();
    lead.leadPhone = m_phone->text();
    lead.leadVillage = m_village->text();
    lead.leadSituation = m_situation->toPlainText();
    lead.leadProgramme = m_programme->text();
    lead.reportedOn = m_reported->date();
    auto id = ReferralRepository(m_casebook).recordLead(lead);
    if (!id) {
        FormParts::showError(m_error,
                             lead.orgId.isEmpty() ? tr("Add the charity to the directory first.") : id.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
