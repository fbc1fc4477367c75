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
    // "yyyy-MM-ddTHH:mm:ss.zzzZ-cccc", read by hand: bundles carry one per op and QDateTime::fromString is slow.
    if (stamp.size() != 29)
        return false;
    const QChar *c = stamp.constData();
    auto number = [c](int from, int digits, int *out) {
        int v = 0;
        for (int k = from; k < from + digits; ++k) {
            const ushort u = c[k].unicode();
            if (u < '0' || u > '9')
                return false;
            v = v * 10 + (u - '0');
        }
        *out = v;
        return true;
    };
    static const struct
    {
        int at;
        char ch;
    } separators[] = {{4, '-'}, {7, '-'}, {10, 'T'}, {13, ':'}, {16, ':'}, {19, '.'}, {23, 'Z'}, {24, '-'}};
    for (const auto &sep : separators)
        if (c[sep.at] != QLatin1Char(sep.ch))
            return false;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, z = 0;
    if (!number(0, 4, &y) || !number(5, 2, &mo) || !number(8, 2, &d) || !number(11, 2, &h) || !number(14, 2, &mi) ||
        !number(17, 2, &s) || !number(20, 3, &z))
        return false;
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, z);
    if (!date.isValid() || !time.isValid())
        return false;
    bool ok = false;
    const int count = stamp.mid(25).toInt(&ok, 16);
    if (!ok)
        return false;
    *ms = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    *counter = count;
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
