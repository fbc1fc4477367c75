#pragma once

#include "storage/Casebook.h"
#include "storage/UserRepository.h"

#include <QString>
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

/** A new casebook at @p path with its first account @p user, signed in; stops the program on failure. */
inline std::unique_ptr<Casebook> make(const QString &path, const Casebook::Identity &identity, const QString &user)
{
    auto cb = Casebook::create(path, identity);
    if (!cb)
        die(cb.message());
    UserRepository users(**cb);
    if (!users.createFirstUser(user, QStringLiteral("基准"), kPassword) || !users.signIn(user, kPassword))
        die(QStringLiteral("user"));
    return std::move(*cb);
}

} // namespace xianjie::bench
