#include "dateline/serve/html.hpp"

#include "dateline/text/safe_text.hpp"
#include "dateline/search/snippets.hpp"

namespace dateline::serve {

std::string html_escape(std::string_view text)
{
    const auto safe = text::safe_text(text, text::Breaks::Keep);
    std::string out;
    out.reserve(safe.size() + safe.size() / 8);
    for (const char c : safe) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string marked_html(std::string_view marked)
{
    std::string out;
    std::size_t from = 0;
    bool inside = false;
    for (;;) {
        const auto at = marked.find(inside ? search::MarkEnd : search::MarkStart, from);
        out += html_escape(marked.substr(from, at == std::string_view::npos ? marked.npos : at - from));
        if (at == std::string_view::npos)
            break;
        out += inside ? "</mark>" : "<mark>";
        inside = !inside;
        from = at + 1;
    }
    if (inside)
        out += "</mark>";  // a snippet cut inside a mark still closes it
    return out;
}

std::string url_encode(std::string_view text)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~';
        if (plain) {
            out += ch;
        } else {
            out += '%';
            out += Hex[c >> 4];
            out += Hex[c & 15];
        }
    }
    return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params)
{
    std::string out;
    for (const auto& [name, value] : params)
        out += (out.empty() ? "?" : "&") + url_encode(name) + "=" + url_encode(value);
    return out;
}

}  // namespace dateline::serve
