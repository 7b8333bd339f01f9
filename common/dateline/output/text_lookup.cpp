// --format text for the lookup commands: show, stats, values.
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "dateline/text/safe_text.hpp"
#include "dateline/output/text_printer.hpp"

namespace dateline::output {

using text::Breaks;
using text::safe_text;

namespace {

std::string human_size(std::uintmax_t bytes)
{
    static constexpr std::array<std::string_view, 4> Units{"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return fmt::format("{} bytes", bytes);
    double size = static_cast<double>(bytes);
    std::size_t unit = 0;
    for (size /= 1024; size >= 1024 && unit + 1 < Units.size(); size /= 1024)
        ++unit;
    return fmt::format("{:.1f} {} ({} bytes)", size, Units[unit], bytes);
}

// The section's text made safe; on a terminal each quote is highlighted where it stands.
std::string mark_quotes(const std::string& raw, const std::vector<Quote>& quotes, const Style& style)
{
    auto text = safe_text(raw, Breaks::Keep);
    if (!style.on)
        return text;
    for (const auto& q : quotes) {
        const auto quote = safe_text(q.text, Breaks::Keep);
        const auto at = quote.empty() ? std::string::npos : text.find(quote);
        if (at == std::string::npos)
            continue;
        text.insert(at + quote.size(), style.reset());
        text.insert(at, style.yellow());
    }
    return text;
}

std::string facet_line(const std::vector<facets::FacetValue>& values)
{
    std::string line;
    for (const auto& v : values)
        line += fmt::format("{}{} {}", line.empty() ? "" : " \u00B7 ", safe_text(v.value), v.count);
    return line.empty() ? "(none)" : line;
}

}  // namespace

void TextPrinter::section(const schema::SectionData& sec)
{
    const auto& s = style_;
    fmt::print(out_, "{}\u00A7{} {}{}  {}id {}{}\n", s.bold(), sec.section, safe_text(sec.heading.value_or("(lead)")),
               s.reset(), s.dim(), safe_text(sec.id), s.reset());
    if (!sec.speakers.empty())
        fmt::print(out_, "speakers: {}\n", safe_text(join(sec.speakers, ", ")));
    if (!sec.organizations.empty())
        fmt::print(out_, "organizations: {}\n", safe_text(join(sec.organizations, ", ")));
    fmt::print(out_, "\n{}\n", mark_quotes(sec.text, sec.quotes, s));
    if (!sec.quotes.empty()) {
        fmt::print(out_, "\n{}quotes:{}\n", s.bold(), s.reset());
        for (const auto& q : sec.quotes)
            fmt::print(out_, "  {}{}{}: \u201C{}\u201D\n", s.yellow(),
                       q.speaker.empty() ? "(unattributed)" : safe_text(q.speaker), s.reset(), safe_text(q.text));
    }
}

void TextPrinter::show(const search::Shown& shown)
{
    if (shown.sections.empty())
        return;
    const auto& first = shown.sections.front();
    const auto& s = style_;
    fmt::print(out_, "{}{}{}\n", s.bold(), safe_text(first.title), s.reset());
    fmt::print(out_, "{}{}{}  {}{}{}  {}\n", s.green(), safe_text(first.date.value_or("date unknown")), s.reset(),
               s.cyan(), first.location.empty() ? "-" : safe_text(first.location), s.reset(),
               first.agency.empty() ? "-" : safe_text(first.agency));
    for (const auto& sec : shown.sections)
        if (!sec.subtitle.empty())
            fmt::print(out_, "{}\n", safe_text(sec.subtitle));
    fmt::print(out_, "{}{}  article {}{}\n", s.dim(), safe_text(first.source), safe_text(first.article_id),
               s.reset());
    if (!first.url.empty())
        fmt::print(out_, "{}{}{}\n", s.dim(), safe_text(first.url), s.reset());
    for (const auto& sec : shown.sections) {
        out_ << '\n';
        section(sec);
    }
}

void TextPrinter::stats(const search::IndexStats& st)
{
    const auto row = [&](std::string_view label, const std::string& value) {
        fmt::print(out_, "{}{:<14}{} {}\n", style_.bold(), label, style_.reset(), value);
    };
    row("index", safe_text(st.path));
    row("schema", st.schema_version.empty() ? "(none)" : safe_text(st.schema_version));
    row("sections", fmt::format("{} ({} dated, {} undated)", st.sections, st.dated_sections,
                                st.sections - st.dated_sections));
    row("articles", std::to_string(st.articles));
    row("sources", std::to_string(st.sources));
    row("dates", st.first_date ? *st.first_date + ".." + *st.last_date : "(none)");
    row("size on disk", human_size(st.size_bytes));
    row("revision", std::to_string(st.revision));
    for (const auto& f : st.top)
        if (const auto* field = facets::find_facet_field(f.name))
            row(fmt::format("top {}", field->plural()), facet_line(f.values));
}

void TextPrinter::values(const facets::ValueList& list)
{
    std::size_t count_width = 1;
    for (const auto& v : list.values)
        count_width = std::max(count_width, std::to_string(v.count).size());
    for (const auto& v : list.values) {
        fmt::print(out_, "{:>{}}  {}\n", v.count, count_width, safe_text(v.value));
        if (!out_)
            return;
    }
    if (list.values.size() < list.matching_values)
        fmt::print(out_, "{}({} of {} values; --limit 0 shows all){}\n", style_.dim(), list.values.size(),
                   list.matching_values, style_.reset());
}

}  // namespace dateline::output
