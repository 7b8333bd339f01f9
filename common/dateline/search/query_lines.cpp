#include "dateline/search/query_lines.hpp"

#include <fmt/format.h>

#include "dateline/error.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::search {

// One character at a time, never past max_line_: std::getline would grow without bound.
bool QueryLines::read_line(std::string& line)
{
    line.clear();
    auto* buffer = in_.rdbuf();
    for (auto c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
        if (c == '\n')
            return true;
        if (line.size() == max_line_)
            throw Error(Error::Code::Usage,
                        fmt::format("{}:{}: the line is longer than {} bytes, the most a query may have", name_,
                                    line_, max_line_),
                        "put one query on each line");
        line += static_cast<char>(c);
    }
    return !line.empty();
}

std::optional<QueryLine> QueryLines::next()
{
    for (std::string raw; ++line_, read_line(raw);) {
        const auto text = text::trim(raw);
        if (text.empty() || text.front() == '#')
            continue;
        return QueryLine{line_, std::string(text)};
    }
    return std::nullopt;
}

}  // namespace dateline::search
