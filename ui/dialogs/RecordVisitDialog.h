#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace xianjie {

class VisitRepository;

/** Records a planned visit: when, who was met, what was found, the self-care assessment, services delivered. */
class RecordVisitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordVisitDialog)

public:
    /** @p who names the household for the worker ("刘桂兰户 · 东风村"). */
    RecordVisitDialog(VisitRepository &visits, const QString &visitId, const QDate &today, const QString &who,
                      QWidget *parent = nullptr);
    void accept() override;

private:
    VisitRepository &m_visits;
    QString m_visitId;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_met = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QGroupBox *m_assessment = nullptr;
    QList<QCheckBox *> m_activities;
    QList<QSpinBox *> m_minutes; ///< null for material help, which is a tick
    QCheckBox *m_material = nullptr;
};

} // namespace xianjie
