/*! The timeline as a terminal bar chart: one column per period (Unicode eighth blocks),
 *  the count (or share) on a labelled vertical axis, period labels under the time axis. */
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dateline/facets/timeline.hpp"
#include "dateline/output/style.hpp"

namespace dateline::output {

/** Rows of bars: 8 rows of 8 eighths give 64 levels. */
inline constexpr std::size_t ChartRows = 8;

/** The chart's lines, none wider than `width` columns (periods that do not fit are drawn
 *  in further strips below, on the same scale). Periods with nothing are blank columns
 *  over the axis; any non-zero period shows at least one eighth. With
 *  timeline.normalized the bars are each period's share of all its sections. */
std::vector<std::string> render_timeline(const facets::Timeline& timeline, std::size_t width, const Style& style);

/** Columns a line takes on a terminal (code points, ANSI escapes excluded). */
std::size_t display_width(const std::string& line);

}  // namespace dateline::output
