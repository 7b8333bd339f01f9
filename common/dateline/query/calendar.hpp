/*! Calendar arithmetic on dates: day numbers, days/months back, ISO weeks. Any year 1..9999. */
#pragma once

#include "dateline/fields/date.hpp"

namespace dateline::query {

/** Days since 1970-01-01, negative before it (proleptic Gregorian, so 1917 and 1066 work). */
long day_number(const fields::Date& date);

/** The date of a day number. */
fields::Date from_day_number(long days);

/** `days` later (negative: earlier). */
fields::Date add_days(const fields::Date& date, long days);

/** `months` later (negative: earlier), the day clamped to the target month's length
 *  (2017-03-31 minus one month is 2017-02-28). */
fields::Date add_months(const fields::Date& date, long months);

/** The Monday on or before `date`: the first day of its ISO week. */
fields::Date week_start(const fields::Date& date);

/** "2017-W02": the ISO 8601 week-numbering year and week of `date`. */
std::string iso_week(const fields::Date& date);

/** Whether the date is a real day in years 1..9999. */
bool is_valid(const fields::Date& date);

}  // namespace dateline::query
