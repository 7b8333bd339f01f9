/*! Query text and filters -> Xapian::Query, with every prefix taken from the schema table. */
#pragma once

#include <string>

#include <xapian.h>

#include "dateline/query/field_processors.hpp"

#include "dateline/fields/date.hpp"
#include "dateline/query/filters.hpp"

namespace dateline::query {

/** Whether a section must contain all the query's words, or any of them. */
enum class MatchMode { All, Any };

/** What the parser made of the query text. */
struct ParsedQuery {
    Xapian::Query query;    ///< empty when the text has no words
    std::string corrected;  ///< the text with unknown words replaced by Xapian's spelling
                            ///< suggestions ("peskof" -> "peskov"); empty when none was needed
};

/** Parses queries against one database (it expands wildcards and suggests spellings). */
class QueryBuilder {
public:
    /** `today` anchors relative dates (date:7d). */
    explicit QueryBuilder(const Xapian::Database& db, fields::Date today = fields::today());

    /** Xapian's QueryParser with English stemming: phrases, AND/OR/NOT, NEAR/n, -word,
     *  word* (the MaxWildcardTerms most frequent expansions), and the field prefixes of the
     *  schema: title:, heading:, quote: (ranked text) and speaker:, location:, agency:,
     *  organization:, date:, month:, year:, id:, article: (filters, as the options build
     *  them). Words combine by `mode`. Throws Error (Usage) on text Xapian cannot parse
     *  and on an invalid date:. */
    ParsedQuery parse(const std::string& text, MatchMode mode = MatchMode::All);

    /** parse() restricted by `filters`. No words and no filters matches everything. */
    Xapian::Query build(const std::string& text, const Filters& filters, MatchMode mode = MatchMode::All);

    /** The stemmer the text was parsed with, for snippets. */
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
    Xapian::QueryParser parser_;
    DeferredError error_;  // shared with the date processors
};

}  // namespace dateline::query
