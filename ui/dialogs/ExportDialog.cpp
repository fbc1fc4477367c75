#include "ExportDialog.h"

#include "rules/Labels.h"
#include "rules/Permissions.h"
#include "storage/Casebook.h"
#include "storage/HouseholdRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace xianjie {

ExportDialog::ExportDialog(Casebook &casebook, const HouseholdQuery::Request &households, const QString &householdsText,
                           const ReferralRepository::Filter &referrals, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_households(households), m_referrals(referrals),
      m_householdsText(householdsText)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a list"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("exportList"));
    for (ListExport::List l : {ListExport::List::Households, ListExport::List::Referrals, ListExport::List::Visits,
                               ListExport::List::Assistance})
        m_list->addItem(ListExport::listLabel(l), int(l));
    form->addRow(tr("&List:"), m_list);
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->setWordWrap(true);
    form->addRow(QString(), m_what);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("exportVillage"));
    m_village->addItem(tr("All villages"), QString());
    if (auto villages = HouseholdRepository(casebook).villages())
        for (const Village &v : *villages)
            m_village->addItem(v.name, v.id);
    form->addRow(tr("&Village:"), m_village);
    auto *dates = new QHBoxLayout;
    m_limitDates = new QCheckBox(tr("Only from"), this);
    m_limitDates->setObjectName(QStringLiteral("exportLimitDates"));
    const QDate today = casebook.clock().today();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1), this);
    m_to = new QDateEdit(QDate(today.year(), today.month(), 1).addDays(-1), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    dates->addWidget(m_limitDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(tr("Period:"), dates);
    layout->addLayout(form);

    m_unmasked = new QCheckBox(tr("&Unmasked: ID numbers, phones, health and children's data in full"), this);
    m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
    const bool allowed = casebook.user() && Permissions::allows(casebook.user()->role, Action::ExportUnmasked);
    m_unmasked->setEnabled(allowed);
    auto *note = new QLabel(allowed ? tr("An unmasked list is written to the audit log with its number of rows. Keep "
                                         "the file on an encrypted disk and delete it when it has served.")
                                    : tr("The list is masked: ID numbers and phones partly hidden, health and "
                                         "disability hidden, children under 14 by a masked name and age. Only the "
                                         "station head may export it unmasked."),
                            this);
    note->setObjectName(QStringLiteral("exportNote"));
    note->setWordWrap(true);
    layout->addWidget(m_unmasked);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_limitDates, &QCheckBox::toggled, this, &ExportDialog::update);
    update();
    setMinimumWidth(560);
}

void ExportDialog::update()
{
    const auto list = ListExport::List(m_list->currentData().toInt());
    const bool dated = list == ListExport::List::Visits || list == ListExport::List::Assistance;
    m_village->setEnabled(dated);
    m_limitDates->setEnabled(dated);
    m_from->setEnabled(dated && m_limitDates->isChecked());
    m_to->setEnabled(dated && m_limitDates->isChecked());
    switch (list) {
    case ListExport::List::Households:
        m_what->setText(
            tr("The households as the household list shows them now (%1), one row per member.").arg(m_householdsText));
        break;
    case ListExport::List::Referrals:
        m_what->setText(tr("The referrals and leads as the Referrals tab shows them now."));
        break;
    case ListExport::List::Visits:
        m_what->setText(tr("Visits planned and done (by their due date), corrections as corrected."));
        break;
    case ListExport::List::Assistance:
        m_what->setText(tr("The help received, from government and charities, amounts in yuan."));
        break;
    }
}

ListExport::Options ExportDialog::options() const
{
    ListExport::Options o;
    o.list = ListExport::List(m_list->currentData().toInt());
    o.households = m_households;
    o.referrals = m_referrals;
    o.villageId = m_village->isEnabled() ? m_village->currentData().toString() : QString();
    if (m_limitDates->isEnabled() && m_limitDates->isChecked()) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    o.unmasked = m_unmasked->isEnabled() && m_unmasked->isChecked();
    return o;
}

QString ExportDialog::suggestedFileName() const
{
    return tr("%1 %2.xlsx")
        .arg(ListExport::listLabel(ListExport::List(m_list->currentData().toInt())),
             Labels::date(m_casebook.clock().today()));
}

} // namespace xianjie
