/*! Evidence -> the article's date, in DESIGN.md's order: metadata, a year in the dateline,
 *  a date in the source path, --year, --reference-date. */
#pragma once

#include <optional>
#include <string_view>

#include "dateline/calendar/date.hpp"
#include "dateline/fields/dateline.hpp"
#include "dateline/model.hpp"

namespace dateline::fields {

/** A date found in a path; month and day are 0 when the path does not give them. */
struct PathDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

/** The deepest date in a path: ".../2017/01/12/...", "2017-01-12-slug.txt", "20170112",
 *  ".../2017/01/...", ".../2017/...". Years 1900..2099 only, so ids and counts are not dates. */
std::optional<PathDate> date_from_path(std::string_view path);

/** Everything that may tell the date; all optional. */
struct DateEvidence {
    std::optional<calendar::Date> metadata;
    std::optional<Dateline> dateline;
    std::string_view path;
    int year = 0;                    ///< --year
    std::optional<calendar::Date> reference;   ///< --reference-date
};

struct ResolvedDate {
    std::optional<calendar::Date> date;
    DateSource source = DateSource::None;
};

/** The best date the evidence supports, or none. A dateline gives month and day; the
 *  year comes from the first of path, --year, --reference-date that has one. A path's full
 *  date picks the year that puts the dateline's day nearest to it (a December 31 story
 *  filed under 2018/01/01 is from 2017). */
ResolvedDate resolve_date(const DateEvidence& evidence);

}  // namespace dateline::fields
