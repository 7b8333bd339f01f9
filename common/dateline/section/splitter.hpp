/*! Body paragraphs -> sections, split at sub-headings. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/section/block.hpp"
#include "dateline/model.hpp"

namespace dateline::section {

/** A short line with no closing punctuation that starts with a capital: the shape of
 *  titles and sub-headings ("On alleged hacker attacks"). */
bool looks_like_heading(std::string_view paragraph);

/** Section 0 holds the paragraphs before the first sub-heading (dropped when the body opens
 *  with a heading). A block the format marks as a heading starts a section; a block of
 *  unknown role does when it looks like a heading and text follows it. A heading with no
 *  paragraph after it is kept as text. */
std::vector<Section> split_sections(std::vector<Block> body);

}  // namespace dateline::section
