#include "dateline/article/json_records.hpp"

#include <cstdint>

#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

bool is_json_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Cuts [from, to) into a record unless it is blank; `line` is the line at `from`, and the
// record's is the line of its first character.
void add_element(std::string_view text, std::size_t from, std::size_t to, int line, std::vector<RecordText>& out)
{
    const auto element = text::trim(text.substr(from, to - from));
    if (element.empty())
        return;
    for (auto i = from; text.data() + i < element.data(); ++i)
        line += text[i] == '\n';
    out.push_back(RecordText{element, line});
}

}  // namespace

std::optional<std::vector<RecordText>> split_json_array(std::string_view text)
{
    std::size_t pos = 0;
    int line = 1;
    for (; pos < text.size() && is_json_space(text[pos]); ++pos)
        line += text[pos] == '\n';
    if (pos == text.size() || text[pos] != '[')
        return std::nullopt;
    std::vector<RecordText> out;
    std::uint64_t depth = 0;  // inside the array's elements
    bool in_string = false;
    std::size_t start = ++pos;
    int start_line = line;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '\n')
            ++line;
        if (in_string) {
            if (c == '\\')
                ++pos;  // the escaped character cannot end the string (an escaped newline is invalid JSON anyway)
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (c == '}') {
            return std::nullopt;  // closes something never opened
        } else if (c == ',' && depth == 0) {
            add_element(text, start, pos, start_line, out);
            start = pos + 1;
            start_line = line;
        } else if (c == ']') {
            add_element(text, start, pos, start_line, out);
            if (!text::trim(text.substr(pos + 1)).empty())
                return std::nullopt;  // more after the array: not one array (JSON Lines of arrays?)
            return out;
        }
    }
    return std::nullopt;  // never closed
}

std::vector<RecordText> split_json_lines(std::string_view text)
{
    std::vector<RecordText> out;
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++line;
        add_element(text, start, end, line, out);
        start = end + 1;
    }
    return out;
}

}  // namespace dateline::article
