#pragma once

// A zip of stored (uncompressed) entries with their CRC, as ZipReader reads them: for workbooks made by hand in
// tests, and for fuzz_xlsx, which packs the XML parts it is given into one so that its mutations reach the XML
// readers instead of stopping at the zip's checksums. The same packing replays the fuzzer's inputs in xlsx_reader_test.
#include <QByteArray>
#include <QList>
#include <utility>
#include <zlib.h>

namespace xianjie::test {

inline void le16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}

inline void le32(QByteArray &b, quint32 v)
{
    le16(b, quint16(v & 0xffff));
    le16(b, quint16(v >> 16));
}

inline QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, directory;
    for (const auto &[name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        for (quint16 v : {20, 0, 0, 0, 0}) // version, flags, method (stored), time, date
            le16(out, v);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name;
        out += data;
        le32(directory, 0x02014b50);
        for (quint16 v : {20, 20, 0, 0, 0, 0})
            le16(directory, v);
        le32(directory, crc);
        le32(directory, quint32(data.size()));
        le32(directory, quint32(data.size()));
        for (quint16 v : {quint16(name.size()), quint16(0), quint16(0), quint16(0), quint16(0)})
            le16(directory, v);
        le32(directory, 0);
        le32(directory, offset);
        directory += name;
    }
    const quint32 at = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50);
    for (quint16 v : {quint16(0), quint16(0), quint16(entries.size()), quint16(entries.size())})
        le16(out, v);
    le32(out, quint32(directory.size()));
    le32(out, at);
    le16(out, 0);
    return out;
}

/** A workbook of one sheet from its XML parts: workbook, sheet, shared strings, styles. */
inline QByteArray workbookOf(const QByteArray &workbook, const QByteArray &sheet, const QByteArray &strings,
                             const QByteArray &styles)
{
    static const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    return storedZip({{"xl/workbook.xml", workbook},
                      {"xl/_rels/workbook.xml.rels", rels},
                      {"xl/worksheets/sheet1.xml", sheet},
                      {"xl/sharedStrings.xml", strings},
                      {"xl/styles.xml", styles}});
}

/**
 * What fuzz_xlsx reads an input as: a whole .xlsx file, or, when the first byte is odd, the four XML parts of
 * workbookOf() separated by two zero bytes.
 */
inline QByteArray workbookFromFuzzInput(const QByteArray &input)
{
    if (input.isEmpty() || !(quint8(input.at(0)) & 1))
        return input;
    const QList<QByteArray> parts = input.mid(1).split('\0');
    QList<QByteArray> xml;
    for (qsizetype i = 0; i < parts.size() && xml.size() < 4; i += 2)
        xml << parts.at(i);
    while (xml.size() < 4)
        xml << QByteArray();
    return workbookOf(xml.at(0), xml.at(1), xml.at(2), xml.at(3));
}

} // namespace xianjie::test
