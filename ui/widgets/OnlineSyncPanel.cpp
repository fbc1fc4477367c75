#include "OnlineSyncPanel.h"

#include "OnlineSyncAgent.h"
#include "storage/Casebook.h"
#include "sync/OnlineSync.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace xianjie {

OnlineSyncPanel::OnlineSyncPanel(Casebook &casebook, OnlineSyncAgent &agent, QWidget *parent)
    : QGroupBox(tr("Online sync with the county server"), parent), m_casebook(casebook), m_agent(agent)
{
    setObjectName(QStringLiteral("onlineSyncPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("onlineStatusText"));
    m_status->setWordWrap(true);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    top->addWidget(m_status, 1);
    top->addWidget(m_syncNow);
    layout->addLayout(top);
    m_lastRound = new QLabel(this);
    m_lastRound->setObjectName(QStringLiteral("onlineLastRound"));
    m_lastRound->setWordWrap(true);
    m_lastRound->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lastRound);

    auto *address = new QHBoxLayout;
    auto *label = new QLabel(tr("County server address:"), this);
    m_url = new QLineEdit(OnlineSync::serverUrl(casebook), this);
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(tr("https://… (from the county; empty: sync by USB stick only)"));
    label->setBuddy(m_url);
    m_save = new QPushButton(tr("Save address"), this);
    m_save->setObjectName(QStringLiteral("saveServerButton"));
    address->addWidget(label);
    address->addWidget(m_url, 1);
    address->addWidget(m_save);
    layout->addLayout(address);

    connect(m_syncNow, &QPushButton::clicked, &m_agent, &OnlineSyncAgent::syncNow);
    connect(m_save, &QPushButton::clicked, this, &OnlineSyncPanel::saveAddress);
    connect(&m_agent, &OnlineSyncAgent::statusChanged, this, &OnlineSyncPanel::refresh);
    connect(&m_agent, &OnlineSyncAgent::roundFinished, this, [this](const OnlineSync::Report &report) {
        m_lastRound->setText(
            tr("Last round at %1: %2")
                .arg(QLocale().toString(report.finishedAt.toLocalTime().time(), QStringLiteral("HH:mm")),
                     report.summary()));
    });
    refresh();
}

void OnlineSyncPanel::refresh()
{
    const bool head = m_casebook.require(Action::ManageUsers).ok();
    m_url->setReadOnly(!head);
    m_save->setVisible(head);
    m_syncNow->setEnabled(m_agent.isConfigured() && !m_agent.isRunning());
    QString text = m_agent.statusText();
    if (!m_agent.isConfigured())
        text = m_casebook.setting(QStringLiteral("county_box_public_key")).isEmpty()
                   ? tr("Enrol the station with its county first; then it syncs online by itself when the county "
                        "has a server.")
                   : tr("No county server address is set: this station syncs by USB stick only.");
    m_status->setText(text);
    m_status->setStyleSheet(m_agent.hasProblem() ? QStringLiteral("color: #b00020;") : QString());
}

void OnlineSyncPanel::saveAddress()
{
    if (auto r = OnlineSync::setServerUrl(m_casebook, m_url->text()); !r) {
        QMessageBox::warning(this, tr("County server address"), r.message());
        return;
    }
    m_agent.reconfigure();
    refresh();
}

} // namespace xianjie
