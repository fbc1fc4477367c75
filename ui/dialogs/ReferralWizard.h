#pragma once

#include "model/Referral.h"
#include "rules/Matching.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace xianjie {

class Casebook;

/**
 * Refers a household's need to a charity: need → matching projects → consent (or record it now) → preview of
 * exactly what will leave the station → send, with the letter (PDF) and the packet (JSON) saved to a folder.
 * Every rule is core's; the wizard shows core's answer on the page where it matters.
 */
class ReferralWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralWizard)

public:
    enum Page
    {
        NeedPage,
        ProjectPage,
        ConsentPage,
        PreviewPage,
        DonePage
    };

    ReferralWizard(Casebook &casebook, const QString &householdId, const QString &needId = {},
                   QWidget *parent = nullptr);

    QString referralId() const { return m_referralId; }
    QString letterPath() const { return m_letterPath; }
    QString packetPath() const { return m_packetPath; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void fillNeeds(const QString &select);
    void checkConsent();
    QString selectedNeed() const;
    const ProjectMatch *selectedMatch() const;

    Casebook &m_casebook;
    QString m_householdId;
    QString m_referralId;
    QString m_letterPath;
    QString m_packetPath;
    QList<ProjectMatch> m_matches;
    QList<SharedItem> m_available;
    bool m_consentOk = false;

    QTableWidget *m_needs = nullptr;
    QTableWidget *m_projects = nullptr;
    QLabel *m_projectHint = nullptr;
    QLabel *m_consentStatus = nullptr;
    QPushButton *m_recordConsent = nullptr;
    QTableWidget *m_preview = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_previewError = nullptr;
    QLabel *m_done = nullptr;
};

} // namespace xianjie
