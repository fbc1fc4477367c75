#pragma once

#include "report/LinkageReport.h"

#include <QImage>
#include <QSize>

namespace xianjie {

/**
 * Paints the charts of a printed paper (bars, grouped by series, with their values written on them) into images
 * for the PDF. Sizes are the sizes on paper at 96 pixels to the inch; the image has three times as many pixels so it
 * prints sharp. Text is at least 10.5 pt on paper.
 */
class ChartPainter
{
public:
    static QImage paint(const PaperChart &chart, const QSize &paperPixels);
    /** The colour of the series @p index, the same on screen and on paper. */
    static QColor seriesColor(int index);
};

} // namespace xianjie
