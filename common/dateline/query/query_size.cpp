#include "dateline/query/query_size.hpp"

#include <fmt/format.h>

#include "dateline/error.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::query {

void check_query_size(std::string_view text)
{
    // Bytes first: counting the words of a huge text would itself take its time.
    if (text.size() > MaxQueryBytes)
        throw Error(Error::Code::Usage,
                    fmt::format("the query is {} bytes long; the most a query may have is {}", text.size(),
                                MaxQueryBytes),
                    "search for fewer words");
    if (const auto words = text::split_words(text).size(); words > MaxQueryWords)
        throw Error(Error::Code::Usage,
                    fmt::format("the query has {} words; the most a query may have is {}", words, MaxQueryWords),
                    "search for fewer words");
}

}  // namespace dateline::query
