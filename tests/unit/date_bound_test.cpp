// The one date grammar of date:, --since and --until: every form, every bound, every refusal.
#include <functional>

#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/query/calendar.hpp"
#include "dateline/query/date_bound.hpp"

using namespace dateline;
using namespace dateline::query;
using calendar::Date;

namespace {

const Date Today{2024, 3, 31};

std::string iso(const Date& d)
{
    return calendar::to_iso(d);
}

std::string error_of(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return std::string(e.what()) + " | " + e.hint();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("query/date_bound: every accepted form, as a lower and as an upper bound")
{
    struct Case {
        const char* text;
        const char* lower;
        const char* upper;
    };
    const Case cases[] = {
        {"2017", "2017-01-01", "2017-12-31"},
        {"2017-02", "2017-02-01", "2017-02-28"},
        {"2016-02", "2016-02-01", "2016-02-29"},  // leap year
        {"1900-02", "1900-02-01", "1900-02-28"},  // not a leap year
        {"2000-02", "2000-02-01", "2000-02-29"},  // a leap year
        {"2017-01-12", "2017-01-12", "2017-01-12"},
        {"1969-07-20", "1969-07-20", "1969-07-20"},  // before 1970
        {"1917-11", "1917-11-01", "1917-11-30"},
        {"1899", "1899-01-01", "1899-12-31"},  // before 1900
        {"0001", "0001-01-01", "0001-12-31"},
        {"9999-12", "9999-12-01", "9999-12-31"},
        {"today", "2024-03-31", "2024-03-31"},
        {"Today", "2024-03-31", "2024-03-31"},
        {"yesterday", "2024-03-30", "2024-03-30"},
        {"0d", "2024-03-31", "2024-03-31"},
        {"7d", "2024-03-24", "2024-03-24"},
        {"31d", "2024-02-29", "2024-02-29"},
        {"2w", "2024-03-17", "2024-03-17"},
        {"1m", "2024-02-29", "2024-02-29"},  // 31 March minus a month: clamped to February's end
        {"3m", "2023-12-31", "2023-12-31"},
        {"1y", "2023-03-31", "2023-03-31"},
        {"100y", "1924-03-31", "1924-03-31"},
        {"7D", "2024-03-24", "2024-03-24"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(iso(parse_date_bound(c.text, Bound::Lower, Today)) == c.lower);
        CHECK(iso(parse_date_bound(c.text, Bound::Upper, Today)) == c.upper);
    }
}

TEST_CASE("query/date_bound: every rejected form names the accepted ones")
{
    const char* rejected[] = {"",          "17",         "201",        "20171",      "2017-1",     "2017-13",
                              "2017-00",   "2017-02-30", "2017-02-29", "2017-1-12",  "2017/01",    "2017.01",
                              "January",   "Jan 2017",   "2017-01-12x", "x2017",     "0000",       "00000",
                              "12017",     "-2017",      "+2017",      "2017-01-12T00:00", " 2017", "2017 ",
                              "d",         "7",          "-7d",        "7x",         "7 d",        "1.5y",
                              "123456d",   "9999999y",   "tomorrow",   "now",        "todayx",     "2017-W02",
                              "..",        "20170112"};
    for (const char* text : rejected) {
        CAPTURE(text);
        CHECK(error_of([&] { parse_date_bound(text, Bound::Lower, Today); }) ==
              "invalid date '" + std::string(text) + "' | " + std::string(DateForms));
    }
    CHECK(DateForms == "dates are YYYY, YYYY-MM or YYYY-MM-DD (2017, 2017-01, 2017-01-12), today, yesterday, "
                       "or a time back from today (7d, 2w, 3m, 1y: days, weeks, months, years); "
                       "date: also takes ranges (2017-01..2017-03, ..2016, 2017..)");
    // Far enough back to leave year 1 is refused, not wrapped round.
    CHECK(error_of([] { parse_date_bound("99999m", Bound::Lower, Date{100, 1, 1}); }).starts_with("invalid date"));
}

TEST_CASE("query/date_bound: date: spans, ranges and open ranges")
{
    struct Case {
        const char* text;
        const char* span;
    };
    const Case cases[] = {
        {"2017", "2017-01-01..2017-12-31"},
        {"2017-02", "2017-02-01..2017-02-28"},
        {"2017-01-12", "2017-01-12..2017-01-12"},
        {"2017-01..2017-03", "2017-01-01..2017-03-31"},
        {"2016..2017-06-15", "2016-01-01..2017-06-15"},
        {"..2016", "..2016-12-31"},
        {"2017..", "2017-01-01.."},
        {"1900..1969", "1900-01-01..1969-12-31"},
        {"today", "2024-03-31..2024-03-31"},
        {"yesterday", "2024-03-30..2024-03-30"},
        {"7d", "2024-03-24..2024-03-31"},  // the last 7 days and today
        {"1m", "2024-02-29..2024-03-31"},
        {"1y..", "2023-03-31.."},
        {"2w..7d", "2024-03-17..2024-03-24"},
        {"2017-01-12..2017-01-12", "2017-01-12..2017-01-12"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(describe(parse_date_span(c.text, Today)) == c.span);
    }
    CHECK(error_of([] { parse_date_span("2018..2017", Today); }) ==
          "date range '2018..2017' ends before it starts | put the earlier date first, e.g. 2017..2018");
    CHECK(error_of([] { parse_date_span("..", Today); }) == "invalid date '..' | " + std::string(DateForms));
    CHECK(error_of([] { parse_date_span("2017-13..2018", Today); }).starts_with("invalid date '2017-13' | "));
    CHECK(error_of([] { parse_date_span("2017..2018..2019", Today); }).starts_with("invalid date '2018..2019' | "));
}

TEST_CASE("query/date_bound: --since and --until take whole periods and must be in order")
{
    CHECK(describe(parse_since_until("2017-01", "2017-02", Today)) == "2017-01-01..2017-02-28");
    CHECK(describe(parse_since_until("30d", std::nullopt, Today)) == "2024-03-01..");
    CHECK(describe(parse_since_until(std::nullopt, "yesterday", Today)) == "..2024-03-30");
    CHECK(parse_since_until(std::nullopt, std::nullopt, Today).empty());
    CHECK(describe(parse_since_until("2017-01-12", "2017-01-12", Today)) == "2017-01-12..2017-01-12");
    CHECK(error_of([] { parse_since_until("2018", "2017", Today); }) ==
          "--since 2018 is after --until 2017: nothing can match | --since takes the earlier date, --until the later one");
    CHECK(error_of([] { parse_since_until("2017-1", std::nullopt, Today); }) ==
          "invalid date '2017-1' | " + std::string(DateForms));
}

TEST_CASE("query/calendar: day numbers, months back, ISO weeks, any year")
{
    CHECK(day_number(Date{1970, 1, 1}) == 0);
    CHECK(day_number(Date{1969, 12, 31}) == -1);
    CHECK(iso(from_day_number(day_number(Date{1066, 10, 14}))) == "1066-10-14");
    CHECK(iso(add_days(Date{2016, 2, 28}, 1)) == "2016-02-29");
    CHECK(iso(add_days(Date{1900, 2, 28}, 1)) == "1900-03-01");
    CHECK(iso(add_months(Date{2017, 3, 31}, -1)) == "2017-02-28");
    CHECK(iso(add_months(Date{2017, 1, 15}, -13)) == "2015-12-15");
    CHECK(iso(add_months(Date{2017, 11, 30}, 3)) == "2018-02-28");
    CHECK(iso(week_start(Date{2017, 1, 12})) == "2017-01-09");  // a Thursday -> Monday
    CHECK(iso(week_start(Date{2017, 1, 9})) == "2017-01-09");
    CHECK(iso(week_start(Date{2017, 1, 15})) == "2017-01-09");  // Sunday ends the ISO week
    CHECK(iso_week(Date{2017, 1, 12}) == "2017-W02");
    CHECK(iso_week(Date{2017, 1, 1}) == "2016-W52");   // a Sunday: the last week of 2016
    CHECK(iso_week(Date{2015, 12, 31}) == "2015-W53");
    CHECK(iso_week(Date{2019, 12, 30}) == "2020-W01");
    CHECK(iso_week(Date{1917, 11, 7}) == "1917-W45");
    CHECK(is_valid(Date{2016, 2, 29}));
    CHECK_FALSE(is_valid(Date{2017, 2, 29}));
    CHECK_FALSE(is_valid(Date{0, 1, 1}));
}
