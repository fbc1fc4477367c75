#include "ReferralListModel.h"

#include "rules/Labels.h"

#include <QBrush>
#include <QColor>

namespace xianjie {

ReferralListModel::ReferralListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReferralListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ReferralListModel::Row *ReferralListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReferralListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Referral &r = row.referral;
    if (role == IdRole)
        return r.id;
    if (role == OverdueRole)
        return row.overdue;
    if (role == Qt::ForegroundRole && row.overdue && index.column() == StatusColumn)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    // The long columns may be cut short in the list: their whole text on hover.
    if (role == Qt::ToolTipRole && (index.column() == HouseholdColumn || index.column() == OrganisationColumn))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return r.number;
    case DirectionColumn:
        return r.toCharity() ? tr("To a charity") : tr("From a charity");
    case HouseholdColumn:
        return row.household;
    case OrganisationColumn:
        return r.projectName.isEmpty() ? r.orgName : tr("%1 — %2").arg(r.orgName, r.projectName);
    case NeedColumn:
        return r.toCharity() ? Labels::label(Labels::needTypes(), r.needType) : r.leadProgramme;
    case StatusColumn: {
        const QString status =
            Labels::label(r.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses(), r.status);
        return row.overdue ? tr("%1 (overdue)").arg(status) : status;
    }
    case SentColumn:
        return Labels::date(r.toCharity() ? r.sentOn : r.reportedOn);
    case DueColumn:
        return Labels::date(r.dueOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case DirectionColumn:
        return tr("Direction");
    case HouseholdColumn:
        return tr("Household or person");
    case OrganisationColumn:
        return tr("Charity");
    case NeedColumn:
        return tr("Need or programme");
    case StatusColumn:
        return tr("Status");
    case SentColumn:
        return tr("Sent or reported");
    case DueColumn:
        return tr("Answer due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xianjie
