// CSV files as stations save them: decoded, then split into rows and fields.
#include "FuzzMain.h"
#include "io/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (auto text = xianjie::CsvReader::decodeUtf8(fuzzBytes(data, size)))
        (void)xianjie::CsvReader::parse(*text);
    return 0;
}
