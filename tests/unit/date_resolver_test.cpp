#include <doctest/doctest.h>

#include "dateline/fields/date_resolver.hpp"

using namespace dateline;
using namespace dateline::fields;
using namespace dateline::calendar;

namespace {

Dateline day(int month, int d, int year = 0)
{
    Dateline out;
    out.month = month;
    out.day = d;
    out.year = year;
    return out;
}

}  // namespace

TEST_CASE("fields/date_resolver: dates in paths")
{
    const auto check = [](const char* path, int y, int m, int d) {
        CAPTURE(path);
        const auto found = date_from_path(path);
        REQUIRE(found.has_value());
        CHECK(found->year == y);
        CHECK(found->month == m);
        CHECK(found->day == d);
    };
    check("/a/tass/2017/01/12/peskov.txt", 2017, 1, 12);
    check("/a/2017-01-12-peskov.txt", 2017, 1, 12);
    check("/a/20170112_peskov.txt", 2017, 1, 12);
    check("/a/2017/01/peskov.txt", 2017, 1, 0);
    check("/a/2017/peskov.txt", 2017, 0, 0);
    check("/2015/archive/2017/01/12/x.txt", 2017, 1, 12);  // the deepest date wins
    check("/news/1921/03/18/kronstadt.txt", 1921, 3, 18);
    check("2017-01-12", 2017, 1, 12);  // the year at the path's very start, the day at its end
    check("/a/b/1999/", 1999, 0, 0);
    CHECK_FALSE(date_from_path("/a/peskov.txt").has_value());
    CHECK_FALSE(date_from_path("/a/id-123456789/x.txt").has_value());
    CHECK_FALSE(date_from_path("/a/2017-02-30-x.txt").has_value());
}

TEST_CASE("fields/date_resolver: evidence order")
{
    // Metadata beats everything.
    auto r = resolve_date({Date{2016, 5, 5}, day(1, 12), "/2017/01/12/x.txt", 2015, Date{2019, 1, 1}});
    CHECK(r.date == Date{2016, 5, 5});
    CHECK(r.source == DateSource::Metadata);
    // A year in the dateline itself.
    r = resolve_date({std::nullopt, day(3, 3, 2014), "/2017/x.txt", 2015, std::nullopt});
    CHECK(r.date == Date{2014, 3, 3});
    CHECK(r.source == DateSource::Dateline);
    // Path, then --year, then --reference-date.
    r = resolve_date({std::nullopt, day(1, 12), "/2017/01/12/x.txt", 2015, std::nullopt});
    CHECK(r.date == Date{2017, 1, 12});
    CHECK(r.source == DateSource::Path);
    r = resolve_date({std::nullopt, day(1, 12), "/x.txt", 2015, Date{2019, 6, 1}});
    CHECK(r.date == Date{2015, 1, 12});
    CHECK(r.source == DateSource::Option);
    r = resolve_date({std::nullopt, day(7, 1), "/x.txt", 0, Date{2019, 6, 1}});
    CHECK(r.date == Date{2018, 7, 1});
    CHECK(r.source == DateSource::Reference);
    r = resolve_date({std::nullopt, day(6, 1), "/x.txt", 0, Date{2019, 6, 1}});
    CHECK(r.date == Date{2019, 6, 1});
    // 29 February looks back to a leap year.
    r = resolve_date({std::nullopt, day(2, 29), "/x.txt", 0, Date{2019, 6, 1}});
    CHECK(r.date == Date{2016, 2, 29});
}

TEST_CASE("fields/date_resolver: the path's year nearest to the dateline's day")
{
    // Filed on New Year's Day, datelined December 31: the previous year.
    auto r = resolve_date({std::nullopt, day(12, 31), "/2018/01/01/x.txt", 0, std::nullopt});
    CHECK(r.date == Date{2017, 12, 31});
    r = resolve_date({std::nullopt, day(1, 1), "/2017/12/31/x.txt", 0, std::nullopt});
    CHECK(r.date == Date{2018, 1, 1});
    r = resolve_date({std::nullopt, day(6, 5), "/2017/x.txt", 0, std::nullopt});
    CHECK(r.date == Date{2017, 6, 5});
}

TEST_CASE("fields/date_resolver: no evidence, no date")
{
    auto r = resolve_date({std::nullopt, day(1, 12), "/x.txt", 0, std::nullopt});
    CHECK_FALSE(r.date.has_value());
    CHECK(r.source == DateSource::None);
    // Without a dateline a full path date still dates the story; a year alone does not.
    r = resolve_date({std::nullopt, std::nullopt, "/2017/01/12/x.txt", 0, std::nullopt});
    CHECK(r.date == Date{2017, 1, 12});
    r = resolve_date({std::nullopt, std::nullopt, "/2017/x.txt", 2017, std::nullopt});
    CHECK_FALSE(r.date.has_value());
}
