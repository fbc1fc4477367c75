#pragma once

#include "rules/InactivityPolicy.h"

#include <QObject>

class QTimer;
class QWidget;

namespace xianjie {

class Casebook;

/**
 * Locks the app after the station's inactivity period (station setting lock_minutes, default 10): the user is
 * signed out of the casebook, the lock is audited, and the sign-in form asks for the same user's password.
 * Any key, mouse or wheel input counts as activity. Time comes from the casebook's clock.
 */
class InactivityLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityLock)

public:
    InactivityLock(Casebook &casebook, QWidget *window);

    bool isLocked() const { return m_locked; }
    InactivityPolicy &policy() { return m_policy; }

public slots:
    /** Locks if the period has passed; called every few seconds. */
    void check();
    /** Locks now, as the user asked (Ctrl+L). */
    void lockNow();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock(bool byUser);

    Casebook &m_casebook;
    QWidget *m_window;
    InactivityPolicy m_policy;
    QTimer *m_timer = nullptr;
    bool m_locked = false;
};

} // namespace xianjie
