/*! Text made safe for the search page: everything from the index or the request that is echoed
 *  into HTML passes through html_escape(), and every link is built with url_encode(). */
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline::serve {

/** The text with & < > " ' replaced by character references, so it is inert both between tags
 *  and inside a quoted attribute value; control characters and invalid UTF-8 become U+FFFD
 *  (text::safe_text). The one escaping function of the page. */
std::string html_escape(std::string_view text);

/** A snippet or quote with search::MarkStart/MarkEnd marks: the text escaped, each marked run
 *  wrapped in <mark>. */
std::string marked_html(std::string_view marked);

/** Percent-encoding for a query string value or a path segment: every byte but A-Z a-z 0-9
 *  - . _ ~ becomes %XX (a space too). */
std::string url_encode(std::string_view text);

/** Name/value pairs as a query string, "?a=1&b=2" ("" when empty); names and values encoded.
 *  In an attribute it still goes through html_escape() (for its "&"). */
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace dateline::serve
