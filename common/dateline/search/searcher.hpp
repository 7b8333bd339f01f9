/*! A request -> ranked hits, exact totals, facets and timeline; did-you-mean and relaxed
 *  matching when the query finds nothing. */
#pragma once

#include <xapian.h>

#include "dateline/search/request.hpp"

namespace dateline::search {

/** Runs the request. Counts and facets are exact over the whole match set.
 *
 *  When the query as typed matches nothing, the hits are, in this order: those of Xapian's
 *  spelling suggestion (`corrected`), else, for all-words matching, those with any of the
 *  words (`relaxed`); `query_total` stays 0 so callers can tell. A suggestion is reported
 *  whenever a word is unknown to the index, even if the query matched.
 *
 *  If an indexer commits meanwhile (DatabaseModifiedError) `db` is reopened and the search
 *  run again. Throws Error (Usage) for a bad query, date or option combination, (Database)
 *  for a failure reading the index. */
SearchResult search(Xapian::Database& db, const SearchRequest& request);

/** "--recency ... cannot be combined with --sort newest" and other contradictions, and a
 *  query text over query::MaxQueryBytes or MaxQueryWords; throws Error (Usage). */
void check_request(const SearchRequest& request);

}  // namespace dateline::search
