#pragma once

#include "model/Person.h"

#include <QDialog>

class QDialogButtonBox;

namespace xianjie {

class HouseholdRepository;
class PersonForm;

/** Adds a member to a household, or edits one. */
class MemberDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)

public:
    /** A new member of @p householdId when @p person is null, else an edit of it. */
    MemberDialog(HouseholdRepository &repository, const QDate &today, const QString &householdId, const Person *person,
                 QWidget *parent = nullptr);

    void accept() override;

private:
    HouseholdRepository &m_repository;
    QString m_householdId;
    bool m_isNew = true;
    PersonForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xianjie
