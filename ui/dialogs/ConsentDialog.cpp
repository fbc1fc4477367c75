#include "ConsentDialog.h"

#include "print/PdfDocument.h"
#include "report/ReferralDocuments.h"
#include "rules/ConsentPolicy.h"
#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/HouseholdRepository.h"
#include "widgets/CheckList.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace xianjie {

ConsentDialog::ConsentDialog(Casebook &casebook, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_householdId(householdId)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent to share with a charity"));
    const QDate today = casebook.clock().today();
    if (auto members = HouseholdRepository(casebook).members(householdId))
        m_members = *members;

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Each adult decides for themselves. A child under 14, or a person without legal "
                                "capacity, consents through a guardian whose identity you check."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_consenter = new QComboBox(this);
    m_consenter->setObjectName(QStringLiteral("consenterCombo"));
    for (const Person &p : std::as_const(m_members))
        if (!ConsentPolicy::needsGuardian(p, today))
            m_consenter->addItem(p.name, p.id);
    m_consenter->addItem(tr("A guardian from outside the household"), QString());
    form->addRow(tr("&Who consents:"), m_consenter);

    m_covered = new CheckList({}, this);
    m_covered->setObjectName(QStringLiteral("coveredList"));
    for (const Person &p : std::as_const(m_members)) {
        auto *item = new QListWidgetItem(p.name, m_covered);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (ConsentPolicy::needsGuardian(p, today))
            item->setText(tr("%1 (through the guardian)").arg(p.name));
    }
    m_covered->setMaximumHeight(m_covered->sizeHintForRow(0) * qMin(5, int(m_members.size())) + 8);
    form->addRow(tr("Whose &information:"), m_covered);

    m_guardianBox = new QWidget(this);
    auto *guardianForm = new QFormLayout(m_guardianBox);
    guardianForm->setContentsMargins(0, 0, 0, 0);
    m_guardianName = new QLineEdit(m_guardianBox);
    m_guardianName->setObjectName(QStringLiteral("guardianNameEdit"));
    guardianForm->addRow(tr("Guardian's &name:"), m_guardianName);
    m_guardianId = new QLineEdit(m_guardianBox);
    m_guardianId->setObjectName(QStringLiteral("guardianIdEdit"));
    m_guardianId->setPlaceholderText(tr("from the guardian's ID card"));
    guardianForm->addRow(tr("Guardian's &ID number:"), m_guardianId);
    m_guardianRelation = new QLineEdit(m_guardianBox);
    m_guardianRelation->setObjectName(QStringLiteral("guardianRelationEdit"));
    m_guardianRelation->setPlaceholderText(tr("for example 父亲, 母亲, 祖母"));
    guardianForm->addRow(tr("Guardian's &relation:"), m_guardianRelation);
    form->addRow(m_guardianBox);

    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("consentOrgCombo"));
    if (auto orgs = CharityDirectory(casebook).orgs())
        for (const CharityOrg &o : *orgs)
            if (o.status == QLatin1String("active"))
                m_org->addItem(o.name, o.id);
    form->addRow(tr("&Recipient:"), m_org);
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("consentProjectCombo"));
    form->addRow(tr("&Project:"), m_project);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("consentPurposeCombo"));
    for (const auto &e : Labels::needTypes())
        m_purpose->addItem(tr("To seek %1 help").arg(e.second), e.first);
    form->addRow(tr("P&urpose:"), m_purpose);
    m_purposeText = new QLineEdit(this);
    m_purposeText->setPlaceholderText(tr("in the person's words, if they gave any"));
    form->addRow(QString(), m_purposeText);

    m_items = new CheckList(Labels::consentItems(), this);
    m_items->setObjectName(QStringLiteral("consentItemList"));
    for (const auto &e : Labels::consentItems())
        if (Labels::isSensitiveItem(e.first))
            m_items->setNote(e.first, tr("sensitive"));
    form->addRow(tr("Items the person agrees to &share:"), m_items);

    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(1, 120);
    m_retention->setValue(24);
    m_retention->setSuffix(tr(" months"));
    form->addRow(tr("The charity keeps the data at &most:"), m_retention);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("consentMethodCombo"));
    for (const auto &e : Labels::consentMethods())
        m_method->addItem(e.second, e.first);
    form->addRow(tr("&Given by:"), m_method);
    m_verbalWitness = new QLineEdit(this);
    m_verbalWitness->setObjectName(QStringLiteral("verbalWitnessEdit"));
    m_verbalWitness->setPlaceholderText(tr("a second witness, for a verbal consent"));
    form->addRow(tr("&Witness:"), m_verbalWitness);
    m_granted = new QDateEdit(today, this);
    m_granted->setObjectName(QStringLiteral("grantedDateEdit"));
    m_granted->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_granted->setCalendarPopup(true);
    m_granted->setMaximumDate(today);
    form->addRow(tr("Given &on:"), m_granted);
    m_expires = new QDateEdit(today.addYears(1).addDays(-1), this);
    m_expires->setObjectName(QStringLiteral("expiresDateEdit"));
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setCalendarPopup(true);
    form->addRow(tr("&Valid until:"), m_expires);
    form->addRow(tr("Notice shown:"), new QLabel(tr("version %1").arg(ReferralDocuments::noticeVersion()), this));

    m_error = FormParts::errorLabel(this);
    form->addRow(m_error);

    auto *print =
        FormParts::saveCancel(this, form)->addButton(tr("&Print form for signature…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printConsentFormButton"));
    connect(print, &QPushButton::clicked, this, &ConsentDialog::printForm);
    connect(m_org, &QComboBox::currentIndexChanged, this, &ConsentDialog::fillProjects);
    connect(m_consenter, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_consenter->currentData().toString();
        for (int i = 0; i < m_covered->count(); ++i)
            if (!id.isEmpty() && m_covered->item(i)->data(Qt::UserRole).toString() == id)
                m_covered->item(i)->setCheckState(Qt::Checked);
        updateGuardian();
    });
    connect(m_covered, &CheckList::checkedChanged, this, &ConsentDialog::updateGuardian);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_verbalWitness->setEnabled(m_method->currentData().toString() == QLatin1String("verbal_witnessed"));
    });
    m_verbalWitness->setEnabled(false);
    fillProjects();
    if (m_consenter->count() > 1)
        emit m_consenter->currentIndexChanged(0);
    m_items->setCheckedCodes({QStringLiteral("name"), QStringLiteral("sex_age"), QStringLiteral("address"),
                              QStringLiteral("phone"), QStringLiteral("need")});
    updateGuardian();
    setMinimumWidth(560);
}

void ConsentDialog::preset(const QString &orgId, const QString &projectId, const QString &purpose,
                           const QString &personId)
{
    m_org->setCurrentIndex(qMax(0, m_org->findData(orgId)));
    fillProjects();
    m_project->setCurrentIndex(qMax(0, m_project->findData(projectId)));
    m_purpose->setCurrentIndex(qMax(0, m_purpose->findData(purpose)));
    if (!personId.isEmpty()) {
        const int i = m_consenter->findData(personId);
        if (i >= 0)
            m_consenter->setCurrentIndex(i);
        for (int r = 0; r < m_covered->count(); ++r)
            if (m_covered->item(r)->data(Qt::UserRole).toString() == personId)
                m_covered->item(r)->setCheckState(Qt::Checked);
    }
}

void ConsentDialog::fillProjects()
{
    m_project->clear();
    m_project->addItem(tr("Any project of this organisation"), QString());
    if (auto projects = CharityDirectory(m_casebook).projects(m_org->currentData().toString()))
        for (const CharityProject &p : *projects)
            if (!p.orgId.isEmpty())
                m_project->addItem(p.name, p.id);
}

void ConsentDialog::updateGuardian()
{
    const QDate on = m_granted ? m_granted->date() : m_casebook.clock().today();
    bool needed = m_consenter->currentData().toString().isEmpty();
    for (int i = 0; i < m_covered->count(); ++i) {
        if (m_covered->item(i)->checkState() != Qt::Checked)
            continue;
        for (const Person &p : std::as_const(m_members))
            if (p.id == m_covered->item(i)->data(Qt::UserRole).toString() && ConsentPolicy::needsGuardian(p, on))
                needed = true;
    }
    m_guardianBox->setVisible(needed);
    m_guardianName->setEnabled(m_consenter->currentData().toString().isEmpty());
}

Consent ConsentDialog::consent() const
{
    Consent c;
    c.householdId = m_householdId;
    c.consenterPersonId = m_consenter->currentData().toString();
    c.consenterName = c.consenterPersonId.isEmpty() ? m_guardianName->text() : m_consenter->currentText();
    c.orgId = m_org->currentData().toString();
    c.projectId = m_project->currentData().toString();
    c.purpose = m_purpose->currentData().toString();
    c.purposeText = m_purposeText->text();
    c.retentionMonths = m_retention->value();
    c.method = m_method->currentData().toString();
    c.verbalWitness = m_verbalWitness->isEnabled() ? m_verbalWitness->text() : QString();
    c.noticeVersion = ReferralDocuments::noticeVersion();
    c.grantedOn = m_granted->date();
    c.expiresOn = m_expires->date();
    c.items = m_items->checkedCodes();
    bool guardian = false;
    for (int i = 0; i < m_covered->count(); ++i) {
        if (m_covered->item(i)->checkState() != Qt::Checked)
            continue;
        const QString id = m_covered->item(i)->data(Qt::UserRole).toString();
        ConsentMember m{id, QStringLiteral("self")};
        for (const Person &p : m_members)
            if (p.id == id && ConsentPolicy::needsGuardian(p, c.grantedOn)) {
                m.basis = QStringLiteral("guardian");
                guardian = true;
            }
        c.members << m;
    }
    if (guardian || c.consenterPersonId.isEmpty()) {
        c.guardianIdNumber = m_guardianId->text().trimmed();
        c.guardianRelation = m_guardianRelation->text();
    }
    return c;
}

void ConsentDialog::printForm()
{
    auto html = ReferralDocuments(m_casebook).consentFormHtml(consent());
    if (!html) {
        FormParts::showError(m_error, html.message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FormParts::askSavePath(this, tr("Save the consent form"), tr("consent-form.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = PdfDocument::write(*html, path, tr("Consent form")); !r) {
        FormParts::showError(m_error, r.message());
    }
}

void ConsentDialog::accept()
{
    auto id = ConsentRepository(m_casebook).record(consent());
    if (!id) {
        FormParts::showError(m_error, id.message());
        return;
    }
    m_consentId = *id;
    QDialog::accept();
}

} // namespace xianjie
