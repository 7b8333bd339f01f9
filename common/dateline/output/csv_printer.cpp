// --format csv: one table per command (RFC 4180). A search prints its hits; with --timeline
// it prints the timeline instead, the table a spreadsheet plots.
#include <fmt/format.h>

#include "dateline/output/csv.hpp"
#include "dateline/output/printer_factories.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/search/snippets.hpp"

namespace dateline::output {

using schema::FieldId;
using schema::key;
using schema::list_key;

namespace {

std::string quotes_cell(const std::vector<Quote>& quotes)
{
    std::vector<std::string> items;
    for (const auto& q : quotes)
        items.push_back((q.speaker.empty() ? "?" : q.speaker) + ": " + q.text);
    return csv_list(items);
}

std::vector<std::string> hit_row(const search::Hit& hit)
{
    const auto& s = hit.section;
    return {std::to_string(hit.rank),
            s.id,
            s.article_id,
            std::to_string(s.section),
            fmt::format("{:.4f}", hit.score),
            s.date.value_or(""),
            s.location,
            s.agency,
            s.title,
            s.heading.value_or(""),
            csv_list(s.speakers),
            csv_list(s.organizations),
            search::render_marks(hit.snippet, "**", "**"),
            s.source,
            s.url,
            std::to_string(hit.more_sections),
            s.external_id};
}

std::vector<std::string> period_row(const facets::Period& p)
{
    return {p.label, calendar::to_iso(p.start), calendar::to_iso(p.end), std::to_string(p.count), std::to_string(p.all),
            fmt::format("{:.6f}", p.share())};
}

class CsvPrinter : public Printer {
public:
    explicit CsvPrinter(std::ostream& out) : out_(out) {}

    void search(const search::SearchResult& result) override
    {
        if (result.timeline) {
            row({"period", "start", "end", "count", "all", "share"});
            for (const auto& p : result.timeline->periods)
                if (!row(period_row(p)))
                    return;
            return;
        }
        row({"rank", "id", "article_id", "section", "score", key(FieldId::Date), key(FieldId::Location),
             key(FieldId::Agency), key(FieldId::Title), key(FieldId::Heading), list_key(FieldId::Speaker),
             list_key(FieldId::Organization), "snippet", "source", "url", "more_sections", "external_id"});
        for (const auto& hit : result.hits)
            if (!row(hit_row(hit)))
                return;
    }

    void show(const search::Shown& shown) override
    {
        row({"id", "article_id", "section", key(FieldId::Title), key(FieldId::Heading), key(FieldId::Date),
             key(FieldId::Location), key(FieldId::Agency), list_key(FieldId::Speaker), list_key(FieldId::Organization),
             list_key(FieldId::Quote), "text", "source"});
        for (const auto& s : shown.sections)
            if (!row({s.id, s.article_id, std::to_string(s.section), s.title, s.heading.value_or(""),
                      s.date.value_or(""), s.location, s.agency, csv_list(s.speakers), csv_list(s.organizations),
                      quotes_cell(s.quotes), s.text, s.source}))
                return;
    }

    void stats(const search::IndexStats& s) override
    {
        row({"kind", "name", "value"});
        const std::vector<std::pair<std::string, std::string>> index{
            {"path", s.path},
            {"schema_version", s.schema_version},
            {"sections", std::to_string(s.sections)},
            {"articles", std::to_string(s.articles)},
            {"sources", std::to_string(s.sources)},
            {"dated_sections", std::to_string(s.dated_sections)},
            {"first_date", s.first_date.value_or("")},
            {"last_date", s.last_date.value_or("")},
            {"size_bytes", std::to_string(s.size_bytes)},
            {"revision", std::to_string(s.revision)}};
        for (const auto& [name, value] : index)
            row({"index", name, value});
        for (const auto& f : s.top)
            for (const auto& v : f.values)
                row({f.name, v.value, std::to_string(v.count)});
    }

    void values(const facets::ValueList& values) override
    {
        row({"value", "count"});
        for (const auto& v : values.values)
            if (!row({v.value, std::to_string(v.count)}))
                return;
    }

private:
    bool row(const std::vector<std::string>& fields)
    {
        write_csv_row(out_, fields);
        return static_cast<bool>(out_);
    }
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_csv_printer(std::ostream& out, const PrintOptions&)
{
    return std::make_unique<CsvPrinter>(out);
}

}  // namespace dateline::output
