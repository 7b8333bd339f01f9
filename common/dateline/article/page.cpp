#include "dateline/article/page.hpp"

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

std::vector<Block> blocks_of(std::vector<std::string> paragraphs)
{
    std::vector<Block> out;
    out.reserve(paragraphs.size());
    for (auto& p : paragraphs)
        out.push_back(Block{std::move(p), Block::Role::Unknown});
    return out;
}

}  // namespace dateline::article
