#include "InactivityLock.h"

#include "dialogs/SignInDialog.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/StationSettings.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace xianjie {

InactivityLock::InactivityLock(Casebook &casebook, QWidget *window)
    : QObject(window), m_casebook(casebook), m_window(window),
      m_policy(casebook.clock(), StationSettings(casebook).lockMinutes())
{
    qApp->installEventFilter(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &InactivityLock::check);
    m_timer->start();
}

bool InactivityLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (!m_locked)
            m_policy.touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityLock::check()
{
    // Long work (a bundle import) runs on its own connection with its own copy of the user: locking the window
    // neither waits for it nor stops it.
    if (!m_locked && m_policy.shouldLock())
        lock(false);
}

void InactivityLock::lockNow()
{
    lock(true);
}

void InactivityLock::lock(bool byUser)
{
    if (m_locked || !m_casebook.user())
        return;
    m_locked = true;
    const QString username = m_casebook.user()->username;
    {
        Transaction tx(m_casebook);
        if (AuditLog::append(m_casebook, QStringLiteral("lock"), QStringLiteral("user"), m_casebook.user()->id))
            (void)tx.commit();
    }
    m_casebook.setUser(std::nullopt);
    m_window->hide(); // nothing of the casebook stays on screen
    emit locked();
    SignInDialog dialog(m_casebook, SignInDialog::Mode::Unlock, nullptr, username);
    if (byUser)
        dialog.explainManualLock();
    if (dialog.exec() == QDialog::Accepted) {
        m_locked = false;
        m_policy.touch();
        m_window->show();
        emit unlocked();
    }
}

} // namespace xianjie
