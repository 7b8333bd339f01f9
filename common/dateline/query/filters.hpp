/*! Restrictions that do not change ranking: the --speaker, --location, --agency,
 *  --organization, --since and --until options, as Xapian filter queries. */
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "dateline/query/date_bound.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::query {

/** Values in one list are alternatives (OR); lists and dates combine with AND. */
struct Filters {
    std::vector<std::string> speakers;       ///< full name or surname, any case
    std::vector<std::string> locations;      ///< dateline city, any case
    std::vector<std::string> agencies;       ///< "TASS", any case
    std::vector<std::string> organizations;  ///< organisation making a statement, any case
    DateSpan dates;                          ///< inclusive; sections of unknown date never match

    bool empty() const;
};

/** Each list of Filters with the schema field its values are terms of, and what its
 *  option (--speaker: the field's name) does: the command line's options, the search
 *  page's parameters and --explain are made from this table, so adding a filter is a line. */
struct FilterField {
    schema::FieldId field;
    std::vector<std::string> Filters::*values;
    std::string_view help;

    std::string option() const { return "--" + schema::key(field); }
};
inline const std::array<FilterField, 4> FilterFields{{
    {schema::FieldId::Speaker, &Filters::speakers, "Only sections where this person speaks (full name or surname)"},
    {schema::FieldId::Location, &Filters::locations, "Only articles from this dateline city"},
    {schema::FieldId::Agency, &Filters::agencies, "Only articles of this agency (TASS, Reuters...)"},
    {schema::FieldId::Organization, &Filters::organizations, "Only sections where this organisation makes a statement"},
}};

/** The filters as one query; Query::MatchAll when there are none. */
Xapian::Query filter_query(const Filters& filters);

/** A value range on the date slot; Query::MatchAll for an empty span. */
Xapian::Query date_query(const DateSpan& span);

/** `query` restricted by the filters (OP_FILTER: ranking unchanged); an empty query
 *  (no words) becomes the filters alone. */
Xapian::Query apply_filters(const Xapian::Query& query, const Filters& filters);

/** One line per filter for --explain: "speaker: peskov OR lavrov", "date: 2017-01-01..2017-01-31". */
std::vector<std::string> describe_filters(const Filters& filters);

/** Filter values no section has ("speaker 'peskof'"), so a search that finds nothing can say
 *  why: those of the options, then those written in the query (`speaker:peskof`). */
std::vector<std::string> unknown_filter_values(const Xapian::Database& db, const Filters& filters,
                                               const Xapian::Query& query = {});

}  // namespace dateline::query
