/*! Every value of a field with its count over the whole index: how names are spelled,
 *  which places and agencies exist, which months and years are covered. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "dateline/facets/facets.hpp"

namespace dateline::facets {

/** The fields `dateline-search values` lists, for --help and the error hint: the facets'
 *  and the year ("speaker, location, agency, organization, month, year"). */
std::string value_field_names();

struct ValueList {
    std::string field;
    std::string prefix;                ///< as given, may be empty
    std::size_t matching_values = 0;   ///< values that match the prefix, before the limit
    std::vector<FacetValue> values;
};

/** All values of `field` (one of value_field_names()) with the number of sections holding each.
 *  Names (speaker, location, agency, organization) come most frequent first, ties by
 *  name; month and year in time order. `prefix`, in any case, keeps values whose first
 *  word or any later word starts with it (`pes` finds "Dmitry Peskov"). `limit` 0 is no
 *  limit. Throws Error (Usage) for another field name. */
ValueList list_values(const Xapian::Database& db, std::string_view field, std::string_view prefix,
                      std::size_t limit);

/** Counts of a facet field over the whole index, most frequent first (for stats). */
std::vector<FacetValue> count_all(const Xapian::Database& db, const FacetField& field);

/** Whether `value`, or any word of it, starts with `prefix`, ignoring case. */
bool has_word_prefix(std::string_view value, std::string_view prefix);

}  // namespace dateline::facets
