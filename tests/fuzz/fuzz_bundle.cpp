// The bundle file as it arrives on a stick or over the network: header, manifest, signature, sealed payload.
#include "FuzzMain.h"
#include "sync/BundleFile.h"
#include "sync/BundleImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (auto parts = xianjie::bundlefile::split(bytes))
        (void)xianjie::bundlefile::sha256(parts->payload);
    (void)xianjie::BundleImporter::inspect(bytes);
    return 0;
}
