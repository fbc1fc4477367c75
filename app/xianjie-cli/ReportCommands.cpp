// The CLI's reports and exports: the same figures and lists, from the same core code, as the desktop app shows.
#include "CommandLine.h"
#include "print/PdfDocument.h"
#include "report/LinkageReport.h"
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

} // namespace xianjie
