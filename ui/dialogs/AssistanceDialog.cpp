#include "AssistanceDialog.h"

#include "ConfirmingSave.h"
#include "rules/Labels.h"
#include "storage/AssistanceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace xianjie {

QString AssistanceDialog::needLabel(const QString &need)
{
    return Labels::label(Labels::needTypes(), need);
}

QString AssistanceDialog::formLabel(const QString &form)
{
    return Labels::label(Labels::outcomeForms(), form);
}

AssistanceDialog::AssistanceDialog(AssistanceRepository &ledger, const QString &householdId, const QDate &today,
                                   QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_householdId(householdId)
{
    setObjectName(QStringLiteral("assistanceDialog"));
    setWindowTitle(tr("Record help received"));
    auto *form = new QFormLayout(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Government"), QStringLiteral("government"));
    m_source->addItem(tr("Charity"), QStringLiteral("charity"));
    form->addRow(tr("&From:"), m_source);
    m_programme = new QLineEdit(this);
    m_programme->setObjectName(QStringLiteral("programmeEdit"));
    m_programme->setPlaceholderText(tr("for example 临时救助, 医疗救助, 助学项目"));
    form->addRow(tr("&Programme:"), m_programme);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    form->addRow(tr("&Charity:"), m_organisation);
    m_need = new QComboBox(this);
    m_need->setObjectName(QStringLiteral("needCombo"));
    for (const auto &[code, label] : Labels::needTypes())
        m_need->addItem(label, code);
    form->addRow(tr("&Need met:"), m_need);
    m_form = new QComboBox(this);
    for (const auto &[code, label] : Labels::outcomeForms())
        m_form->addItem(label, code);
    form->addRow(tr("F&orm:"), m_form);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,8}(\\.[0-9]{0,2})?$")), m_amount));
    m_amount->setPlaceholderText(tr("yuan; leave empty for material help or services"));
    form->addRow(tr("&Amount:"), m_amount);
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_from->setMaximumDate(today);
    form->addRow(tr("&Date or first day:"), m_from);
    m_hasEnd = new QCheckBox(tr("Lasts until:"), this);
    m_to = new QDateEdit(today, this);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    form->addRow(m_hasEnd, m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssistanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto sourceChanged = [this] {
        m_organisation->setEnabled(m_source->currentData().toString() == QLatin1String("charity"));
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, sourceChanged);
    sourceChanged();
    setMinimumWidth(480);
}

void AssistanceDialog::accept()
{
    Assistance a;
    a.householdId = m_householdId;
    a.source = m_source->currentData().toString();
    a.programme = m_programme->text();
    a.organisation = a.source == QLatin1String("charity") ? m_organisation->text() : QString();
    a.needType = m_need->currentData().toString();
    a.form = m_form->currentData().toString();
    a.amountFen = m_amount->text().trimmed().isEmpty() ? -1 : qRound64(m_amount->text().toDouble() * 100.0);
    a.periodStart = m_from->date();
    if (m_hasEnd->isChecked())
        a.periodEnd = m_to->date();
    // The same help for the same month may have been recorded already (by another worker, or from a list).
    if (confirmingSave(
            this, [&](bool confirmed) { return m_ledger.record(a, confirmed); }, tr("Possibly recorded twice")))
        QDialog::accept();
}

} // namespace xianjie
