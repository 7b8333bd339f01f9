/*! --like ID: sections similar to a given one, by Xapian relevance feedback (an RSet of the
 *  given section, or of every section of a given article, expanded into its best terms). */
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace dateline::search {

/** How many expand terms a --like query searches for. */
inline constexpr Xapian::termcount LikeTerms = 25;

struct LikeQuery {
    Xapian::Query query;             ///< the expand terms OR'd, other articles only
    std::vector<std::string> terms;  ///< the expand terms, best first
    std::string article_id;          ///< the article the example belongs to
};

/** The query for sections like `id`: its LikeTerms best plain words by Xapian's expand
 *  weighting (prefixed filter terms and stems left out), excluding the example's own
 *  article. Throws Error (Usage) "no section or article with id 'ID'". */
LikeQuery like_query(const Xapian::Database& db, const std::string& id);

}  // namespace dateline::search
