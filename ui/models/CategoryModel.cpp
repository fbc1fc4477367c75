#include "CategoryModel.h"

#include "rules/Labels.h"

#include <algorithm>

namespace xianjie {

void CategoryModel::setCategories(const QList<CategoryMembership> &categories, const QDate &today)
{
    beginResetModel();
    m_items = categories;
    m_today = today;
    std::stable_sort(m_items.begin(), m_items.end(), [&](const CategoryMembership &a, const CategoryMembership &b) {
        return a.isCurrentOn(today) && !b.isCurrentOn(today);
    });
    endResetModel();
}

const CategoryMembership *CategoryModel::membershipAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryMembership &c = m_items.at(index.row());
    if (role == MembershipIdRole)
        return c.id;
    if (role == CurrentRole)
        return c.isCurrentOn(m_today);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Category:
        return Labels::label(Labels::categories(), c.category);
    case Start:
        return Labels::date(c.startDate);
    case End:
        return c.endDate.isValid() ? Labels::date(c.endDate) : QString();
    case Review:
        if (!c.reviewOn.isValid() || !c.isCurrentOn(m_today))
            return QString();
        return c.reviewOn < m_today ? tr("%1 (overdue)").arg(Labels::date(c.reviewOn)) : Labels::date(c.reviewOn);
    case State:
        if (c.startDate > m_today)
            return tr("Starts later");
        return c.isCurrentOn(m_today) ? tr("Current") : tr("Ended");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Category:
        return tr("Category");
    case Start:
        return tr("From");
    case End:
        return tr("Until");
    case Review:
        return tr("Next review");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xianjie
