/*! A parsed HTML (or XML) tree from gumbo, and the few ways the parsers walk it. */
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace dateline::article {

/** Owns gumbo's output. Gumbo parses any bytes as HTML5 does, so broken markup never fails;
 *  elements nested deeper than MaxMarkupDepth are flattened first (html_depth.hpp). */
class HtmlDocument {
public:
    explicit HtmlDocument(std::string_view html);
    const GumboNode* root() const { return output_->root; }

private:
    std::optional<std::string> flattened_;  // what gumbo parsed, when not the caller's text; outlives output_
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output_;
};

/** Lowercase element name; for elements HTML does not know (NewsML's "firstCreated",
 *  TASS's "dateformat") the name as written, lowercased. Empty for non-elements. */
std::string tag_name(const GumboNode* node);

/** An attribute's value, or nullptr. */
const char* attribute(const GumboNode* node, const char* name);

/** Whether the element's class or id contains any of the words (case-insensitive). */
bool class_or_id_has(const GumboNode* node, std::initializer_list<std::string_view> words);

/** The text inside a node, whitespace collapsed, scripts and styles left out. */
std::string text_of(const GumboNode* node);

/** Calls visit for the node and every element below it, in document order; visit returns
 *  false to skip an element's children. */
void for_each_element(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit);

/** The first element below node with this name, or nullptr. */
const GumboNode* find_element(const GumboNode* node, std::string_view name);

}  // namespace dateline::article
