#include "dateline/output/text_printer.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "dateline/output/printer_factories.hpp"
#include "dateline/text/safe_text.hpp"
#include "dateline/output/timeline_chart.hpp"

namespace dateline::output {

using text::safe_marked;
using text::safe_text;

namespace {

std::string plural(Xapian::doccount n, std::string_view one, std::string_view many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string join(const std::vector<std::string>& items, std::string_view sep)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : std::string(sep)) + item;
    return out;
}

void TextPrinter::notices(const search::SearchResult& r)
{
    const auto& s = style_;
    if (r.corrected)
        fmt::print(out_, "{}Nothing matches '{}'. Showing results for '{}'.{}\n\n", s.yellow(), safe_text(r.query),
                   safe_text(r.shown_query), s.reset());
    else if (!r.suggestion.empty())
        fmt::print(out_, "{}Did you mean: {}{}\n\n", s.yellow(), safe_text(r.suggestion), s.reset());
    if (r.relaxed)
        fmt::print(out_, "{}No section has all the words of '{}'. Showing sections with any of them.{}\n\n",
                   s.yellow(), safe_text(r.query), s.reset());
    if (r.long_query)
        fmt::print(out_, "{}Sections with any of the words, best first ({} words or more; --match all requires "
                         "every word).{}\n",
                   s.dim(), query::AnyWordFrom, s.reset());
    if (!r.dropped.empty()) {
        // "oil or gas": the user meant the operator, which the parser knows only in capitals.
        const bool lower_or = std::find(r.dropped.begin(), r.dropped.end(), "or") != r.dropped.end();
        fmt::print(out_, "{}Left out as too common to rank by: {}.{}{}\n", s.dim(), safe_text(join(r.dropped, ", ")),
                   lower_or ? " For either word, write OR in capitals." : "", s.reset());
    }
    if (r.long_query || !r.dropped.empty())
        fmt::print(out_, "\n");
}

void TextPrinter::hit(const search::Hit& hit)
{
    const auto& sec = hit.section;
    const auto& s = style_;
    fmt::print(out_, "{}{:>3}.{} {}{}{}  {}{}{}  {}{}{}\n", s.bold(), hit.rank, s.reset(), s.green(),
               safe_text(sec.date.value_or("date unknown")), s.reset(), s.cyan(),
               sec.location.empty() ? "-" : safe_text(sec.location), s.reset(), s.bold(), safe_text(sec.title),
               s.reset());
    if (sec.heading)
        fmt::print(out_, "     \u00A7 {}\n", safe_text(*sec.heading));
    if (!sec.speakers.empty())
        fmt::print(out_, "     speakers: {}\n", safe_text(join(sec.speakers, ", ")));
    if (!sec.organizations.empty())
        fmt::print(out_, "     organizations: {}\n", safe_text(join(sec.organizations, ", ")));
    if (!hit.quotes.empty()) {
        // --quotes: the words people said, and who said them.
        for (const auto& q : hit.quotes)
            fmt::print(out_, "     \u201C{}\u201D \u2014 {}\n", safe_marked(q.text, s.mark(), s.unmark()),
                       q.speaker.empty() ? "speaker unknown" : safe_text(q.speaker));
    } else if (!hit.snippet.empty()) {
        fmt::print(out_, "     {}\n", safe_marked(hit.snippet, s.mark(), s.unmark()));
    }
    fmt::print(out_, "     {}{} \u00A7{}  id {}  score {:.2f}{}\n", s.dim(), safe_text(sec.source), sec.section,
               safe_text(sec.id), hit.score, s.reset());
    if (!sec.url.empty())
        fmt::print(out_, "     {}{}{}\n", s.dim(), safe_text(sec.url), s.reset());
    if (hit.more_sections > 0)
        fmt::print(out_, "     {} more {} of this article matched\n", hit.more_sections,
                   hit.more_sections == 1 ? "section" : "sections");
}

void TextPrinter::totals(const search::SearchResult& r)
{
    const auto shown = r.hits.empty() ? std::string("none shown")
                                      : fmt::format("showing {}-{}", r.offset + 1, r.offset + r.hits.size());
    const auto about = r.total_exact ? "" : "about ";
    if (r.per_article)
        fmt::print(out_, "{}{}{} match ({}; {}){}\n", style_.bold(), about, plural(r.total, "article", "articles"),
                   plural(r.total_sections, "section", "sections"), shown, style_.reset());
    else
        fmt::print(out_, "{}{}{} match{} ({}){}\n", style_.bold(), about, plural(r.total, "section", "sections"),
                   r.total == 1 ? "es" : "", shown, style_.reset());
    if (!r.unavailable.empty())
        fmt::print(out_, "partial results: {} shard{} did not answer\n", r.unavailable.size(),
                   r.unavailable.size() == 1 ? "" : "s");
}

void TextPrinter::facet(std::string_view label, const std::vector<facets::FacetValue>& values)
{
    if (values.empty())
        return;
    std::string line;
    for (const auto& v : values)
        line += fmt::format("{}{} {}", line.empty() ? "" : " \u00B7 ", safe_text(v.value), v.count);
    fmt::print(out_, "{}{:<10}{} {}\n", style_.bold(), label, style_.reset(), line);
}

void TextPrinter::search(const search::SearchResult& r)
{
    if (r.total == 0)
        return;  // the caller says "no sections match" on stderr
    notices(r);
    for (const auto& h : r.hits) {
        hit(h);
        out_ << '\n';
        if (!out_)
            return;  // the reader has gone
    }
    totals(r);
    for (const auto& f : facets::FacetFields)
        facet(f.plural(), facets::facet(r.facets, f.name()));
    if (r.timeline) {
        out_ << '\n';
        for (const auto& line : render_timeline(*r.timeline, width_, style_))
            out_ << line << '\n';
    }
}

std::unique_ptr<Printer> make_text_printer(std::ostream& out, const PrintOptions& options)
{
    return std::make_unique<TextPrinter>(out, options);
}

}  // namespace dateline::output
