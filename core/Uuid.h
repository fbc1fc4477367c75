#pragma once

#include <QDateTime>
#include <QString>

namespace xianjie {

/** UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Sorts by creation time. */
class Uuid
{
public:
    static QString v7(const QDateTime &at);
    static bool isValid(const QString &text);
};

} // namespace xianjie
