// Excel workbooks as stations save their ledgers (台账): the zip, its parts' XML (workbook, shared strings, styles,
// the sheet with merged cells and dates), and the importer's reading of the rows (header row, columns, words).
// Two kinds of input (see StoredZip.h): a whole .xlsx file as it is, so that the zip itself is fuzzed, or, when the
// first byte is odd, the XML parts, packed into a valid zip so that the mutations reach the XML readers.
#include "FuzzMain.h"
#include "StoredZip.h"
#include "io/XlsxReader.h"
#include "storage/LedgerImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray workbook = xianjie::test::workbookFromFuzzInput(fuzzBytes(data, size));
    auto names = xianjie::XlsxReader::sheetNamesOf(workbook);
    if (!names)
        return 0;
    for (int i = 0; i < names->size() && i < 3; ++i) {
        auto rows = xianjie::XlsxReader::readSheetOf(workbook, i);
        if (!rows)
            continue;
        xianjie::LedgerSheet sheet;
        for (const auto &r : *rows) {
            QList<xianjie::LedgerCell> cells;
            for (const auto &c : r)
                cells.append({c.text, c.kind == xianjie::XlsxReader::Cell::Kind::Number, c.date});
            sheet.rows.append(cells);
        }
        const xianjie::LedgerMapping mapping = xianjie::LedgerImporter::guess(sheet);
        (void)xianjie::LedgerImporter::layoutKey(sheet, mapping.headerRow);
    }
    return 0;
}
