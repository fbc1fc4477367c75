#pragma once

#include "CliRunner.h"

#include <QProcess>
#include <QThread>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace xianjie::test {

/** A port nobody listens on now (the kernel's choice). */
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        qFatal("no free port");
    ::close(fd);
    return ntohs(addr.sin_port);
}

/** The real xianjie-server (the path CTest puts in XIANJIE_SERVER) on a loopback port. */
class ServerRunner
{
public:
    /** @p password: the account's; empty takes the CLI tests' password. */
    ServerRunner(const QString &casebook, const QString &spool, const QString &user, const QString &password = {})
        : m_casebook(casebook), m_spool(spool), m_user(user), m_password(password)
    {
    }
    ~ServerRunner() { stop(); }

    /** Starts it and waits until /healthz answers; false if it did not come up. */
    bool start(int port = 0)
    {
        m_port = port > 0 ? port : (m_port > 0 ? m_port : freePort());
        QProcessEnvironment env = cliEnvironment();
        if (!m_password.isEmpty())
            env.insert(QStringLiteral("XIANJIE_PASSWORD"), m_password);
        m_process.setProcessEnvironment(env);
        if (m_log.isEmpty()) {
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        } else {
            m_process.setStandardOutputFile(m_log, QIODevice::Append);
            m_process.setStandardErrorFile(m_log, QIODevice::Append);
        }
        m_process.start(qEnvironmentVariable("XIANJIE_SERVER"),
                        {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), m_user,
                         QStringLiteral("--spool"), m_spool, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--lang"), QStringLiteral("en")});
        if (!m_process.waitForStarted())
            return false;
        httplib::Client client("127.0.0.1", m_port);
        client.set_connection_timeout(1, 0);
        for (int i = 0; i < 200; ++i) {
            if (auto r = client.Get("/healthz"); r && r->status == 200)
                return true;
            if (m_process.state() != QProcess::Running)
                return false;
            QThread::msleep(50);
        }
        return false;
    }
    /** SIGTERM: finishes what it is doing and stops; returns its exit code. */
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(60000))
            m_process.kill();
        m_process.waitForFinished();
        return m_process.exitCode();
    }
    /** SIGKILL: no chance to finish anything. */
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    /** Keeps what the server prints in @p file (appended, across restarts) instead of passing it on. */
    void logTo(const QString &file) { m_log = file; }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QString m_casebook;
    QString m_spool;
    QString m_user;
    QString m_password;
    QString m_log;
    int m_port = 0;
    QProcess m_process;
};

} // namespace xianjie::test
