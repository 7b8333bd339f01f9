/*! What the splitter reads: body blocks, each a paragraph or a sub-heading. Every format's
 *  parser produces them (article::Page::body); the splitter owns their meaning. */
#pragma once

#include <string>

namespace dateline::section {

/** A body paragraph, or a sub-heading when the format says so (HTML h2, NewsML h2). */
struct Block {
    enum class Role { Unknown, Paragraph, Heading };
    std::string text;
    Role role = Role::Unknown;  ///< Unknown: the splitter judges by shape (plain text)
};

}  // namespace dateline::section
