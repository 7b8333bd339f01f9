/*! `dateline-search show ID`: a whole section, or the whole article it belongs to. */
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/schema/section_data.hpp"

namespace dateline::search {

struct Shown {
    std::string id;                              ///< as requested
    bool whole_article = false;
    std::vector<schema::SectionData> sections;    ///< in section order; empty: no such id
};

/** The section `id`. With `whole_article`, or when `id` is an article id, every section
 *  of the article, in order. Nothing found is an empty `sections`, not an error. */
Shown show(const Xapian::Database& db, const std::string& id, bool whole_article);

}  // namespace dateline::search
