#include "Hlc.h"

namespace xianjie {

QString Hlc::next()
{
    const qint64 wall = m_clock.now().toMSecsSinceEpoch();
    if (wall > m_ms) {
        m_ms = wall;
        m_counter = 0;
    } else {
        ++m_counter;
        if (m_counter > 0xFFFF) { // counter exhausted: borrow the next millisecond
            ++m_ms;
            m_counter = 0;
        }
    }
    return format(m_ms, m_counter);
}

void Hlc::observe(const QString &stamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parse(stamp, &ms, &counter))
        return;
    if (ms > m_ms || (ms == m_ms && counter > m_counter)) {
        m_ms = ms;
        m_counter = counter;
    }
}

QString Hlc::format(qint64 ms, int counter)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")) + QLatin1Char('-') +
           QStringLiteral("%1").arg(counter, 4, 16, QLatin1Char('0'));
}

bool Hlc::parse(const QString &stamp, qint64 *ms, int *counter)
{
    if (stamp.size() != 29 || stamp.at(24) != QLatin1Char('-'))
        return false;
    QDateTime t = QDateTime::fromString(stamp.left(24), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
    t.setTimeSpec(Qt::UTC);
    if (!t.isValid())
        return false;
    bool ok = false;
    const int c = stamp.mid(25).toInt(&ok, 16);
    if (!ok)
        return false;
    *ms = t.toMSecsSinceEpoch();
    *counter = c;
    return true;
}

QDateTime Hlc::toDateTime(const QString &stamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parse(stamp, &ms, &counter))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace xianjie
