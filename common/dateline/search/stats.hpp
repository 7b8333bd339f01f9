/*! `dateline-search stats`: what an index holds, from its terms, values and metadata. */
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/facets/facets.hpp"

namespace dateline::search {

struct IndexStats {
    std::string path;
    std::string schema_version;       ///< as recorded in the index
    Xapian::doccount sections = 0;
    Xapian::doccount articles = 0;
    Xapian::doccount sources = 0;     ///< distinct source files (or archive members)
    Xapian::doccount dated_sections = 0;
    std::optional<std::string> first_date;  ///< "YYYY-MM-DD"; none without dated sections
    std::optional<std::string> last_date;
    std::uintmax_t size_bytes = 0;    ///< files of the index folder
    Xapian::rev revision = 0;         ///< changes with each commit; 0 for a sharded index
    facets::Facets top;               ///< the `top` commonest speakers, locations and agencies
};

/** Counts over the whole index. Sections, articles, dates and sizes are cheap (term
 *  frequencies, value statistics, the file system); top values and sources read every
 *  section once. */
IndexStats collect_stats(const Xapian::Database& db, const std::vector<std::filesystem::path>& paths, std::size_t top);

}  // namespace dateline::search
