#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace xianjie {

class HouseholdRepository;

/** Closes a household: the date and the reason; the record is kept. */
class CloseHouseholdDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseHouseholdDialog)

public:
    CloseHouseholdDialog(HouseholdRepository &repository, const QDate &today, const QString &householdId,
                         QWidget *parent = nullptr);
    void accept() override;

private:
    HouseholdRepository &m_repository;
    QString m_householdId;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
};

} // namespace xianjie
