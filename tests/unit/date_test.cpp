#include <doctest/doctest.h>

#include "dateline/calendar/date.hpp"

using namespace dateline::calendar;

TEST_CASE("calendar/date: real days only, any year 1..9999")
{
    CHECK(make_date(2017, 1, 12) == Date{2017, 1, 12});
    CHECK(make_date(2016, 2, 29).has_value());
    CHECK_FALSE(make_date(2017, 2, 29).has_value());
    CHECK_FALSE(make_date(1900, 2, 29).has_value());
    CHECK(make_date(2000, 2, 29).has_value());
    CHECK(make_date(1917, 11, 7).has_value());
    CHECK_FALSE(make_date(2017, 13, 1).has_value());
    CHECK_FALSE(make_date(2017, 4, 31).has_value());
    CHECK_FALSE(make_date(0, 1, 1).has_value());
}

TEST_CASE("calendar/date: printed and stored forms sort like dates")
{
    CHECK(to_iso({2017, 1, 2}) == "2017-01-02");
    CHECK(to_key({2017, 1, 2}) == "20170102");
    CHECK(to_month({2017, 1, 2}) == "2017-01");
    CHECK(to_key({1969, 12, 31}) < to_key({1970, 1, 1}));
    CHECK(parse_iso("2017-01-12") == Date{2017, 1, 12});
    CHECK_FALSE(parse_iso("2017-1-12").has_value());
    CHECK_FALSE(parse_iso("2017-02-30").has_value());
    CHECK_FALSE(parse_iso("20170112").has_value());
}

TEST_CASE("calendar/date: English month names and agency abbreviations")
{
    CHECK(month_from_name("January") == 1);
    CHECK(month_from_name("Jan") == 1);
    CHECK(month_from_name("Jan.") == 1);
    CHECK(month_from_name("Sept") == 9);
    CHECK(month_from_name("sep") == 9);
    CHECK(month_from_name("MAY") == 5);
    CHECK(month_from_name("Dec.") == 12);
    CHECK(month_from_name("Ma") == 0);
    CHECK(month_from_name("Peru") == 0);
    CHECK(month_from_name("Monday") == 0);
}
