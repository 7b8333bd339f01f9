/*! --quotes: the direct quotes of a hit that match the query and the speaker filter. */
#pragma once

#include <vector>

#include <xapian.h>

#include "dateline/schema/section_data.hpp"
#include "dateline/query/filters.hpp"

namespace dateline::search {

/** The quotes of `section` that hold a word of `words` (as the indexer's quote: terms do)
 *  and, when the filters name speakers, were said by one of them; the matched words are
 *  marked as in snippets. All quotes by those speakers when `words` is empty. */
std::vector<Quote> matching_quotes(const schema::SectionData& section, const Xapian::Query& words,
                                   const query::Filters& filters);

}  // namespace dateline::search
