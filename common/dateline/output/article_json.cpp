#include "dateline/output/article_json.hpp"

#include "dateline/schema/schema.hpp"

namespace dateline::output {

using json = nlohmann::ordered_json;
using schema::FieldId;

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
            {schema::key(FieldId::Heading), s.heading ? json(*s.heading) : json(nullptr)},
            {"text", s.text()},
            {schema::list_key(FieldId::Speaker), s.speakers},
            {schema::list_key(FieldId::Organization), s.organizations},
            {schema::list_key(FieldId::Quote), quotes(s.quotes)},
        });
    }
    return {
        {"id", article.id},
        {"source", article.source.display()},
        {schema::key(FieldId::Title), article.title},
        {"subtitle", or_null(article.subtitle)},
        {"url", or_null(article.url)},
        {"external_id", or_null(article.external_id)},
        {schema::key(FieldId::Date), article.date ? json(calendar::to_iso(*article.date)) : json(nullptr)},
        {"date_source", or_null(to_string(article.date_source))},
        {schema::key(FieldId::Location), or_null(article.location)},
        {schema::key(FieldId::Agency), or_null(article.agency)},
        {"sections", std::move(sections)},
    };
}

}  // namespace dateline::output
