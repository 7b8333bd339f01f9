/*! Body paragraphs -> sections, split at sub-headings. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/model.hpp"

namespace dateline::section {

/** A short line with no closing punctuation that starts with a capital: the shape of
 *  titles and sub-headings ("On alleged hacker attacks"). */
bool looks_like_heading(std::string_view paragraph);

/** Section 0 holds the paragraphs before the first sub-heading (it may be empty of text
 *  only when the body opens with a heading, and is then dropped). A heading with no
 *  paragraph after it is kept as text. */
std::vector<Section> split_sections(std::vector<std::string> body);

}  // namespace dateline::section
