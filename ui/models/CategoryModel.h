#pragma once

#include "model/CategoryMembership.h"

#include <QAbstractTableModel>

namespace xianjie {

/** A household's assistance categories with their periods, current ones first. */
class CategoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryModel)

public:
    enum Column
    {
        Category,
        Start,
        End,
        Review,
        State,
        ColumnCount
    };
    enum Role
    {
        MembershipIdRole = Qt::UserRole + 1,
        CurrentRole
    };

    explicit CategoryModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setCategories(const QList<CategoryMembership> &categories, const QDate &today);
    const CategoryMembership *membershipAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CategoryMembership> m_items;
    QDate m_today;
};

} // namespace xianjie
