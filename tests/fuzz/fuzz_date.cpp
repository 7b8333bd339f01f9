// Fuzz target: the date grammars alone: metadata dates (ISO 8601, RFC 2822, unix seconds),
// exact ISO days, month names, dates in paths, and the query's date bounds and spans.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/error.hpp"
#include "dateline/calendar/date.hpp"
#include "dateline/fields/date_resolver.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/query/date_bound.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace dateline;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const calendar::Date today{2017, 1, 12};  // fixed: a run must be repeatable
    (void)fields::parse_metadata_date(text);
    (void)calendar::parse_iso(text);
    (void)calendar::month_from_name(text);
    (void)fields::date_from_path(text);
    for (const auto bound : {query::Bound::Lower, query::Bound::Upper}) {
        try {
            (void)query::parse_date_bound(text, bound, today);
        } catch (const Error&) {
            // rejected with a message: the expected outcome for most inputs
        }
    }
    try {
        (void)query::describe(query::parse_date_span(text, today));
    } catch (const Error&) {
    }
    return 0;
}
