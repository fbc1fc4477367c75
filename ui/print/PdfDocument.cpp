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
        QFont font(QStringLiteral("Noto Sans CJK SC"));
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
