#pragma once

#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace xianjie::bench {

/** The benchmarks' accounts all have this password (synthetic casebooks only). */
inline const QString kPassword = QStringLiteral("bench-pass-2026");

[[noreturn]] inline void die(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(2);
}

/** The middle of several runs' figures: this machine moves a single figure by a third. */
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** A new casebook at @p path with its first account @p user, signed in; stops the program on failure. */
inline std::unique_ptr<Casebook> make(const QString &path, const Casebook::Identity &identity, const QString &user)
{
    auto cb = Casebook::create(path, identity);
    if (!cb)
        die(cb.message());
    UserRepository users(**cb);
    if (auto created = users.createFirstUser(user, QStringLiteral("基准"), kPassword); !created)
        die(created.message());
    if (auto signedIn = users.signIn(user, kPassword); !signedIn)
        die(signedIn.message());
    return std::move(*cb);
}

} // namespace xianjie::bench
