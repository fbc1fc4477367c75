#include "RecordVisitDialog.h"

#include "models/AgendaModel.h"
#include "rules/Labels.h"
#include "rules/VisitPolicy.h"
#include "storage/VisitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xianjie {

RecordVisitDialog::RecordVisitDialog(VisitRepository &visits, const QString &visitId, const QDate &today,
                                     const QString &who, QWidget *parent)
    : QDialog(parent), m_visits(visits), m_visitId(visitId)
{
    setObjectName(QStringLiteral("recordVisitDialog"));
    setWindowTitle(tr("Record a visit"));
    auto planned = visits.visit(visitId);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(planned ? tr("%1 · due %2").arg(who, Labels::date(planned->dueOn)) : who, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("visitDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    form->addRow(tr("&Date:"), m_date);
    m_kind = new QComboBox(this);
    for (const QString &k : VisitPolicy::kinds())
        m_kind->addItem(AgendaModel::kindLabel(k), k);
    if (planned)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(planned->kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_met = new QLineEdit(this);
    m_met->setObjectName(QStringLiteral("metEdit"));
    m_met->setPlaceholderText(tr("for example: the head and her daughter"));
    form->addRow(tr("&Met:"), m_met);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setPlaceholderText(tr("what you saw and heard; needs you noticed"));
    m_findings->setMaximumHeight(90);
    form->addRow(tr("&Findings:"), m_findings);

    m_assessment = new QGroupBox(tr("Self-care assessment: tick what the person could NOT do"), this);
    m_assessment->setObjectName(QStringLiteral("assessmentBox"));
    m_assessment->setCheckable(true);
    m_assessment->setChecked(false);
    auto *grid = new QGridLayout(m_assessment);
    const QStringList activities = VisitPolicy::activities();
    for (int i = 0; i < activities.size(); ++i) {
        auto *box = new QCheckBox(activities.at(i), m_assessment);
        box->setObjectName(QStringLiteral("activity%1").arg(i));
        m_activities << box;
        grid->addWidget(box, i / 3, i % 3);
    }
    layout->addWidget(m_assessment);

    auto *services = new QGroupBox(tr("Services delivered (minutes spent)"), this);
    auto *serviceGrid = new QGridLayout(services);
    const QStringList serviceCodes = VisitPolicy::services();
    for (int i = 0; i < serviceCodes.size(); ++i) {
        if (serviceCodes.at(i) == QLatin1String("material")) {
            // Material help is delivered or not; it is not counted in minutes.
            m_material = new QCheckBox(VisitPolicy::serviceLabel(serviceCodes.at(i)), services);
            m_material->setObjectName(QStringLiteral("service_material"));
            m_minutes << nullptr;
            serviceGrid->addWidget(m_material, i / 2, (i % 2) * 2, 1, 2);
            continue;
        }
        auto *minutes = new QSpinBox(services);
        minutes->setObjectName(QStringLiteral("service_%1").arg(serviceCodes.at(i)));
        minutes->setRange(0, 600);
        minutes->setSingleStep(10);
        m_minutes << minutes;
        serviceGrid->addWidget(new QLabel(VisitPolicy::serviceLabel(serviceCodes.at(i)), services), i / 2, (i % 2) * 2);
        serviceGrid->addWidget(minutes, i / 2, (i % 2) * 2 + 1);
    }
    layout->addWidget(services);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void RecordVisitDialog::accept()
{
    Visit done;
    done.doneOn = m_date->date();
    done.kind = m_kind->currentData().toString();
    done.met = m_met->text();
    done.findings = m_findings->toPlainText();
    if (m_assessment->isChecked()) {
        int mask = 0;
        for (int i = 0; i < m_activities.size(); ++i)
            if (m_activities.at(i)->isChecked())
                mask |= 1 << i;
        done.adlFailed = mask;
    }
    const QStringList codes = VisitPolicy::services();
    for (int i = 0; i < m_minutes.size(); ++i)
        if (m_minutes.at(i) && m_minutes.at(i)->value() > 0)
            done.services << VisitService{codes.at(i), m_minutes.at(i)->value()};
    if (m_material && m_material->isChecked())
        done.services << VisitService{QStringLiteral("material"), 0};
    auto next = m_visits.record(m_visitId, done);
    if (!next) {
        QMessageBox::warning(this, tr("Not saved"), next.message());
        return;
    }
    QDialog::accept();
}

} // namespace xianjie
