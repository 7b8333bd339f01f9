/*! The search page and the section page, rendered on the server from the library's results. */
#pragma once

#include <string>

#include "dateline/search/request.hpp"
#include "dateline/search/show.hpp"
#include "dateline/serve/params.hpp"

namespace dateline::serve {

/** GET /: the form, notes (did-you-mean, any-word matching, unknown filter values, partial
 *  results), the hits (title linking to the section page, date, place, heading, marked
 *  snippet, speakers as filter links), paging, the SVG timeline and the facet counts as
 *  filter links. `params` are the page's own, echoed (escaped) in the form and the links. */
std::string render_search_page(const QueryParams& params, const search::SearchResult& result);

/** The page for a request that failed: the form as it was sent and the message (and hint). */
std::string render_error_page(const QueryParams& params, const std::string& message, const std::string& hint);

/** GET /section/ID: the section (or whole article) with its speakers, quotes and source; a
 *  "not found" page when `shown` has no section. */
std::string render_section_page(const search::Shown& shown);

}  // namespace dateline::serve
