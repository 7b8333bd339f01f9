#include "dateline/serve/svg_timeline.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dateline/serve/html.hpp"

namespace dateline::serve {

namespace {

constexpr double Width = 720, Height = 120, Axis = 18;

double value(const facets::Timeline& t, const facets::Period& p)
{
    return t.normalized ? p.share() : static_cast<double>(p.count);
}

std::string period_link(const facets::Period& p, const QueryParams& params)
{
    auto narrowed = without(without(without(params, "since"), "until"), "offset");
    narrowed.emplace_back("since", calendar::to_iso(p.start));
    narrowed.emplace_back("until", calendar::to_iso(p.end));
    return "/" + query_string(narrowed);
}

std::string label(const facets::Timeline& t, const facets::Period& p)
{
    if (t.normalized)
        return fmt::format("{}: {} of {} sections ({:.1f}%)", p.label, p.count, p.all, 100 * p.share());
    return fmt::format("{}: {} section{}", p.label, p.count, p.count == 1 ? "" : "s");
}

}  // namespace

std::string svg_timeline(const facets::Timeline& timeline, const QueryParams& params)
{
    const auto& periods = timeline.periods;
    if (periods.empty())
        return {};
    double top = 0;
    for (const auto& p : periods)
        top = std::max(top, value(timeline, p));
    const double step = Width / static_cast<double>(periods.size());
    const double bar = std::max(1.0, step * 0.8);
    std::string svg = fmt::format(
        "<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
        "xmlns=\"http://www.w3.org/2000/svg\"><title>{2}</title>\n",
        Width, Height + Axis, html_escape(timeline.normalized ? "Share of sections per period" : "Sections per period"));
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const auto& p = periods[i];
        // Any period with a match shows at least a sliver, as the terminal chart does.
        const double h = top == 0 || p.count == 0 ? 0 : std::max(2.0, Height * value(timeline, p) / top);
        svg += fmt::format("<a href=\"{}\"><rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\">"
                           "<title>{}</title></rect></a>\n",
                           html_escape(period_link(p, params)), step * static_cast<double>(i), Height - h, bar,
                           std::max(h, 0.0), html_escape(label(timeline, p)));
    }
    svg += fmt::format("<line x1=\"0\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/>", Height, Width);
    svg += fmt::format("<text x=\"0\" y=\"{}\">{}</text>", Height + Axis - 4, html_escape(periods.front().label));
    if (periods.size() > 1)
        svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", Width, Height + Axis - 4,
                           html_escape(periods.back().label));
    return svg + "</svg>\n";
}

}  // namespace dateline::serve
