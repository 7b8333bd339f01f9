// Fuzz target: datelines, metadata dates, path dates and user date bounds on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/error.hpp"
#include "dateline/fields/date_resolver.hpp"
#include "dateline/fields/dateline.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/query/date_bound.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)dateline::fields::parse_dateline(text);
    (void)dateline::fields::parse_metadata_date(text);
    (void)dateline::fields::date_from_path(text);
    try {
        (void)dateline::query::parse_date_bound(text, dateline::query::Bound::Upper);
    } catch (const dateline::Error&) {
        // rejected with a message: the expected outcome for most inputs
    }
    return 0;
}
