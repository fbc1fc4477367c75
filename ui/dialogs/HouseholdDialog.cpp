#include "HouseholdDialog.h"

#include "ConfirmingSave.h"
#include "PersonForm.h"
#include "rules/HouseholdRules.h"
#include "rules/Labels.h"
#include "storage/HouseholdRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace xianjie {

HouseholdDialog::HouseholdDialog(HouseholdRepository &repository, const QDate &today, const Household *household,
                                 QWidget *parent)
    : QDialog(parent), m_repository(repository), m_today(today), m_isNew(household == nullptr)
{
    setObjectName(QStringLiteral("householdDialog"));
    if (household)
        m_household = *household;
    setWindowTitle(m_isNew ? tr("Register a household") : tr("Edit household"));

    auto *layout = new QVBoxLayout(this);
    auto *householdBox = new QGroupBox(tr("Household"), this);
    auto *form = new QFormLayout(householdBox);

    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageCombo"));
    if (auto villages = repository.villages()) {
        for (const Village &v : *villages)
            m_village->addItem(v.name, v.id);
    }
    if (m_village->count() == 0) {
        // Until the county sends the village list, households are registered by address alone.
        m_village->addItem(tr("(no village list yet)"), QString());
        m_village->setEnabled(false);
    } else {
        m_village->setPlaceholderText(tr("choose the village or community"));
        m_village->setCurrentIndex(m_village->findData(m_household.villageId));
    }
    form->addRow(tr("&Village:"), m_village);

    m_address = new QLineEdit(m_household.address, this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("group, house number"));
    form->addRow(tr("&Address:"), m_address);

    m_phone = new QLineEdit(m_household.phone, this);
    m_phone->setObjectName(QStringLiteral("householdPhoneEdit"));
    form->addRow(tr("&Phone:"), m_phone);

    m_cause = new QComboBox(this);
    m_cause->setObjectName(QStringLiteral("causeCombo"));
    m_cause->addItem(tr("(not recorded)"), QString());
    for (const auto &e : Labels::hardshipCauses())
        m_cause->addItem(e.second, e.first);
    m_cause->setCurrentIndex(std::max(0, m_cause->findData(m_household.hardshipCause)));
    form->addRow(tr("Cause of &hardship:"), m_cause);

    m_income = new QLineEdit(this);
    m_income->setObjectName(QStringLiteral("incomeEdit"));
    m_income->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,7}(\\.[0-9]{0,2})?$")), m_income));
    m_income->setPlaceholderText(tr("yuan per person per month, optional"));
    if (m_household.incomeFen >= 0)
        m_income->setText(QString::number(double(m_household.incomeFen) / 100.0, 'f', 2));
    form->addRow(tr("&Income:"), m_income);
    layout->addWidget(householdBox);

    if (m_isNew) {
        auto *headBox = new QGroupBox(tr("Head of household"), this);
        auto *headLayout = new QVBoxLayout(headBox);
        m_head = new PersonForm(repository, today, true, headBox);
        headLayout->addWidget(m_head);
        layout->addWidget(headBox);
        connect(m_head, &PersonForm::validityChanged, this, &HouseholdDialog::revalidate);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("householdMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(m_isNew ? tr("&Register") : tr("&Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    for (QLineEdit *e : {m_address, m_phone, m_income})
        connect(e, &QLineEdit::textEdited, this, &HouseholdDialog::revalidate);
    connect(m_village, &QComboBox::currentIndexChanged, this, &HouseholdDialog::revalidate);
    setMinimumWidth(520);
    revalidate();
    m_message->clear(); // no complaints before the user has typed anything
}

Household HouseholdDialog::entered() const
{
    Household h = m_household;
    h.villageId = m_village->currentData().toString();
    h.address = m_address->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.hardshipCause = m_cause->currentData().toString();
    h.incomeFen = m_income->text().trimmed().isEmpty() ? -1 : qRound64(m_income->text().toDouble() * 100.0);
    return h;
}

void HouseholdDialog::revalidate()
{
    FieldErrors errors = HouseholdRules::checkHousehold(entered());
    const bool villageMissing = m_village->isEnabled() && m_village->currentIndex() < 0;
    if (villageMissing)
        errors.insert(QStringLiteral("village"), tr("Choose the village or community."));
    m_message->setText(HouseholdRules::summary(errors));
    const bool valid = errors.isEmpty() && (!m_head || m_head->isValid());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void HouseholdDialog::accept()
{
    const Household h = entered();
    if (m_isNew) {
        const Person head = m_head->person();
        QString id;
        const bool saved = confirmingSave(this, [&](bool confirmed) {
            auto r = m_repository.createHousehold(h, head, confirmed);
            if (r)
                id = *r;
            return r;
        });
        if (!saved) {
            m_head->showAllMessages();
            return;
        }
        m_household.id = id;
        m_headName = head.name;
    } else {
        if (!confirmingSave(this, [&](bool) { return m_repository.updateHousehold(h); }))
            return;
    }
    QDialog::accept();
}

} // namespace xianjie
