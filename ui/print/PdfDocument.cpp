#include "PdfDocument.h"

#include "ChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace xianjie {

namespace {
// 96 device pixels to the inch: "1px" in a paper's style is what it is on a web page, and pt sizes are exact because
// the document is laid out on the writer itself.
constexpr int kResolution = 96;

QFont paperFont(qreal points)
{
    // Latin text and digits in DejaVu, Chinese in WenQuanYi Micro Hei, Noto CJK as the last resort. Noto CJK shares
    // glyphs between ideographs and Kangxi radicals (大 and ⼤) and shapes digits inside Latin runs to glyphs without
    // a Unicode mapping, so a PDF set in it alone reads back wrong when its text is extracted (copy and paste,
    // search, a charity's software).
    QFont font;
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}
} // namespace

Result<void> PdfDocument::write(const QString &html, const QString &path, const QString &title, Orientation orientation)
{
    return write(html, Images(), path, title, orientation);
}

Result<void> PdfDocument::write(const PaperWithCharts &paper, const QString &path, Orientation orientation)
{
    Images images;
    for (const PaperChart &chart : paper.charts)
        images << qMakePair(QStringLiteral("chart:") + chart.name,
                            ChartPainter::paint(chart, QSize(chart.width, chart.height)));
    return write(paper.html, images, path, paper.title, orientation);
}

Result<void> PdfDocument::write(const QString &html, const Images &images, const QString &path, const QString &title,
                                Orientation orientation)
{
    auto failed = [&](const QString &why) {
        return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Xianjie"));
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4),
                        orientation == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                        QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
        const QRectF area = writer.pageLayout().paintRectPixels(kResolution);
        const qreal footer = kResolution * 10 / 25.4; // 10 mm for the page number

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setUseDesignMetrics(true);
        doc.setDefaultFont(paperFont(12));
        doc.setDocumentMargin(0);
        for (const auto &[name, image] : images)
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        doc.setHtml(html);
        const QSizeF page(area.width(), area.height() - footer);
        doc.setPageSize(page);
        const int pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return failed(tr("the PDF could not be started"));
        painter.setFont(paperFont(10));
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return failed(tr("page %1 could not be started").arg(i + 1));
            painter.save();
            painter.translate(0, -i * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * page.height(), page.width(), page.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            if (pages > 1)
                painter.drawText(QRectF(0, area.height() - footer, area.width(), footer),
                                 Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return failed(tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace xianjie
