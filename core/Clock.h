#pragma once

#include <QDate>
#include <QDateTime>

namespace xianjie {

/** Source of the current time. Production code uses SystemClock; tests inject a FixedClock. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    /** The process-wide system clock. */
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace xianjie
