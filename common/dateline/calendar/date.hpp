/*! Calendar dates as the index stores them: proleptic Gregorian, any year 1..9999. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::calendar {

/** A calendar day. Plain value; validity is checked by make_date(). */
struct Date {
    int year = 0;
    int month = 0;  ///< 1..12
    int day = 0;    ///< 1..days_in_month

    friend auto operator<=>(const Date&, const Date&) = default;
};

/** Whether the year has a 29 February. */
bool is_leap_year(int year) noexcept;

/** Days in the month, 0 for a month outside 1..12. */
int days_in_month(int year, int month) noexcept;

/** The date if year, month and day form a real day (year 1..9999), else nothing. */
std::optional<Date> make_date(int year, int month, int day) noexcept;

/** "YYYY-MM-DD": the form people read and JSON carries. */
std::string to_iso(const Date& date);

/** "YYYYMMDD": the sortable form stored in the date value slot. */
std::string to_key(const Date& date);

/** "YYYY-MM": the month facet value. */
std::string to_month(const Date& date);

/** Parses "YYYY-MM-DD" exactly; nothing for any other text or an impossible day. */
std::optional<Date> parse_iso(std::string_view text);

/** Month number for an English month name or abbreviation ("January", "Jan", "Jan.", "Sept"), else 0. */
int month_from_name(std::string_view name) noexcept;

/** Today in UTC. */
Date today();

}  // namespace dateline::calendar
