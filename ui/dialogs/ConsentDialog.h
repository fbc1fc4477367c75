#pragma once

#include "model/Consent.h"
#include "model/Person.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace xianjie {

class Casebook;
class CheckList;

/**
 * Records a consent as the person gave it: who consents and for whom, the recipient and purpose, each item,
 * how long, how. Core checks every rule; the dialog shows its answer in place. It can print the pre-filled
 * form for signature before saving.
 */
class ConsentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)

public:
    ConsentDialog(Casebook &casebook, const QString &householdId, QWidget *parent = nullptr);
    /** Pre-selects the recipient, project and purpose (from the referral wizard). */
    void preset(const QString &orgId, const QString &projectId, const QString &purpose, const QString &personId);
    void accept() override;
    QString consentId() const { return m_consentId; }
    /** The consent as entered so far. */
    Consent consent() const;

private:
    void fillProjects();
    void updateGuardian();
    void printForm();

    Casebook &m_casebook;
    QString m_householdId;
    QString m_consentId;
    QList<Person> m_members;
    QComboBox *m_consenter = nullptr;
    QLineEdit *m_guardianName = nullptr;
    QLineEdit *m_guardianId = nullptr;
    QLineEdit *m_guardianRelation = nullptr;
    QWidget *m_guardianBox = nullptr;
    CheckList *m_covered = nullptr;
    QComboBox *m_org = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_purposeText = nullptr;
    CheckList *m_items = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_verbalWitness = nullptr;
    QDateEdit *m_granted = nullptr;
    QDateEdit *m_expires = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
