#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace xianjie {

/**
 * The parts of a zip file (an .xlsx is one), read with zlib: stored and deflated entries, each checked against its
 * CRC-32 and capped in size. Our own small reader rather than QuaZip: QuaZip and libxlsxwriter both export
 * minizip's functions under the same names, and one program cannot load both (the writer crashes in QuaZip's
 * zipOpen3).
 */
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ZipReader)

public:
    /** Reads the directory of the zip in @p bytes; refused when it is not a zip or is damaged. */
    static Result<ZipReader> open(QByteArray bytes);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    /** One entry, whole; refused above @p maxSize bytes unpacked or when damaged. */
    Result<QByteArray> read(const QString &name, qint64 maxSize) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressed = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_bytes;
    QHash<QString, Entry> m_entries;
};

} // namespace xianjie
