/*! Search results -> text for people or JSON for scripts. */
#pragma once

#include <ostream>

#include "dateline/search/searcher.hpp"

namespace dateline::output {

/** Text: per hit its rank, date, location, title, heading, speakers, snippet, source and
 *  section; then the total and the facets. `colour`: ANSI bold and colours (terminals only),
 *  otherwise matched words are marked **like this**. */
void print_text(std::ostream& out, const search::SearchResult& result, bool colour);

/** One JSON object, the shape documented in the README ("query", "total", "total_exact",
 *  "offset", "hits", "facets"). Snippets mark matched words **like this**. */
void print_json(std::ostream& out, const search::SearchResult& result);

}  // namespace dateline::output
