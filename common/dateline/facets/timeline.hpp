/*! Matching sections per day, week, month or year: exact counts from a ValueCountMatchSpy on
 *  the date slot, bucketed into periods with the empty ones kept as zeros, and each period's
 *  share of all sections (the "attention over time" Media Cloud shows). */
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "dateline/calendar/date.hpp"
#include "dateline/query/date_bound.hpp"

namespace dateline::facets {

enum class TimelineUnit { Day, Week, Month, Year };

/** "day", "week", "month", "year" -> the unit; nothing for any other text. */
std::optional<TimelineUnit> parse_timeline_unit(std::string_view name);
std::string_view to_string(TimelineUnit unit);

struct Period {
    std::string label;   ///< "2017-01-12", "2017-W02" (ISO week), "2017-01", "2017"
    calendar::Date start;  ///< first day
    calendar::Date end;    ///< last day
    Xapian::doccount count = 0;  ///< matching sections dated in the period
    Xapian::doccount all = 0;    ///< all sections of the index dated in the period

    /** count / all, 0 when the period has no sections at all. */
    double share() const { return all == 0 ? 0.0 : static_cast<double>(count) / all; }
};

struct Timeline {
    TimelineUnit unit = TimelineUnit::Month;
    bool normalized = false;     ///< the chart shows share() rather than count
    std::vector<Period> periods; ///< consecutive, oldest first, none missing
    Xapian::doccount undated = 0;  ///< matching sections with no date (in no period)
};

/** Sections per day, keyed "YYYYMMDD" as the date slot holds them. */
using DayCounts = std::map<std::string, Xapian::doccount>;

/** Buckets `matched` day counts into periods of `unit`, from the first to the last period
 *  with a match, widened to `span` where it lies within the index's dates (`all`'s first
 *  and last day), so `--since 2017 --until 2017` shows all twelve months. Every period gets
 *  its total from `all`. */
Timeline build_timeline(const DayCounts& matched, const DayCounts& all, TimelineUnit unit,
                        const query::DateSpan& span);

/** Sections per day in the whole index, from the termfreqs of the date terms (no match). */
DayCounts all_day_counts(const Xapian::Database& db);

/** A spy on the date slot to attach before get_mset(). Must outlive the Enquire's use. */
class TimelineSpy {
public:
    TimelineSpy();
    void attach(Xapian::Enquire& enquire) { enquire.add_matchspy(&spy_); }

    /** Adds the counts of a spy that saw other sections. */
    void merge(const TimelineSpy& other) { spy_.merge_results(other.spy_.serialise_results()); }

    /** The timeline of what the spy saw; `matched` is the number of matching sections, so
     *  those without a date can be counted. */
    Timeline collect(const Xapian::Database& db, TimelineUnit unit, bool normalized, const query::DateSpan& span,
                     Xapian::doccount matched) const;

private:
    Xapian::ValueCountMatchSpy spy_;
};

}  // namespace dateline::facets
