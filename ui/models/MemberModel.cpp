#include "MemberModel.h"

#include "rules/Labels.h"
#include "rules/Masking.h"

namespace xianjie {

void MemberModel::setMembers(const QList<Person> &members, const QDate &today)
{
    beginResetModel();
    m_members = members;
    m_today = today;
    m_revealed.clear(); // a reveal lasts while the household stays on screen
    endResetModel();
}

void MemberModel::reveal(const QString &personId)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == personId) {
            m_revealed.insert(personId);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

const Person *MemberModel::personAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_members.at(index.row());
    if (role == PersonIdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole && index.column() == Age)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool shown = m_revealed.contains(p.id);
    const bool child = Masking::isChild(p, m_today);
    switch (Column(index.column())) {
    case Name:
        return Masking::name(p, m_today, shown);
    case Relation:
        return Labels::label(Labels::relations(), p.relation);
    case Sex:
        return child && !shown ? Masking::hidden() : Labels::sex(p.sex);
    case Age:
        return p.ageOn(m_today);
    case IdNumber:
        return p.idNumber.isEmpty() ? tr("(none)") : Masking::idNumber(p, m_today, shown);
    case Health:
        return Masking::sensitive(Labels::label(Labels::healthStates(), p.health), shown);
    case Disability:
        if (p.disabilityCategory == 0 && shown)
            return QString();
        return Masking::sensitive(Labels::disability(p.disabilityCategory, p.disabilityGrade), shown);
    case SelfCare:
        return Masking::sensitive(Labels::label(Labels::selfCareLevels(), p.selfCare), shown);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation");
    case Sex:
        return tr("Sex");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Health:
        return tr("Health");
    case Disability:
        return tr("Disability");
    case SelfCare:
        return tr("Self-care");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xianjie
