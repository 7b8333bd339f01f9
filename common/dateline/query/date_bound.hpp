/*! The one date grammar of date:, --since and --until.
 *
 *  A date is YYYY, YYYY-MM or YYYY-MM-DD (any year 1..9999), `today`, `yesterday`, or a
 *  time back from today: 7d, 2w, 3m, 1y. date: also takes ranges FROM..TO, ..TO, FROM..
 *  Anything else is refused with a message listing these forms: nothing silently becomes
 *  some default date. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dateline/calendar/date.hpp"

namespace dateline::query {

enum class Bound { Lower, Upper };

/** An inclusive span of days; an absent end is open. */
struct DateSpan {
    std::optional<calendar::Date> from;
    std::optional<calendar::Date> to;

    bool empty() const { return !from && !to; }
    friend bool operator==(const DateSpan&, const DateSpan&) = default;
};

/** The accepted forms, as error hints and --help show them. */
inline constexpr std::string_view DateForms =
    "dates are YYYY, YYYY-MM or YYYY-MM-DD (2017, 2017-01, 2017-01-12), today, yesterday, "
    "or a time back from today (7d, 2w, 3m, 1y: days, weeks, months, years); "
    "date: also takes ranges (2017-01..2017-03, ..2016, 2017..)";

/** One end of a period. A partial date expands to its whole period: a lower bound is the
 *  period's first day, an upper bound its last (`2017-02` as an upper bound is 2017-02-28).
 *  `today`, `yesterday` and Nd/Nw/Nm/Ny (that many days, weeks, months or years before
 *  `today`, the day clamped to the month's end) are single days either way.
 *  Throws Error (Usage) "invalid date 'TEXT'" with DateForms as the hint. */
calendar::Date parse_date_bound(std::string_view text, Bound bound, const calendar::Date& today = calendar::today());

/** What date:TEXT means. A single date is its whole period (`2017` is 2017-01-01..2017-12-31,
 *  `today` is that day); a relative date runs from then to today (`7d` is the last 7 days
 *  and today). FROM..TO, ..TO and FROM.. take each end as parse_date_bound() does.
 *  Throws Error (Usage) for an invalid date, `..` alone, or a range that ends before it starts. */
DateSpan parse_date_span(std::string_view text, const calendar::Date& today = calendar::today());

/** --since and --until (either may be absent). Throws Error (Usage) for an invalid date and
 *  when --since falls after --until, since nothing could match. */
DateSpan parse_since_until(const std::optional<std::string>& since, const std::optional<std::string>& until,
                           const calendar::Date& today = calendar::today());

/** "2017-01-01..2017-01-31", "2017-01-01..", "..2016-12-31", or "" for an empty span. */
std::string describe(const DateSpan& span);

}  // namespace dateline::query
