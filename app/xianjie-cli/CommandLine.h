#pragma once

#include "Result.h"
#include "report/LinkageFigures.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace xianjie {

class Casebook;

/**
 * xianjie-cli: the casebook operations for county staff and scripts. Results go to stdout, errors to stderr
 * as one sentence in the user's language, with a non-zero exit code.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CommandLine)

public:
    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 64
    };

    CommandLine();
    /** Whether the command needs Qt Gui (fonts, PDF): main makes a QGuiApplication for it. */
    static bool needsGui(const QStringList &args);
    /** @p args without the program name and without --lang. */
    int run(const QStringList &args);

private:
    int init(const QStringList &args);
    int demo(const QStringList &args);
    int stats(const QStringList &args);
    int check(const QStringList &args);
    int backup(const QStringList &args);
    int userAdd(const QStringList &args);
    int restore(const QStringList &args);
    int directoryImport(const QStringList &args);
    int referralPacket(const QStringList &args);
    int enroll(const QString &step, const QStringList &args);
    int stationRestores(const QStringList &args);
    int bundleExport(const QStringList &args);
    int bundleImport(const QStringList &args);
    int bundleInspect(const QStringList &args);
    int downstreamExport(const QStringList &args);
    int sync(const QStringList &args);
    /** print referral-letter|consent-form|visit-list: the papers as the app prints them (PrintCommands.cpp). */
    int print(const QStringList &args);
    /** station-contact: the contact printed on the station's papers (PrintCommands.cpp). */
    int stationContact(const QStringList &args);
    /** report linkage: the monthly linkage report as a PDF (ReportCommands.cpp). */
    int report(const QStringList &args);
    /** export households|referrals|visits|assistance: lists to XLSX or CSV (ReportCommands.cpp). */
    int exportList(const QStringList &args);
    /** import-ledger: a station's spreadsheet ledger into the casebook (LedgerCommands.cpp). */
    int importLedger(const QStringList &args);
    /** ledger-imports: what came from which ledger file. */
    int ledgerImports(const QStringList &args);
    /** The period and area a report or export is about, from the command's words. */
    static Result<ReportScope> scopeFrom(const Casebook &casebook, const QString &month, const QString &village,
                                         const QString &station);
    /** $XIANJIE_BACKUP_PASSPHRASE, else asked on the terminal. */
    QString passphrase();
    int usage(const QString &problem = {});
    static void writeUsage(QTextStream &to);
    /** The password for @p username: $XIANJIE_PASSWORD for scripts, else asked on the terminal without echo. */
    QString password(const QString &prompt);
    /** Signs @p username in on @p casebook; prints the reason and returns false when that fails. */
    bool signIn(class Casebook &casebook, const QString &username);
    int fail(const QString &message);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace xianjie
