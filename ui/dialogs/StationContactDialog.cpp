#include "StationContactDialog.h"

#include "storage/Casebook.h"
#include "storage/StationSettings.h"
#include "widgets/FormParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace xianjie {

StationContactDialog::StationContactDialog(Casebook &casebook, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_person(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_error(FormParts::errorLabel(this))
{
    setWindowTitle(tr("Station contact"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Printed on referral letters, their reply slips and consent forms, so that a charity "
                                "or a family knows whom to call at %1.")
                                 .arg(casebook.identity().name),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    const StationSettings::Contact contact = StationSettings(casebook).contact();
    m_person->setObjectName(QStringLiteral("contactPerson"));
    m_person->setText(contact.person);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setText(contact.phone);
    m_phone->setPlaceholderText(tr("for example 0731-84567890"));
    m_address->setObjectName(QStringLiteral("contactAddress"));
    m_address->setText(contact.address);
    form->addRow(tr("Contact &person:"), m_person);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(m_error);
    FormParts::saveCancel(this, form);
    setMinimumWidth(440);
}

void StationContactDialog::accept()
{
    if (auto r = StationSettings::setContact(m_casebook, {m_person->text(), m_phone->text(), m_address->text()}); !r)
        return FormParts::showError(m_error, r.message());
    QDialog::accept();
}

} // namespace xianjie
