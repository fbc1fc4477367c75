#pragma once

#include "Clock.h"

#include <QString>

namespace xianjie {

/**
 * Hybrid logical clock. A timestamp is the wall time in milliseconds plus a counter that breaks ties
 * and keeps the order when the wall clock stands still or goes back. Its text form
 * ("2026-11-25T19:30:00.123Z-0001") sorts in time order, so it can be compared as a string in SQL.
 */
class Hlc
{
public:
    explicit Hlc(const Clock &clock) : m_clock(clock) {}

    /** The next timestamp for a local event; always greater than every earlier one. */
    QString next();
    /** Moves the clock past a timestamp seen elsewhere (from the casebook at open, or from a bundle). */
    void observe(const QString &stamp);

    static QString format(qint64 ms, int counter);
    static bool parse(const QString &stamp, qint64 *ms, int *counter);
    /** The wall-time part of a stamp, for display. Invalid when the stamp is not one. */
    static QDateTime toDateTime(const QString &stamp);

private:
    const Clock &m_clock;
    qint64 m_ms = 0;
    int m_counter = 0;
};

} // namespace xianjie
