#include "PersonForm.h"

#include "rules/Labels.h"
#include "storage/HouseholdRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QComboBox *comboOf(const Labels::Entries &entries, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const auto &e : entries)
        combo->addItem(e.second, e.first);
    return combo;
}

// The first day a QDateEdit shows as "not entered": one day before the earliest real birth date accepted.
const QDate kNoBirthDate(1889, 12, 31);

QDate birthOf(const QDateEdit *edit)
{
    return edit->date() == kNoBirthDate ? QDate() : edit->date();
}

void select(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}
} // namespace

PersonForm::PersonForm(const HouseholdRepository &repository, const QDate &today, bool isHead, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_today(today)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(30);
    form->addRow(tr("&Name:"), withMessage(m_name, QStringLiteral("name")));

    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setMaxLength(22);
    m_idNumber->setPlaceholderText(tr("18 characters; leave empty if the person has none yet"));
    auto *idBox = new QWidget(this);
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(2);
    idLayout->addWidget(withMessage(m_idNumber, QStringLiteral("id_number")));
    m_idInfo = new QLabel(this);
    m_idInfo->setObjectName(QStringLiteral("idInfoLabel"));
    m_idInfo->setForegroundRole(QPalette::PlaceholderText);
    idLayout->addWidget(m_idInfo);
    form->addRow(tr("&ID number:"), idBox);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(QString(), QString());
    m_sex->addItem(Labels::sex(QStringLiteral("M")), QStringLiteral("M"));
    m_sex->addItem(Labels::sex(QStringLiteral("F")), QStringLiteral("F"));
    form->addRow(tr("&Sex:"), withMessage(m_sex, QStringLiteral("sex")));

    m_birth = new QDateEdit(this);
    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setCalendarPopup(true);
    // Empty until entered (or read from the ID number): the day before the range shows as "not entered".
    m_birth->setDateRange(kNoBirthDate, today);
    m_birth->setSpecialValueText(tr("Not entered"));
    m_birth->setDate(kNoBirthDate);
    form->addRow(tr("&Birth date:"), withMessage(m_birth, QStringLiteral("birth_date")));

    m_relation = comboOf(Labels::relations(), QStringLiteral("relationCombo"), this);
    if (isHead) {
        select(m_relation, QStringLiteral("self"));
        m_relation->setEnabled(false);
    } else {
        m_relation->removeItem(m_relation->findData(QStringLiteral("self")));
        m_relation->setCurrentIndex(-1);
    }
    form->addRow(tr("&Relation to head:"), withMessage(m_relation, QStringLiteral("relation")));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("mobile or landline, optional"));
    form->addRow(tr("&Phone:"), withMessage(m_phone, QStringLiteral("phone")));

    m_health = comboOf(Labels::healthStates(), QStringLiteral("healthCombo"), this);
    form->addRow(tr("&Health:"), withMessage(m_health, QStringLiteral("health")));

    auto *disability = new QWidget(this);
    auto *disabilityLayout = new QHBoxLayout(disability);
    disabilityLayout->setContentsMargins(0, 0, 0, 0);
    m_disabilityCategory = new QComboBox(this);
    m_disabilityCategory->setObjectName(QStringLiteral("disabilityCategoryCombo"));
    m_disabilityCategory->addItem(tr("Not known"), -1);
    const QStringList categories = Labels::disabilityCategories();
    for (int i = 0; i < categories.size(); ++i)
        m_disabilityCategory->addItem(categories.at(i), i);
    m_disabilityGrade = new QComboBox(this);
    m_disabilityGrade->setObjectName(QStringLiteral("disabilityGradeCombo"));
    m_disabilityGrade->addItem(tr("Not known"), -1);
    const QStringList grades = Labels::disabilityGrades();
    for (int i = 0; i < grades.size(); ++i)
        m_disabilityGrade->addItem(grades.at(i), i);
    disabilityLayout->addWidget(m_disabilityCategory, 1);
    disabilityLayout->addWidget(m_disabilityGrade, 1);
    form->addRow(tr("&Disability:"), withMessage(disability, QStringLiteral("disability")));

    m_selfCare = comboOf(Labels::selfCareLevels(), QStringLiteral("selfCareCombo"), this);
    m_selfCare->setToolTip(tr("Six activities: eating, dressing, getting in and out of bed, toileting, walking indoors "
                              "and bathing. All six: fully able; up to three failed: partly lost; four or more "
                              "failed: fully lost."));
    form->addRow(tr("Self-&care:"), withMessage(m_selfCare, QStringLiteral("self_care")));

    m_workCapacity = comboOf(Labels::workCapacities(), QStringLiteral("workCapacityCombo"), this);
    form->addRow(tr("&Work capacity:"), withMessage(m_workCapacity, QStringLiteral("work_capacity")));

    m_lacksCapacity = new QCheckBox(tr("Without legal capacity: a guardian consents for this person"), this);
    m_lacksCapacity->setObjectName(QStringLiteral("lacksCapacityCheck"));
    form->addRow(QString(), m_lacksCapacity);

    auto touch = [this](const QString &key) {
        return [this, key] {
            m_touched.insert(key);
            revalidate();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, touch(QStringLiteral("name")));
    connect(m_idNumber, &QLineEdit::textEdited, this, touch(QStringLiteral("id_number")));
    connect(m_phone, &QLineEdit::textEdited, this, touch(QStringLiteral("phone")));
    connect(m_sex, &QComboBox::activated, this, touch(QStringLiteral("sex")));
    connect(m_birth, &QDateEdit::userDateChanged, this, touch(QStringLiteral("birth_date")));
    connect(m_relation, &QComboBox::activated, this, touch(QStringLiteral("relation")));
    for (QComboBox *c : {m_health, m_disabilityCategory, m_disabilityGrade, m_selfCare, m_workCapacity})
        connect(c, &QComboBox::activated, this, touch(QStringLiteral("disability")));
    // Not known or none: the grade follows the category; a disability needs its grade chosen.
    connect(m_disabilityCategory, &QComboBox::activated, this, [this] {
        const int category = m_disabilityCategory->currentData().toInt();
        if (category <= 0)
            select(m_disabilityGrade, category);
        else if (m_disabilityGrade->currentData().toInt() <= 0)
            m_disabilityGrade->setCurrentIndex(-1);
        m_disabilityGrade->setEnabled(category > 0);
        revalidate();
    });
    m_disabilityGrade->setEnabled(false);
    revalidate();
}

QWidget *PersonForm::withMessage(QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    message->hide();
    layout->addWidget(message);
    m_messages.insert(key, message);
    return box;
}

void PersonForm::setPerson(const Person &p)
{
    m_original = p;
    m_name->setText(p.name);
    m_idNumber->setText(p.idNumber);
    select(m_sex, p.sex);
    m_birth->setDate(p.birthDate.isValid() ? p.birthDate : kNoBirthDate);
    if (!p.relation.isEmpty()) {
        if (m_relation->findData(p.relation) < 0 && p.relation == QLatin1String("self"))
            m_relation->addItem(Labels::label(Labels::relations(), p.relation), p.relation);
        select(m_relation, p.relation);
        m_relation->setEnabled(p.relation != QLatin1String("self"));
    }
    m_phone->setText(p.phone);
    select(m_health, p.health);
    select(m_disabilityCategory, p.disabilityCategory);
    select(m_disabilityGrade, p.disabilityGrade);
    m_disabilityGrade->setEnabled(p.disabilityCategory > 0);
    select(m_selfCare, p.selfCare);
    select(m_workCapacity, p.workCapacity);
    m_lacksCapacity->setChecked(p.lacksCapacity);
    revalidate();
}

Person PersonForm::person() const
{
    Person p = m_original;
    p.name = m_name->text();
    p.idNumber = m_idNumber->text();
    p.sex = m_sex->currentData().toString();
    p.birthDate = birthOf(m_birth);
    p.relation = m_relation->currentData().toString();
    p.phone = m_phone->text();
    p.health = m_health->currentData().toString();
    p.disabilityCategory = m_disabilityCategory->currentData().toInt();
    p.disabilityGrade = m_disabilityGrade->currentIndex() < 0 ? 0 : m_disabilityGrade->currentData().toInt();
    p.selfCare = m_selfCare->currentData().toString();
    p.workCapacity = m_workCapacity->currentData().toString();
    p.lacksCapacity = m_lacksCapacity->isChecked();
    HouseholdRules::checkPerson(p, m_today); // normalises
    return p;
}

void PersonForm::showAllMessages()
{
    m_showAll = true;
    revalidate();
}

void PersonForm::revalidate()
{
    Person p = m_original;
    p.name = m_name->text();
    p.idNumber = m_idNumber->text();
    p.sex = m_sex->currentData().toString();
    p.birthDate = birthOf(m_birth);
    p.relation = m_relation->currentData().toString();
    p.phone = m_phone->text();
    p.health = m_health->currentData().toString();
    p.disabilityCategory = m_disabilityCategory->currentData().toInt();
    p.disabilityGrade = m_disabilityGrade->currentIndex() < 0 ? 0 : m_disabilityGrade->currentData().toInt();
    p.selfCare = m_selfCare->currentData().toString();
    p.workCapacity = m_workCapacity->currentData().toString();
    m_errors = HouseholdRules::checkPerson(p, m_today);

    const bool hasId = !m_idNumber->text().trimmed().isEmpty();
    const bool idValid = hasId && !m_errors.contains(QStringLiteral("id_number"));
    if (idValid) {
        // The ID number says birth date and sex; the fields follow it and cannot disagree.
        QSignalBlocker b1(m_birth), b2(m_sex);
        m_birth->setDate(p.birthDate);
        select(m_sex, p.sex);
        m_idInfo->setText(
            tr("%1, born %2, %3 years old").arg(Labels::sex(p.sex), Labels::date(p.birthDate)).arg(p.ageOn(m_today)));
        auto holder = m_repository.idNumberHolder(p.idNumber, p.id);
        if (!holder)
            m_errors.insert(QStringLiteral("id_number"), holder.message());
        else if (!holder->isEmpty())
            m_errors.insert(QStringLiteral("id_number"), *holder);
    } else {
        m_idInfo->setText(hasId ? QString() : tr("Without an ID number, enter sex and birth date."));
    }
    m_idInfo->setVisible(!m_idInfo->text().isEmpty());
    m_birth->setEnabled(!idValid);
    m_sex->setEnabled(!idValid);

    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString message = m_errors.value(it.key());
        const bool show = !message.isEmpty() && (m_showAll || m_touched.contains(it.key()) ||
                                                 (it.key() == QLatin1String("id_number") && idValid));
        it.value()->setText(message);
        it.value()->setVisible(show);
    }
    const bool valid = m_errors.isEmpty();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        emit validityChanged(valid);
    }
}

} // namespace xianjie
