#include "dateline/facets/timeline.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "dateline/query/calendar.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::facets {

namespace {

constexpr std::array<std::pair<std::string_view, TimelineUnit>, 4> UnitNames{{
    {"day", TimelineUnit::Day},
    {"week", TimelineUnit::Week},
    {"month", TimelineUnit::Month},
    {"year", TimelineUnit::Year},
}};

// What people also write: `--timeline weekly` was searched for as a word, under a monthly chart.
constexpr std::array<std::pair<std::string_view, TimelineUnit>, 4> UnitAdjectives{{
    {"daily", TimelineUnit::Day},
    {"weekly", TimelineUnit::Week},
    {"monthly", TimelineUnit::Month},
    {"yearly", TimelineUnit::Year},
}};

std::optional<calendar::Date> from_key(const std::string& key)
{
    if (key.size() != 8)
        return std::nullopt;
    return calendar::parse_iso(key.substr(0, 4) + "-" + key.substr(4, 2) + "-" + key.substr(6, 2));
}

calendar::Date period_start(const calendar::Date& d, TimelineUnit unit)
{
    switch (unit) {
    case TimelineUnit::Day: return d;
    case TimelineUnit::Week: return query::week_start(d);
    case TimelineUnit::Month: return calendar::Date{d.year, d.month, 1};
    case TimelineUnit::Year: return calendar::Date{d.year, 1, 1};
    }
    return d;
}

calendar::Date next_start(const calendar::Date& start, TimelineUnit unit)
{
    switch (unit) {
    case TimelineUnit::Day: return query::add_days(start, 1);
    case TimelineUnit::Week: return query::add_days(start, 7);
    case TimelineUnit::Month: return query::add_months(start, 1);
    case TimelineUnit::Year: return query::add_months(start, 12);
    }
    return start;
}

std::string label(const calendar::Date& start, TimelineUnit unit)
{
    switch (unit) {
    case TimelineUnit::Day: return calendar::to_iso(start);
    case TimelineUnit::Week: return query::iso_week(start);
    case TimelineUnit::Month: return calendar::to_month(start);
    case TimelineUnit::Year: return calendar::to_iso(start).substr(0, 4);
    }
    return {};
}

// Adds each day's count to the period holding it; days outside every period are left out.
void add_days(std::vector<Period>& periods, const DayCounts& days, Xapian::doccount Period::*field)
{
    for (const auto& [key, count] : days) {
        const auto day = from_key(key);
        if (!day || *day < periods.front().start || periods.back().end < *day)
            continue;
        // Periods are consecutive and sorted: find the last one starting on or before the day.
        auto it = std::upper_bound(periods.begin(), periods.end(), *day,
                                   [](const calendar::Date& d, const Period& p) { return d < p.start; });
        (*std::prev(it)).*field += count;
    }
}

std::pair<std::optional<calendar::Date>, std::optional<calendar::Date>> day_range(const DayCounts& days)
{
    std::optional<calendar::Date> first, last;
    for (const auto& [key, count] : days) {
        const auto day = from_key(key);
        if (!day || count == 0)
            continue;
        if (!first || *day < *first)
            first = day;
        if (!last || *last < *day)
            last = day;
    }
    return {first, last};
}

}  // namespace

std::optional<TimelineUnit> parse_timeline_unit(std::string_view name)
{
    for (const auto& names : {UnitNames, UnitAdjectives})
        for (const auto& [text, unit] : names)
            if (text == name)
                return unit;
    return std::nullopt;
}

std::string_view to_string(TimelineUnit unit)
{
    for (const auto& [text, u] : UnitNames)
        if (u == unit)
            return text;
    return "month";
}

Timeline build_timeline(const DayCounts& matched, const DayCounts& all, TimelineUnit unit,
                        const query::DateSpan& span)
{
    Timeline timeline;
    timeline.unit = unit;
    auto [first, last] = day_range(matched);
    if (!first)
        return timeline;
    const auto [index_first, index_last] = day_range(all);
    if (span.from && index_first && *span.from < *first)
        first = std::max(*span.from, *index_first);
    if (span.to && index_last && *last < *span.to)
        last = std::min(*span.to, *index_last);
    for (auto start = period_start(*first, unit); !(*last < start); start = next_start(start, unit))
        timeline.periods.push_back({label(start, unit), start, query::add_days(next_start(start, unit), -1), 0, 0});
    add_days(timeline.periods, matched, &Period::count);
    add_days(timeline.periods, all, &Period::all);
    return timeline;
}

DayCounts all_day_counts(const Xapian::Database& db)
{
    const std::string prefix(schema::field(schema::FieldId::Date).prefix);
    DayCounts days;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        if ((*it).size() == prefix.size() + 8)
            days[(*it).substr(prefix.size())] = it.get_termfreq();
    return days;
}

TimelineSpy::TimelineSpy() : spy_(schema::slot(schema::Slot::Date)) {}

Timeline TimelineSpy::collect(const Xapian::Database& db, TimelineUnit unit, bool normalized,
                              const query::DateSpan& span, Xapian::doccount matched) const
{
    DayCounts days;
    Xapian::doccount dated = 0;
    for (auto it = spy_.values_begin(); it != spy_.values_end(); ++it) {
        days[*it] += it.get_termfreq();
        dated += it.get_termfreq();
    }
    auto timeline = build_timeline(days, all_day_counts(db), unit, span);
    timeline.normalized = normalized;
    timeline.undated = matched > dated ? matched - dated : 0;
    return timeline;
}

}  // namespace dateline::facets
