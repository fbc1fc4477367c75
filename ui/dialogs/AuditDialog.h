#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace xianjie {

class AuditModel;
class Casebook;

/** The audit log for the station head and the auditor: filter by user, action and dates; the chain's state. */
class AuditDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    AuditDialog(Casebook &casebook, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }

public slots:
    void reload();

private:
    Casebook &m_casebook;
    AuditModel *m_model = nullptr;
    QComboBox *m_log = nullptr; ///< county: this casebook's log or a station's
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_chain = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace xianjie
