#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace xianjie {

class Casebook;

/** One declared relation: to a household, or to a family member by ID number wherever they are registered. */
struct RelationDeclaration
{
    QString id;
    QString userId;
    QString userName;
    QString householdId; ///< empty for a family member declared by ID number
    QString idNumber;    ///< empty for a declared household
    QString relation;
};

/**
 * Conflict of interest (优亲厚友): a worker declares relations to households and the ID numbers of their own
 * family; the casebook also knows the worker's own ID number. A user whose role may not act for a related
 * household is refused every protected action on such a household; the station head must do it, and
 * report() lists every such case.
 */
class ConflictOfInterest
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ConflictOfInterest)

public:
    explicit ConflictOfInterest(Casebook &casebook) : m_casebook(casebook) {}

    /** Declares the signed-in user's relation to a household. */
    Result<QString> declareHousehold(const QString &householdId, const QString &relation);
    /** Declares a family member of the signed-in user by resident ID number. */
    Result<QString> declareFamilyMember(const QString &idNumber, const QString &relation);
    /** Records the signed-in user's own ID number (for the match against the casebook). */
    Result<void> setOwnIdNumber(const QString &idNumber);

    Result<QList<RelationDeclaration>> declarations(const QString &userId = {}) const;

    struct Case
    {
        QString userName;  ///< who is related
        QString household; ///< described without personal data in full
        QString relation;
        int actionsByOthers = 0; ///< changes others made to the household's categories
    };
    /** Every related household in the casebook, with what was done there by someone else. */
    Result<QList<Case>> report() const;

private:
    Casebook &m_casebook;
};

} // namespace xianjie
