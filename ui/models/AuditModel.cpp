#include "AuditModel.h"

#include "rules/Labels.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xianjie {

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::describeChange(const AuditEntry &e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QStringList parts;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        static const QStringList bookkeeping = {QStringLiteral("rid"),        QStringLiteral("id"),
                                                QStringLiteral("station_id"), QStringLiteral("created_at"),
                                                QStringLiteral("updated_at"), QStringLiteral("version")};
        if (it.key().endsWith(QLatin1String("_id")) || bookkeeping.contains(it.key()))
            continue; // links between records and sync bookkeeping say nothing to a reader
        const QString now = Labels::valueLabel(it.key(), it.value().toVariant().toString());
        if (before.contains(it.key()))
            parts << tr("%1: %2 → %3")
                         .arg(Labels::fieldLabel(it.key()),
                              Labels::valueLabel(it.key(), before.value(it.key()).toVariant().toString()), now);
        else if (!now.isEmpty())
            parts << tr("%1: %2").arg(Labels::fieldLabel(it.key()), now);
    }
    if (!e.note.isEmpty())
        parts.prepend(e.note);
    return parts.join(tr("; "));
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details)
        return describeChange(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return e.seq;
    case Time:
        return Labels::dateTime(Hlc::toDateTime(e.at), true);
    case User:
        return e.userName.isEmpty() ? tr("(unknown)") : e.userName;
    case Action:
        return AuditLog::actionLabel(e.action);
    case Record:
        // The household (its number and head) or the name the record is known by; the id's end only otherwise.
        if (e.recordId.isEmpty())
            return Labels::tableLabel(e.table);
        return tr("%1 · %2").arg(Labels::tableLabel(e.table), e.subject.isEmpty() ? e.recordId.right(6) : e.subject);
    case Details:
        return describeChange(e);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xianjie
