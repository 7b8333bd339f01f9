#include "dateline/output/article_json.hpp"

namespace dateline::output {

using json = nlohmann::ordered_json;

namespace {

json or_null(const std::string& value)
{
    return value.empty() ? json(nullptr) : json(value);
}

json quotes(const std::vector<Quote>& quotes)
{
    json out = json::array();
    for (const auto& q : quotes)
        out.push_back({{"speaker", or_null(q.speaker)}, {"text", q.text}});
    return out;
}

}  // namespace

json article_to_json(const Article& article)
{
    json sections = json::array();
    for (const auto& s : article.sections) {
        sections.push_back({
            {"ordinal", s.ordinal},
            {"heading", s.heading ? json(*s.heading) : json(nullptr)},
            {"text", s.text()},
            {"speakers", s.speakers},
            {"organizations", s.organizations},
            {"quotes", quotes(s.quotes)},
        });
    }
    return {
        {"id", article.id},
        {"source", article.source.display()},
        {"title", article.title},
        {"subtitle", or_null(article.subtitle)},
        {"url", or_null(article.url)},
        {"external_id", or_null(article.external_id)},
        {"date", article.date ? json(calendar::to_iso(*article.date)) : json(nullptr)},
        {"date_source", or_null(to_string(article.date_source))},
        {"location", or_null(article.location)},
        {"agency", or_null(article.agency)},
        {"sections", std::move(sections)},
    };
}

}  // namespace dateline::output
