#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace xianjie {

class HouseholdRepository;

/** Records that a household entered an assistance category (with an end date when it is known). */
class CategoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDialog)

public:
    CategoryDialog(HouseholdRepository &repository, const QDate &today, const QString &householdId,
                   QWidget *parent = nullptr);
    void accept() override;

private:
    void categoryChanged();

    HouseholdRepository &m_repository;
    QString m_householdId;
    QComboBox *m_category = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace xianjie
