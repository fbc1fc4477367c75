#pragma once

#include "FixedClock.h"
#include "storage/Casebook.h"

#include <QTemporaryDir>
#include <memory>

namespace xianjie::test {

/** A fresh station casebook in a temporary folder, removed with the fixture. */
class TestCasebook
{
public:
    explicit TestCasebook(int demoHouseholds = 0, quint64 seed = 1);
    /** A station (or county) with its own identity, e.g. a second station of the same county. */
    TestCasebook(int demoHouseholds, quint64 seed, const Casebook::Identity &identity);
    ~TestCasebook();

    Casebook &casebook() { return *m_casebook; }
    Casebook *operator->() { return m_casebook.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    FixedClock &clock() { return m_clock; }
    /** Hands the open casebook over (to a MainWindow); the fixture keeps the folder and the clock. */
    std::unique_ptr<Casebook> take() { return std::move(m_casebook); }
    /** Closes the casebook (for tests that reopen or damage the file). */
    void close() { m_casebook.reset(); }
    static Casebook::Identity stationIdentity();
    /** The first account of every test casebook: station head "head", signed in. */
    static constexpr const char *kHeadUser = "head";
    static constexpr const char *kPassword = "test-pass-2026";
    /** SHA-256 of a file, to prove it was left untouched. */
    static QByteArray fileHash(const QString &path);

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Casebook> m_casebook;
};

/**
 * A county casebook at @p path (code 110105) with its first account "xianli" signed in, and @p stations enrolled
 * with it. Stops the test program when any step fails.
 */
std::unique_ptr<Casebook> createCounty(const QString &path, const Clock &clock,
                                       const QString &name = QStringLiteral("测试县民政局"),
                                       const QList<Casebook *> &stations = {});

} // namespace xianjie::test
