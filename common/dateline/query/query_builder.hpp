/*! Query text and filters -> Xapian::Query, with prefixes taken from the schema table. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/fields/date.hpp"

namespace dateline::query {

/** Restrictions that do not change ranking. Values in one list are alternatives; lists combine with AND. */
struct Filters {
    std::vector<std::string> speakers;   ///< full name or surname, any case
    std::vector<std::string> locations;  ///< dateline city, any case
    std::optional<fields::Date> since;   ///< inclusive
    std::optional<fields::Date> until;   ///< inclusive

    bool empty() const { return speakers.empty() && locations.empty() && !since && !until; }
};

/** Builds queries against one database (needed to expand wildcards). */
class QueryBuilder {
public:
    explicit QueryBuilder(const Xapian::Database& db);

    /** Free text through Xapian's QueryParser (English stemming, all words required,
     *  phrases, AND/OR/NOT, -word, word*, field prefixes such as title: and speaker:),
     *  filtered by `filters`. Empty text with filters is a pure filter; empty text with no
     *  filters matches everything. Throws Error (Usage) on a query Xapian cannot parse. */
    Xapian::Query build(const std::string& text, const Filters& filters);

    /** The stemmer the text was parsed with, for snippets. */
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
    Xapian::QueryParser parser_;
};

/** The filter part alone: Query::MatchAll when there are no filters. */
Xapian::Query filter_query(const Filters& filters);

}  // namespace dateline::query
