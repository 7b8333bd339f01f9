#include "dateline/index/progress.hpp"

#include <cstdio>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace dateline::index {

namespace {

using Clock = std::chrono::steady_clock;

std::string clock_text(double seconds)
{
    const auto s = static_cast<long>(seconds);
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

std::string progress_line(const Summary& summary, std::uint64_t bytes, const std::optional<Progress::Totals>& totals,
                          double elapsed)
{
    const std::size_t done = summary.sources_done();
    const double mb_s = elapsed > 0 ? static_cast<double>(bytes) / 1e6 / elapsed : 0;
    // An archive's members are sources of their own: then they outnumber the files.
    std::string files = !totals                 ? fmt::format("{} files", done)
                        : done <= totals->files ? fmt::format("{}/{} files", done, totals->files)
                                                : fmt::format("{} sources in {} file{}", done, totals->files,
                                                              totals->files == 1 ? "" : "s");
    std::string eta;
    // By bytes, not files: the pieces of one big file move it, and a large file counts more.
    if (totals && totals->input_done > 0 && totals->input_done < totals->input_bytes)
        eta = fmt::format(", ETA {}", clock_text(elapsed * static_cast<double>(totals->input_bytes - totals->input_done) /
                                                 static_cast<double>(totals->input_done)));
    return fmt::format("{}, {} articles, {} sections, {:.1f} MB/s, {}{}", files, summary.articles, summary.sections,
                       mb_s, clock_text(elapsed), eta);
}

Progress::Progress(ProgressMode mode) : mode_(mode), start_(Clock::now()), last_(start_) {}

Progress::~Progress()
{
    finish();
}

void Progress::update(const Summary& summary, std::uint64_t bytes, const std::optional<Totals>& totals)
{
    if (mode_ == ProgressMode::Off)
        return;
    const auto now = Clock::now();
    const auto interval = mode_ == ProgressMode::Live ? std::chrono::milliseconds(100) : std::chrono::seconds(5);
    if (now - last_ < interval)
        return;
    last_ = now;
    const auto text = progress_line(summary, bytes, totals, std::chrono::duration<double>(now - start_).count());
    if (mode_ == ProgressMode::Live) {
        std::fprintf(stderr, "\r\x1b[K%s", text.c_str());
        std::fflush(stderr);
        drawn_ = true;
    } else {
        spdlog::info("{}", text);
    }
}

void Progress::finish()
{
    if (drawn_) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        drawn_ = false;
    }
}

}  // namespace dateline::index
