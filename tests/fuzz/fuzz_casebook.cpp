// Any file opened as a casebook: probed, and when it passes, opened and checked. Nothing may crash, hang or write
// outside the file.
#include "FuzzMain.h"
#include "storage/Casebook.h"
#include "storage/CasebookCheck.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.casebook"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(fuzzBytes(data, size));
    }
    if (!xianjie::Casebook::probe(path))
        return 0;
    if (auto cb = xianjie::Casebook::open(path))
        (void)xianjie::CasebookCheck::run((*cb)->db());
    return 0;
}
