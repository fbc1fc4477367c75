#include "CaseworkTabs.h"

#include "dialogs/ConsentDialog.h"
#include "dialogs/NeedDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralWizard.h"
#include "print/PdfDocument.h"
#include "report/ReferralDocuments.h"
#include "rules/Labels.h"
#include "rules/Masking.h"
#include "rules/ReferralStates.h"
#include "storage/Casebook.h"
#include "storage/ConsentRepository.h"
#include "storage/ConsentWithdrawal.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "widgets/FormParts.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QWidget *page(QTableWidget *&table, const QList<QPushButton *> &buttons, QWidget *pageWidget)
{
    auto *layout = new QVBoxLayout(pageWidget);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *b : buttons)
        row->addWidget(b);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return pageWidget;
}

QTableWidgetItem *cell(const QString &text, const QString &id = {})
{
    auto *item = new QTableWidgetItem(text);
    if (!id.isEmpty())
        item->setData(Qt::UserRole, id);
    return item;
}
} // namespace

CaseworkTabs::CaseworkTabs(Casebook &casebook, QWidget *parent)
    : QObject(parent), m_casebook(casebook), m_parent(parent)
{
    m_needsPage = new QWidget(parent);
    m_needsPage->setObjectName(QStringLiteral("needsPage"));
    m_needs =
        FormParts::listTable({tr("Kind"), tr("Whose"), tr("Description"), tr("Urgency"), tr("Status"), tr("Since")},
                             QStringLiteral("needTable"), m_needsPage);
    m_addNeed = button(tr("Record a &need…"), QStringLiteral("addNeedButton"), m_needsPage);
    m_refer = button(tr("&Refer to a charity…"), QStringLiteral("referButton"), m_needsPage);
    m_needMet = button(tr("Need &met"), QStringLiteral("needMetButton"), m_needsPage);
    page(m_needs, {m_refer, m_needMet, m_addNeed}, m_needsPage);

    m_consentsPage = new QWidget(parent);
    m_consentsPage->setObjectName(QStringLiteral("consentsPage"));
    m_consents = FormParts::listTable(
        {tr("Recipient"), tr("Purpose"), tr("Given by"), tr("Items"), tr("Given on"), tr("Valid until"), tr("Status")},
        QStringLiteral("consentTable"), m_consentsPage);
    m_recordConsent = button(tr("Record &consent…"), QStringLiteral("recordConsentButton"), m_consentsPage);
    m_withdraw = button(tr("&Withdraw…"), QStringLiteral("withdrawConsentButton"), m_consentsPage);
    m_withdraw->setToolTip(tr("The person withdraws their consent. Open referrals that relied on it stop; the "
                              "charity must be told (save the recall notice)."));
    m_attach = button(tr("&Attach signed form…"), QStringLiteral("attachScanButton"), m_consentsPage);
    m_recall = button(tr("Recall &notice…"), QStringLiteral("recallNoticeButton"), m_consentsPage);
    m_saveScan = button(tr("Signed &form…"), QStringLiteral("saveScanButton"), m_consentsPage);
    m_saveScan->setToolTip(tr("Saves a copy of the signed consent form attached to this consent."));
    page(m_consents, {m_attach, m_saveScan, m_withdraw, m_recall, m_recordConsent}, m_consentsPage);

    m_referralsPage = new QWidget(parent);
    m_referralsPage->setObjectName(QStringLiteral("referralsPage"));
    m_referrals = FormParts::listTable(
        {tr("No."), tr("Direction"), tr("Organisation"), tr("Need"), tr("Status"), tr("Sent"), tr("Answer due")},
        QStringLiteral("householdReferralTable"), m_referralsPage);
    m_openReferral = button(tr("&Open…"), QStringLiteral("openReferralButton"), m_referralsPage);
    page(m_referrals, {m_openReferral}, m_referralsPage);

    connect(m_addNeed, &QPushButton::clicked, this, &CaseworkTabs::addNeed);
    connect(m_refer, &QPushButton::clicked, this, &CaseworkTabs::refer);
    connect(m_needMet, &QPushButton::clicked, this, &CaseworkTabs::markNeedMet);
    connect(m_recordConsent, &QPushButton::clicked, this, &CaseworkTabs::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &CaseworkTabs::withdrawConsent);
    connect(m_attach, &QPushButton::clicked, this, &CaseworkTabs::attachScan);
    connect(m_saveScan, &QPushButton::clicked, this, &CaseworkTabs::saveScan);
    connect(m_recall, &QPushButton::clicked, this, &CaseworkTabs::saveRecallNotice);
    connect(m_openReferral, &QPushButton::clicked, this, &CaseworkTabs::openReferral);
    connect(m_referrals, &QTableWidget::cellDoubleClicked, this, &CaseworkTabs::openReferral);
    for (QTableWidget *t : {m_needs, m_consents, m_referrals})
        connect(t, &QTableWidget::itemSelectionChanged, this, &CaseworkTabs::updateActions);
}

QString CaseworkTabs::selected(QTableWidget *t) const
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : t->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void CaseworkTabs::showHousehold(const QString &householdId, bool open)
{
    m_householdId = householdId;
    m_open = open;
    reload();
}

void CaseworkTabs::reload()
{
    // Members by name as the members table shows them: a child's name masked (Masking), here as everywhere.
    const QDate today = m_casebook.clock().today();
    QHash<QString, QString> names;
    if (!m_householdId.isEmpty())
        if (auto members = HouseholdRepository(m_casebook).members(m_householdId))
            for (const Person &p : *members)
                names.insert(p.id, Masking::name(p, today, false));

    ReferralRepository referrals(m_casebook);
    ReferralRepository::Filter filter;
    filter.householdId = m_householdId;
    auto list = m_householdId.isEmpty() ? Result<QList<Referral>>(QList<Referral>()) : referrals.referrals(filter);
    const QList<Referral> referralList = list ? *list : QList<Referral>();
    // An open need with a referral under way says so, with the referral's number and where it stands.
    QHash<QString, QString> referredNeeds;
    for (const Referral &x : referralList)
        if (x.toCharity() && !x.needId.isEmpty() && ReferralStates::isOpen(x.status))
            referredNeeds.insert(
                x.needId, tr("Referred (%1, %2)").arg(x.number, Labels::label(Labels::referralStatuses(), x.status)));

    auto needs =
        m_householdId.isEmpty() ? Result<QList<Need>>(QList<Need>()) : NeedRepository(m_casebook).needs(m_householdId);
    const QList<Need> needList = needs ? *needs : QList<Need>();
    m_needs->setRowCount(int(needList.size()));
    for (int r = 0; r < needList.size(); ++r) {
        const Need &n = needList.at(r);
        m_needs->setItem(r, 0, cell(Labels::label(Labels::needTypes(), n.needType), n.id));
        m_needs->setItem(r, 1, cell(n.personId.isEmpty() ? tr("Household") : names.value(n.personId)));
        m_needs->setItem(r, 2, cell(n.description));
        m_needs->setItem(r, 3, cell(Labels::label(Labels::urgencies(), n.urgency)));
        m_needs->setItem(r, 4,
                         cell(n.isOpen() && referredNeeds.contains(n.id)
                                  ? referredNeeds.value(n.id)
                                  : Labels::label(Labels::needStatuses(), n.status)));
        m_needs->setItem(r, 5, cell(Labels::date(n.identifiedOn)));
        m_needs->item(r, 0)->setData(Qt::UserRole + 1, n.isOpen());
    }
    FormParts::fitColumns(m_needs, {1, 2}); // whose, description

    auto consents = m_householdId.isEmpty() ? Result<QList<Consent>>(QList<Consent>())
                                            : ConsentRepository(m_casebook).consents(m_householdId);
    const QList<Consent> consentList = consents ? *consents : QList<Consent>();
    m_consents->setRowCount(int(consentList.size()));
    for (int r = 0; r < consentList.size(); ++r) {
        const Consent &c = consentList.at(r);
        QStringList items;
        for (const QString &i : c.items)
            items << Labels::label(Labels::consentItems(), i);
        QString status = c.isWithdrawn()       ? tr("Withdrawn on %1").arg(Labels::date(c.withdrawnOn))
                         : c.expiresOn < today ? tr("Expired")
                                               : tr("Valid");
        if (c.attachments > 0)
            status += tr(" · signed form attached");
        m_consents->setItem(
            r, 0, cell(c.projectName.isEmpty() ? c.orgName : tr("%1 — %2").arg(c.orgName, c.projectName), c.id));
        m_consents->setItem(r, 1, cell(Labels::label(Labels::needTypes(), c.purpose)));
        m_consents->setItem(r, 2, cell(c.consenterName));
        m_consents->setItem(r, 3, cell(items.join(tr(", "))));
        m_consents->setItem(r, 4, cell(Labels::date(c.grantedOn)));
        m_consents->setItem(r, 5, cell(Labels::date(c.expiresOn)));
        m_consents->setItem(r, 6, cell(status));
        m_consents->item(r, 0)->setData(Qt::UserRole + 1, c.isWithdrawn());
        m_consents->item(r, 0)->setData(Qt::UserRole + 2, c.attachments);
    }
    FormParts::fitColumns(m_consents, {0, 3, 6}); // recipient, items, status

    m_referrals->setRowCount(int(referralList.size()));
    for (int r = 0; r < referralList.size(); ++r) {
        const Referral &x = referralList.at(r);
        m_referrals->setItem(r, 0, cell(x.number, x.id));
        m_referrals->setItem(r, 1, cell(x.toCharity() ? tr("To a charity") : tr("From a charity")));
        m_referrals->setItem(r, 2,
                             cell(x.projectName.isEmpty() ? x.orgName : tr("%1 — %2").arg(x.orgName, x.projectName)));
        m_referrals->setItem(r, 3, cell(Labels::label(Labels::needTypes(), x.needType)));
        QString status = Labels::label(x.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses(), x.status);
        if (referrals.isOverdue(x))
            status = tr("%1 (overdue)").arg(status);
        m_referrals->setItem(r, 4, cell(status));
        m_referrals->setItem(r, 5, cell(Labels::date(x.sentOn)));
        m_referrals->setItem(r, 6, cell(Labels::date(x.dueOn)));
    }
    FormParts::fitColumns(m_referrals, {2}); // organisation — project
    updateActions();
}

void CaseworkTabs::updateActions()
{
    const bool has = !m_householdId.isEmpty() && m_open;
    m_addNeed->setEnabled(has);
    m_recordConsent->setEnabled(has);
    const QString need = selected(m_needs);
    const auto needRows = m_needs->selectionModel()->selectedRows();
    const bool needOpen =
        !needRows.isEmpty() && m_needs->item(needRows.first().row(), 0)->data(Qt::UserRole + 1).toBool();
    m_refer->setEnabled(has);
    m_needMet->setEnabled(has && needOpen);
    const auto consentRows = m_consents->selectionModel()->selectedRows();
    const bool withdrawn =
        !consentRows.isEmpty() && m_consents->item(consentRows.first().row(), 0)->data(Qt::UserRole + 1).toBool();
    m_withdraw->setEnabled(!consentRows.isEmpty() && !withdrawn); // always available, even for a closed household
    m_recall->setEnabled(withdrawn);
    m_attach->setEnabled(!consentRows.isEmpty());
    m_saveScan->setEnabled(!consentRows.isEmpty() &&
                           m_consents->item(consentRows.first().row(), 0)->data(Qt::UserRole + 2).toInt() > 0);
    m_openReferral->setEnabled(!selected(m_referrals).isEmpty());
}

void CaseworkTabs::addNeed()
{
    NeedDialog dialog(m_casebook, m_householdId, m_parent);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void CaseworkTabs::refer()
{
    ReferralWizard wizard(m_casebook, m_householdId, selected(m_needs), m_parent);
    wizard.exec();
    reload();
    emit changed();
}

void CaseworkTabs::markNeedMet()
{
    if (auto r = NeedRepository(m_casebook).setStatus(selected(m_needs), QStringLiteral("met")); !r)
        QMessageBox::warning(m_parent, tr("Not saved"), r.message());
    reload();
    emit changed();
}

void CaseworkTabs::recordConsent()
{
    ConsentDialog dialog(m_casebook, m_householdId, m_parent);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void CaseworkTabs::withdrawConsent()
{
    const QString id = selected(m_consents);
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString how = QInputDialog::getText(m_parent, tr("Withdraw consent"),
                                              tr("How did the person withdraw it (in person, by phone, in writing)?"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto numbers = ConsentWithdrawal(m_casebook).withdraw(id, how);
    if (!numbers) {
        QMessageBox::warning(m_parent, tr("Not withdrawn"), numbers.message());
        return;
    }
    reload();
    emit changed();
    QMessageBox::information(m_parent, tr("Consent withdrawn"),
                             numbers->isEmpty()
                                 ? tr("The consent is withdrawn. No open referral relied on it.")
                                 : tr("The consent is withdrawn. These referrals were stopped: %1. Save the recall "
                                      "notice and give it to the charity.")
                                       .arg(numbers->join(tr(", "))));
}

void CaseworkTabs::attachScan()
{
    const QString id = selected(m_consents);
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Attach the signed consent form"), QString(),
                                                      tr("Scans and photos (*.pdf *.jpg *.jpeg *.png)"));
    if (id.isEmpty() || path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_parent, tr("Not attached"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (auto r = ConsentRepository(m_casebook).attach(id, path, file.readAll()); !r) {
        QMessageBox::warning(m_parent, tr("Not attached"), r.message());
        return;
    }
    reload();
}

void CaseworkTabs::saveScan()
{
    ConsentRepository consents(m_casebook);
    auto files = consents.attachments(selected(m_consents));
    if (!files || files->isEmpty())
        return;
    const Attachment &newest = files->last();
    auto content = consents.attachmentContent(newest.id);
    if (!content) {
        QMessageBox::warning(m_parent, tr("Signed form"), content.message());
        return;
    }
    const QString suffix = QFileInfo(newest.fileName).suffix();
    const QString path = FormParts::askSavePath(m_parent, tr("Save a copy of the signed form"), newest.fileName,
                                                suffix.isEmpty() ? QString() : QStringLiteral("*.%1").arg(suffix));
    if (path.isEmpty())
        return;
    if (auto w = FormParts::writeFile(path, *content); !w)
        QMessageBox::warning(m_parent, tr("Signed form"), w.message());
}

void CaseworkTabs::saveRecallNotice()
{
    const QString id = selected(m_consents);
    auto html = ReferralDocuments(m_casebook).recallNoticeHtml(id);
    if (!html) {
        QMessageBox::warning(m_parent, tr("No recall notice"), html.message());
        return;
    }
    const QString path = FormParts::askSavePath(m_parent, tr("Save the recall notice"), tr("recall-notice.pdf"),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = PdfDocument::write(*html, path, tr("Notice of withdrawn consent")); !r) {
        QMessageBox::warning(m_parent, tr("Not saved"), r.message());
        return;
    }
    bool ok = false;
    if (QMessageBox::question(m_parent, tr("Recall notice"), tr("Has the charity been told today?")) ==
        QMessageBox::Yes)
        ok = ConsentRepository(m_casebook).markRecipientTold(id, m_casebook.clock().today()).ok();
    if (ok)
        reload();
}

void CaseworkTabs::openReferral()
{
    const QString id = selected(m_referrals);
    if (id.isEmpty())
        return;
    ReferralDialog dialog(m_casebook, id, m_parent);
    connect(&dialog, &ReferralDialog::changed, this, &CaseworkTabs::changed);
    dialog.exec();
    reload();
}

} // namespace xianjie
