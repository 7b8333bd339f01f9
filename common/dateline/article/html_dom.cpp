#include "dateline/article/html_dom.hpp"

#include "dateline/article/html_depth.hpp"

#include <vector>

#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

// Block boundaries become spaces, so "<p>a</p><p>b</p>" does not read "ab".
bool is_block(GumboTag tag)
{
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_LI ||
           tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_TD;
}

const GumboNode* child(const GumboNode* node, unsigned i)
{
    return static_cast<const GumboNode*>(node->v.element.children.data[i]);
}

// Walks with an explicit stack, not recursion: the input decides how deep the tree is.
void gather_text(const GumboNode* root, std::string& out)
{
    std::vector<const GumboNode*> stack{root};  // nullptr: the end of a block
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (!node) {
            out += ' ';
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            out += node->v.text.text;
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const auto tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
            continue;
        if (is_block(tag)) {
            out += ' ';
            stack.push_back(nullptr);
        }
        for (unsigned i = node->v.element.children.length; i-- > 0;)
            stack.push_back(child(node, i));
    }
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html)
    : flattened_(flatten_deep_markup(html)),
      output_(gumbo_parse_with_options(&kGumboDefaultOptions, flattened_ ? flattened_->data() : html.data(),
                                       flattened_ ? flattened_->size() : html.size()),
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
    std::vector<const GumboNode*> stack{node};  // iteration, not recursion: see gather_text
    while (!stack.empty()) {
        node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT || !visit(node))
            continue;
        for (unsigned i = node->v.element.children.length; i-- > 0;)
            stack.push_back(child(node, i));
    }
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
