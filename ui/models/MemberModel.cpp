#include "MemberModel.h"

#include "model/Labels.h"
#include "rules/Validation.h"

namespace xianjie {

void MemberModel::setMembers(const QList<Person> &members, const QDate &today)
{
    beginResetModel();
    m_members = members;
    m_today = today;
    endResetModel();
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
    switch (Column(index.column())) {
    case Name:
        return p.name;
    case Relation:
        return Labels::label(Labels::relations(), p.relation);
    case Sex:
        return Labels::sex(p.sex);
    case Age:
        return p.ageOn(m_today);
    case IdNumber:
        return p.idNumber.isEmpty() ? tr("(none)") : Validation::maskResidentId(p.idNumber);
    case Health:
        return Labels::label(Labels::healthStates(), p.health);
    case Disability:
        if (p.disabilityCategory == 0)
            return QString();
        return tr("%1, grade %2")
            .arg(Labels::disabilityCategories().value(p.disabilityCategory))
            .arg(p.disabilityGrade);
    case SelfCare:
        return Labels::label(Labels::selfCareLevels(), p.selfCare);
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
