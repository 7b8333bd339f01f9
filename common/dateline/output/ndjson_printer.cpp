// --format ndjson: one compact JSON object per line, each with a "type", for pipes
// (`| jq -c 'select(.type == "hit")'`): records first, the summary last.
#include "dateline/output/json_model.hpp"
#include "dateline/output/printer_factories.hpp"

namespace dateline::output {

namespace {

Json typed(std::string_view type, Json object)
{
    Json out{{"type", type}};
    out.update(object);
    return out;
}

class NdjsonPrinter : public Printer {
public:
    explicit NdjsonPrinter(std::ostream& out) : out_(out) {}

    void search(const search::SearchResult& result) override
    {
        for (const auto& hit : result.hits)
            if (!line(typed("hit", hit_json(hit))))
                return;
        if (result.timeline)
            for (const auto& p : result.timeline->periods)
                if (!line(typed("period", period_json(p))))
                    return;
        line(typed("summary", search_summary_json(result, false)));
    }

    void show(const search::Shown& shown) override
    {
        auto article = show_json(shown);
        const auto sections = std::move(article["sections"]);
        article.erase("sections");
        for (const auto& section : sections) {
            auto record = typed("section", article);
            record.update(section);
            if (!line(record))
                return;
        }
    }

    void stats(const search::IndexStats& stats) override { line(typed("stats", stats_json(stats))); }

    void query_error(const std::string& query, const std::string& message) override
    {
        line(typed("error", query_error_json(query, message)));
    }

    void values(const facets::ValueList& values) override
    {
        for (const auto& v : values.values)
            if (!line(Json{{"type", "value"}, {"field", values.field}, {"value", v.value}, {"count", v.count}}))
                return;
    }

private:
    // False once the reader has gone (| head): stop producing lines nobody reads.
    bool line(const Json& record)
    {
        out_ << dump(record, -1) << '\n';
        return static_cast<bool>(out_);
    }
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_ndjson_printer(std::ostream& out, const PrintOptions&)
{
    return std::make_unique<NdjsonPrinter>(out);
}

}  // namespace dateline::output
