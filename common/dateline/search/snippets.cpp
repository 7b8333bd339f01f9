#include "dateline/search/snippets.hpp"

#include <array>
#include <utility>

#include "dateline/text/strings.hpp"

namespace dateline::search {

namespace {

std::string unescape_html(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, char>, 5> entities{
        {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}};
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool replaced = false;
        if (text[i] == '&') {
            for (const auto& [entity, ch] : entities) {
                if (text.substr(i, entity.size()) == entity) {
                    out += ch;
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text[i];
    }
    return out;
}

}  // namespace

std::string make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                         std::size_t length)
{
    const std::string start(1, MarkStart), end(1, MarkEnd);
    // One line: paragraph breaks inside a snippet would break the hit's layout. No flags:
    // SNIPPET_BACKGROUND_MODEL looked up every word of the section in the index and
    // SNIPPET_EXHAUSTIVE stemmed all of it, two thirds of a query's time on Reuters (perf);
    // without them Xapian stops at the first good passage, usually the lead, as news reads.
    return text::collapse_spaces(
        unescape_html(mset.snippet(without_marks(text), length, stemmer, 0, start, end, "...")));
}

std::string lead_snippet(const std::string& text, std::size_t length)
{
    auto flat = text::collapse_spaces(without_marks(text));
    if (flat.size() <= length)
        return flat;
    auto cut = flat.rfind(' ', length);
    if (cut == std::string::npos) {
        cut = length;  // one long word: cut at a character boundary
        while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80)
            --cut;
    }
    flat.resize(cut);
    return flat + "...";
}

std::string without_marks(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == MarkStart || c == MarkEnd)
            out += "\uFFFD";
        else
            out += c;
    }
    return out;
}

std::string render_marks(std::string_view snippet, std::string_view start, std::string_view end)
{
    std::string out;
    out.reserve(snippet.size() + 16);
    for (char c : snippet) {
        if (c == MarkStart)
            out += start;
        else if (c == MarkEnd)
            out += end;
        else
            out += c;
    }
    return out;
}

}  // namespace dateline::search
