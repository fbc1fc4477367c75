#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace xianjie {

namespace {
constexpr int kScale = 3;

QFont chartFont(qreal paperPixels)
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(int(paperPixels * kScale));
    return font;
}

QString valueText(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

/** A round step for the value axis: 1, 2 or 5 times a power of ten, about five steps to the top. */
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return std::max(1.0, m * power);
    return std::max(1.0, 10 * power);
}
} // namespace

QColor ChartPainter::seriesColor(int index)
{
    static const QList<QColor> colors = {QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x8a, 0x2c), QColor(0x3a, 0x9a, 0x5b),
                                         QColor(0xb0, 0x3a, 0x48), QColor(0x7b, 0x5e, 0xa7), QColor(0x8c, 0x8c, 0x8c)};
    return colors.at(index % colors.size());
}

QImage ChartPainter::paint(const PaperChart &chart, const QSize &paperPixels)
{
    QImage image(paperPixels * kScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont title = [] {
        QFont f = chartFont(15); // 11.25 pt
        f.setBold(true);
        return f;
    }();
    const QFont text = chartFont(14); // 10.5 pt
    const qreal w = image.width(), h = image.height();
    const qreal pad = 6 * kScale;

    p.setFont(title);
    const qreal titleHeight = QFontMetricsF(title).height() + pad;
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 0, w, titleHeight), Qt::AlignHCenter | Qt::AlignVCenter, chart.title);

    // The legend, when there is more than one series.
    p.setFont(text);
    const QFontMetricsF fm(text);
    qreal top = titleHeight;
    if (chart.series.size() > 1) {
        qreal x = w / 2;
        qreal total = 0;
        for (const auto &s : chart.series)
            total += fm.height() + fm.horizontalAdvance(s.first) + 3 * pad;
        x = (w - total) / 2;
        for (int i = 0; i < chart.series.size(); ++i) {
            p.fillRect(QRectF(x, top + fm.height() * 0.15, fm.height() * 0.8, fm.height() * 0.8), seriesColor(i));
            x += fm.height() + pad / 2;
            p.setPen(Qt::black);
            p.drawText(QPointF(x, top + fm.ascent()), chart.series.at(i).first);
            x += fm.horizontalAdvance(chart.series.at(i).first) + 2.5 * pad;
        }
        top += fm.height() + pad;
    }

    double max = 0;
    for (const auto &s : chart.series)
        for (double v : s.second)
            max = std::max(max, v);
    const double step = niceStep(max);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const int categories = int(chart.categories.size());
    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    if (categories == 0)
        return image;

    if (chart.horizontal) {
        // Category names on the left, bars to the right, values at their ends.
        qreal labelWidth = 0;
        for (const QString &c : chart.categories)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
        labelWidth += pad;
        const QRectF plot(labelWidth + pad, top,
                          w - labelWidth - 2 * pad - fm.horizontalAdvance(QStringLiteral("00000")), h - top - pad);
        const qreal band = plot.height() / categories;
        const qreal bar = std::min(band * 0.8 / seriesCount, fm.height() * 1.1);
        for (int c = 0; c < categories; ++c) {
            const qreal y0 = plot.top() + c * band + (band - bar * seriesCount) / 2;
            p.setPen(Qt::black);
            p.drawText(QRectF(0, plot.top() + c * band, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                       chart.categories.at(c));
            for (int s = 0; s < chart.series.size(); ++s) {
                const double v = chart.series.at(s).second.value(c);
                const qreal len = plot.width() * v / axisMax;
                const QRectF r(plot.left(), y0 + s * bar, len, bar * 0.92);
                p.fillRect(r, seriesColor(s));
                p.setPen(Qt::black);
                p.drawText(QRectF(r.right() + pad / 2, r.top(), w, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           valueText(v));
            }
        }
        p.setPen(QPen(Qt::black, kScale));
        p.drawLine(plot.topLeft(), plot.bottomLeft());
        return image;
    }

    // Vertical bars: the value axis on the left with round steps, category names below.
    const qreal axisWidth = fm.horizontalAdvance(valueText(axisMax)) + pad;
    const QRectF plot(axisWidth + pad, top + fm.height(), w - axisWidth - 2 * pad, h - top - 2 * fm.height() - 2 * pad);
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), kScale / 2.0));
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / axisMax;
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), kScale / 2.0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - fm.height() / 2, axisWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   valueText(v));
    }
    const qreal band = plot.width() / categories;
    const qreal bar = band * 0.7 / seriesCount;
    for (int c = 0; c < categories; ++c) {
        const qreal x0 = plot.left() + c * band + (band - bar * seriesCount) / 2;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double v = chart.series.at(s).second.value(c);
            const qreal height = plot.height() * v / axisMax;
            const QRectF r(x0 + s * bar, plot.bottom() - height, bar * 0.92, height);
            p.fillRect(r, seriesColor(s));
            p.setPen(Qt::black);
            p.drawText(QRectF(r.left() - pad, r.top() - fm.height(), r.width() + 2 * pad, fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, valueText(v));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + c * band, plot.bottom() + pad / 2, band, fm.height() + pad),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(c));
    }
    p.setPen(QPen(Qt::black, kScale));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    return image;
}

} // namespace xianjie
