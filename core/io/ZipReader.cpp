#include "ZipReader.h"

#include <QtEndian>
#include <zlib.h>

namespace xianjie {

namespace {
quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
Error damaged()
{
    return makeError(Error::Kind::Invalid, ZipReader::tr("The file is not a zip archive, or it is damaged."));
}
} // namespace

Result<ZipReader> ZipReader::open(QByteArray bytes)
{
    // The end of the central directory: its signature within the last 64 KiB (a comment may follow it).
    const qsizetype n = bytes.size();
    qsizetype end = -1;
    for (qsizetype i = n - 22; i >= 0 && i >= n - 22 - 65535; --i)
        if (u32(bytes, i) == 0x06054b50) {
            end = i;
            break;
        }
    if (end < 0)
        return damaged();
    const quint16 count = u16(bytes, end + 10);
    const quint32 dirSize = u32(bytes, end + 12);
    const quint32 dirOffset = u32(bytes, end + 16);
    if (dirOffset == 0xFFFFFFFF || qint64(dirOffset) + dirSize > end)
        return damaged(); // zip64 or out of range: not a ledger workbook
    ZipReader z;
    qsizetype at = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(bytes, at) != 0x02014b50)
            return damaged();
        Entry e;
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.compressed = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        e.offset = u32(bytes, at + 42);
        if (at + 46 + nameLength > end)
            return damaged();
        z.m_entries.insert(QString::fromUtf8(bytes.constData() + at + 46, nameLength), e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    z.m_bytes = std::move(bytes);
    return z;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxSize) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return makeError(Error::Kind::NotFound, tr("The archive has no part %1.").arg(name));
    const Entry &e = *it;
    if (qint64(e.size) > maxSize)
        return makeError(Error::Kind::Invalid, tr("The part %1 is too large.").arg(name));
    const qsizetype header = e.offset;
    if (header + 30 > m_bytes.size() || u32(m_bytes, header) != 0x04034b50)
        return damaged();
    const qsizetype data = header + 30 + u16(m_bytes, header + 26) + u16(m_bytes, header + 28);
    if (data + qint64(e.compressed) > m_bytes.size())
        return damaged();
    QByteArray out;
    if (e.method == 0) {
        out = m_bytes.mid(data, e.compressed);
    } else if (e.method == 8) {
        out.resize(e.size);
        z_stream s{};
        if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
            return damaged();
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_bytes.constData() + data));
        s.avail_in = e.compressed;
        s.next_out = reinterpret_cast<Bytef *>(out.data());
        s.avail_out = e.size;
        const int r = inflate(&s, Z_FINISH);
        const bool whole = r == Z_STREAM_END && s.total_out == e.size;
        inflateEnd(&s);
        if (!whole)
            return damaged();
    } else {
        return makeError(Error::Kind::Invalid,
                         tr("The part %1 is packed in a way this program does not read.").arg(name));
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != e.crc)
        return damaged();
    return out;
}

} // namespace xianjie
