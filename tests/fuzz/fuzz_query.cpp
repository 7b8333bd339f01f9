// Fuzz target: query text through Xapian's QueryParser with our prefixes and date ranges.
#include <cstddef>
#include <cstdint>
#include <string>

#include <xapian.h>

#include "dateline/error.hpp"
#include "dateline/query/query_builder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Xapian::WritableDatabase db("", Xapian::DB_BACKEND_INMEMORY);
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        dateline::query::QueryBuilder builder(db);
        (void)builder.parse(text, dateline::query::MatchMode::All).query.get_description();
    } catch (const dateline::Error&) {
        // a query we reject with a message
    } catch (const Xapian::Error&) {
        // Xapian's own rejection of a query (translated by the searcher)
    }
    return 0;
}
