#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;

namespace xianjie {

class AssistanceRepository;

/** Records help a household received, from government or a charity; warns when it would double other help. */
class AssistanceDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistanceDialog)

public:
    AssistanceDialog(AssistanceRepository &ledger, const QString &householdId, const QDate &today,
                     QWidget *parent = nullptr);
    void accept() override;

    static QString needLabel(const QString &need);
    static QString formLabel(const QString &form);

private:
    AssistanceRepository &m_ledger;
    QString m_householdId;
    QComboBox *m_source = nullptr;
    QLineEdit *m_programme = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_need = nullptr;
    QComboBox *m_form = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace xianjie
