#pragma once

#include <QDialog>

namespace xianjie {

class Casebook;

/** The station head sets where the daily encrypted backup goes, its passphrase and how many to keep. */
class AutoBackupDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackupDialog)

public:
    explicit AutoBackupDialog(Casebook &casebook, QWidget *parent = nullptr);

private:
    Casebook &m_casebook;
};

} // namespace xianjie
