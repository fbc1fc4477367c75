#pragma once

#include "model/Household.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace xianjie {

class HouseholdRepository;
class PersonForm;

/** Registers a new household with its head, or edits an existing household's own fields. */
class HouseholdDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdDialog)

public:
    /** A new household when @p household is null, else an edit of it. */
    HouseholdDialog(HouseholdRepository &repository, const QDate &today, const Household *household,
                    QWidget *parent = nullptr);

    /** The id of the household saved. */
    QString householdId() const { return m_household.id; }
    /** The name of the head as registered (new households only). */
    QString headName() const { return m_headName; }

    void accept() override;

private:
    Household entered() const;
    void revalidate();

    HouseholdRepository &m_repository;
    QDate m_today;
    Household m_household;
    QString m_headName;
    bool m_isNew = true;
    QComboBox *m_village = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_cause = nullptr;
    QLineEdit *m_income = nullptr;
    QLabel *m_message = nullptr;
    PersonForm *m_head = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xianjie
