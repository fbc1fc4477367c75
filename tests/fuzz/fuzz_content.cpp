// A bundle's decrypted payload: the CBOR map of ops and parts, read straight from the stream into ops.
#include "FuzzMain.h"
#include "sync/BundleCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (auto content = xianjie::BundleCodec::read(fuzzBytes(data, size)))
        for (const xianjie::Op &op : content->ops)
            (void)xianjie::BundleCodec::encodeOp(op);
    return 0;
}
