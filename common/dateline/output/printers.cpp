#include "dateline/output/printers.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "dateline/output/printer_factories.hpp"
#include "dateline/text/safe_text.hpp"

namespace dateline::output {

using text::safe_text;

namespace {

using Factory = std::unique_ptr<Printer> (*)(std::ostream&, const PrintOptions&);

struct FormatEntry {
    std::string_view name;
    Format format;
    Factory make;
};

constexpr std::array<FormatEntry, FormatNames.size()> FormatTable{{
    {"text", Format::Text, make_text_printer},
    {"json", Format::Json, make_json_printer},
    {"ndjson", Format::Ndjson, make_ndjson_printer},
    {"csv", Format::Csv, make_csv_printer},
}};

constexpr bool names_match()
{
    for (std::size_t i = 0; i < FormatTable.size(); ++i)
        if (FormatTable[i].name != FormatNames[i])
            return false;
    return true;
}
static_assert(names_match(), "FormatNames and FormatTable must list the formats in the same order");

void line(std::ostream& out, std::string_view label, std::string_view value)
{
    if (!value.empty())
        fmt::print(out, "explain: {:<12} {}\n", label, safe_text(value));
}

std::string joined(const std::vector<std::string>& items, std::string_view sep)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : std::string(sep)) + item;
    return out;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name)
{
    for (const auto& entry : FormatTable)
        if (entry.name == name)
            return entry.format;
    return std::nullopt;
}

std::unique_ptr<Printer> make_printer(Format format, std::ostream& out, const PrintOptions& options)
{
    for (const auto& entry : FormatTable)
        if (entry.format == format)
            return entry.make(out, options);
    return make_text_printer(out, options);
}

void print_explanation(std::ostream& out, const search::SearchResult& result)
{
    const auto& why = result.explanation;
    line(out, "text", result.query.empty() ? "(none)" : result.query);
    line(out, "match", result.match == query::MatchMode::All ? "all words"
                       : result.long_query ? fmt::format("any word ({} words or more)", query::AnyWordFrom)
                                           : "any word");
    if (result.shown_query != result.query)
        line(out, "searched", result.shown_query);
    line(out, "words", why.words);
    line(out, "like", joined(why.like_terms, " "));
    line(out, "filters", why.filters.empty() ? "(none)" : joined(why.filters, "; "));
    line(out, "order", why.order);
    line(out, "ranking", why.ranking);
    line(out, "recency", why.recency);
    line(out, "collapse", why.collapse);
    line(out, "xapian", why.final_query);
}

}  // namespace dateline::output
