// CSV files as stations save them: the encoding and the separator found, then split into rows and fields.
#include "FuzzMain.h"
#include "io/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (auto decoded = xianjie::CsvReader::decode(fuzzBytes(data, size)))
        (void)xianjie::CsvReader::parse(decoded->text, xianjie::CsvReader::detectSeparator(decoded->text));
    return 0;
}
