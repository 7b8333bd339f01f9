// Fuzz target: the stored section format's decoder, on records as damaged as a disk can
// make them; what decodes must encode back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dateline/error.hpp"
#include "dateline/schema/section_data.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace dateline;
    const std::string record(reinterpret_cast<const char*>(data), size);
    try {
        const auto s = schema::decode_section_data(record);
        (void)schema::section_data_json(s);
        if (schema::with_duplicates(record, s.duplicates) != record)
            std::abort();
    } catch (const Error&) {
        // refused with a message: the expected outcome for most inputs
    }
    return 0;
}
