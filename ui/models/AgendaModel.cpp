#include "AgendaModel.h"

#include "rules/Labels.h"
#include "rules/VisitPolicy.h"

namespace xianjie {

void AgendaModel::setItems(const QList<AgendaItem> &items, const QDate &today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

const AgendaItem *AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::kindLabel(const QString &kind)
{
    return VisitPolicy::kindLabel(kind);
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = m_items.at(index.row());
    if (role == VisitIdRole)
        return item.visitId;
    if (role == HouseholdIdRole)
        return item.householdId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Due:
        return Labels::date(item.dueOn);
    case Head:
        return item.headName;
    case Village:
        return item.village;
    case Kind:
        return kindLabel(item.kind);
    case Late: {
        const qint64 days = item.dueOn.daysTo(m_today);
        return days > 0 ? tr("%n day(s) late", nullptr, int(days)) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Due:
        return tr("Due");
    case Head:
        return tr("Head of household");
    case Village:
        return tr("Village");
    case Kind:
        return tr("Visit");
    case Late:
        return tr("Late");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xianjie
