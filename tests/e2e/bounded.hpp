// Runs a program under a watch on time and memory, so a test of hostile input fails (rather
// than hangs or exhausts the machine) when the program loops or grows without bound.
#pragma once

#include <string>
#include <vector>

#include "run.hpp"

namespace e2e {

struct Bounded {
    Output output;
    double seconds = 0;      ///< wall time
    long peak_rss_mb = 0;    ///< the child's peak resident memory (getrusage)
    bool killed = false;     ///< stopped by the watch: over max_seconds or max_rss_mb
};

/** Runs program (stdin /dev/null, NO_COLOR), killing it with SIGKILL once it runs longer than
 *  max_seconds or its resident memory passes max_rss_mb. */
Bounded run_bounded(const std::string& program, const std::vector<std::string>& args, double max_seconds,
                    long max_rss_mb);

/** dateline-index under the watch. */
Bounded index_bounded(const std::vector<std::string>& args, double max_seconds = 10, long max_rss_mb = 1024);

}  // namespace e2e
