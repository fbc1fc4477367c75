#pragma once

#include "Result.h"
#include "report/LinkageFigures.h"

#include <QCoreApplication>
#include <QStringList>

namespace xianjie {

class Casebook;

/**
 * A chart on a printed paper, as data: the desktop app and the CLI paint it (ui/print/ChartPainter) into the
 * image the paper's HTML names as "chart:NAME".
 */
struct PaperChart
{
    QString name; ///< the image's name in the HTML
    QString title;
    QStringList categories;
    QList<QPair<QString, QList<double>>> series; ///< name, one value per category
    QString unit;                                ///< what the numbers count, shown on the axis
    bool horizontal = false;
    int width = 640; ///< on paper, in pixels at 96 to the inch
    int height = 230;
};

/** A paper ready to print: its HTML, its title and the charts it shows. */
struct PaperWithCharts
{
    QString title;
    QString html;
    QList<PaperChart> charts;
};

/**
 * The monthly linkage report (衔接情况通报) for the meeting with charities and for superiors: the period and area,
 * the state of the households and their needs, referrals by charity with their response times, leads from
 * charities, help received, campaigns and the problems to follow up, with three charts. Counts only: no names, no ID
 * numbers. Printing it is written to the audit log.
 */
class LinkageReport
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::LinkageReport)

public:
    static Result<PaperWithCharts> build(Casebook &casebook, const ReportScope &scope);
    /** Writes to the audit log that the report for @p figures was printed. */
    static Result<void> recordPrinted(Casebook &casebook, const LinkageFigures &figures);
    /** The paper for figures already computed (the dashboard's). */
    static PaperWithCharts paper(const LinkageFigures &figures, bool county);
    /** "2026年11月" / "November 2026" for a whole month, otherwise the two dates. */
    static QString periodText(const ReportScope &scope);
    /** A number of days as the papers and the dashboard write it: 4, 2.5, or "—" when there is none. */
    static QString days(const std::optional<double> &days);
    /** Yuan with two decimals and thousands separators. */
    static QString yuan(qint64 fen);
};

} // namespace xianjie
