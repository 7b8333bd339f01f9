// Fuzz target: a xml source through decoding, parsing, sectioning, dates and speakers.
#include "fuzz_parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dateline::fuzz::parse_as("item.xml", data, size);
    return 0;
}
