#pragma once

#include "Result.h"
#include "model/Need.h"

#include <QCoreApplication>
#include <QList>

namespace xianjie {

class Casebook;

/** Needs of households and members: recorded, followed, met or withdrawn. */
class NeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::NeedRepository)

public:
    explicit NeedRepository(Casebook &casebook) : m_casebook(casebook) {}

    Result<QString> add(const Need &need);
    /** Moves a need to partly met, met or withdrawn (or back to open); closing dates follow. */
    Result<void> setStatus(const QString &needId, const QString &status);
    Result<Need> need(const QString &id) const;
    /** A household's needs, open ones first, newest first. */
    Result<QList<Need>> needs(const QString &householdId) const;

private:
    Casebook &m_casebook;
};

} // namespace xianjie
