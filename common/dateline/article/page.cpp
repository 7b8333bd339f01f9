#include "dateline/article/page.hpp"

#include <algorithm>

#include "dateline/text/strings.hpp"

namespace dateline::article {

void take_dateline(Page& page)
{
    if (page.body.empty() || page.dateline)
        return;
    auto& first = page.body.front();
    if (first.role == Block::Role::Heading)
        return;
    auto dateline = fields::parse_dateline(first.text);
    if (!dateline)
        return;
    first.text = std::string(text::trim(std::string_view(first.text).substr(dateline->length)));
    if (first.text.empty())
        page.body.erase(page.body.begin());
    page.dateline = std::move(dateline);
}

namespace {

// The longest prefix of text no longer than max that ends on a UTF-8 sequence boundary.
std::size_t utf8_cut(std::string_view text, std::size_t max)
{
    if (text.size() <= max)
        return text.size();
    auto cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return cut;
}

// Where to end a piece of at most MaxBlockBytes: after the last sentence end, else the last
// space, else anywhere on a character boundary (a line with no spaces).
std::size_t piece_end(std::string_view text)
{
    const auto max = utf8_cut(text, MaxBlockBytes);
    const auto head = text.substr(0, max);
    for (auto stop : {". ", "? ", "! ", " "})
        if (const auto at = head.rfind(stop); at != std::string_view::npos && at > max / 2)
            return at + std::string_view(stop).size();
    return max > 0 ? max : text.size();
}

void shorten(std::string& text)
{
    text.resize(utf8_cut(text, MaxTitleBytes));
}

}  // namespace

void bound_sizes(Page& page)
{
    shorten(page.title);
    shorten(page.subtitle);
    if (std::none_of(page.body.begin(), page.body.end(), [](const Block& b) { return b.text.size() > MaxBlockBytes; }))
        return;
    std::vector<Block> out;
    for (auto& block : page.body) {
        if (block.text.size() <= MaxBlockBytes) {
            out.push_back(std::move(block));
            continue;
        }
        std::string_view rest = block.text;
        while (!rest.empty()) {
            const auto end = piece_end(rest);
            if (const auto piece = text::trim(rest.substr(0, end)); !piece.empty())
                out.push_back(Block{std::string(piece), Block::Role::Paragraph});
            rest.remove_prefix(end);
        }
    }
    page.body = std::move(out);
}

std::vector<Block> blocks_of(std::vector<std::string> paragraphs)
{
    std::vector<Block> out;
    out.reserve(paragraphs.size());
    for (auto& p : paragraphs)
        out.push_back(Block{std::move(p), Block::Role::Unknown});
    return out;
}

}  // namespace dateline::article
