#include "LinkageCharts.h"

#include "print/ChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <cmath>

namespace xianjie {

namespace {
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

QChartView *viewOf(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}
} // namespace

QChartView *LinkageCharts::bars(const QString &title, const QStringList &categories, const Series &series,
                                bool horizontal, const Clicked &clicked, QWidget *parent)
{
    QChart *chart = newChart(title);
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double max = 0;
    for (int s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series.at(s).first);
        set->setColor(ChartPainter::seriesColor(s));
        set->setBorderColor(ChartPainter::seriesColor(s));
        set->setLabelColor(Qt::black);
        for (double v : series.at(s).second) {
            *set << v;
            max = std::max(max, v);
        }
        QObject::connect(set, &QBarSet::clicked, chart, [clicked, s](int index) { clicked(s, index); });
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    // Room above the longest bar for its value.
    values->setRange(0, std::max(4.0, std::ceil(max * 1.15)));
    values->applyNiceNumbers();
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(axis);
    bars->attachAxis(values);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return viewOf(chart, parent);
}

QChartView *LinkageCharts::pie(const QString &title, const QStringList &labels, const QList<double> &values,
                               const std::function<QString(double)> &valueText, const Clicked &clicked, QWidget *parent)
{
    QChart *chart = newChart(title);
    auto *pie = new QPieSeries;
    double total = 0;
    for (double v : values)
        total += v;
    for (int i = 0; i < labels.size(); ++i) {
        if (values.value(i) <= 0)
            continue;
        auto *slice = pie->append(labels.at(i), values.at(i));
        slice->setColor(ChartPainter::seriesColor(i));
        // The legend names every slice with its amount; the pie itself only the large ones.
        slice->setLabelVisible(total > 0 && values.at(i) / total >= 0.1);
        slice->setLabel(labels.at(i));
        QObject::connect(slice, &QPieSlice::clicked, chart, [clicked, i] { clicked(0, i); });
    }
    pie->setPieSize(0.7);
    chart->addSeries(pie);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend shows the amount beside each name.
    const auto markers = chart->legend()->markers(pie);
    int m = 0;
    for (int i = 0; i < labels.size() && m < markers.size(); ++i)
        if (values.value(i) > 0)
            markers.at(m++)->setLabel(QStringLiteral("%1 %2").arg(labels.at(i), valueText(values.at(i))));
    return viewOf(chart, parent);
}

} // namespace xianjie
