// The CLI's reports and exports: the same figures and lists, from the same core code, as the desktop app shows.
#include "CommandLine.h"
#include "print/PdfDocument.h"
#include "report/LinkageReport.h"
#include "report/ListExport.h"
#include "storage/Casebook.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace xianjie {

Result<ReportScope> CommandLine::scopeFrom(const Casebook &casebook, const QString &month, const QString &village,
                                           const QString &station)
{
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    ReportScope scope;
    if (!month.isEmpty()) {
        const auto m = monthPattern.match(month);
        if (m.hasMatch())
            scope = ReportScope::month(m.captured(1).toInt(), m.captured(2).toInt());
        if (!scope.isValid())
            return makeError(Error::Kind::Invalid, tr("Give the month as YYYY-MM, for example 2026-11."));
    }
    if (!village.isEmpty()) {
        auto code = Database::scalar(casebook.db(),
                                     QStringLiteral("SELECT code FROM village WHERE (code = ? OR name = ?) AND "
                                                    "deleted = 0 ORDER BY rid LIMIT 1"),
                                     {village, village});
        if (!code)
            return code.error();
        if (code->isNull())
            return makeError(Error::Kind::NotFound, tr("The casebook has no village \"%1\". Give its 12-digit code or "
                                                       "its name as listed in the station's villages.")
                                                        .arg(village));
        scope.villageCode = code->toString();
    }
    if (!station.isEmpty()) {
        auto id = Database::scalar(casebook.db(),
                                   QStringLiteral("SELECT station_id FROM station WHERE code = ? OR name = ? "
                                                  "ORDER BY revoked_on IS NOT NULL LIMIT 1"),
                                   {station, station});
        if (!id)
            return id.error();
        if (id->isNull())
            return makeError(Error::Kind::NotFound,
                             tr("The county has no station \"%1\". Give its 12-digit code or its name.").arg(station));
        scope.stationId = id->toString();
    }
    return scope;
}

int CommandLine::report(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("month"), QString(), QStringLiteral("month")});
    p.addOption({QStringLiteral("village"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("station"), QString(), QStringLiteral("code")});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) != QLatin1String("linkage"))
        return usage(tr("Say which report to make: linkage."));
    if (pos.size() != 2 || p.value(QStringLiteral("out")).isEmpty() || p.value(QStringLiteral("month")).isEmpty())
        return usage(tr("Name the casebook, the month (--month YYYY-MM) and the PDF file (--out)."));
    auto cb = Casebook::open(pos.at(1));
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto scope = scopeFrom(**cb, p.value(QStringLiteral("month")), p.value(QStringLiteral("village")),
                           p.value(QStringLiteral("station")));
    if (!scope)
        return fail(scope.message());
    auto paper = LinkageReport::build(**cb, *scope);
    if (!paper)
        return fail(paper.message());
    const QString out = p.value(QStringLiteral("out"));
    if (auto w = PdfDocument::write(*paper, out); !w)
        return fail(w.message());
    m_out << tr("%1 written to %2.").arg(paper->title, QFileInfo(out).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int CommandLine::exportList(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("village"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("month"), QString(), QStringLiteral("month")});
    p.addOption({QStringLiteral("status"), QString(), QStringLiteral("status")});
    p.addOption({QStringLiteral("unmasked"), QString()});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    const auto list = ListExport::listFromCode(pos.value(0));
    if (!list)
        return usage(tr("Say which list to export: households, referrals, visits or assistance."));
    const QString out = p.value(QStringLiteral("out"));
    if (pos.size() != 2 || out.isEmpty())
        return usage(tr("Name the casebook and the file to write (--out FILE.xlsx or FILE.csv)."));
    const auto format = TableWriter::formatOf(out);
    if (!format)
        return usage(tr("Name the file with .xlsx (Excel) or .csv at the end."));
    auto cb = Casebook::open(pos.at(1));
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto scope = scopeFrom(**cb, p.value(QStringLiteral("month")), p.value(QStringLiteral("village")), QString());
    if (!scope)
        return fail(scope.message());
    ListExport::Options o;
    o.list = *list;
    o.path = out;
    o.format = *format;
    o.unmasked = p.isSet(QStringLiteral("unmasked"));
    o.from = scope->from;
    o.to = scope->to;
    if (!scope->villageCode.isEmpty()) {
        auto id = Database::scalar((*cb)->db(),
                                   QStringLiteral("SELECT id FROM village WHERE code = ? AND deleted = 0 ORDER BY rid "
                                                  "LIMIT 1"),
                                   {scope->villageCode});
        if (!id)
            return fail(id.message());
        o.villageId = id->toString();
        o.households.filter.villageId = o.villageId;
    }
    o.referrals.status = p.value(QStringLiteral("status"));
    o.households.filter.status = *list == ListExport::List::Households ? p.value(QStringLiteral("status")) : QString();
    auto done = ListExport::run(**cb, o);
    if (!done)
        return fail(done.message());
    m_out << tr("%1: %2 row(s) written to %3 (%4).")
                 .arg(ListExport::listLabel(*list))
                 .arg(done->rows)
                 .arg(done->path, o.unmasked ? tr("unmasked") : tr("masked"))
          << Qt::endl;
    return Ok;
}

} // namespace xianjie
