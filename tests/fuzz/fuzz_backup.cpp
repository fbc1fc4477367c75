// A backup file offered for restore: its header and stream.
//
// The key derivation is libsodium's Argon2id, not ours, and costs up to a second per call: this target links with
// --wrap=crypto_pwhash, and the wrapper below derives each key once — with the real Argon2id, for the parameters the
// header gives — and remembers it for those inputs. Every line of Backup's own code runs as it does in the program;
// only repeated derivations for the same salt, limits and passphrase are answered from memory.
#include "FuzzMain.h"
#include "storage/Backup.h"

#include <QFile>
#include <QTemporaryDir>
#include <map>
#include <sodium.h>
#include <string>

extern "C" int __real_crypto_pwhash(unsigned char *out, unsigned long long outlen, const char *passwd,
                                    unsigned long long passwdlen, const unsigned char *salt,
                                    unsigned long long opslimit, size_t memlimit, int alg);

extern "C" int __wrap_crypto_pwhash(unsigned char *out, unsigned long long outlen, const char *passwd,
                                    unsigned long long passwdlen, const unsigned char *salt,
                                    unsigned long long opslimit, size_t memlimit, int alg)
{
    static std::map<std::string, std::string> derived;
    std::string inputs(reinterpret_cast<const char *>(salt), crypto_pwhash_SALTBYTES);
    inputs.append(passwd, passwdlen);
    inputs += '|' + std::to_string(opslimit) + '|' + std::to_string(memlimit) + '|' + std::to_string(alg) + '|' +
              std::to_string(outlen);
    if (auto it = derived.find(inputs); it != derived.end()) {
        memcpy(out, it->second.data(), outlen);
        return 0;
    }
    const int rc = __real_crypto_pwhash(out, outlen, passwd, passwdlen, salt, opslimit, memlimit, alg);
    if (rc == 0 && derived.size() < 4096)
        derived.emplace(inputs, std::string(reinterpret_cast<const char *>(out), outlen));
    return rc;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("fuzz.xjbak"));
    {
        QFile f(backup);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(fuzzBytes(data, size));
    }
    (void)xianjie::Backup::restore(backup, QStringLiteral("fuzz-pass-2026"),
                                   dir.filePath(QStringLiteral("out.casebook")), true);
    return 0;
}
