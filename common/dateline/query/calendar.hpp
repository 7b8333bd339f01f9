/*! Calendar arithmetic on dates: day numbers, days/months back, ISO weeks. Any year 1..9999. */
#pragma once

#include "dateline/calendar/date.hpp"

namespace dateline::query {

/** Days since 1970-01-01, negative before it (proleptic Gregorian, so 1917 and 1066 work). */
long day_number(const calendar::Date& date);

/** The date of a day number. */
calendar::Date from_day_number(long days);

/** `days` later (negative: earlier). */
calendar::Date add_days(const calendar::Date& date, long days);

/** `months` later (negative: earlier), the day clamped to the target month's length
 *  (2017-03-31 minus one month is 2017-02-28). */
calendar::Date add_months(const calendar::Date& date, long months);

/** The Monday on or before `date`: the first day of its ISO week. */
calendar::Date week_start(const calendar::Date& date);

/** "2017-W02": the ISO 8601 week-numbering year and week of `date`. */
std::string iso_week(const calendar::Date& date);

/** Whether the date is a real day in years 1..9999. */
bool is_valid(const calendar::Date& date);

}  // namespace dateline::query
