#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <functional>

class QChartView;
class QWidget;

namespace xianjie {

/**
 * The dashboard's charts (QtCharts): bars with their values written on them, or a pie with its shares, in the
 * colours the printed report uses. @p clicked gets the series and the category clicked.
 */
class LinkageCharts
{
public:
    using Series = QList<QPair<QString, QList<double>>>; ///< name, one value per category
    using Clicked = std::function<void(int series, int category)>;

    static QChartView *bars(const QString &title, const QStringList &categories, const Series &series, bool horizontal,
                            const Clicked &clicked, QWidget *parent);
    static QChartView *pie(const QString &title, const QStringList &labels, const QList<double> &values,
                           const std::function<QString(double)> &valueText, const Clicked &clicked, QWidget *parent);
};

} // namespace xianjie
