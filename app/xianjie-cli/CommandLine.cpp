#include "CommandLine.h"

#include "demo/DemoGenerator.h"
#include "platform/Platform.h"
#include "report/ReferralDocuments.h"
#include "rules/Labels.h"
#include "rules/Password.h"
#include "rules/Validation.h"
#include "storage/Backup.h"
#include "storage/Casebook.h"
#include "storage/CasebookCheck.h"
#include "storage/CharityDirectory.h"
#include "storage/Database.h"
#include "storage/ReferralRepository.h"
#include "storage/Schema.h"
#include "storage/UserRepository.h"
#include "sync/BundleImporter.h"
#include "sync/CountySync.h"
#include "sync/Enrollment.h"
#include "sync/OnlineSync.h"
#include "sync/StationRestore.h"
#include "sync/StationSync.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

namespace xianjie {

namespace {
// Parses "COMMAND CASEBOOK --opt value ..." with QCommandLineParser; returns false with a message on bad use.
bool parse(QCommandLineParser &parser, const QStringList &args, QString *problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("xianjie-cli")} + args)) {
        *problem = parser.errorText();
        return false;
    }
    return true;
}
} // namespace

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) {}

int CommandLine::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage();
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--version")) {
        m_out << QStringLiteral("xianjie-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        writeUsage(m_out);
        return Ok;
    }
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("stats"))
        return stats(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("backup"))
        return backup(rest);
    if (command == QLatin1String("user-add"))
        return userAdd(rest);
    if (command == QLatin1String("directory-import"))
        return directoryImport(rest);
    if (command == QLatin1String("referral-packet"))
        return referralPacket(rest);
    if (command == QLatin1String("bundle-export"))
        return bundleExport(rest);
    if (command == QLatin1String("bundle-import"))
        return bundleImport(rest);
    if (command == QLatin1String("downstream-export"))
        return downstreamExport(rest);
    if (command == QLatin1String("bundle-inspect"))
        return bundleInspect(rest);
    if (command == QLatin1String("sync"))
        return sync(rest);
    if (command == QLatin1String("enroll-request") || command == QLatin1String("enroll-approve") ||
        command == QLatin1String("enroll-accept") || command == QLatin1String("station-revoke"))
        return enroll(command, rest);
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (command == QLatin1String("station-restores"))
        return stationRestores(rest);
    if (command == QLatin1String("print"))
        return print(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (command == QLatin1String("export"))
        return exportList(rest);
    if (command == QLatin1String("import-ledger"))
        return importLedger(rest);
    if (command == QLatin1String("ledger-imports"))
        return ledgerImports(rest);
    if (command == QLatin1String("station-contact"))
        return stationContact(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        usage();
        return Ok;
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    writeUsage(m_err);
    return Usage;
}

void CommandLine::writeUsage(QTextStream &to)
{
    to << tr("Usage:") << Qt::endl
       << QStringLiteral("  xianjie-cli init CASEBOOK --role station|county --code CODE --name NAME --user USER "
                         "[--full-name NAME]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli demo CASEBOOK --user USER --households N [--seed S]") << Qt::endl
       << QStringLiteral("  xianjie-cli stats CASEBOOK [--json]") << Qt::endl
       << QStringLiteral("  xianjie-cli check CASEBOOK") << Qt::endl
       << QStringLiteral("  xianjie-cli user-add CASEBOOK --user HEAD --new NAME --full-name NAME "
                         "--role worker|head|auditor|county")
       << Qt::endl
       << QStringLiteral("  xianjie-cli backup CASEBOOK --user USER --out FILE") << Qt::endl
       << QStringLiteral("  xianjie-cli restore FILE --to CASEBOOK [--force]") << Qt::endl
       << QStringLiteral("  xianjie-cli directory-import CASEBOOK FILE.csv|FILE.xlsx --user USER") << Qt::endl
       << QStringLiteral("  xianjie-cli referral-packet CASEBOOK NUMBER --user USER --out FILE.json") << Qt::endl
       << QStringLiteral("  xianjie-cli print referral-letter CASEBOOK NUMBER --user USER --out FILE.pdf") << Qt::endl
       << QStringLiteral("  xianjie-cli print consent-form CASEBOOK CONSENT-ID --user USER --out FILE.pdf") << Qt::endl
       << QStringLiteral("  xianjie-cli print visit-list CASEBOOK --village CODE|NAME --user USER --out FILE.pdf "
                         "[--until YYYY-MM-DD]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli report linkage CASEBOOK --month YYYY-MM --user USER --out FILE.pdf "
                         "[--village CODE|NAME] [--station CODE]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli export households|referrals|visits|assistance CASEBOOK --user USER "
                         "--out FILE.xlsx|FILE.csv [--unmasked] [--village CODE|NAME] [--month YYYY-MM] "
                         "[--status STATUS]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli import-ledger CASEBOOK FILE.xlsx|FILE.csv --user USER [--sheet N] "
                         "[--mapping FILE.json] [--save-mapping FILE.json] [--encoding utf8|gb18030] [--dry-run] "
                         "[--only-valid] [--update]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli ledger-imports CASEBOOK --user USER [--batch ID]") << Qt::endl
       << QStringLiteral("  xianjie-cli station-contact CASEBOOK --user HEAD [--person NAME] [--phone PHONE] "
                         "[--address TEXT]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli enroll-request STATION --user HEAD --out REQUEST") << Qt::endl
       << QStringLiteral("  xianjie-cli enroll-approve COUNTY REQUEST --user STAFF --out GRANT [--server URL]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli enroll-accept STATION GRANT --user HEAD") << Qt::endl
       << QStringLiteral("  xianjie-cli station-revoke COUNTY --code STATION-CODE --reason TEXT --user STAFF")
       << Qt::endl
       << QStringLiteral("  xianjie-cli station-restores COUNTY --user STAFF [--take-in STATION-CODE] [--all]")
       << Qt::endl
       << QStringLiteral("  xianjie-cli bundle-export STATION --user USER --out DIR") << Qt::endl
       << QStringLiteral("  xianjie-cli bundle-import CASEBOOK FILE... --user USER") << Qt::endl
       << QStringLiteral("  xianjie-cli downstream-export COUNTY --station CODE|--all --user USER --out DIR")
       << Qt::endl
       << QStringLiteral("  xianjie-cli bundle-inspect FILE") << Qt::endl
       << QStringLiteral("  xianjie-cli sync STATION --user USER [--server URL] [--ca-file FILE]") << Qt::endl
       << tr("Add --lang zh_CN or --lang en to choose the language.") << Qt::endl
       << tr("Commands that change the casebook act as --user; the password comes from XIANJIE_PASSWORD or is "
             "asked for.")
       << Qt::endl;
}

QString CommandLine::password(const QString &prompt)
{
    const QByteArray fromEnvironment = qgetenv("XIANJIE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    m_err << prompt << Qt::flush;
    const bool terminal = platform::stdinIsTerminal();
    if (terminal)
        platform::setStdinEcho(false);
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        platform::setStdinEcho(true);
        m_err << Qt::endl;
    }
    return line;
}

QString CommandLine::passphrase()
{
    const QByteArray fromEnvironment = qgetenv("XIANJIE_BACKUP_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    const QByteArray saved = qgetenv("XIANJIE_PASSWORD");
    qunsetenv("XIANJIE_PASSWORD"); // the passphrase is not the account password
    const QString answer = password(tr("Backup passphrase: "));
    if (!saved.isEmpty())
        qputenv("XIANJIE_PASSWORD", saved);
    return answer;
}

int CommandLine::backup(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("out")).isEmpty())
        return usage(tr("Name the casebook and the backup file (--out)."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    const QString out = p.value(QStringLiteral("out"));
    if (auto r = Backup::create(**cb, out, passphrase()); !r)
        return fail(r.message());
    m_out << tr("Encrypted backup written to %1.").arg(QFileInfo(out).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int CommandLine::userAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("new"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("full-name"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("role"), QStringLiteral("worker")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("new")).isEmpty())
        return usage(tr("Name the casebook and the new user (--new)."));
    const auto role = Permissions::roleFromCode(p.value(QStringLiteral("role")));
    if (!role)
        return usage(tr("--role is worker, head, auditor or county."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    // The new user's first password: $XIANJIE_NEW_PASSWORD for scripts, else asked for.
    const QByteArray fromEnvironment = qgetenv("XIANJIE_NEW_PASSWORD");
    const QString secret = fromEnvironment.isEmpty()
                               ? password(tr("First password for %1: ").arg(p.value(QStringLiteral("new"))))
                               : QString::fromUtf8(fromEnvironment);
    const QString fullName = p.value(QStringLiteral("full-name")).trimmed();
    auto user = UserRepository(**cb).createUser(
        p.value(QStringLiteral("new")), fullName.isEmpty() ? p.value(QStringLiteral("new")) : fullName, *role, secret);
    if (!user)
        return fail(user.message());
    m_out << tr("Added %1 (%2) as %3.").arg(user->displayName, user->username, Permissions::roleLabel(user->role))
          << Qt::endl;
    return Ok;
}

int CommandLine::restore(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("backup"), QString());
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("casebook")});
    p.addOption({QStringLiteral("force"), QString()});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("to")).isEmpty())
        return usage(tr("Name the backup file and the casebook to restore it to (--to)."));
    const QString to = p.value(QStringLiteral("to"));
    if (auto r = Backup::restore(p.positionalArguments().first(), passphrase(), to, p.isSet(QStringLiteral("force")));
        !r)
        return fail(r.message());
    m_out << tr("Restored the casebook to %1.").arg(QFileInfo(to).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int CommandLine::directoryImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 2)
        return usage(tr("Name the casebook and the CSV file of organisations or projects."));
    const QString file = p.positionalArguments().at(1);
    if (!QFileInfo(file).isReadable())
        return fail(tr("Cannot read %1: %2").arg(file, tr("the file is missing or may not be read")));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto report = CharityDirectory(**cb).importFile(file);
    if (!report)
        return fail(report.message());
    if (!report->rowErrors.isEmpty()) {
        for (const QString &e : report->rowErrors)
            m_err << e << Qt::endl;
        return fail(tr("%n row(s) are wrong; nothing was imported. Correct them and import the file again.", nullptr,
                       int(report->rowErrors.size())));
    }
    m_out << tr("Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.")
                 .arg(report->orgsAdded)
                 .arg(report->orgsUpdated)
                 .arg(report->projectsAdded)
                 .arg(report->projectsUpdated)
          << Qt::endl;
    return Ok;
}

int CommandLine::referralPacket(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addPositionalArgument(QStringLiteral("number"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 2 || p.value(QStringLiteral("out")).isEmpty())
        return usage(tr("Name the casebook, the referral number and the packet file (--out)."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto referral = ReferralRepository(**cb).byNumber(p.positionalArguments().at(1));
    if (!referral)
        return fail(referral.message());
    auto packet = ReferralDocuments(**cb).packetJson(referral->id);
    if (!packet)
        return fail(packet.message());
    QSaveFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(*packet) != packet->size() || !out.commit())
        return fail(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    m_out << tr("Referral packet written to %1.").arg(QFileInfo(out.fileName()).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int CommandLine::enroll(const QString &step, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("code"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text")});
    p.addOption({QStringLiteral("server"), QString(), QStringLiteral("url")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    const QStringList pos = p.positionalArguments();
    const bool needsFile = step == QLatin1String("enroll-approve") || step == QLatin1String("enroll-accept");
    const bool needsOut = step == QLatin1String("enroll-request") || step == QLatin1String("enroll-approve");
    if (pos.size() != (needsFile ? 2 : 1) || (needsOut && p.value(QStringLiteral("out")).isEmpty()) ||
        (step == QLatin1String("station-revoke") &&
         (p.value(QStringLiteral("code")).isEmpty() || p.value(QStringLiteral("reason")).isEmpty())))
        return usage(tr("Check the command: see the usage below."));
    QByteArray input;
    if (needsFile) {
        QFile file(pos.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        input = file.read(1024 * 1024);
    }
    auto cb = Casebook::open(pos.first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    auto write = [&](const QByteArray &bytes) {
        QSaveFile out(p.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return fail(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        m_out << tr("Written to %1.").arg(QFileInfo(out.fileName()).absoluteFilePath()) << Qt::endl;
        return int(Ok);
    };
    if (step == QLatin1String("enroll-request")) {
        auto request = Enrollment::request(**cb);
        if (!request)
            return fail(request.message());
        m_out << tr("Fingerprint of this station's key: %1 — read it to the county on the phone.")
                     .arg(Enrollment::fingerprint(Enrollment::signPublicKey(**cb)))
              << Qt::endl;
        return write(*request);
    }
    if (step == QLatin1String("enroll-approve")) {
        // The county server's address goes into this grant and every later one.
        if (p.isSet(QStringLiteral("server")))
            if (auto r = OnlineSync::setServerUrl(**cb, p.value(QStringLiteral("server"))); !r)
                return fail(r.message());
        auto grant = Enrollment::approve(**cb, input);
        if (!grant)
            return fail(grant.message());
        auto stations = Enrollment::stations(**cb);
        if (stations && !stations->isEmpty())
            m_out << tr("Enrolled. Check the station's fingerprint: %1. The county's fingerprint: %2.")
                         .arg(Enrollment::fingerprint(stations->last().signPublicKey),
                              Enrollment::fingerprint(Enrollment::signPublicKey(**cb)))
                  << Qt::endl;
        return write(*grant);
    }
    if (step == QLatin1String("enroll-accept")) {
        auto accepted = Enrollment::accept(**cb, input);
        if (!accepted)
            return fail(accepted.message());
        m_out << tr("Enrolled with %1 (fingerprint %2): %3 villages and %4 organisations added.")
                     .arg(accepted->countyName, accepted->countyFingerprint)
                     .arg(accepted->villages)
                     .arg(accepted->organisations)
              << Qt::endl;
        return Ok;
    }
    if (auto r = Enrollment::revoke(**cb, p.value(QStringLiteral("code")), p.value(QStringLiteral("reason"))); !r)
        return fail(r.message());
    m_out << tr("The key of station %1 is revoked.").arg(p.value(QStringLiteral("code"))) << Qt::endl;
    return Ok;
}

int CommandLine::stationRestores(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("take-in"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("all"), QString()});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Check the command: see the usage below."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    if (p.isSet(QStringLiteral("take-in"))) {
        auto taken = StationRestore::takeIn(**cb, p.value(QStringLiteral("take-in")));
        if (!taken)
            return fail(taken.message());
        m_out << tr("Taken in. The station's audit log continues from the backup's last entry (%1 later entries "
                    "are kept aside); its changes since the restore continue from No. %2; %3 records go back to it "
                    "with the next bundle for it (downstream-export).")
                     .arg(taken->supersededEntries)
                     .arg(taken->renumberFrom)
                     .arg(taken->returnedRecords)
              << Qt::endl;
        return Ok;
    }
    auto list = StationRestore::restores(**cb, !p.isSet(QStringLiteral("all")));
    if (!list)
        return fail(list.message());
    if (list->isEmpty())
        m_out << tr("No station restored from a backup waits for the county.") << Qt::endl;
    for (const StationRestore::Waiting &w : std::as_const(*list)) {
        const QString state =
            w.confirmedAt.isValid() ? tr("taken in on %1, confirmed by the station on %2")
                                          .arg(Labels::date(w.decidedAt.date()), Labels::date(w.confirmedAt.date()))
            : w.decidedAt.isValid() ? tr("taken in on %1; waits for the station to import the county's bundle")
                                          .arg(Labels::date(w.decidedAt.date()))
                                    : tr("waits to be taken in");
        m_out << tr("%1 (%2): restored from a backup ending at audit entry No. %3; the county holds %4 later "
                    "entries and %5 changes the backup did not have; noticed %6; %7.")
                     .arg(w.name, w.code)
                     .arg(w.auditSeq)
                     .arg(w.lostEntries)
                     .arg(w.lostChanges)
                     .arg(Labels::date(w.noticedAt.date()), state)
              << Qt::endl;
    }
    return Ok;
}

int CommandLine::bundleExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("dir")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("out")).isEmpty())
        return usage(tr("Name the station casebook and the folder to write bundles to (--out)."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    // Bundles the county has not acknowledged go along again: a lost stick loses nothing.
    auto again = StationSync::rewriteUnacknowledged(**cb, p.value(QStringLiteral("out")));
    if (!again)
        return fail(again.message());
    for (const QString &path : std::as_const(*again))
        m_out << tr("%1 (written again: the county has not acknowledged it yet)").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    auto written = StationSync::exportPending(**cb, p.value(QStringLiteral("out")));
    if (!written)
        return fail(written.message());
    if (written->isEmpty() && again->isEmpty())
        m_out << tr("Nothing to send: every change is already in a bundle.") << Qt::endl;
    for (const QString &path : *written)
        m_out << QDir::toNativeSeparators(path) << Qt::endl;
    return Ok;
}

int CommandLine::bundleImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addPositionalArgument(QStringLiteral("files"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() < 2)
        return usage(tr("Name the casebook and the bundle files."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    int worst = Ok;
    const auto results = BundleImporter::importFiles(**cb, p.positionalArguments().mid(1));
    for (const BundleImporter::Imported &r : results) {
        const QString line = tr("%1: %2").arg(QDir::toNativeSeparators(r.file), r.summary());
        const bool trouble =
            r.outcome == BundleImporter::Outcome::Held || r.outcome == BundleImporter::Outcome::Refused;
        (trouble ? m_err : m_out) << line << Qt::endl;
        for (const QString &note : r.notes())
            m_out << QStringLiteral("  ") << note << Qt::endl;
        if (r.outcome == BundleImporter::Outcome::Held)
            worst = 3;
        else if (r.outcome == BundleImporter::Outcome::Refused && worst != 3)
            worst = 2;
    }
    return worst;
}

int CommandLine::downstreamExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("station"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("all"), QString()});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("dir")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1 || p.value(QStringLiteral("out")).isEmpty() ||
        (p.value(QStringLiteral("station")).isEmpty() == !p.isSet(QStringLiteral("all"))))
        return usage(tr("Name the county casebook, the station (--station CODE, or --all) and the folder (--out)."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    QStringList written;
    if (p.isSet(QStringLiteral("all"))) {
        auto all = CountySync::exportDownstreamForAll(**cb, p.value(QStringLiteral("out")));
        if (!all)
            return fail(all.message());
        written = *all;
    } else {
        auto one =
            CountySync::exportDownstream(**cb, p.value(QStringLiteral("station")), p.value(QStringLiteral("out")));
        if (!one)
            return fail(one.message());
        written << *one;
    }
    for (const QString &path : std::as_const(written))
        m_out << QDir::toNativeSeparators(path) << Qt::endl;
    return Ok;
}

int CommandLine::sync(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("server"), QString(), QStringLiteral("url")});
    p.addOption({QStringLiteral("ca-file"), QString(), QStringLiteral("file")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the station casebook."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    OnlineSync::Options options;
    options.url = p.value(QStringLiteral("server"));
    options.caFile = p.value(QStringLiteral("ca-file"));
    const OnlineSync::Report report = OnlineSync::syncOnce(**cb, options);
    (report.exitCode() == Ok ? m_out : m_err) << report.summary() << Qt::endl;
    return report.exitCode();
}

int CommandLine::bundleInspect(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("Name one bundle file."));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto manifest = BundleImporter::inspect(file.readAll());
    if (!manifest)
        return fail(manifest.message());
    m_out << QString::fromUtf8(QJsonDocument(*manifest).toJson(QJsonDocument::Indented));
    return Ok;
}

bool CommandLine::signIn(Casebook &casebook, const QString &username)
{
    if (username.isEmpty()) {
        usage(tr("Name the user who makes this change with --user."));
        return false;
    }
    auto user = UserRepository(casebook).signIn(username, password(tr("Password for %1: ").arg(username)));
    if (!user) {
        fail(user.message());
        return false;
    }
    return true;
}

int CommandLine::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return Failed;
}

int CommandLine::init(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("role"), QStringLiteral("station")});
    p.addOption({QStringLiteral("code"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("name"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("full-name"), QString(), QStringLiteral("name")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the casebook file to create."));
    const QString username = p.value(QStringLiteral("user")).trimmed();
    if (username.isEmpty())
        return usage(tr("Name the first account (the station head, or county staff) with --user."));
    Casebook::Identity identity;
    const QString role = p.value(QStringLiteral("role"));
    if (role == QLatin1String("station")) {
        identity.role = Casebook::Role::Station;
        auto code = Validation::stationCode(p.value(QStringLiteral("code")));
        if (!code)
            return fail(tr("--code: %1").arg(code.message()));
        identity.code = *code;
    } else if (role == QLatin1String("county")) {
        identity.role = Casebook::Role::County;
        auto code = Validation::divisionCode6(p.value(QStringLiteral("code")));
        if (!code)
            return fail(tr("--code: %1").arg(code.message()));
        identity.code = *code;
    } else {
        return usage(tr("--role is station or county."));
    }
    identity.name = p.value(QStringLiteral("name")).trimmed();
    if (identity.name.isEmpty())
        return usage(tr("Give the station's name with --name."));
    const QString secret = password(tr("Password for %1: ").arg(username));
    if (auto strong = Password::checkStrength(secret, username.toLower()); !strong)
        return fail(strong.message());
    auto cb = Casebook::create(p.positionalArguments().first(), identity);
    if (!cb)
        return fail(cb.message());
    const QString fullName = p.value(QStringLiteral("full-name")).trimmed();
    auto first = UserRepository(**cb).createFirstUser(username, fullName.isEmpty() ? username : fullName, secret);
    if (!first) {
        const QString path = (*cb)->path();
        cb->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return fail(first.message());
    }
    m_out << tr("Created %1 casebook \"%2\" (%3) at %4.")
                 .arg(identity.role == Casebook::Role::Station ? tr("station") : tr("county"), identity.name,
                      identity.code, (*cb)->path())
          << Qt::endl;
    return Ok;
}

int CommandLine::demo(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("households"), QString(), QStringLiteral("n"), QStringLiteral("100")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("s"), QStringLiteral("1")});
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the casebook to fill."));
    bool ok = false;
    const int households = p.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || households < 1 || households > 1000000)
        return usage(tr("--households is a number from 1 to 1000000."));
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed is a whole number."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.households = households;
    options.seed = seed;
    options.progress = [&](int done) {
        if (done % 5000 == 0)
            m_err << tr("%1 of %2 households…").arg(done).arg(households) << Qt::endl;
        return true;
    };
    auto summary = DemoGenerator::generate(**cb, options);
    if (!summary)
        return fail(summary.message());
    m_out << tr("Added %1 demo households with %2 members and %3 villages in %4 s.")
                 .arg(summary->households)
                 .arg(summary->persons)
                 .arg(summary->villages)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

int CommandLine::stats(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    p.addOption({QStringLiteral("json"), QString()});
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the casebook."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    auto counts = CasebookCheck::counts((*cb)->db());
    if (!counts)
        return fail(counts.message());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto &c : *counts)
            tables.insert(c.first, c.second);
        QJsonObject root{{QStringLiteral("role"), Casebook::roleCode((*cb)->identity().role)},
                         {QStringLiteral("code"), (*cb)->identity().code},
                         {QStringLiteral("name"), (*cb)->identity().name},
                         {QStringLiteral("tables"), tables}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("%1 (%2)").arg((*cb)->identity().name, (*cb)->identity().code) << Qt::endl;
        for (const auto &c : *counts)
            m_out << QStringLiteral("%1 %2").arg(c.first, -22).arg(c.second, 10) << Qt::endl;
    }
    return Ok;
}

int CommandLine::check(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("casebook"), QString());
    QString problem;
    if (!parse(p, args, &problem))
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the casebook to check."));
    const QString path = p.positionalArguments().first();
    auto version = Casebook::probe(path);
    if (!version)
        return fail(version.message());
    // Read only: a check must not change the file it checks, so an older casebook is not upgraded here.
    if (*version < Schema::currentVersion())
        return fail(tr("This casebook was written by an earlier version of Xianjie (casebook version %1; this program "
                       "uses version %2). Open it once with this version to upgrade it, then check it again.")
                        .arg(*version)
                        .arg(Schema::currentVersion()));
    const QString connection = Database::uniqueConnectionName(QStringLiteral("check"));
    int exit = Ok;
    {
        auto db = Casebook::openReadConnection(path, connection);
        if (!db)
            return fail(db.message());
        auto faults = CasebookCheck::run(*db);
        if (!faults) {
            exit = fail(faults.message());
        } else if (!faults->isEmpty()) {
            for (const QString &f : *faults)
                m_err << f << Qt::endl;
            m_err << tr("The casebook has %n fault(s).", nullptr, int(faults->size())) << Qt::endl;
            exit = Failed;
        } else {
            m_out << tr("The casebook is sound.") << Qt::endl;
        }
        Database::forgetConnection(connection);
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return exit;
}

} // namespace xianjie
