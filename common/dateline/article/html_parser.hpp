/*! A saved web page -> Page: metadata from the head, the story from the largest block of paragraphs. */
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "dateline/article/page.hpp"

namespace dateline::article {

/** Title: og:title without its " - Section - TASS" tail, else <h1>, else <title>. Subtitle: a
 *  lead block (TASS's news-header__lead). URL: rel=canonical, else og:url. Date, in this
 *  order: JSON-LD datePublished, article:published_time, <time datetime>, meta pubdate or
 *  date, TASS's <dateformat time="UNIX">. Body: the element holding the most paragraph
 *  text, its <p> in order; <h2>-<h4> and paragraphs that are only bold text are
 *  sub-headings; navigation, scripts, figures, captions and "Read also" blocks are left
 *  out. Nothing when the page has no paragraphs (a section front, a menu). */
std::optional<Page> parse_html_page(std::string_view html);

/** Whether a text field holds markup (a closing `</p>`, `</div>`, `</li>`...): scrapers
 *  often store a story's HTML in a JSON record's text. */
bool holds_markup(std::string_view text);

/** The story blocks of an HTML fragment, read as a page's body is (paragraphs, sub-headings,
 *  entities decoded, tags gone); empty when it has no paragraph element. */
std::vector<Block> html_fragment_blocks(std::string_view html);

}  // namespace dateline::article
