#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xianjie {

class Casebook;
class OnlineSyncAgent;

/**
 * The Sync tab's online part at a station: how it stands with the county server, the server's address (the head
 * sets it; it usually comes with the enrolment grant) and "Sync now".
 */
class OnlineSyncPanel : public QGroupBox
{
    Q_OBJECT

public:
    OnlineSyncPanel(Casebook &casebook, OnlineSyncAgent &agent, QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    void saveAddress();

    Casebook &m_casebook;
    OnlineSyncAgent &m_agent;
    QLabel *m_status;
    QLabel *m_lastRound;
    QLineEdit *m_url;
    QPushButton *m_save;
    QPushButton *m_syncNow;
};

} // namespace xianjie
