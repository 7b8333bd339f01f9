/*! Counting what a run did and what went wrong, for the one-line summary. */
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "dateline/problem.hpp"

namespace dateline::index {

struct Summary {
    std::size_t files = 0;     ///< sources read
    std::size_t ignored = 0;   ///< files in folders whose format is not read
    std::size_t articles = 0;
    std::size_t sections = 0;
    std::size_t warnings = 0;  ///< indexed with a warning (unknown date, no dateline)
    std::size_t skipped = 0;   ///< sources not indexed
    std::map<Reason, std::size_t> by_reason;
    double seconds = 0;

    /** Counts a problem by reason, as a warning or a skip. */
    void count(const Problem& problem);

    /** "44 files, 44 articles, 98 sections; 1 warning (1 unknown date); 2 skipped (1 binary, 1 empty); 0.41 s" */
    std::string line() const;
};

}  // namespace dateline::index
