#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xianjie {

class Casebook;

/** Records a need of a household or of one member. */
class NeedDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedDialog)

public:
    NeedDialog(Casebook &casebook, const QString &householdId, QWidget *parent = nullptr);
    void accept() override;
    QString needId() const { return m_needId; }

private:
    Casebook &m_casebook;
    QString m_householdId;
    QString m_needId;
    QComboBox *m_person = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_urgency = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_source = nullptr;
    QDateEdit *m_on = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
