/*! A request -> ranked hits, exact totals and facets. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/facets/facets.hpp"
#include "dateline/index/section_data.hpp"
#include "dateline/query/query_builder.hpp"

namespace dateline::search {

enum class SortOrder { Relevance, Newest, Oldest };

struct SearchRequest {
    std::string text;             ///< query text, may be empty
    query::Filters filters;
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 10;
    std::optional<SortOrder> sort;  ///< default: relevance, or newest when there is no query text
    std::size_t facet_limit = 10;
};

struct Hit {
    Xapian::doccount rank = 0;  ///< 1-based, counting from the first result
    double score = 0;
    index::SectionData section;
    std::string snippet;  ///< matched words between MarkStart and MarkEnd
};

struct SearchResult {
    std::string query;              ///< the text as given
    Xapian::doccount total = 0;     ///< sections matching
    bool total_exact = true;
    Xapian::doccount offset = 0;
    std::vector<Hit> hits;
    facets::Facets facets;
};

/** Runs the request. Counts and facets are exact over the whole match set.
 *  Throws Error (Usage) for a bad query, (Database) for a failure reading the index. */
SearchResult search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace dateline::search
