#pragma once

#include "storage/VisitRepository.h"

#include <QAbstractTableModel>

namespace xianjie {

/** Planned visits for the agenda: due date, household, village, kind, days overdue. */
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Column
    {
        Due,
        Head,
        Village,
        Kind,
        Late,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        HouseholdIdRole
    };

    explicit AgendaModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setItems(const QList<AgendaItem> &items, const QDate &today);
    const AgendaItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString &kind);

private:
    QList<AgendaItem> m_items;
    QDate m_today;
};

} // namespace xianjie
