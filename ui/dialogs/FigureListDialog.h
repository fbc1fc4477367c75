#pragma once

#include "report/Aggregates.h"

#include <QDialog>

class QTableWidget;

namespace xianjie {

/** The households, referrals or visits behind a figure of the dashboard; a double-click opens the household. */
class FigureListDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureListDialog)

public:
    FigureListDialog(const QString &title, const FigureList &list, QWidget *parent = nullptr);

signals:
    void openHousehold(const QString &householdId);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace xianjie
