#include "NeedDialog.h"

#include "rules/Labels.h"
#include "rules/Validation.h"
#include "storage/Casebook.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace xianjie {

namespace {
QComboBox *combo(const Labels::Entries &entries, const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (const auto &e : entries)
        c->addItem(e.second, e.first);
    return c;
}
} // namespace

NeedDialog::NeedDialog(Casebook &casebook, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_householdId(householdId)
{
    setObjectName(QStringLiteral("needDialog"));
    setWindowTitle(tr("Record a need"));
    auto *form = new QFormLayout(this);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("needPersonCombo"));
    m_person->addItem(tr("The whole household"), QString());
    if (auto members = HouseholdRepository(casebook).members(householdId))
        for (const Person &p : *members)
            m_person->addItem(p.name, p.id);
    form->addRow(tr("&Whose need:"), m_person);
    m_type = combo(Labels::needTypes(), QStringLiteral("needTypeCombo"), this);
    form->addRow(tr("&Kind:"), m_type);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("needDescriptionEdit"));
    m_description->setPlaceholderText(tr("What is needed, in a sentence or two"));
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);
    m_urgency = combo(Labels::urgencies(), QStringLiteral("needUrgencyCombo"), this);
    m_urgency->setCurrentIndex(1);
    form->addRow(tr("&Urgency:"), m_urgency);
    m_amount = new QLineEdit(this);
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,8}(\\.[0-9]{0,2})?$")), m_amount));
    m_amount->setPlaceholderText(tr("yuan, if known"));
    form->addRow(tr("Estimated &amount:"), m_amount);
    m_source = combo(Labels::needSources(), QStringLiteral("needSourceCombo"), this);
    form->addRow(tr("&Known from:"), m_source);
    const QDate today = casebook.clock().today();
    m_on = new QDateEdit(today, this);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setCalendarPopup(true);
    m_on->setMaximumDate(today);
    form->addRow(tr("&Since:"), m_on);
    m_error = FormParts::errorLabel(this);
    form->addRow(m_error);
    FormParts::saveCancel(this, form);
    setMinimumWidth(460);
}

void NeedDialog::accept()
{
    Need n;
    n.householdId = m_householdId;
    n.personId = m_person->currentData().toString();
    n.needType = m_type->currentData().toString();
    n.description = m_description->toPlainText();
    n.urgency = m_urgency->currentData().toString();
    n.estimatedFen = m_amount->text().trimmed().isEmpty() ? -1 : qRound64(m_amount->text().toDouble() * 100.0);
    n.source = m_source->currentData().toString();
    n.identifiedOn = m_on->date();
    auto id = NeedRepository(m_casebook).add(n);
    if (!id) {
        FormParts::showError(m_error, id.message());
        return;
    }
    m_needId = *id;
    QDialog::accept();
}

} // namespace xianjie
