// Fuzz target: a json source through decoding, parsing, sectioning, dates and speakers.
#include "fuzz_parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dateline::fuzz::parse_as("feed.jsonl", data, size);
    return 0;
}
