#include "Transaction.h"

#include "Casebook.h"
#include "ChangeNotifier.h"
#include "Database.h"

namespace xianjie {

Transaction::Transaction(Casebook &casebook) : m_casebook(casebook), m_depth(casebook.transactionDepth())
{
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    auto r = Database::exec(m_casebook.db(), sql);
    if (!r) {
        m_error = r.error();
        return;
    }
    m_active = true;
    ++m_casebook.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    auto r = Database::exec(m_casebook.db(), sql);
    if (!r) {
        rollback();
        return r.error();
    }
    m_active = false;
    --m_casebook.transactionDepth();
    if (m_depth == 0)
        m_casebook.changes().committed();
    return {};
}

void Transaction::rollback()
{
    if (m_depth == 0) {
        (void)Database::exec(m_casebook.db(), QStringLiteral("ROLLBACK"));
        m_casebook.changes().rolledBack();
    } else {
        (void)Database::exec(m_casebook.db(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        (void)Database::exec(m_casebook.db(), QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    m_active = false;
    --m_casebook.transactionDepth();
}

} // namespace xianjie
