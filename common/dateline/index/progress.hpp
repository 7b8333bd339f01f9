/*! Progress on stderr while indexing: a live line on a terminal, a log line now and then otherwise. */
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "dateline/index/report.hpp"

namespace dateline::index {

enum class ProgressMode { Off, Live, Log };

/** Shows files done (of the total once the walk has finished), articles, sections, MB/s,
 *  elapsed time and an ETA. Live: redrawn in place at most 10 times a second and cleared
 *  at the end. Log: one spdlog line every 5 seconds. */
class Progress {
public:
    explicit Progress(ProgressMode mode);
    ~Progress();

    /** Called by the writer after each source; cheap when nothing is due. */
    void update(const Summary& summary, std::uint64_t bytes, std::optional<std::size_t> total_files);
    void finish();

private:
    ProgressMode mode_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drawn_ = false;
};

}  // namespace dateline::index
