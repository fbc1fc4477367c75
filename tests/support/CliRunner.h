#pragma once

#include <QProcess>
#include <QStringList>

namespace xianjie::test {

/** What a run of xianjie-cli printed and returned. */
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

/** The environment every test run of xianjie-cli gets: the password and the backup passphrase for scripts. */
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XIANJIE_PASSWORD"), QStringLiteral("cli-test-2026"));
    env.insert(QStringLiteral("XIANJIE_BACKUP_PASSPHRASE"), QStringLiteral("beifen-2026"));
    return env;
}

/** Runs the real xianjie-cli (the path CTest puts in XIANJIE_CLI) and waits for it. */
inline Run cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(qEnvironmentVariable("XIANJIE_CLI"), args);
    if (!p.waitForFinished(300000))
        qFatal("xianjie-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace xianjie::test
