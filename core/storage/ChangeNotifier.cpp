#include "ChangeNotifier.h"

namespace xianjie {

void ChangeNotifier::touched(const QString &table, bool inTransaction)
{
    m_pending.insert(table);
    if (!inTransaction)
        committed();
}

void ChangeNotifier::committed()
{
    if (m_pending.isEmpty())
        return;
    const QSet<QString> tables = std::exchange(m_pending, {});
    emit changed(tables);
}

} // namespace xianjie
