#include "dateline/article/html_parser.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "dateline/article/html_dom.hpp"
#include "dateline/article/noise.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

// Containers that hold no story text, by tag or by class/id words.
bool is_furniture(const GumboNode* node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
        return true;
    default:
        return class_or_id_has(node, {"read-also", "readalso", "related", "caption", "share", "social", "banner",
                                      "advert", "subscribe", "tags", "breadcrumb", "attribution", "signature",
                                      "followup", "newsletter", "comments"});
    }
}

struct Head {
    std::map<std::string, std::string> meta;  // property or name -> content, first wins
    std::string canonical, title, h1, lead, jsonld_date, time_datetime, dateformat;
};

// The first datePublished string in the JSON-LD, depth first. An explicit stack, not
// recursion: the page decides how deep the JSON nests.
std::string jsonld_date(const std::string& script)
{
    const auto j = nlohmann::json::parse(script, nullptr, false);
    if (j.is_discarded())
        return {};
    std::vector<const nlohmann::json*> stack{&j};
    while (!stack.empty()) {
        const auto* v = stack.back();
        stack.pop_back();
        if (v->is_object()) {
            if (auto it = v->find("datePublished"); it != v->end() && it->is_string())
                return it->get<std::string>();
        } else if (!v->is_array()) {
            continue;
        }
        const auto first = stack.size();
        for (const auto& child : *v)
            stack.push_back(&child);
        std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());  // visit in document order
    }
    return {};
}

void read_head(const GumboNode* root, Head& head)
{
    for_each_element(root, [&](const GumboNode* n) {
        const auto name = tag_name(n);
        if (name == "meta") {
            const char* key = attribute(n, "property") ? attribute(n, "property") : attribute(n, "name");
            const char* content = attribute(n, "content");
            if (key && content)
                head.meta.emplace(text::to_lower(key), text::collapse_spaces(content));
        } else if (name == "link" && attribute(n, "rel") && attribute(n, "href") &&
                   text::to_lower(attribute(n, "rel")) == "canonical") {
            head.canonical = attribute(n, "href");
        } else if (name == "title" && head.title.empty()) {
            head.title = text_of(n);
        } else if (name == "h1" && head.h1.empty()) {
            head.h1 = text_of(n);
        } else if (name == "script" && attribute(n, "type") &&
                   std::string_view(attribute(n, "type")) == "application/ld+json" && head.jsonld_date.empty()) {
            const auto& children = n->v.element.children;
            if (children.length > 0)
                head.jsonld_date = jsonld_date(static_cast<const GumboNode*>(children.data[0])->v.text.text);
        } else if (name == "time" && head.time_datetime.empty() && attribute(n, "datetime")) {
            head.time_datetime = attribute(n, "datetime");
        } else if (name == "dateformat" && head.dateformat.empty() && attribute(n, "time")) {
            head.dateformat = attribute(n, "time");
        } else if (head.lead.empty() && class_or_id_has(n, {"__lead", "-lead", "standfirst", "subtitle", "dek"}) &&
                   name != "meta") {
            head.lead = text_of(n);
        }
        return name != "script" && name != "style";
    });
}

// "Title - Russian Politics & Diplomacy - TASS" -> "Title"; "Title | AP News" -> "Title".
std::string strip_site_tail(std::string title, std::string_view h1)
{
    if (!h1.empty() && title.starts_with(h1))
        return std::string(h1);
    if (auto bar = title.rfind(" | "); bar != std::string::npos)
        title.resize(bar);
    if (title.ends_with(" - TASS")) {
        title.resize(title.size() - 7);
        if (auto dash = title.rfind(" - "); dash != std::string::npos)
            title.resize(dash);  // the rubric
    }
    return title;
}

std::optional<calendar::Date> head_date(const Head& head)
{
    for (const std::string* candidate : {&head.jsonld_date}) {
        if (auto d = fields::parse_metadata_date(*candidate))
            return d;
    }
    for (const char* key : {"article:published_time", "og:published_time"})
        if (auto it = head.meta.find(key); it != head.meta.end())
            if (auto d = fields::parse_metadata_date(it->second))
                return d;
    if (auto d = fields::parse_metadata_date(head.time_datetime))
        return d;
    for (const char* key : {"pubdate", "date", "dc.date", "publishdate"})
        if (auto it = head.meta.find(key); it != head.meta.end())
            if (auto d = fields::parse_metadata_date(it->second))
                return d;
    return fields::parse_metadata_date(head.dateformat);
}

// Text in <p> elements that are direct children: how much story an element holds.
std::size_t paragraph_text(const GumboNode* node)
{
    std::size_t total = 0;
    const auto& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_P && !is_furniture(child))
            total += text_of(child).size();
    }
    return total;
}

const GumboNode* story_container(const GumboNode* root)
{
    const GumboNode* best = nullptr;
    std::size_t best_text = 0;
    for_each_element(root, [&](const GumboNode* n) {
        if (is_furniture(n))
            return false;
        if (const auto text = paragraph_text(n); text > best_text) {
            best = n;
            best_text = text;
        }
        return true;
    });
    return best;
}

// A paragraph whose text is all inside <strong> or <b>: a sub-heading in many CMSs.
bool only_bold(const GumboNode* p)
{
    std::size_t bold = 0;
    const auto& children = p->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_WHITESPACE)
            continue;
        if (child->type != GUMBO_NODE_ELEMENT ||
            (child->v.element.tag != GUMBO_TAG_STRONG && child->v.element.tag != GUMBO_TAG_B))
            return false;
        bold += text_of(child).size();
    }
    return bold > 0;
}

std::vector<Block> story_blocks(const GumboNode* container)
{
    std::vector<Block> blocks;
    const auto& children = container->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || is_furniture(child))
            continue;
        const auto tag = child->v.element.tag;
        auto text = text_of(child);
        if (text.empty())
            continue;
        if (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4)
            blocks.push_back({std::move(text), Block::Role::Heading});
        else if (tag == GUMBO_TAG_P && only_bold(child))
            blocks.push_back({std::move(text), Block::Role::Heading});
        else if ((tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE) && !is_noise_paragraph(text))
            blocks.push_back({std::move(text), Block::Role::Paragraph});
    }
    return blocks;
}

}  // namespace

bool holds_markup(std::string_view text)
{
    // Closing tags only: Reuters writes tickers as <P> and <BR>, never </P>. Every record's
    // text passes here: it is scanned for "</", rare in prose, not lowered and searched.
    const auto is_tag = [](std::string_view at, std::string_view tag) {
        return at.size() >= tag.size() && std::equal(tag.begin(), tag.end(), at.begin(), [](char t, char c) {
                   return t == (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
               });
    };
    for (auto at = text.find("</"); at != std::string_view::npos; at = text.find("</", at + 2))
        for (std::string_view tag : {"p>", "div>", "li>", "h2>", "h3>", "blockquote>"})
            if (is_tag(text.substr(at + 2), tag))
                return true;
    return false;
}

std::vector<Block> html_fragment_blocks(std::string_view html)
{
    const HtmlDocument doc(html);
    const auto* container = story_container(doc.root());
    return container ? story_blocks(container) : std::vector<Block>{};
}

std::optional<Page> parse_html_page(std::string_view html)
{
    const HtmlDocument doc(html);
    Head head;
    read_head(doc.root(), head);
    const auto* container = story_container(doc.root());
    if (!container)
        return std::nullopt;
    Page page;
    page.body = story_blocks(container);
    if (page.body.empty())
        return std::nullopt;
    const auto og_title = head.meta.find("og:title");
    page.title = og_title != head.meta.end() ? strip_site_tail(og_title->second, head.h1)
                 : !head.h1.empty()          ? head.h1
                                             : strip_site_tail(head.title, "");
    page.subtitle = head.lead;
    page.url = !head.canonical.empty() ? head.canonical : head.meta.contains("og:url") ? head.meta["og:url"] : "";
    page.metadata_date = head_date(head);
    take_dateline(page);
    return page;
}

}  // namespace dateline::article
