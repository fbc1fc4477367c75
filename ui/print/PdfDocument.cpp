#include "PdfDocument.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace xianjie {

Result<void> PdfDocument::write(const QString &html, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io,
                         tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Xianjie"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        // Latin text and digits in DejaVu, Chinese in WenQuanYi Micro Hei, Noto CJK as the last resort. Noto CJK
        // shares glyphs between ideographs and Kangxi radicals (大 and ⼤) and shapes digits inside Latin runs to
        // glyphs without a Unicode mapping, so a PDF set in it alone reads back wrong when its text is extracted
        // (copy and paste, search, a charity's software).
        QFont font;
        font.setFamilies(
            {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(11);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    if (!file.commit())
        return makeError(Error::Kind::Io,
                         tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

} // namespace xianjie
