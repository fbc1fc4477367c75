#pragma once

#include "Result.h"
#include "model/Assistance.h"

#include <QCoreApplication>

namespace xianjie {

class Casebook;

/**
 * The assistance ledger: government and charity help in one list per household, so that no one is missed and
 * no help is doubled. Entries are never edited: a correction is an amendment that keeps the original.
 * Recording help for a household the user is related to is refused (conflict of interest).
 */
class AssistanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::AssistanceRepository)

public:
    explicit AssistanceRepository(Casebook &casebook) : m_casebook(casebook) {}

    /**
     * Records help. When the other source already covers the same need in an overlapping period, the result is
     * Error::Kind::NeedsConfirmation naming it; @p doubleConfirmed records it anyway.
     */
    Result<QString> record(const Assistance &entry, bool doubleConfirmed = false);
    Result<QString> amend(const QString &entryId, const Assistance &corrected, const QString &reason);
    /** The household's ledger, newest first, amended entries replaced by their amendment. */
    Result<QList<Assistance>> ledger(const QString &householdId) const;
    /** Entries of the other source covering the same need in an overlapping period. */
    Result<QList<Assistance>> doubleHelp(const Assistance &entry) const;
    Result<Assistance> entry(const QString &id) const;

private:
    Result<void> check(const Assistance &entry) const;
    Result<QString> insert(const Assistance &entry, const QString &amendsId);

    Casebook &m_casebook;
};

} // namespace xianjie
