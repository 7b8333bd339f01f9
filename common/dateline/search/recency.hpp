/*! --recency: relevance that favours newer stories, with an exponential decay computed inside
 *  the match by a built-in Xapian posting source (not by re-sorting a truncated list). */
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace dateline::search {

/** The half-life --recency uses when given none. */
inline constexpr std::string_view DefaultHalfLife = "1y";

/** "30d", "2w", "6m" (30 days each), "1y" (365 days) -> days. Throws Error (Usage)
 *  "invalid half-life 'TEXT'" for anything else, including 0. */
int parse_half_life(std::string_view text);

/** The recency boost as applied. */
struct Recency {
    Xapian::Query query;  ///< the query with the boost added
    std::string formula;  ///< for --explain: "score + 7.82 x 0.5^(age / 365 days), age counted back from 2019-12-20"
};

/** score = relevance + top x 0.5^(age / half_life): `top` is the best score of `query` by `weight` (1 for
 *  a query of filters alone, whose scores are all 0) and age counts days back from the newest
 *  date in the index, so a story on that day gains `top`, one a half-life older top/2.
 *  Sections with no date gain nothing. A ValueMapPostingSource on the date slot carries the
 *  boost per day, so it works on remote shards as well. */
Recency with_recency(const Xapian::Database& db, const Xapian::Query& query, int half_life_days,
                     const Xapian::Weight& weight);

}  // namespace dateline::search
