#pragma once

#include "model/Person.h"
#include "rules/HouseholdRules.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace xianjie {

class HouseholdRepository;

/**
 * The fields of one household member. Checks them as the user types with the same rules core applies on
 * save (HouseholdRules), and says beside each field what is wrong. A valid ID number fills in birth date and
 * sex, and one already registered is named at once.
 */
class PersonForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonForm)

public:
    PersonForm(const HouseholdRepository &repository, const QDate &today, bool isHead, QWidget *parent = nullptr);

    void setPerson(const Person &person);
    /** The person as entered (normalised: ID upper-case, birth date and sex from the ID). */
    Person person() const;
    bool isValid() const { return m_errors.isEmpty(); }
    /** Shows every message, also for fields not touched yet (after a save attempt). */
    void showAllMessages();

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    QWidget *withMessage(QWidget *field, const QString &key);

    const HouseholdRepository &m_repository;
    QDate m_today;
    Person m_original;
    FieldErrors m_errors;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_lastValid = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idInfo = nullptr;
    QComboBox *m_sex = nullptr;
    QDateEdit *m_birth = nullptr;
    QComboBox *m_relation = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_health = nullptr;
    QComboBox *m_disabilityCategory = nullptr;
    QComboBox *m_disabilityGrade = nullptr;
    QComboBox *m_selfCare = nullptr;
    QComboBox *m_workCapacity = nullptr;
    QCheckBox *m_lacksCapacity = nullptr;
    QMap<QString, QLabel *> m_messages;
};

} // namespace xianjie
