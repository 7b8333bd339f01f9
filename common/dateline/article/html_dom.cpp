#include "dateline/article/html_dom.hpp"

#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

void gather_text(const GumboNode* node, std::string& out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += node->v.text.text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const auto tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
        return;
    // Block boundaries become spaces, so "<p>a</p><p>b</p>" does not read "ab".
    const bool block = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_LI ||
                       tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_TD;
    if (block)
        out += ' ';
    const auto& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        gather_text(static_cast<const GumboNode*>(children.data[i]), out);
    if (block)
        out += ' ';
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html)
    : output_(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
              [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); })
{
}

std::string tag_name(const GumboNode* node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(node->v.element.tag);
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    auto name = text::to_lower(std::string_view(piece.data, piece.length));
    // "<ns:tag>" -> "tag": namespaced XML reads the same as unprefixed.
    if (auto colon = name.find(':'); colon != std::string::npos)
        name.erase(0, colon + 1);
    return name;
}

const char* attribute(const GumboNode* node, const char* name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool class_or_id_has(const GumboNode* node, std::initializer_list<std::string_view> words)
{
    for (const char* attr : {"class", "id"}) {
        const char* value = attribute(node, attr);
        if (!value)
            continue;
        const auto lower = text::to_lower(value);
        for (auto w : words)
            if (lower.find(w) != std::string::npos)
                return true;
    }
    return false;
}

std::string text_of(const GumboNode* node)
{
    std::string out;
    gather_text(node, out);
    return text::collapse_spaces(out);
}

void for_each_element(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit)
{
    if (node->type != GUMBO_NODE_ELEMENT || !visit(node))
        return;
    const auto& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        for_each_element(static_cast<const GumboNode*>(children.data[i]), visit);
}

const GumboNode* find_element(const GumboNode* node, std::string_view name)
{
    const GumboNode* found = nullptr;
    for_each_element(node, [&](const GumboNode* n) {
        if (found)
            return false;
        if (tag_name(n) == name) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

}  // namespace dateline::article
