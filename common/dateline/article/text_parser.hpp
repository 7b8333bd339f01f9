/*! Plain text as saved from an agency web page (TASS's layout) -> Page. */
#pragma once

#include <optional>
#include <string_view>

#include "dateline/article/page.hpp"

namespace dateline::article {

/** Finds the title, subtitle, dateline and body of a saved page. The dateline paragraph
 *  splits headline from body: paragraphs before it are breadcrumb, title and subtitle.
 *  Without a dateline the first short line is the title. Nothing when no body text remains. */
std::optional<Page> parse_text_page(std::string_view text);

}  // namespace dateline::article
