#pragma once

#include "Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace xianjie {

class Casebook;

/**
 * Keeps the search tables of a household in step with its members: a trigram full-text row of all its keys
 * (names, given names, pinyin readings and initials, ID numbers, village) and the 1–2 character prefixes of
 * those keys. Called in the same transaction as the write it follows.
 */
class SearchIndex
{
public:
    static Result<void> refresh(const QSqlDatabase &db, const QString &householdId);
    /** The same for many households at once (a bundle's worth), in a few statements per 2,000 households. */
    static Result<void> refresh(const QSqlDatabase &db, const QStringList &householdIds);
    /** The same for a set, in the same order every time. */
    static Result<void> refresh(const QSqlDatabase &db, const QSet<QString> &householdIds);
    /** Every key for one person's name and ID number, lower-case. */
    static QStringList personKeys(const QString &name, const QString &idNumber);
    /** Rebuilds the index of every household (after a migration or a repair). */
    static Result<int> rebuildAll(const QSqlDatabase &db);

    /**
     * The version of the keys this program makes (2: every usual reading of a polyphonic character in a name). A
     * casebook indexed by an older version is brought up to date in the background, @p batch households per call
     * and transaction, from where the last call stopped (kept in the casebook's settings). Returns the households
     * done by this call; 0 once the index is up to date.
     */
    static constexpr int kKeysVersion = 2;
    static Result<int> catchUp(Casebook &casebook, int batch = 2000);
};

} // namespace xianjie
