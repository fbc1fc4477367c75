#pragma once

#include "Clock.h"

namespace xianjie::test {

/** A clock that stands still until a test moves it. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now = QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC)) : m_now(now) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace xianjie::test
