#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace xianjie {

/** Audit entries, newest first, with what changed in words. */
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column
    {
        Number,
        Time,
        User,
        Action,
        Record,
        Details,
        ColumnCount
    };

    explicit AuditModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEntries(const QList<AuditEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "field: before → after; …" for one entry. */
    static QString describeChange(const AuditEntry &entry);

private:
    QList<AuditEntry> m_entries;
};

} // namespace xianjie
