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

std::string line(const Summary& summary, std::uint64_t bytes, std::optional<std::size_t> total, double elapsed)
{
    const std::size_t done = summary.sources_done();
    const double mb_s = elapsed > 0 ? static_cast<double>(bytes) / 1e6 / elapsed : 0;
    std::string files = total ? fmt::format("{}/{} files", done, *total) : fmt::format("{} files", done);
    std::string eta;
    if (total && done > 0 && done < *total)
        eta = fmt::format(", ETA {}", clock_text(elapsed * static_cast<double>(*total - done) / static_cast<double>(done)));
    return fmt::format("{}, {} articles, {} sections, {:.1f} MB/s, {}{}", files, summary.articles, summary.sections,
                       mb_s, clock_text(elapsed), eta);
}

}  // namespace

Progress::Progress(ProgressMode mode) : mode_(mode), start_(Clock::now()), last_(start_) {}

Progress::~Progress()
{
    finish();
}

void Progress::update(const Summary& summary, std::uint64_t bytes, std::optional<std::size_t> total_files)
{
    if (mode_ == ProgressMode::Off)
        return;
    const auto now = Clock::now();
    const auto interval = mode_ == ProgressMode::Live ? std::chrono::milliseconds(100) : std::chrono::seconds(5);
    if (now - last_ < interval)
        return;
    last_ = now;
    const auto text = line(summary, bytes, total_files, std::chrono::duration<double>(now - start_).count());
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
