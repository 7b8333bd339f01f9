/*! What a search asks for and what it finds: the searcher's contract with the printers. */
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/facets/facets.hpp"
#include "dateline/facets/timeline.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/query/query_builder.hpp"
#include "dateline/search/ranking.hpp"

namespace dateline::search {

enum class SortOrder { Relevance, Newest, Oldest };

/** "relevance", "newest", "oldest". */
std::string_view to_string(SortOrder order);

/** The order named by to_string(); nothing for another name. */
std::optional<SortOrder> parse_sort_order(std::string_view name);

struct SearchRequest {
    std::string text;  ///< query text, may be empty
    query::Filters filters;
    query::MatchMode match = query::MatchMode::Auto;  ///< Auto: any word for long queries, else all
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 10;      ///< any size: there is no hidden cap
    std::optional<SortOrder> sort;    ///< default: relevance, or newest with no query text
    std::optional<int> recency_half_life;  ///< days: relevance favouring newer stories
    bool per_article = false;         ///< one hit per article, its best section
    Weighting weighting = DefaultWeighting;  ///< the relevance weighting
    bool quotes = false;              ///< --quotes: words only inside direct quotes; hits list those quotes
    std::string like;                 ///< a section or article id: find similar sections
    std::size_t facet_limit = 10;
    std::optional<facets::TimelineUnit> timeline;
    bool normalize = false;           ///< timeline as a share of all sections per period
    calendar::Date today = calendar::today();  ///< anchors relative dates
    unsigned threads = 1;             ///< threads that may count a large match set
    std::optional<std::filesystem::path> local_database;  ///< the one local database searched, if so:
                                                          ///< counting threads open it again
};

struct Hit {
    Xapian::doccount rank = 0;  ///< 1-based, counting from the first result
    double score = 0;
    schema::SectionData section;
    std::string snippet;  ///< matched words between MarkStart and MarkEnd
    Xapian::doccount more_sections = 0;  ///< with per_article: other matching sections of the article
    std::vector<Quote> quotes;  ///< with quotes: the section's quotes that match, words marked
};

/** How the query was understood, for --explain. */
struct Explanation {
    std::string words;                    ///< Query::get_description() of the query text
    std::vector<std::string> filters;     ///< "speaker: peskov", "date: 2017-01-01..2017-01-31"
    std::vector<std::string> like_terms;  ///< --like: the expand terms searched for
    std::string order;                    ///< "relevance", "newest first, ties by relevance", ...
    std::string ranking;                  ///< "IneB2 c=1", "BM25 k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5"
    std::string recency;                  ///< the boost formula with its numbers, or ""
    std::string collapse;                 ///< "one hit per article", or ""
    std::string final_query;              ///< the whole query Xapian ran
};

struct SearchResult {
    std::string query;              ///< the text as given
    std::string shown_query;        ///< the text the hits are for: the query, or the suggestion
    query::MatchMode match = query::MatchMode::All;  ///< how words were combined for the hits: All or Any
    bool relaxed = false;           ///< no section had all the words: hits have any of them
    bool long_query = false;        ///< match Auto chose any word: the query has AnyWordFrom words or more
    std::string suggestion;         ///< did-you-mean: the query with unknown words corrected, or ""
    bool corrected = false;         ///< the query found nothing: hits are the suggestion's
    std::vector<std::string> dropped;  ///< words the any-word query left out ("the", "s")
    Xapian::doccount query_total = 0;  ///< matches of the query exactly as typed
    bool per_article = false;
    SortOrder sort = SortOrder::Relevance;
    Xapian::doccount total = 0;     ///< hits there are to page through (articles with per_article)
    Xapian::doccount total_sections = 0;  ///< matching sections
    bool total_exact = true;
    Xapian::doccount offset = 0;
    Xapian::doccount limit = 0;
    std::vector<Hit> hits;
    facets::Facets facets;          ///< counts sections, also with per_article
    std::optional<facets::Timeline> timeline;
    Explanation explanation;
    std::vector<std::string> unknown_values;  ///< filter values no section has: "speaker 'peskof'"
    std::vector<std::string> unavailable;     ///< shards left out (--allow-partial): results are partial
    double took_ms = 0;             ///< the search's own time: parsing, matching, facets, snippets
};

}  // namespace dateline::search
