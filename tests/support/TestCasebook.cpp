#include "TestCasebook.h"

#include "demo/DemoGenerator.h"
#include "storage/UserRepository.h"
#include "sync/Enrollment.h"

#include <QCryptographicHash>
#include <QFile>
#include <stdexcept>

namespace xianjie::test {

Casebook::Identity TestCasebook::stationIdentity()
{
    return {Casebook::Role::Station, QStringLiteral("110105100000"), QStringLiteral("测试民政服务站")};
}

TestCasebook::TestCasebook(int demoHouseholds, quint64 seed) : TestCasebook(demoHouseholds, seed, stationIdentity()) {}

TestCasebook::TestCasebook(int demoHouseholds, quint64 seed, const Casebook::Identity &identity)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_path = m_dir.filePath(QStringLiteral("test.casebook"));
    auto cb = Casebook::create(m_path, identity, m_clock);
    if (!cb)
        throw std::runtime_error(cb.message().toStdString());
    m_casebook = std::move(*cb);
    auto user = UserRepository(*m_casebook)
                    .createFirstUser(QString::fromLatin1(kHeadUser), QStringLiteral("测试站长"),
                                     QString::fromLatin1(kPassword));
    if (!user)
        throw std::runtime_error(user.message().toStdString());
    if (demoHouseholds > 0) {
        DemoGenerator::Options options;
        options.households = demoHouseholds;
        options.seed = seed;
        auto r = DemoGenerator::generate(*m_casebook, options);
        if (!r)
            throw std::runtime_error(r.message().toStdString());
    }
}

TestCasebook::~TestCasebook() = default;

QByteArray TestCasebook::fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

std::unique_ptr<Casebook> createCounty(const QString &path, const Clock &clock, const QString &name,
                                       const QList<Casebook *> &stations)
{
    auto county = Casebook::create(path, {Casebook::Role::County, QStringLiteral("110105"), name}, clock);
    if (!county)
        throw std::runtime_error(county.message().toStdString());
    UserRepository users(**county);
    if (!users.createFirstUser(QStringLiteral("xianli"), QStringLiteral("县里"), QStringLiteral("county-pass-2026")) ||
        !users.signIn(QStringLiteral("xianli"), QStringLiteral("county-pass-2026")))
        throw std::runtime_error("county user");
    for (Casebook *station : stations) {
        auto grant = Enrollment::approve(**county, *Enrollment::request(*station));
        if (!grant || !Enrollment::accept(*station, *grant))
            throw std::runtime_error(grant.message().toStdString());
    }
    return std::move(*county);
}

} // namespace xianjie::test
