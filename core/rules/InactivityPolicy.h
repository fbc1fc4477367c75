#pragma once

#include "Clock.h"

namespace xianjie {

/** When a shared desktop left alone must lock: after a number of minutes without input (default 10). */
class InactivityPolicy
{
public:
    static constexpr int kDefaultMinutes = 10;

    explicit InactivityPolicy(const Clock &clock, int minutes = kDefaultMinutes)
        : m_clock(clock), m_minutes(minutes), m_last(clock.now())
    {
    }

    /** The user did something. */
    void touch() { m_last = m_clock.now(); }
    bool shouldLock() const { return m_minutes > 0 && m_last.secsTo(m_clock.now()) >= qint64(m_minutes) * 60; }
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes) { m_minutes = minutes; }

private:
    const Clock &m_clock;
    int m_minutes;
    QDateTime m_last;
};

} // namespace xianjie
