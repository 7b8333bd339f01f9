#include "dateline/fields/date_resolver.hpp"

#include <chrono>
#include <cstdlib>
#include <regex>

namespace dateline::fields {

using calendar::Date;
using calendar::make_date;

namespace {

struct PathForm {
    std::regex pattern;
    bool has_month, has_day;
};

const std::vector<PathForm>& path_forms()
{
    // Most specific first; within one form the deepest (last) match wins. Each pattern
    // matches at most 11 characters and has no unbounded repetition, so std::regex's
    // recursion stays shallow and a search is linear in the path's length, however long.
    // (Free-form input is never given to std::regex: metadata_date.cpp says why.)
    static const std::vector<PathForm> forms{
        {std::regex(R"((?:^|[^0-9])((?:19|20)[0-9]{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12][0-9]|3[01])(?![0-9]))"), true, true},
        {std::regex(R"((?:^|[^0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9]))"), true, true},
        {std::regex(R"(/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/)"), true, false},
        {std::regex(R"(/((?:19|20)[0-9]{2})/)"), false, false},
    };
    return forms;
}

long days_from_civil(const Date& d)
{
    using namespace std::chrono;
    return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}}
        .time_since_epoch()
        .count();
}

// The year near the path's date that makes month/day a real day closest to it.
std::optional<Date> nearest_to(const PathDate& path, int month, int day)
{
    const auto anchor = make_date(path.year, path.month, path.day);
    std::optional<Date> best;
    long best_gap = 0;
    for (int y = path.year - 1; y <= path.year + 1; ++y) {
        const auto candidate = make_date(y, month, day);
        if (!candidate)
            continue;
        const long gap = anchor ? std::labs(days_from_civil(*candidate) - days_from_civil(*anchor)) : std::labs(y - path.year);
        if (!best || gap < best_gap) {
            best = candidate;
            best_gap = gap;
        }
    }
    return best;
}

// The latest month/day on or before the reference (29 February looks back to a leap year).
std::optional<Date> latest_on_or_before(const Date& reference, int month, int day)
{
    for (int y = reference.year; y > reference.year - 8 && y > 0; --y) {
        const auto candidate = make_date(y, month, day);
        if (candidate && *candidate <= reference)
            return candidate;
    }
    return std::nullopt;
}

// Whether the path holds a year of the forms above ("19" or "20" and two digits): most
// paths hold none, and then no regex runs (the four searches were 4% of parsing a folder
// of stories, callgrind).
bool has_year(std::string_view path)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i + 4 <= path.size(); ++i)
        if (((path[i] == '1' && path[i + 1] == '9') || (path[i] == '2' && path[i + 1] == '0')) && digit(path[i + 2]) &&
            digit(path[i + 3]))
            return true;
    return false;
}

}  // namespace

std::optional<PathDate> date_from_path(std::string_view path)
{
    if (!has_year(path))
        return std::nullopt;
    const std::string text(path);
    for (const auto& form : path_forms()) {
        std::optional<PathDate> found;
        for (std::sregex_iterator it(text.begin(), text.end(), form.pattern), end; it != end; ++it) {
            const auto& m = *it;
            PathDate date{std::stoi(m[1].str()), form.has_month ? std::stoi(m[2].str()) : 0,
                          form.has_day ? std::stoi(m[3].str()) : 0};
            if (date.day && !make_date(date.year, date.month, date.day))
                continue;
            found = date;
        }
        if (found)
            return found;
    }
    return std::nullopt;
}

ResolvedDate resolve_date(const DateEvidence& evidence)
{
    if (evidence.metadata)
        return {evidence.metadata, DateSource::Metadata};
    const auto path_date = date_from_path(evidence.path);
    const bool dateline_day = evidence.dateline && evidence.dateline->month > 0;
    if (!dateline_day) {
        if (path_date && path_date->day)
            return {make_date(path_date->year, path_date->month, path_date->day), DateSource::Path};
        return {};
    }
    const int month = evidence.dateline->month, day = evidence.dateline->day;
    if (evidence.dateline->year) {
        if (auto date = make_date(evidence.dateline->year, month, day))
            return {date, DateSource::Dateline};
    }
    if (path_date) {
        if (auto date = nearest_to(*path_date, month, day))
            return {date, DateSource::Path};
    }
    if (evidence.year) {
        if (auto date = make_date(evidence.year, month, day))
            return {date, DateSource::Option};
    }
    if (evidence.reference) {
        if (auto date = latest_on_or_before(*evidence.reference, month, day))
            return {date, DateSource::Reference};
    }
    return {};
}

}  // namespace dateline::fields
