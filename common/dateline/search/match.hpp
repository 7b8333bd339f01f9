/*! One run of a finished query through Xapian::Enquire: order, collapse, paging, snippets,
 *  facets and timeline, with every match checked so counts are exact. */
#pragma once

#include <xapian.h>

#include "dateline/search/request.hpp"

namespace dateline::search {

/** How to run a query that is already built. */
struct MatchPlan {
    Xapian::Query query;
    SortOrder order = SortOrder::Relevance;
    bool has_words = false;  ///< snippets around matched words; else the section's opening
    Xapian::Query words;     ///< the query's words alone, for --quotes
};

/** Runs the plan for the request's paging, per_article, facets and timeline, and fills
 *  `out`'s total, total_sections, total_exact, offset, limit, hits, facets, timeline, sort
 *  and per_article. Totals, facets and "more sections" counts are exact: Xapian checks every
 *  matching section (check_at_least = all sections), so no minimum weight cuts any off. */
void run_match(const Xapian::Database& db, const MatchPlan& plan, const SearchRequest& request,
               const Xapian::Stem& stemmer, SearchResult& out);

/** How `order` reads in --explain. */
std::string describe_order(SortOrder order);

}  // namespace dateline::search
