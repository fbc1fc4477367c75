// A backup file offered for restore: its header and stream. (A header that passes its checks costs one Argon2
// derivation, so this target runs slowly once it finds the format.)
#include "FuzzMain.h"
#include "storage/Backup.h"

#include <QFile>
#include <QTemporaryDir>

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
