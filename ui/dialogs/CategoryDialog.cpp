#include "CategoryDialog.h"

#include "rules/Labels.h"
#include "storage/HouseholdRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace xianjie {

namespace {
QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

CategoryDialog::CategoryDialog(HouseholdRepository &repository, const QDate &today, const QString &householdId,
                               QWidget *parent)
    : QDialog(parent), m_repository(repository), m_householdId(householdId)
{
    setObjectName(QStringLiteral("categoryDialog"));
    setWindowTitle(tr("Add a category"));
    auto *form = new QFormLayout(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const auto &e : Labels::categories())
        m_category->addItem(e.second, e.first);
    form->addRow(tr("&Category:"), m_category);
    m_start = dateEdit(today, QStringLiteral("startDateEdit"), this);
    form->addRow(tr("&From:"), m_start);
    m_hasEnd = new QCheckBox(tr("Ends on:"), this);
    m_hasEnd->setObjectName(QStringLiteral("hasEndCheck"));
    m_end = dateEdit(today.addMonths(12), QStringLiteral("endDateEdit"), this);
    m_end->setEnabled(false);
    form->addRow(m_hasEnd, m_end);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CategoryDialog::categoryChanged);
    connect(m_start, &QDateEdit::dateChanged, this, &CategoryDialog::categoryChanged);
    categoryChanged();
}

void CategoryDialog::categoryChanged()
{
    if (m_category->currentData().toString() == QLatin1String("rigid_expense")) {
        m_hasEnd->setChecked(true);
        m_end->setDate(m_start->date().addMonths(12));
        m_hint->setText(tr("Rigid-expenditure hardship is recognised for at most 12 months."));
    } else {
        m_hint->clear();
    }
}

void CategoryDialog::accept()
{
    CategoryMembership c;
    c.householdId = m_householdId;
    c.category = m_category->currentData().toString();
    c.startDate = m_start->date();
    if (m_hasEnd->isChecked())
        c.endDate = m_end->date();
    auto r = m_repository.addCategory(c);
    if (!r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
