#include "dateline/article/html_depth.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace dateline::article {

namespace {

// Elements that never hold others, or whose end tag the parser implies (a new <p> closes
// the last one): they do not deepen the tree however many are left open.
constexpr std::array<std::string_view, 37> Shallow{
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option",
    "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "body"};

// Their content is text up to their end tag, never markup.
constexpr std::array<std::string_view, 8> RawText{"script", "style", "textarea", "title",
                                                   "xmp", "iframe", "noembed", "noframes"};

bool is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_name_char(char c)
{
    return is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.';
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

bool in(std::string_view name, auto const& set)
{
    return std::find(set.begin(), set.end(), name) != set.end();
}

// Where the tag that starts at `pos` ("<" then a name) ends: after its '>', quotes honoured.
std::size_t tag_end(std::string_view text, std::size_t pos)
{
    char quote = 0;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return pos + 1;
        }
    }
    return text.size();
}

// Past the end tag of a raw-text element, case-insensitive ("</script").
std::size_t raw_text_end(std::string_view text, std::size_t pos, std::string_view name)
{
    for (;;) {
        pos = text.find("</", pos);
        if (pos == std::string_view::npos)
            return text.size();
        if (lower(text.substr(pos + 2, name.size())) == name)
            return pos;
        pos += 2;
    }
}

class Scanner {
public:
    Scanner(std::string_view text, std::size_t max_depth) : text_(text), max_(max_depth) {}

    /** The ranges of tags to remove, in order. */
    std::vector<std::pair<std::size_t, std::size_t>> run()
    {
        while ((pos_ = text_.find('<', pos_)) != std::string_view::npos)
            step();
        return drop_;
    }

private:
    void step()
    {
        const auto rest = text_.substr(pos_);
        if (rest.starts_with("<!--")) {
            const auto end = text_.find("-->", pos_ + 4);
            pos_ = end == std::string_view::npos ? text_.size() : end + 3;
        } else if (rest.starts_with("<!") || rest.starts_with("<?")) {
            const auto end = text_.find('>', pos_);
            pos_ = end == std::string_view::npos ? text_.size() : end + 1;
        } else if (rest.size() > 2 && rest[1] == '/' && is_letter(rest[2])) {
            end_tag();
        } else if (rest.size() > 1 && is_letter(rest[1])) {
            start_tag();
        } else {
            ++pos_;  // a literal '<'
        }
    }

    std::string name_at(std::size_t from) const
    {
        auto end = from;
        while (end < text_.size() && is_name_char(text_[end]))
            ++end;
        return lower(text_.substr(from, end - from));
    }

    // Raw-text elements hold no elements: they never deepen the tree either.
    static bool counts(std::string_view name) { return !in(name, Shallow) && !in(name, RawText); }

    void start_tag()
    {
        const auto begin = pos_;
        const auto name = name_at(pos_ + 1);
        pos_ = tag_end(text_, pos_);
        const bool closed = text_[pos_ - 1] == '>' && text_[pos_ - 2] == '/';
        const auto tag_stop = pos_;
        if (in(name, RawText))
            pos_ = raw_text_end(text_, pos_, name);
        if (!closed && counts(name) && ++depth_ > max_)
            drop_.emplace_back(begin, tag_stop);
    }

    void end_tag()
    {
        const auto begin = pos_;
        const auto name = name_at(pos_ + 2);
        pos_ = tag_end(text_, pos_);
        if (!counts(name) || depth_ == 0)
            return;
        if (depth_-- > max_)
            drop_.emplace_back(begin, pos_);
    }

    std::string_view text_;
    std::size_t max_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;
    std::vector<std::pair<std::size_t, std::size_t>> drop_;
};

}  // namespace

std::optional<std::string> flatten_deep_markup(std::string_view markup, std::size_t max_depth)
{
    const auto drop = Scanner(markup, max_depth).run();
    if (drop.empty())
        return std::nullopt;
    std::string out;
    out.reserve(markup.size());
    std::size_t kept = 0;
    for (const auto& [begin, end] : drop) {
        out.append(markup.substr(kept, begin - kept));
        kept = end;
    }
    out.append(markup.substr(kept));
    return out;
}

}  // namespace dateline::article
