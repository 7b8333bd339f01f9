// --format json: one indented JSON document per command.
#include "dateline/output/json_model.hpp"
#include "dateline/output/printer_factories.hpp"

namespace dateline::output {

namespace {

class JsonPrinter : public Printer {
public:
    explicit JsonPrinter(std::ostream& out) : out_(out) {}
    void search(const search::SearchResult& result) override { print(search_json(result)); }
    void show(const search::Shown& shown) override { print(show_json(shown)); }
    void stats(const search::IndexStats& stats) override { print(stats_json(stats)); }
    void values(const facets::ValueList& values) override { print(values_json(values)); }
    void query_error(const std::string& query, const std::string& message) override
    {
        print(query_error_json(query, message));
    }

private:
    void print(const Json& doc) { out_ << dump(doc, 2) << '\n'; }
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrintOptions&)
{
    return std::make_unique<JsonPrinter>(out);
}

}  // namespace dateline::output
