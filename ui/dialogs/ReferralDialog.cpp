#include "ReferralDialog.h"

#include "print/PdfDocument.h"
#include "report/ReferralDocuments.h"
#include "rules/Labels.h"
#include "rules/ReferralStates.h"
#include "rules/Validation.h"
#include "storage/Casebook.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferralRepository.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QString statusLabel(const Referral &r, const QString &status)
{
    return Labels::label(r.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses(), status);
}

QString moveLabel(const QString &status)
{
    if (status == QLatin1String("accepted"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "Charity &accepted");
    if (status == QLatin1String("helping"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "Charity is &helping");
    if (status == QLatin1String("completed"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Completed…");
    if (status == QLatin1String("declined"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Declined");
    if (status == QLatin1String("returned"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Returned");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "Ca&ncel referral");
    if (status == QLatin1String("application_assisted"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Application assisted");
    if (status == QLatin1String("approved"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "A&pproved");
    if (status == QLatin1String("not_eligible"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Not eligible");
    if (status == QLatin1String("withdrawn"))
        return QCoreApplication::translate("xianjie::ReferralDialog", "&Withdrawn");
    return status;
}
} // namespace

ReferralDialog::ReferralDialog(Casebook &casebook, const QString &referralId, QWidget *parent)
    : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("referralDialog"));
    m_referral.id = referralId;
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_shared = new QLabel(this);
    m_shared->setWordWrap(true);
    layout->addWidget(m_shared);
    m_events = new QTableWidget(0, 4, this);
    m_events->setObjectName(QStringLiteral("referralEvents"));
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("By"), tr("Note")});
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_events, 1);
    m_moves = new QHBoxLayout;
    layout->addLayout(m_moves);
    m_error = FormParts::errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_letter = buttons->addButton(tr("Save &letter (PDF)…"), QDialogButtonBox::ActionRole);
    m_packet = buttons->addButton(tr("Save &packet…"), QDialogButtonBox::ActionRole);
    m_link = buttons->addButton(tr("&Link to household"), QDialogButtonBox::ActionRole);
    m_link->setObjectName(QStringLiteral("linkLeadButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_letter, &QPushButton::clicked, this, &ReferralDialog::saveLetter);
    connect(m_packet, &QPushButton::clicked, this, &ReferralDialog::savePacket);
    connect(m_link, &QPushButton::clicked, this, &ReferralDialog::linkLead);
    resize(760, 520);
    reload();
}

void ReferralDialog::reload()
{
    ReferralRepository referrals(m_casebook);
    auto r = referrals.referral(m_referral.id);
    if (!r) {
        m_summary->setText(r.message());
        return;
    }
    m_referral = *r;
    setWindowTitle(tr("Referral %1").arg(m_referral.number));
    QStringList lines;
    if (m_referral.toCharity()) {
        auto household = HouseholdRepository(m_casebook).describeHousehold(m_referral.householdId);
        lines << tr("To %1%2 for %3 help; household: %4.")
                     .arg(m_referral.orgName,
                          m_referral.projectName.isEmpty() ? QString() : tr(" (%1)").arg(m_referral.projectName),
                          Labels::label(Labels::needTypes(), m_referral.needType), household ? *household : QString());
        if (m_referral.sentOn.isValid())
            lines << tr("Sent on %1; answer due by %2.")
                         .arg(Labels::date(m_referral.sentOn), Labels::date(m_referral.dueOn));
        if (referrals.isOverdue(m_referral))
            lines << tr("Overdue: the charity has not answered in time. Call them.");
        if (m_referral.status == QLatin1String("completed"))
            lines << tr("Outcome: %1%2.")
                         .arg(Labels::label(Labels::outcomeForms(), m_referral.outcomeForm),
                              m_referral.outcomeFen >= 0
                                  ? tr(", %1 yuan").arg(QLocale().toString(m_referral.outcomeFen / 100.0, 'f', 2))
                                  : QString());
    } else {
        lines << tr("Lead from %1 about %2 (%3), reported on %4.")
                     .arg(m_referral.orgName, Validation::maskName(m_referral.leadName),
                          m_referral.leadProgramme.isEmpty() ? tr("programme not named") : m_referral.leadProgramme,
                          Labels::date(m_referral.reportedOn));
        lines << tr("Situation: %1").arg(m_referral.leadSituation);
        lines << (m_referral.householdId.isEmpty() ? tr("Not yet linked to a registered household.")
                                                   : tr("Linked to a registered household."));
    }
    lines << tr("Status: %1").arg(statusLabel(m_referral, m_referral.status));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    if (auto shared = referrals.shared(m_referral.id); shared && !shared->isEmpty()) {
        QStringList items;
        for (const SharedItem &s : *shared) {
            const QString label = Labels::label(Labels::consentItems(), s.item);
            if (!items.contains(label))
                items << label;
        }
        m_shared->setText(tr("Disclosed under consent: %1.").arg(items.join(tr(", "))) +
                          (shared->first().purgedOn.isValid()
                               ? tr(" The copies were deleted on %1 when the retention period ended.")
                                     .arg(Labels::date(shared->first().purgedOn))
                               : QString()));
    } else {
        m_shared->setText(m_referral.toCharity() ? tr("Nothing disclosed.") : QString());
    }

    auto events = referrals.events(m_referral.id);
    const QList<ReferralEvent> list = events ? *events : QList<ReferralEvent>();
    m_events->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ReferralEvent &e = list.at(i);
        m_events->setItem(i, 0, new QTableWidgetItem(Labels::date(e.on)));
        m_events->setItem(i, 1, new QTableWidgetItem(statusLabel(m_referral, e.toStatus)));
        m_events->setItem(i, 2, new QTableWidgetItem(e.userName));
        m_events->setItem(i, 3, new QTableWidgetItem(e.note));
    }
    m_events->resizeColumnsToContents();

    // The buttons are rebuilt after a move that one of them started: delete them later, not under its click.
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const QString &to : ReferralStates::nextStatuses(m_referral.direction, m_referral.status)) {
        if (to == QLatin1String("sent") || to == QLatin1String("consent_withdrawn"))
            continue;
        auto *b = new QPushButton(moveLabel(to), this);
        b->setObjectName(QStringLiteral("move_%1").arg(to));
        m_moves->addWidget(b);
        if (to == QLatin1String("completed"))
            connect(b, &QPushButton::clicked, this, &ReferralDialog::askComplete);
        else
            connect(b, &QPushButton::clicked, this, [this, to] { moveTo(to); });
    }
    m_moves->addStretch(1);
    static const QStringList live = {QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("helping"),
                                     QStringLiteral("completed")};
    // Not isVisible(): before the dialog is shown every child reads as hidden.
    const bool documents = m_referral.toCharity() && live.contains(m_referral.status);
    m_letter->setVisible(documents);
    m_packet->setVisible(documents);
    m_link->setVisible(!m_referral.toCharity() && m_referral.householdId.isEmpty() &&
                       !m_referral.leadIdNumber.isEmpty());
}

bool ReferralDialog::moveTo(const QString &status)
{
    QString note;
    if (status == QLatin1String("declined") || status == QLatin1String("returned") ||
        status == QLatin1String("cancelled") || status == QLatin1String("not_eligible")) {
        bool ok = false;
        note = QInputDialog::getText(this, moveLabel(status).remove(QLatin1Char('&')), tr("Reason:"), QLineEdit::Normal,
                                     QString(), &ok);
        if (!ok)
            return false;
    }
    auto r = ReferralRepository(m_casebook).move(m_referral.id, status, note);
    if (!r) {
        FormParts::showError(m_error, r.message());
        return false;
    }
    m_error->hide();
    reload();
    emit changed();
    return true;
}

bool ReferralDialog::complete(const QString &form, qint64 amountFen, bool needFullyMet, const QString &note)
{
    auto r = ReferralRepository(m_casebook).complete(m_referral.id, form, amountFen, note, needFullyMet);
    if (!r) {
        FormParts::showError(m_error, r.message());
        return false;
    }
    m_error->hide();
    reload();
    emit changed();
    return true;
}

void ReferralDialog::askComplete()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("What did the charity give?"));
    auto *form = new QFormLayout(&ask);
    auto *kind = new QComboBox(&ask);
    for (const auto &e : Labels::outcomeForms())
        kind->addItem(e.second, e.first);
    form->addRow(tr("&Form:"), kind);
    auto *amount = new QLineEdit(&ask);
    amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,8}(\\.[0-9]{0,2})?$")), amount));
    amount->setPlaceholderText(tr("yuan; leave empty for material help or services"));
    form->addRow(tr("&Amount:"), amount);
    auto *met = new QCheckBox(tr("The need is fully met"), &ask);
    met->setChecked(true);
    form->addRow(met);
    auto *note = new QLineEdit(&ask);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    complete(kind->currentData().toString(),
             amount->text().trimmed().isEmpty() ? -1 : qRound64(amount->text().toDouble() * 100.0), met->isChecked(),
             note->text());
}

void ReferralDialog::saveLetter()
{
    auto html = ReferralDocuments(m_casebook).letterHtml(m_referral.id);
    if (!html)
        return FormParts::showError(m_error, html.message());
    const QString path =
        FormParts::askSavePath(this, tr("Save the referral letter"),
                               tr("Referral %1 letter.pdf").arg(m_referral.number), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto w = PdfDocument::write(*html, path, tr("Referral letter %1").arg(m_referral.number)); !w)
        FormParts::showError(m_error, w.message());
}

void ReferralDialog::savePacket()
{
    auto packet = ReferralDocuments(m_casebook).packetJson(m_referral.id);
    if (!packet)
        return FormParts::showError(m_error, packet.message());
    const QString path =
        FormParts::askSavePath(this, tr("Save the referral packet"),
                               tr("Referral %1 packet.json").arg(m_referral.number), tr("Referral packets (*.json)"));
    if (path.isEmpty())
        return;
    if (auto w = FormParts::writeFile(path, *packet); !w)
        FormParts::showError(m_error, w.message());
}

void ReferralDialog::linkLead()
{
    ReferralRepository referrals(m_casebook);
    auto household = referrals.householdOfLead(m_referral.id);
    if (!household || household->isEmpty()) {
        FormParts::showError(
            m_error, household ? tr("No one with the lead's ID number is registered yet. Register the household "
                                    "first.")
                               : household.message());
        return;
    }
    if (auto r = referrals.linkLead(m_referral.id, *household); !r) {
        FormParts::showError(m_error, r.message());
        return;
    }
    reload();
    emit changed();
}

} // namespace xianjie
