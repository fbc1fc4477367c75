#include "Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <array>

namespace xianjie {

QString Uuid::v7(const QDateTime &at)
{
    const quint64 ms = quint64(at.toMSecsSinceEpoch());
    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    for (int i = 0; i < 10; ++i)
        b[size_t(6 + i)] = quint8(random[i / 4] >> (8 * (i % 4)));
    b[6] = quint8(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC variant
    QString out;
    out.reserve(36);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[size_t(i)] >> 4]);
        out += QLatin1Char(hex[b[size_t(i)] & 0x0F]);
    }
    return out;
}

bool Uuid::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace xianjie
