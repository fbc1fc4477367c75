#pragma once

#include "model/Referral.h"

#include <QAbstractTableModel>
#include <QDate>

namespace xianjie {

/** Referrals of the station for the referrals list: number, direction, household, recipient, status, dates. */
class ReferralListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralListModel)

public:
    enum Column
    {
        NumberColumn,
        DirectionColumn,
        HouseholdColumn,
        OrganisationColumn,
        NeedColumn,
        StatusColumn,
        SentColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        OverdueRole
    };

    struct Row
    {
        Referral referral;
        QString household; ///< described without personal data in full
        bool overdue = false;
    };

    explicit ReferralListModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace xianjie
