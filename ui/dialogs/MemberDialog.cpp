#include "MemberDialog.h"

#include "ConfirmingSave.h"
#include "PersonForm.h"
#include "storage/HouseholdRepository.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace xianjie {

MemberDialog::MemberDialog(HouseholdRepository &repository, const QDate &today, const QString &householdId,
                           const Person *person, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_householdId(householdId), m_isNew(person == nullptr)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(m_isNew ? tr("Add a member") : tr("Edit member"));
    auto *layout = new QVBoxLayout(this);
    m_form = new PersonForm(repository, today, person && person->isHead(), this);
    Person p;
    if (person)
        p = *person;
    p.householdId = householdId;
    m_form->setPerson(p);
    layout->addWidget(m_form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(m_isNew ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isValid());
    layout->addWidget(m_buttons);
    connect(m_form, &PersonForm::validityChanged, m_buttons->button(QDialogButtonBox::Save), &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
}

void MemberDialog::accept()
{
    Person p = m_form->person();
    p.householdId = m_householdId;
    const bool saved =
        m_isNew ? confirmingSave(this, [&](bool confirmed) { return m_repository.addMember(p, confirmed); })
                : confirmingSave(this, [&](bool confirmed) { return m_repository.updateMember(p, confirmed); });
    if (!saved) {
        m_form->showAllMessages();
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
