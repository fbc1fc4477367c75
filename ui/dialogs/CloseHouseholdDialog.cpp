#include "CloseHouseholdDialog.h"

#include "storage/HouseholdRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace xianjie {

CloseHouseholdDialog::CloseHouseholdDialog(HouseholdRepository &repository, const QDate &today,
                                           const QString &householdId, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_householdId(householdId)
{
    setObjectName(QStringLiteral("closeHouseholdDialog"));
    setWindowTitle(tr("Close household"));
    auto *form = new QFormLayout(this);
    auto *note =
        new QLabel(tr("A closed household stays in the casebook with all its records; it can be reopened."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("closeDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    form->addRow(tr("&Closed on:"), m_date);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("closeReasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems({tr("Income now above the local standard"), tr("Moved out of the township"),
                        tr("Merged into another household"), tr("No surviving members")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("choose or type the reason"));
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseHouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseHouseholdDialog::reject);
}

void CloseHouseholdDialog::accept()
{
    auto r = m_repository.closeHousehold(m_householdId, m_date->date(), m_reason->currentText());
    if (!r) {
        QMessageBox::warning(this, tr("Not closed"), r.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
