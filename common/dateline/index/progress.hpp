/*! Progress on stderr while indexing: a live line on a terminal, a log line now and then otherwise. */
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "dateline/index/report.hpp"

namespace dateline::index {

enum class ProgressMode { Off, Live, Log };

/** Shows files done (of the total once the walk has finished), articles, sections, MB/s,
 *  elapsed time and an ETA by the input's bytes on disk (so one big file has one). Live:
 *  redrawn in place at most 10 times a second and cleared at the end. Log: one spdlog line
 *  every 5 seconds. */
class Progress {
public:
    explicit Progress(ProgressMode mode);
    ~Progress();

    /** Once the walk has counted the input. */
    struct Totals {
        std::size_t files;
        std::uint64_t input_done, input_bytes;  ///< bytes of input (on disk) handed to the writers so far; in all
    };

    /** Called by the writer after each item; cheap when nothing is due. */
    void update(const Summary& summary, std::uint64_t bytes, const std::optional<Totals>& totals);
    void finish();

private:
    ProgressMode mode_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drawn_ = false;
};

/** The progress line after `elapsed` seconds: "3/10 files, 5 articles, 9 sections, 1.2 MB/s,
 *  0:04, ETA 0:12". */
std::string progress_line(const Summary& summary, std::uint64_t bytes, const std::optional<Progress::Totals>& totals,
                          double elapsed);

}  // namespace dateline::index
