/*! Counting what a run did and what went wrong, for the progress line and the summary. */
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "dateline/problem.hpp"

namespace dateline::index {

struct Summary {
    std::size_t files = 0;      ///< files found that are read (plain files and archives)
    std::size_t ignored = 0;    ///< files and archive members whose format is not read
    std::size_t ignored_files = 0;  ///< of those, files (not counted among `files`)
    std::size_t added = 0;      ///< sources indexed for the first time
    std::size_t changed = 0;    ///< sources indexed again because their bytes changed
    std::size_t unchanged = 0;  ///< sources skipped because they are already indexed as they are
    std::size_t removed = 0;    ///< sources gone from the paths, deleted by --prune
    std::size_t duplicates = 0; ///< articles not indexed because the same story already is
    std::size_t articles = 0;
    std::size_t sections = 0;
    std::size_t warnings = 0;   ///< indexed with a warning (unknown date, duplicate id)
    std::size_t without_dateline = 0;  ///< articles indexed without a dateline (a note, not a warning)
    std::size_t skipped = 0;    ///< sources not indexed, by reason below
    std::map<Reason, std::size_t> by_reason;
    std::uint64_t bytes = 0;    ///< read from the sources (after decompression), for MB/s
    double seconds = 0;         ///< wall time of the whole run: reading, writing, merging, installing

    /** Counts a problem by reason, as a warning or a skip. */
    void count(const Problem& problem);

    /** Sources dealt with so far, whatever the outcome. */
    std::size_t sources_done() const { return added + changed + unchanged + skipped; }

    /** "54 files: 54 new, 0 changed, 0 unchanged, 0 removed; 54 articles, 101 sections,
     *  0 duplicates; 0 warnings; 0 skipped; 2 ignored (not an article format); 0 without a dateline;
     *  0.04 s, 2.1 MB/s" */
    std::string line() const;
};

}  // namespace dateline::index
