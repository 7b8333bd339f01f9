#include "dateline/text/safe_text.hpp"

#include "dateline/text/marks.hpp"

namespace dateline::text {

namespace {

constexpr std::string_view Replacement = "\uFFFD";

// The length of the UTF-8 sequence at text[i] and its code point; 0 when it is not valid
// UTF-8 (a stray byte, an overlong form, a surrogate, or a cut sequence).
std::size_t sequence(std::string_view text, std::size_t i, char32_t& cp)
{
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size())
        return 0;
    cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    constexpr char32_t Least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < Least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        return 0;
    return len;
}

bool is_control(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

}  // namespace

std::string safe_text(std::string_view text, Breaks breaks)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const auto len = sequence(text, i, cp);
        if (len == 0) {
            out += Replacement;
            ++i;
            continue;
        }
        if (cp == '\n' && breaks == Breaks::Keep)
            out += '\n';
        else if (cp == '\t' || cp == '\r' || cp == '\n')
            out += ' ';
        else if (is_control(cp))
            out += Replacement;
        else
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::string safe_marked(std::string_view marked, std::string_view start, std::string_view end)
{
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < marked.size(); ++i) {
        if (marked[i] != MarkStart && marked[i] != MarkEnd)
            continue;  // (no byte of a multi-byte UTF-8 sequence is below 0x80)
        out += safe_text(marked.substr(from, i - from));
        out += marked[i] == MarkStart ? start : end;
        from = i + 1;
    }
    return out + safe_text(marked.substr(from));
}

std::string csv_safe(std::string_view cell)
{
    std::string out;
    out.reserve(cell.size() + 1);
    for (std::size_t i = 0; i < cell.size();) {
        char32_t cp = 0;
        const auto len = sequence(cell, i, cp);
        if (len == 0) {
            out += cell[i++];  // not UTF-8 and no control: passed as it came
            continue;
        }
        if (!is_control(cp) || cp == '\t' || cp == '\r' || cp == '\n')
            out.append(cell.substr(i, len));
        i += len;
    }
    if (!out.empty() && std::string_view("=+-@\t\r").find(out.front()) != std::string_view::npos)
        out.insert(out.begin(), '\'');
    return out;
}

}  // namespace dateline::text
