#include "dateline/article/text_parser.hpp"

#include <algorithm>

#include "dateline/article/noise.hpp"
#include "dateline/section/splitter.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

constexpr std::ptrdiff_t MaxHeadParagraphs = 8;

void take_headline(std::vector<std::string> head, Page& page)
{
    std::erase_if(head, [](const std::string& p) { return is_breadcrumb(p); });
    // Title then subtitle are the last two paragraphs above the dateline; anything
    // earlier is navigation the breadcrumb list does not know.
    if (head.size() >= 2) {
        page.title = head[head.size() - 2];
        page.subtitle = head.back();
    } else if (head.size() == 1) {
        page.title = head.front();
    }
}

}  // namespace

std::optional<Page> parse_text_page(std::string_view text)
{
    auto paragraphs = drop_noise(text::paragraphs(text));
    Page page;
    // The dateline opens the story within the first few paragraphs; a date-like
    // phrase deeper in the body is never one.
    const auto search_end = paragraphs.begin() + std::min<std::ptrdiff_t>(MaxHeadParagraphs, std::ssize(paragraphs));
    auto dateline_at = paragraphs.begin();
    for (; dateline_at != search_end && !page.dateline; ++dateline_at)
        page.dateline = fields::parse_dateline(*dateline_at);
    if (page.dateline) {
        --dateline_at;  // the paragraph it was read from
        take_headline({paragraphs.begin(), dateline_at}, page);
        auto rest = std::string(text::trim(std::string_view(*dateline_at).substr(page.dateline->length)));
        std::vector<std::string> body;
        if (!rest.empty())
            body.push_back(std::move(rest));
        body.insert(body.end(), std::make_move_iterator(dateline_at + 1), std::make_move_iterator(paragraphs.end()));
        page.body = blocks_of(std::move(body));
    } else {
        std::erase_if(paragraphs, [](const std::string& p) { return is_breadcrumb(p); });
        auto first_body = paragraphs.begin();
        if (paragraphs.size() > 1 && section::looks_like_heading(paragraphs.front()))
            page.title = *first_body++;
        page.body = blocks_of({std::make_move_iterator(first_body), std::make_move_iterator(paragraphs.end())});
    }
    if (page.body.empty())
        return std::nullopt;
    return page;
}

}  // namespace dateline::article
