#pragma once

#include "Result.h"

namespace xianjie {

class Casebook;

/**
 * A write transaction bound to a scope: rolled back when it goes out of scope unless commit() was called.
 * Nested transactions become savepoints, so a repository call can run inside a larger batch.
 */
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Casebook &casebook);
    ~Transaction();

    /** Whether BEGIN succeeded; when not, error() says why and commit() fails. */
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    void rollback();

    Casebook &m_casebook;
    int m_depth = 0;
    bool m_active = false;
    Error m_error;
};

} // namespace xianjie
