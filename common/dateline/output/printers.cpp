#include "dateline/output/printers.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include "dateline/search/snippets.hpp"

namespace dateline::output {

using json = nlohmann::ordered_json;

namespace {

constexpr std::string_view PlainMark = "**";

struct Style {
    bool on;
    std::string_view bold() const { return on ? "\x1b[1m" : ""; }
    std::string_view dim() const { return on ? "\x1b[2m" : ""; }
    std::string_view cyan() const { return on ? "\x1b[36m" : ""; }
    std::string_view green() const { return on ? "\x1b[32m" : ""; }
    std::string_view reset() const { return on ? "\x1b[0m" : ""; }
};

std::string join(const std::vector<std::string>& items, std::string_view sep)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : std::string(sep)) + item;
    return out;
}

std::string snippet_text(const std::string& snippet, const Style& style)
{
    if (style.on)
        return search::render_marks(snippet, "\x1b[1;33m", "\x1b[0m");
    return search::render_marks(snippet, PlainMark, PlainMark);
}

void print_hit(std::ostream& out, const search::Hit& hit, const Style& s)
{
    const auto& sec = hit.section;
    fmt::print(out, "{}{:>3}.{} {}{}{}  {}{}{}  {}{}{}\n", s.bold(), hit.rank, s.reset(), s.green(),
               sec.date.value_or("date unknown"), s.reset(), s.cyan(), sec.location.empty() ? "-" : sec.location,
               s.reset(), s.bold(), sec.title, s.reset());
    if (sec.heading)
        fmt::print(out, "     \u00A7 {}\n", *sec.heading);
    if (!sec.speakers.empty())
        fmt::print(out, "     speakers: {}\n", join(sec.speakers, ", "));
    if (!hit.snippet.empty())
        fmt::print(out, "     {}\n", snippet_text(hit.snippet, s));
    fmt::print(out, "     {}{} \u00A7{}  id {}  score {:.2f}{}\n", s.dim(), sec.source, sec.section, sec.id,
               hit.score, s.reset());
}

void print_facet(std::ostream& out, std::string_view name, const std::vector<facets::FacetValue>& values,
                 const Style& s)
{
    if (values.empty())
        return;
    std::string line;
    for (const auto& v : values)
        line += fmt::format("{}{} {}", line.empty() ? "" : " \u00B7 ", v.value, v.count);
    fmt::print(out, "{}{:<10}{} {}\n", s.bold(), name, s.reset(), line);
}

json facet_json(const std::vector<facets::FacetValue>& values)
{
    json out = json::array();
    for (const auto& v : values)
        out.push_back({{"value", v.value}, {"count", v.count}});
    return out;
}

json or_null(const std::string& value)
{
    return value.empty() ? json(nullptr) : json(value);
}

}  // namespace

void print_text(std::ostream& out, const search::SearchResult& result, bool colour)
{
    const Style s{colour};
    for (const auto& hit : result.hits) {
        print_hit(out, hit, s);
        out << '\n';
    }
    const auto shown = result.hits.empty()
                           ? std::string("none shown")
                           : fmt::format("showing {}-{}", result.offset + 1, result.offset + result.hits.size());
    fmt::print(out, "{}{}{} {} match{} ({}){}\n", s.bold(), result.total_exact ? "" : "about ", result.total,
               result.total == 1 ? "section" : "sections", result.total == 1 ? "es" : "", shown, s.reset());
    print_facet(out, "speakers", result.facets.speaker, s);
    print_facet(out, "locations", result.facets.location, s);
    print_facet(out, "months", result.facets.month, s);
}

void print_json(std::ostream& out, const search::SearchResult& result)
{
    json hits = json::array();
    for (const auto& hit : result.hits) {
        const auto& sec = hit.section;
        hits.push_back({
            {"id", sec.id},
            {"article_id", sec.article_id},
            {"section", sec.section},
            {"score", hit.score},
            {"title", sec.title},
            {"heading", sec.heading ? json(*sec.heading) : json(nullptr)},
            {"date", sec.date ? json(*sec.date) : json(nullptr)},
            {"location", or_null(sec.location)},
            {"agency", or_null(sec.agency)},
            {"speakers", sec.speakers},
            {"snippet", search::render_marks(hit.snippet, PlainMark, PlainMark)},
            {"source", sec.source},
        });
    }
    const json doc{
        {"query", result.query},
        {"total", result.total},
        {"total_exact", result.total_exact},
        {"offset", result.offset},
        {"hits", std::move(hits)},
        {"facets",
         {{"speaker", facet_json(result.facets.speaker)},
          {"location", facet_json(result.facets.location)},
          {"month", facet_json(result.facets.month)}}},
    };
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace dateline::output
