/*! Snippets with the matched words marked, as plain text the printers decorate. */
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "dateline/text/marks.hpp"

namespace dateline::search {

/** Marks around matched words in a snippet; printers turn them into bold or "**". */
using text::MarkEnd;
using text::MarkStart;

/** About `length` bytes of `text` around the best match of the query, matched words
 *  between MarkStart and MarkEnd, "..." where text is cut, all on one line. Plain text: Xapian's HTML
 *  escaping is undone. */
std::string make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                         std::size_t length = 300);

/** The opening of `text`, about `length` bytes cut at a word, for hits of a query with no
 *  words to match (a pure filter). */
std::string lead_snippet(const std::string& text, std::size_t length = 300);

/** The text with any MarkStart and MarkEnd byte of its own replaced by U+FFFD, so that in a
 *  snippet or quote only the marks search adds are read as marks. */
std::string without_marks(std::string_view text);

/** Replaces the marks with the given strings. */
std::string render_marks(std::string_view snippet, std::string_view start, std::string_view end);

}  // namespace dateline::search
