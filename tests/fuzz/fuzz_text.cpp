// Fuzz target: a text source through decoding, parsing, sectioning, dates and speakers.
#include "fuzz_parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dateline::fuzz::parse_as("story.txt", data, size);
    return 0;
}
