/*! Query text and filters -> Xapian::Query, with every prefix taken from the schema table. */
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "dateline/query/field_processors.hpp"

#include "dateline/calendar/date.hpp"
#include "dateline/query/filters.hpp"
#include "dateline/query/free_text.hpp"

namespace dateline::query {

/** Whether a section must contain all the query's words, or any of them; Auto picks one by
 *  the query's length (QueryBuilder::resolve). */
enum class MatchMode { All, Any, Auto };

/** With MatchMode::Auto, a query of this many words or more (words and phrases with no
 *  operator between them) matches any of them, best first by relevance; a shorter one must match
 *  all. Descriptions such as "grain exports wheat corn harvest" rarely have every word in one
 *  story: on the Reuters proxy collection any-word matching has 3x the MAP of all-words
 *  matching, for queries of 3 to 7 words alike (docs/RELEVANCE.md). */
inline constexpr std::size_t AnyWordFrom = 3;

/** What the parser made of the query text. */
struct ParsedQuery {
    Xapian::Query query;    ///< empty when the text has no words
    std::string corrected;  ///< the text with unknown words replaced by Xapian's spelling
                            ///< suggestions ("peskof" -> "peskov"); empty when none was needed
    std::vector<std::string> dropped;  ///< words left out: "the" (and "s" in an any-word query)
};

/** The field prefixes a query may use, from the schema table: "id:, article:, title:, ...". */
std::string field_prefixes();

/** Parses queries against one database (it expands wildcards and suggests spellings). */
class QueryBuilder {
public:
    /** `today` anchors relative dates (date:7d). */
    explicit QueryBuilder(const Xapian::Database& db, calendar::Date today = calendar::today());

    /** Xapian's QueryParser with English stemming: phrases, AND/OR/NOT, NEAR/n, -word,
     *  word* (the MaxWildcardTerms most frequent expansions), and the field prefixes of the
     *  schema: title:, heading:, quote: (ranked text) and speaker:, location:, agency:,
     *  organization:, date:, month:, year:, id:, article: (filters, as the options build
     *  them). Words combine by `mode` (Auto: see resolve()). Letters typed as an acronym
     *  (`u.s.`, `u s`) become the acronym the index holds; stopwords outside phrases are
     *  left out (and in an any-word query single letters too: free_text.hpp), unless nothing
     *  else is left. Throws Error (Usage) on text Xapian cannot parse and on an invalid date:. */
    ParsedQuery parse(const std::string& text, MatchMode mode = MatchMode::All);

    /** --quotes: unprefixed words match only words inside direct quotes (quote:). */
    void words_in_quotes_only(bool on) { quotes_only_ = on; }

    /** All or Any: `mode` itself, or for Auto, Any when the text joins AnyWordFrom or more
     *  words and phrases with the default operator, else All. */
    MatchMode resolve(const std::string& text, MatchMode mode);

    /** How many words and phrases the text joins with the default operator: 3 for `russia
     *  "foreign ministry" talks speaker:lavrov` (filters are not words; nor are stopwords
     *  and single letters, unless there is nothing else), 1 for a text whose top level is an
     *  explicit operator (`a OR b c`, `a -b c`) or one word, 0 for none. */
    std::size_t implicit_words(const std::string& text);

    /** The stemmer the text was parsed with, for snippets. */
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    /** Whether the index has `word` (its punctuation trimmed, lower-cased) as a term. */
    bool holds(std::string_view word) const;
    AcronymText acronyms(const std::string& text) const;
    bool has_unknown_word(const std::string& text) const;
    std::string keep_known_words(const std::string& text, const std::string& corrected) const;

    Xapian::Database db_;
    Xapian::Stem stemmer_;
    Xapian::QueryParser parser_;
    QueryStopper stopper_;
    DeferredError error_;  // shared with the date processors
    bool quotes_only_ = false;
};

}  // namespace dateline::query
