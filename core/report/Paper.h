#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace xianjie {

/**
 * The look every paper the station prints shares: A4, body text at 12 pt, a centred title, tables across the full
 * width, and blanks long enough to write in by hand. The documents are HTML for QTextDocument; PdfDocument lays them
 * out at the printer's resolution, so the sizes here are the sizes on paper.
 */
class Paper
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Paper)

public:
    /** The start of a paper: style, and the title as its heading. */
    static QString begin(const QString &title);
    static QString end() { return QStringLiteral("</body></html>"); }
    static QString esc(const QString &text) { return text.toHtmlEscaped(); }
    /** A paragraph of escaped text, with an optional class ("note", "right", "gap"). */
    static QString para(const QString &text, const QString &cssClass = {});
    /** A line to write on by hand, @p chars wide. */
    static QString blank(int chars = 12);
    /** A date as people write it on paper: 2026年11月3日. */
    static QString date(const QDate &date);
    /** "□ text": a box to tick by hand. */
    static QString box(const QString &text);
    /** A heading within a paper. */
    static QString heading(const QString &text);
};

} // namespace xianjie
