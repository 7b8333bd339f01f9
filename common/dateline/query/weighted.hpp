/*! Whether a query ranks: `speaker:peskov`, `date:2017` and `NOT sanctions` match without
 *  weighing anything, and such a query is a filter, shown newest first as --speaker is. */
#pragma once

#include <xapian.h>

namespace dateline::query {

/** True when some term of `q` adds to a match's weight: one outside the filters (the right
 *  of FILTER and AND_NOT, QueryParser's zero-weighted boolean prefixes, value ranges and
 *  match-all). */
bool weighs(const Xapian::Query& q);

}  // namespace dateline::query
