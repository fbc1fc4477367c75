#pragma once

#include "model/Person.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

namespace xianjie {

/** The members of one household. ID and phone numbers are masked. */
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberModel)

public:
    enum Column
    {
        Name,
        Relation,
        Sex,
        Age,
        IdNumber,
        Health,
        Disability,
        SelfCare,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1
    };

    explicit MemberModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setMembers(const QList<Person> &members, const QDate &today);
    /** Shows this person's data unmasked (after HouseholdRepository::reveal allowed and audited it). */
    void reveal(const QString &personId);
    bool isRevealed(const QString &personId) const { return m_revealed.contains(personId); }
    const Person *personAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_members;
    QSet<QString> m_revealed;
    QDate m_today;
};

} // namespace xianjie
