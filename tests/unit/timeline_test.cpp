// Timeline buckets per day, week, month and year, zeros kept, shares of all sections, and
// the terminal chart.
#include <doctest/doctest.h>

#include "dateline/facets/timeline.hpp"
#include "dateline/output/timeline_chart.hpp"
#include "dateline/search/searcher.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using facets::TimelineUnit;

namespace {

const facets::DayCounts Matched{{"20170112", 2}, {"20170301", 1}};
const facets::DayCounts All{{"20161231", 5}, {"20170112", 4}, {"20170301", 2}, {"20170315", 3}, {"20170601", 1}};

struct Row {
    std::string label;
    Xapian::doccount count, all;
    bool operator==(const Row&) const = default;
};

std::vector<Row> rows(const facets::Timeline& t)
{
    std::vector<Row> out;
    for (const auto& p : t.periods)
        out.push_back({p.label, p.count, p.all});
    return out;
}

facets::Timeline fixture_timeline(TimelineUnit unit, bool normalize)
{
    search::SearchRequest r;
    r.text = "sanctions";
    r.timeline = unit;
    r.normalize = normalize;
    return *search::search(fixture::sample(), r).timeline;
}

}  // namespace

TEST_CASE("facets/timeline: months, with empty months as zeros and each month's total")
{
    const auto t = facets::build_timeline(Matched, All, TimelineUnit::Month, {});
    CHECK(rows(t) == std::vector<Row>{{"2017-01", 2, 4}, {"2017-02", 0, 0}, {"2017-03", 1, 5}});
    CHECK(calendar::to_iso(t.periods[1].start) == "2017-02-01");
    CHECK(calendar::to_iso(t.periods[1].end) == "2017-02-28");
    CHECK(t.periods[0].share() == doctest::Approx(0.5));
    CHECK(t.periods[1].share() == 0.0);  // no sections at all: share 0, not a division by zero
    CHECK(t.periods[2].share() == doctest::Approx(0.2));
}

TEST_CASE("facets/timeline: days, ISO weeks and years")
{
    const auto days = facets::build_timeline(Matched, All, TimelineUnit::Day, {});
    CHECK(days.periods.size() == 49);  // 2017-01-12 .. 2017-03-01
    CHECK(days.periods.front().label == "2017-01-12");
    CHECK(days.periods.back().label == "2017-03-01");
    CHECK(days.periods[1].count == 0);

    const auto weeks = facets::build_timeline(Matched, All, TimelineUnit::Week, {});
    REQUIRE(weeks.periods.size() == 8);  // W02 (from Monday 9 January) .. W09 (to Sunday 5 March)
    CHECK(rows(weeks).front() == Row{"2017-W02", 2, 4});
    CHECK(rows(weeks).back() == Row{"2017-W09", 1, 2});
    CHECK(calendar::to_iso(weeks.periods.front().start) == "2017-01-09");
    CHECK(calendar::to_iso(weeks.periods.back().end) == "2017-03-05");

    const auto years = facets::build_timeline(Matched, All, TimelineUnit::Year, {});
    CHECK(rows(years) == std::vector<Row>{{"2017", 3, 10}});
}

TEST_CASE("facets/timeline: date filters widen the axis, within the index's dates")
{
    query::DateSpan span{calendar::Date{2016, 12, 1}, calendar::Date{2017, 6, 30}};
    auto t = facets::build_timeline(Matched, All, TimelineUnit::Month, span);
    CHECK(t.periods.size() == 7);  // 2016-12 .. 2017-06
    CHECK(t.periods.front().all == 5);
    span = {calendar::Date{1900, 1, 1}, calendar::Date{2100, 1, 1}};  // clamped to 2016-12-31 .. 2017-06-01
    t = facets::build_timeline(Matched, All, TimelineUnit::Month, span);
    CHECK(t.periods.front().label == "2016-12");
    CHECK(t.periods.back().label == "2017-06");
    CHECK(facets::build_timeline({}, All, TimelineUnit::Month, span).periods.empty());
}

TEST_CASE("facets/timeline: from a search, counted by Xapian over the whole match set")
{
    const auto t = fixture_timeline(TimelineUnit::Month, false);
    CHECK(t.periods.size() == 44);  // 2016-05 .. 2019-12
    Xapian::doccount sum = 0;
    for (const auto& p : t.periods)
        sum += p.count;
    CHECK(sum == 5);
    CHECK(t.undated == 1);  // the Bundestag story has no date
    CHECK(rows(t).back() == Row{"2019-12", 3, 3});
    CHECK(t.periods.back().share() == 1.0);
    CHECK(fixture_timeline(TimelineUnit::Year, true).normalized);
    CHECK(facets::all_day_counts(fixture::sample()) ==
          facets::DayCounts{{"19171107", 1}, {"20160501", 1}, {"20170112", 2}, {"20180303", 1}, {"20191220", 3}});
    CHECK(facets::parse_timeline_unit("week") == TimelineUnit::Week);
    CHECK_FALSE(facets::parse_timeline_unit("fortnight"));
}

TEST_CASE("output/timeline_chart: fits the width, labels both axes, zero periods stay empty")
{
    const auto t = facets::build_timeline(Matched, All, TimelineUnit::Month, {});
    const auto lines = output::render_timeline(t, 80, output::Style{false});
    REQUIRE(lines.size() == 1 + output::ChartRows + 2);
    CHECK(lines[0] == "matching sections per month, 2017-01..2017-03, peak 2 in 2017-01");
    CHECK(lines[1].starts_with("2 \u2524"));                 // the peak on the y axis
    CHECK(lines[output::ChartRows + 1].starts_with("0 \u2514"));  // the time axis
    CHECK(lines.back() == "   2017-01 2017-02 2017-03");
    // January full height, February nothing at all, March half.
    const std::string top_row = lines[1], bottom_row = lines[output::ChartRows];
    CHECK(top_row.find("\u2588") != std::string::npos);
    CHECK(bottom_row == "  \u2502\u2588\u2588\u2588\u2588\u2588\u2588\u2588         \u2588\u2588\u2588\u2588\u2588\u2588\u2588");
    for (const auto& line : lines)
        CHECK(line.find('\x1b') == std::string::npos);
}

TEST_CASE("output/timeline_chart: many periods go into strips that fit, a tiny count still shows")
{
    facets::DayCounts matched{{"20170101", 1000}, {"20190615", 1}};
    const auto t = facets::build_timeline(matched, matched, TimelineUnit::Day, {});
    for (std::size_t width : {40u, 80u, 132u}) {
        CAPTURE(width);
        const auto lines = output::render_timeline(t, width, output::Style{false});
        CHECK(lines.size() > 20);  // 896 days do not fit one strip
        for (const auto& line : lines)
            CHECK(output::display_width(line) <= width);
        bool tiny = false;  // 1 out of 1000 is less than an eighth but is not zero
        for (const auto& line : lines)
            tiny = tiny || line.find("\u2581") != std::string::npos;
        CHECK(tiny);
    }
    CHECK(output::render_timeline(facets::Timeline{}, 80, output::Style{false}) ==
          std::vector<std::string>{"timeline: no matching section has a date"});
}

TEST_CASE("output/timeline_chart: normalised bars are shares of all sections, labelled in percent")
{
    auto t = facets::build_timeline(Matched, All, TimelineUnit::Month, {});
    t.normalized = true;
    const auto lines = output::render_timeline(t, 60, output::Style{true});
    // Too wide for one line at 60 columns: the heading takes two.
    CHECK(lines[0] == "\x1b[1mshare of all sections matching per month, 2017-01..2017-03\x1b[0m");
    CHECK(lines[1] == "peak 50.0% in 2017-01");  // the heading wraps at 60
    CHECK(lines[2].starts_with("50.0% \u2524"));
    CHECK(lines[2].find("\x1b[36m") != std::string::npos);  // coloured bars on a terminal
    for (const auto& line : lines)
        CHECK(output::display_width(line) <= 60);
}
