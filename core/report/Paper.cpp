#include "Paper.h"

#include <QLocale>

namespace xianjie {

QString Paper::begin(const QString &title)
{
    // Sizes in pt are sizes on paper. Body text at 12 pt, notes at 10.5 pt (小五 is too small for the people who
    // sign these papers); cells with room around the text.
    static const QString style = QStringLiteral(
        "<style>"
        "body{font-size:12pt}"
        "h1{font-size:20pt;font-weight:bold;text-align:center;margin-bottom:12px}"
        "h2{font-size:14pt;font-weight:bold;margin-top:14px;margin-bottom:6px}"
        "p{margin-top:4px;margin-bottom:6px;line-height:130%}"
        "table{border-collapse:collapse;margin-top:4px;margin-bottom:6px}"
        "td,th{border:1px solid #333;padding:5px 7px;vertical-align:top}"
        "th{background:#eee;text-align:left;font-weight:bold}"
        ".note{font-size:10.5pt;color:#333}"
        ".dense{font-size:10.5pt}"
        ".densenum{font-size:10.5pt;white-space:nowrap}"
        ".num{white-space:nowrap}"
        ".right{text-align:right}"
        ".gap{margin-top:18px}"
        ".cut{text-align:center;color:#555;margin-top:22px;margin-bottom:10px}"
        ".seal{border:1px dashed #666;width:38mm;height:38mm;text-align:center;vertical-align:middle;color:#777}"
        "</style>");
    return QStringLiteral("<html><head><meta charset=\"utf-8\">%1</head><body><h1>%2</h1>").arg(style, esc(title));
}

QString Paper::para(const QString &text, const QString &cssClass)
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(text));
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, esc(text));
}

QString Paper::blank(int chars)
{
    return QString(chars, QLatin1Char('_'));
}

QString Paper::date(const QDate &date)
{
    if (!date.isValid())
        return tr("____ year __ month __ day");
    // As dates are written on paper in the paper's language: 2026年9月24日, or 2026-09-24.
    if (QLocale().language() == QLocale::Chinese)
        return date.toString(QStringLiteral("yyyy年M月d日"));
    return date.toString(Qt::ISODate);
}

QString Paper::box(const QString &text)
{
    return QStringLiteral("□ %1").arg(esc(text));
}

QString Paper::heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

} // namespace xianjie
