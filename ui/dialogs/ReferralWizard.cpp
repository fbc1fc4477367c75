#include "ReferralWizard.h"

#include "dialogs/ConsentDialog.h"
#include "dialogs/NeedDialog.h"
#include "print/PdfDocument.h"
#include "report/ReferralDocuments.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/ConsentRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "widgets/FormParts.h"
#include "widgets/WizardPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>
#include <functional>

namespace xianjie {

ReferralWizard::ReferralWizard(Casebook &casebook, const QString &householdId, const QString &needId, QWidget *parent)
    : QWizard(parent), m_casebook(casebook), m_householdId(householdId)
{
    setObjectName(QStringLiteral("referralWizard"));
    setWindowTitle(tr("Refer to a charity"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(860, 560);

    // 1. The need.
    auto *needPage = new WizardPage(tr("Which need?"), tr("Choose the open need the charity should help with."),
                                    [this] { return !selectedNeed().isEmpty(); });
    auto *needLayout = new QVBoxLayout(needPage);
    m_needs = FormParts::listTable({tr("Kind"), tr("Whose"), tr("Urgency"), tr("Since"), tr("Description")},
                                   QStringLiteral("wizardNeedTable"), needPage);
    needLayout->addWidget(m_needs);
    auto *addNeed = new QPushButton(tr("&Record a new need…"), needPage);
    addNeed->setObjectName(QStringLiteral("wizardAddNeedButton"));
    needLayout->addWidget(addNeed, 0, Qt::AlignLeft);
    connect(m_needs, &QTableWidget::itemSelectionChanged, needPage, &WizardPage::changed);
    connect(addNeed, &QPushButton::clicked, this, [this] {
        NeedDialog dialog(m_casebook, m_householdId, this);
        if (dialog.exec() == QDialog::Accepted)
            fillNeeds(dialog.needId());
    });
    setPage(NeedPage, needPage);

    // 2. The project.
    auto *projectPage =
        new WizardPage(tr("Which project?"),
                       tr("Projects of the charity directory that fit this need, best first, with the "
                          "reasons. Help the household already receives for the same need ranks a project "
                          "down."),
                       [this] { return selectedMatch() != nullptr; });
    auto *projectLayout = new QVBoxLayout(projectPage);
    m_projects = FormParts::listTable({tr("Project"), tr("Organisation"), tr("Why it fits")},
                                      QStringLiteral("wizardProjectTable"), projectPage);
    projectLayout->addWidget(m_projects);
    m_projectHint = new QLabel(projectPage);
    m_projectHint->setWordWrap(true);
    projectLayout->addWidget(m_projectHint);
    connect(m_projects, &QTableWidget::itemSelectionChanged, projectPage, &WizardPage::changed);
    setPage(ProjectPage, projectPage);

    // 3. The consent.
    auto *consentPage = new WizardPage(tr("Consent"),
                                       tr("The station may give a household's information to a charity only with the "
                                          "person's consent for that charity and that purpose."),
                                       [this] { return m_consentOk; });
    auto *consentLayout = new QVBoxLayout(consentPage);
    m_consentStatus = new QLabel(consentPage);
    m_consentStatus->setObjectName(QStringLiteral("consentStatusLabel"));
    m_consentStatus->setWordWrap(true);
    consentLayout->addWidget(m_consentStatus);
    m_recordConsent = new QPushButton(tr("Record the &consent now…"), consentPage);
    m_recordConsent->setObjectName(QStringLiteral("wizardRecordConsentButton"));
    consentLayout->addWidget(m_recordConsent, 0, Qt::AlignLeft);
    consentLayout->addStretch(1);
    connect(m_recordConsent, &QPushButton::clicked, this, [this, consentPage] {
        const ProjectMatch *m = selectedMatch();
        auto need = NeedRepository(m_casebook).need(selectedNeed());
        if (!m || !need)
            return;
        ConsentDialog dialog(m_casebook, m_householdId, this);
        dialog.preset(m->project.orgId, QString(), need->needType, need->personId);
        if (dialog.exec() == QDialog::Accepted) {
            checkConsent();
            consentPage->changed();
        }
    });
    setPage(ConsentPage, consentPage);

    // 4. What leaves the station.
    auto *previewPage =
        new WizardPage(tr("What the charity will receive"),
                       tr("Only items a consent covers are listed. The usual minimum for this kind of need "
                          "is ticked; untick what the charity does not need."),
                       [] { return true; });
    previewPage->setCommitPage(true);
    // The app does not send anything itself: it records the referral as sent and writes the letter and packet.
    previewPage->setButtonText(QWizard::CommitButton, tr("&Record as sent and write the letter"));
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_preview = FormParts::listTable({tr("Share"), tr("Person"), tr("Item"), tr("Value")},
                                     QStringLiteral("wizardPreviewTable"), previewPage);
    previewLayout->addWidget(m_preview);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Save the letter and packet in:"), previewPage));
    m_folder = new QLineEdit(previewPage);
    m_folder->setObjectName(QStringLiteral("outputFolderEdit"));
    m_folder->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Xianjie")));
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), previewPage);
    folderRow->addWidget(browse);
    previewLayout->addLayout(folderRow);
    m_previewError = FormParts::errorLabel(previewPage);
    previewLayout->addWidget(m_previewError);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to save the letter"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    setPage(PreviewPage, previewPage);

    // 5. Sent.
    auto *donePage = new WizardPage(tr("Letter written"), QString(), [] { return true; });
    auto *doneLayout = new QVBoxLayout(donePage);
    m_done = new QLabel(donePage);
    m_done->setObjectName(QStringLiteral("doneLabel"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_done);
    // The next step is the worker's: print the letter or take the files to the charity.
    auto *openRow = new QHBoxLayout;
    auto *openLetter = new QPushButton(tr("Open the &letter"), donePage);
    openLetter->setObjectName(QStringLiteral("openLetterButton"));
    auto *openFolder = new QPushButton(tr("Open the &folder"), donePage);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    openRow->addWidget(openLetter);
    openRow->addWidget(openFolder);
    openRow->addStretch(1);
    doneLayout->addLayout(openRow);
    connect(openLetter, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_letterPath)); });
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_letterPath).absolutePath())); });
    doneLayout->addStretch(1);
    setPage(DonePage, donePage);

    fillNeeds(needId);
}

QString ReferralWizard::selectedNeed() const
{
    const auto rows = m_needs->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_needs->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

const ProjectMatch *ReferralWizard::selectedMatch() const
{
    const auto rows = m_projects->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_matches.at(rows.first().row());
}

void ReferralWizard::fillNeeds(const QString &select)
{
    QHash<QString, QString> names;
    if (auto members = HouseholdRepository(m_casebook).members(m_householdId))
        for (const Person &p : *members)
            names.insert(p.id, p.name);
    auto needs = NeedRepository(m_casebook).needs(m_householdId);
    QList<Need> open;
    if (needs)
        for (const Need &n : *needs)
            if (n.isOpen())
                open << n;
    m_needs->setRowCount(int(open.size()));
    for (int r = 0; r < open.size(); ++r) {
        const Need &n = open.at(r);
        auto *kind = new QTableWidgetItem(Labels::label(Labels::needTypes(), n.needType));
        kind->setData(Qt::UserRole, n.id);
        m_needs->setItem(r, 0, kind);
        m_needs->setItem(r, 1, new QTableWidgetItem(n.personId.isEmpty() ? tr("Household") : names.value(n.personId)));
        m_needs->setItem(r, 2, new QTableWidgetItem(Labels::label(Labels::urgencies(), n.urgency)));
        m_needs->setItem(r, 3, new QTableWidgetItem(Labels::date(n.identifiedOn)));
        m_needs->setItem(r, 4, new QTableWidgetItem(n.description));
        if (n.id == select || (select.isEmpty() && r == 0))
            m_needs->selectRow(r);
    }
    m_needs->resizeColumnsToContents();
}

void ReferralWizard::checkConsent()
{
    const ProjectMatch *m = selectedMatch();
    auto need = NeedRepository(m_casebook).need(selectedNeed());
    m_consentOk = false;
    if (!m || !need)
        return;
    auto usable =
        ConsentRepository(m_casebook)
            .usable(m_householdId, m->project.orgId, m->project.id, need->needType, m_casebook.clock().today());
    const QString purpose = Labels::label(Labels::needTypes(), need->needType);
    if (!usable || usable->isEmpty()) {
        m_consentStatus->setText(tr("No consent on record lets the station share this household's information with "
                                    "%1 for %2 help. Ask the person; if they agree, print the form, have it signed "
                                    "and record the consent now.")
                                     .arg(m->project.orgName, purpose));
        m_recordConsent->setVisible(true);
        return;
    }
    QStringList lines;
    for (const Consent &c : *usable) {
        QStringList items;
        for (const QString &i : c.items)
            items << Labels::label(Labels::consentItems(), i);
        lines << tr("Consent given by %1 on %2, valid until %3, covering %n person(s): %4.", nullptr,
                    int(c.members.size()))
                     .arg(c.consenterName, Labels::date(c.grantedOn), Labels::date(c.expiresOn), items.join(tr(", ")));
    }
    m_consentStatus->setText(tr("The station may share with %1 for %2 help:").arg(m->project.orgName, purpose) +
                             QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_recordConsent->setVisible(true);
    m_recordConsent->setText(tr("Record another &consent…"));
    m_consentOk = true;
}

void ReferralWizard::initializePage(int id)
{
    if (id == ProjectPage) {
        auto matches = ReferralRepository(m_casebook).matches(selectedNeed());
        m_matches = matches ? *matches : QList<ProjectMatch>();
        m_projects->setRowCount(int(m_matches.size()));
        for (int r = 0; r < m_matches.size(); ++r) {
            const ProjectMatch &m = m_matches.at(r);
            m_projects->setItem(r, 0, new QTableWidgetItem(m.project.name));
            m_projects->setItem(r, 1, new QTableWidgetItem(m.project.orgName));
            m_projects->setItem(r, 2, new QTableWidgetItem(m.reasons.join(QLatin1Char('\n'))));
        }
        m_projects->resizeColumnsToContents();
        m_projects->resizeRowsToContents();
        if (!m_matches.isEmpty())
            m_projects->selectRow(0);
        m_projectHint->setText(m_matches.isEmpty()
                                   ? (matches ? tr("No project in the charity directory fits this need. Add the "
                                                   "charities and projects of your area to the directory.")
                                              : matches.message())
                                   : QString());
    } else if (id == ConsentPage) {
        checkConsent();
    } else if (id == PreviewPage) {
        m_previewError->hide();
        auto available = ReferralRepository(m_casebook).available(m_referralId);
        m_available = available ? *available : QList<SharedItem>();
        auto need = NeedRepository(m_casebook).need(selectedNeed());
        const QStringList minimum = ReferralRepository::minimumItems(need ? need->needType : QString());
        QString person = need ? need->personId : QString();
        m_preview->setRowCount(int(m_available.size()));
        for (int r = 0; r < m_available.size(); ++r) {
            const SharedItem &s = m_available.at(r);
            // By default: the minimum items of the person the need is about (or every covered person).
            const bool tick = minimum.contains(s.item) && (person.isEmpty() || s.personId == person);
            auto *share = new QTableWidgetItem;
            share->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            share->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
            m_preview->setItem(r, 0, share);
            m_preview->setItem(r, 1, new QTableWidgetItem(s.personName));
            m_preview->setItem(r, 2,
                               new QTableWidgetItem(
                                   s.sensitive ? tr("%1 (sensitive)").arg(Labels::label(Labels::consentItems(), s.item))
                                               : Labels::label(Labels::consentItems(), s.item)));
            m_preview->setItem(r, 3, new QTableWidgetItem(s.value));
        }
        m_preview->resizeColumnsToContents();
        if (!available) {
            FormParts::showError(m_previewError, available.message());
        }
    } else if (id == DonePage) {
        auto r = ReferralRepository(m_casebook).referral(m_referralId);
        m_done->setText(tr("Referral %1 to %2 is recorded as sent; the charity is asked to answer by %3.\n\nNothing "
                           "has left the station yet. The letter and the packet were written to:\nLetter: %4\n"
                           "Packet: %5\n\nPrint the letter or give both files to the charity. Follow the referral "
                           "in the Referrals tab.")
                            .arg(r ? r->number : QString(), r ? r->orgName : QString(),
                                 r ? Labels::date(r->dueOn) : QString(), QDir::toNativeSeparators(m_letterPath),
                                 QDir::toNativeSeparators(m_packetPath)));
    }
}

bool ReferralWizard::validateCurrentPage()
{
    if (currentId() == ConsentPage && m_referralId.isEmpty()) {
        const ProjectMatch *m = selectedMatch();
        Referral draft;
        draft.needId = selectedNeed();
        draft.orgId = m ? m->project.orgId : QString();
        draft.projectId = m ? m->project.id : QString();
        auto id = ReferralRepository(m_casebook).createDraft(draft);
        if (!id) {
            m_consentStatus->setText(id.message());
            m_consentOk = false;
            return false;
        }
        m_referralId = *id;
    }
    if (currentId() == PreviewPage) {
        QList<ReferralRepository::ItemChoice> chosen;
        for (int r = 0; r < m_available.size(); ++r)
            if (m_preview->item(r, 0)->checkState() == Qt::Checked)
                chosen << qMakePair(m_available.at(r).personId, m_available.at(r).item);
        auto fail = [this](const QString &message) {
            FormParts::showError(m_previewError, message);
            return false;
        };
        const QString folder = m_folder->text().trimmed();
        if (folder.isEmpty() || !QDir().mkpath(folder))
            return fail(tr("Choose a folder where the letter can be saved."));
        ReferralRepository referrals(m_casebook);
        // A second try after the letter could not be written must not send again.
        if (referrals.referral(m_referralId)->status == QLatin1String("draft"))
            if (auto sent = referrals.send(m_referralId, chosen); !sent)
                return fail(sent.message());
        const QString number = referrals.referral(m_referralId)->number;
        ReferralDocuments documents(m_casebook);
        auto html = documents.letterHtml(m_referralId);
        if (!html)
            return fail(html.message());
        m_letterPath = QDir(folder).filePath(tr("Referral %1 letter.pdf").arg(number));
        if (auto w = PdfDocument::write(*html, m_letterPath, tr("Referral letter %1").arg(number)); !w)
            return fail(w.message());
        auto packet = documents.packetJson(m_referralId);
        if (!packet)
            return fail(packet.message());
        m_packetPath = QDir(folder).filePath(tr("Referral %1 packet.json").arg(number));
        if (auto w = FormParts::writeFile(m_packetPath, *packet); !w)
            return fail(w.message());
    }
    return QWizard::validateCurrentPage();
}

} // namespace xianjie
