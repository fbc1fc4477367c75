#pragma once

#include "Result.h"

#include <QDialog>
#include <optional>

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
    void verifyChain();
    void showChain();

    Casebook &m_casebook;
    std::optional<Result<QString>> m_chainText; ///< the chain's state once checked: empty when it holds
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
