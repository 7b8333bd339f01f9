#include "dateline/article/xml_parser.hpp"

#include "dateline/article/html_dom.hpp"
#include "dateline/article/noise.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

std::string text_at(const GumboNode* root, std::string_view name)
{
    const auto* node = find_element(root, name);
    return node ? text_of(node) : std::string{};
}

std::string attribute_at(const GumboNode* root, std::string_view name, const char* attr)
{
    const auto* node = find_element(root, name);
    const char* value = node ? attribute(node, attr) : nullptr;
    return value ? value : "";
}

// Paragraphs and sub-headings below `body`, in order.
std::vector<Block> body_blocks(const GumboNode* body)
{
    std::vector<Block> blocks;
    for_each_element(body, [&](const GumboNode* n) {
        const auto name = tag_name(n);
        if (name == "p") {
            if (auto text = text_of(n); !text.empty() && !is_noise_paragraph(text))
                blocks.push_back({std::move(text), Block::Role::Paragraph});
            return false;
        }
        if (name == "h2" || name == "h3" || name == "h4" || name == "hl2") {
            if (auto text = text_of(n); !text.empty())
                blocks.push_back({std::move(text), Block::Role::Heading});
            return false;
        }
        return name != "body.end" && name != "head";
    });
    return blocks;
}

void newsml(const GumboNode* root, Page& page)
{
    page.title = text_at(root, "headline");
    page.subtitle = text_at(root, "description");
    page.metadata_date = fields::parse_metadata_date(text_at(root, "firstcreated"));
    if (!page.metadata_date)
        page.metadata_date = fields::parse_metadata_date(text_at(root, "contentcreated"));
    for_each_element(root, [&](const GumboNode* n) {
        const char* rel = attribute(n, "rel");
        if (page.url.empty() && tag_name(n) == "link" && rel && std::string_view(rel).ends_with("seeAlso") &&
            attribute(n, "href"))
            page.url = attribute(n, "href");
        return page.url.empty();
    });
    const auto* content = find_element(root, "inlinexml");
    page.body = body_blocks(content ? content : root);
}

void nitf(const GumboNode* root, Page& page)
{
    page.title = text_at(root, "hl1");
    page.metadata_date = fields::parse_metadata_date(attribute_at(root, "date.issue", "norm"));
    page.url = attribute_at(root, "pubdata", "ex-ref");
    const auto* content = find_element(root, "body.content");
    page.body = body_blocks(content ? content : root);
}

// The place the metadata names, for a body without a dateline of its own.
void location_from_metadata(const GumboNode* root, Page& page)
{
    if (page.dateline)
        return;
    auto place = text_at(root, "located");
    if (place.empty()) {
        const auto* dateline = find_element(root, "dateline");
        place = dateline ? text_at(dateline, "location") : "";
    }
    if (place.empty())
        return;
    fields::Dateline d;
    d.location = fields::normal_case(place);
    page.dateline = d;
}

}  // namespace

bool is_news_xml(std::string_view text)
{
    const auto head = text.substr(0, 2048);
    return head.find("<newsItem") != std::string_view::npos || head.find("<nitf") != std::string_view::npos ||
           head.find(":newsItem") != std::string_view::npos;
}

std::optional<Page> parse_news_xml(std::string_view xml)
{
    const HtmlDocument doc(xml);
    Page page;
    if (find_element(doc.root(), "newsitem"))
        newsml(doc.root(), page);
    else
        nitf(doc.root(), page);
    if (page.body.empty())
        return std::nullopt;
    take_dateline(page);
    location_from_metadata(doc.root(), page);
    return page;
}

}  // namespace dateline::article
