#include "dateline/search/query_lines.hpp"

#include "dateline/text/strings.hpp"

namespace dateline::search {

std::optional<QueryLine> QueryLines::next()
{
    std::string raw;
    while (std::getline(in_, raw)) {
        ++line_;
        const auto text = text::trim(raw);
        if (text.empty() || text.front() == '#')
            continue;
        return QueryLine{line_, std::string(text)};
    }
    return std::nullopt;
}

}  // namespace dateline::search
