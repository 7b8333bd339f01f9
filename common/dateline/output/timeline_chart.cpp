#include "dateline/output/timeline_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

#include <fmt/format.h>

namespace dateline::output {

namespace {

using facets::Period;
using facets::TimelineUnit;

constexpr std::array<std::string_view, 7> Eighths{"\u2581", "\u2582", "\u2583", "\u2584",
                                                  "\u2585", "\u2586", "\u2587"};
constexpr std::string_view Full = "\u2588";
constexpr std::size_t MinColumns = 10;
constexpr std::size_t MaxColumnWidth = 8;  // room for a "2017-01" label per column

struct Layout {
    std::size_t label_width;  // of the y axis labels
    std::size_t column;       // columns per period: the bar and, from 2 on, one space
    std::size_t per_strip;    // periods per strip
};

double value(const Period& p, bool normalized)
{
    return normalized ? p.share() : static_cast<double>(p.count);
}

std::string amount(double v, bool normalized)
{
    if (!normalized)
        return fmt::format("{}", static_cast<long long>(std::llround(v)));
    return v * 100 < 1 ? fmt::format("{:.2f}%", v * 100) : fmt::format("{:.1f}%", v * 100);
}

std::string cell(long eighths, std::size_t row)
{
    const long low = static_cast<long>(row) * 8;
    if (eighths >= low + 8)
        return std::string(Full);
    if (eighths > low)
        return std::string(Eighths[static_cast<std::size_t>(eighths - low - 1)]);
    return " ";
}

std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

// A label per period at one level of detail: the period itself, or where a month, year or
// decade begins; empty where that level puts none.
using LabelLevel = std::function<std::string(const Period& period, const Period* previous)>;

std::string boundary(const Period& p, const Period* previous, std::size_t chars, int divisor = 1)
{
    const auto key = [&](const Period& q) {
        return chars == 4 ? std::to_string(q.start.year / divisor) : calendar::to_month(q.start);
    };
    if (previous && key(p) == key(*previous))
        return {};
    return calendar::to_iso(p.start).substr(0, chars);
}

std::vector<LabelLevel> label_levels(TimelineUnit unit)
{
    std::vector<LabelLevel> levels{[](const Period& p, const Period*) { return p.label; }};
    if (unit == TimelineUnit::Day || unit == TimelineUnit::Week)
        levels.push_back([](const Period& p, const Period* prev) { return boundary(p, prev, 7); });
    levels.push_back([](const Period& p, const Period* prev) { return boundary(p, prev, 4); });
    levels.push_back([](const Period& p, const Period* prev) { return boundary(p, prev, 4, 10); });
    return levels;
}

struct Label {
    std::size_t at;
    std::string text;
};

// Where a level puts labels in one strip: at each boundary, and at the strip's first
// period when that label fits before the first boundary.
std::vector<Label> place(const LabelLevel& level, const std::vector<Period>& ps, std::size_t first,
                         std::size_t last, std::size_t column)
{
    std::vector<Label> labels;
    for (std::size_t i = first + 1; i < last; ++i)
        if (auto text = level(ps[i], &ps[i - 1]); !text.empty())
            labels.push_back({(i - first) * column, std::move(text)});
    auto opening = level(ps[first], nullptr);
    if (labels.empty() || opening.size() + 1 <= labels.front().at)
        labels.insert(labels.begin(), {0, std::move(opening)});
    return labels;
}

// The finest level whose labels all fit side by side; else the coarsest, dropping overlaps.
std::string x_labels(const std::vector<Period>& ps, std::size_t first, std::size_t last, const Layout& layout,
                     std::size_t room, TimelineUnit unit)
{
    const auto levels = label_levels(unit);
    for (std::size_t l = 0; l < levels.size(); ++l) {
        std::string line;
        bool fits = true;
        for (const auto& label : place(levels[l], ps, first, last, layout.column)) {
            if ((!line.empty() && line.size() + 1 > label.at) || label.at + label.text.size() > room) {
                fits = false;
                continue;  // the coarsest level keeps what fits
            }
            line += std::string(label.at - line.size(), ' ') + label.text;
        }
        if (fits || l + 1 == levels.size())
            return line;
    }
    return {};
}

Layout layout_for(std::size_t periods, std::size_t width, std::size_t label_width)
{
    const std::size_t gutter = label_width + 2;
    const std::size_t room = width > gutter + MinColumns ? width - gutter : MinColumns;
    const std::size_t column = std::clamp<std::size_t>(room / std::max<std::size_t>(periods, 1), 1, MaxColumnWidth);
    return Layout{label_width, column, std::max<std::size_t>(room / column, 1)};
}

void draw_strip(std::vector<std::string>& lines, const facets::Timeline& t, const std::vector<long>& heights,
                std::size_t first, std::size_t last, const Layout& layout, const std::string& top,
                std::size_t room, const Style& style)
{
    const std::size_t bar = layout.column > 1 ? layout.column - 1 : 1;
    for (std::size_t row = ChartRows; row-- > 0;) {
        auto line = fmt::format("{:>{}} {}{}", row + 1 == ChartRows ? top : "", layout.label_width,
                                row + 1 == ChartRows ? "\u2524" : "\u2502", style.cyan());
        for (std::size_t i = first; i < last; ++i)
            line += repeat(cell(heights[i], row), bar) + std::string(layout.column - bar, ' ');
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        lines.push_back(line + std::string(style.reset()));
    }
    lines.push_back(fmt::format("{:>{}} \u2514{}", "0", layout.label_width,
                                repeat("\u2500", (last - first) * layout.column)));
    lines.push_back(std::string(layout.label_width + 2, ' ') +
                    x_labels(t.periods, first, last, layout, room, t.unit));
}

// "matching sections per month, 2016-06..2019-12, peak 4 in 2019-12", wrapped between its
// parts where the width needs it.
std::vector<std::string> heading(const facets::Timeline& t, double max, std::size_t width, const Style& style)
{
    const auto peak = std::find_if(t.periods.begin(), t.periods.end(),
                                   [&](const Period& p) { return value(p, t.normalized) == max; });
    const std::vector<std::string> parts{
        fmt::format("{} per {}", t.normalized ? "share of all sections matching" : "matching sections",
                    facets::to_string(t.unit)),
        fmt::format("{}..{}", t.periods.front().label, t.periods.back().label),
        fmt::format("peak {} in {}", amount(max, t.normalized), peak->label)};
    std::vector<std::string> lines{parts[0]};
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (lines.back().size() + 2 + parts[i].size() <= width)
            lines.back() += ", " + parts[i];
        else
            lines.push_back(parts[i]);
    }
    lines.front() = std::string(style.bold()) + lines.front() + std::string(style.reset());
    return lines;
}

}  // namespace

std::size_t display_width(const std::string& line)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b') {
            while (i < line.size() && line[i] != 'm')
                ++i;
            continue;
        }
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++width;
    }
    return width;
}

std::vector<std::string> render_timeline(const facets::Timeline& t, std::size_t width, const Style& style)
{
    double max = 0;
    for (const auto& p : t.periods)
        max = std::max(max, value(p, t.normalized));
    if (t.periods.empty() || max <= 0)
        return {"timeline: no matching section has a date"};
    std::vector<long> heights;
    for (const auto& p : t.periods) {
        const double v = value(p, t.normalized);
        const long h = std::lround(v / max * static_cast<double>(ChartRows * 8));
        heights.push_back(v > 0 ? std::max(h, 1L) : 0L);
    }
    const auto top = amount(max, t.normalized);
    const auto layout = layout_for(t.periods.size(), width, std::max<std::size_t>(top.size(), 1));
    const std::size_t room = width > layout.label_width + 2 ? width - layout.label_width - 2 : MinColumns;
    auto lines = heading(t, max, width, style);
    for (std::size_t first = 0; first < t.periods.size(); first += layout.per_strip)
        draw_strip(lines, t, heights, first, std::min(first + layout.per_strip, t.periods.size()), layout, top, room,
                   style);
    if (t.undated > 0)
        lines.push_back(fmt::format("({} matching section{} without a date not shown)", t.undated,
                                    t.undated == 1 ? "" : "s"));
    return lines;
}

}  // namespace dateline::output
