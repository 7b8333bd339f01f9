/*! What every page of the search site shares: the HTML document around it (inline style and a
 *  small inline script, nothing loaded from elsewhere) and the search form. */
#pragma once

#include <string>
#include <string_view>

#include "dateline/serve/params.hpp"

namespace dateline::serve {

/** A whole HTML document: `title` (escaped here) and `body` (HTML already). */
std::string html_document(std::string_view title, const std::string& body);

/** The search form, filled in from `params`: query, speaker, location, dates, order and one
 *  hit per article shown; the page's other parameters kept as hidden fields. Works without
 *  script (GET /). */
std::string search_form(const QueryParams& params);

}  // namespace dateline::serve
