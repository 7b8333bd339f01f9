#include "dateline/index/report.hpp"

#include <fmt/format.h>

namespace dateline::index {

namespace {

std::string plural(std::size_t n, const char* word)
{
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string reasons(const std::map<Reason, std::size_t>& by_reason, bool skips)
{
    std::string out;
    for (const auto& [reason, n] : by_reason) {
        if (is_skip(reason) != skips || is_note(reason))
            continue;
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, to_string(reason));
    }
    return out.empty() ? "" : " (" + out + ")";
}

}  // namespace

void Summary::count(const Problem& problem)
{
    ++by_reason[problem.reason];
    if (problem.reason == Reason::Ignored) {
        ++ignored;
        ignored_files += problem.source.member.empty() ? 1 : 0;
    } else if (is_note(problem.reason)) {
        ++without_dateline;
    } else if (is_skip(problem.reason)) {
        ++skipped;
    } else {
        ++warnings;
    }
}

std::string Summary::line() const
{
    return fmt::format("{}: {} new, {} changed, {} unchanged, {} removed; {}, {}, {}; {}{}; {} skipped{}; "
                       "{} ignored (not an article format); {} without a dateline; {:.2f} s, {:.1f} MB/s",
                       plural(files, "file"), added, changed, unchanged, removed, plural(articles, "article"),
                       plural(sections, "section"), plural(duplicates, "duplicate"), plural(warnings, "warning"),
                       reasons(by_reason, false), skipped, reasons(by_reason, true), ignored, without_dateline, seconds,
                       seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
}

}  // namespace dateline::index
