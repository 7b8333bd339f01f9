#include "dateline/schema/section_data.hpp"

#include <nlohmann/json.hpp>

#include "dateline/error.hpp"

namespace dateline::schema {

using nlohmann::json;

namespace {

json quotes_json(const std::vector<Quote>& quotes)
{
    json out = json::array();
    for (const auto& q : quotes)
        out.push_back({{"speaker", q.speaker}, {"text", q.text}});
    return out;
}

}  // namespace

std::string encode_section_data(const Article& article, const Section& section, const std::string& id)
{
    json j{
        {"id", id},
        {"article_id", article.id},
        {"section", section.ordinal},
        {"title", article.title},
        {"url", article.url},
        {"heading", section.heading ? json(*section.heading) : json(nullptr)},
        {"text", section.text()},
        {"date", article.date ? json(calendar::to_iso(*article.date)) : json(nullptr)},
        {"date_source", to_string(article.date_source)},
        {"location", article.location},
        {"agency", article.agency},
        {"speakers", section.speakers},
        {"organizations", section.organizations},
        {"quotes", quotes_json(section.quotes)},
        {"source", article.source.display()},
    };
    if (!article.external_id.empty())  // optional: indexes written before it read as ""
        j["external_id"] = article.external_id;
    if (section.ordinal == 0 && !article.subtitle.empty())
        j["subtitle"] = article.subtitle;
    // Invalid UTF-8 cannot reach here (decode() guarantees it), but never abort a run over one byte.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string with_duplicates(const std::string& data, const std::vector<std::string>& sources)
{
    auto j = json::parse(data);
    if (sources.empty())
        j.erase("duplicates");
    else
        j["duplicates"] = sources;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

SectionData decode_section_data(const std::string& data)
{
    try {
        const auto j = json::parse(data);
        SectionData s;
        s.id = j.at("id").get<std::string>();
        s.article_id = j.at("article_id").get<std::string>();
        s.section = j.at("section").get<int>();
        s.title = j.value("title", "");
        s.url = j.value("url", "");
        s.external_id = j.value("external_id", "");
        s.subtitle = j.value("subtitle", "");
        if (j.contains("heading") && j["heading"].is_string())
            s.heading = j["heading"].get<std::string>();
        s.text = j.value("text", "");
        if (j.contains("date") && j["date"].is_string())
            s.date = j["date"].get<std::string>();
        s.date_source = j.value("date_source", "");
        s.location = j.value("location", "");
        s.agency = j.value("agency", "");
        s.speakers = j.value("speakers", std::vector<std::string>{});
        s.organizations = j.value("organizations", std::vector<std::string>{});
        for (const auto& q : j.value("quotes", json::array()))
            s.quotes.push_back(Quote{q.value("speaker", ""), q.value("text", "")});
        s.source = j.value("source", "");
        s.duplicates = j.value("duplicates", std::vector<std::string>{});
        return s;
    } catch (const json::exception& e) {
        throw Error(Error::Code::Database, std::string("malformed section data in the index: ") + e.what(),
                    "rebuild the index with dateline-index --rebuild");
    }
}

}  // namespace dateline::schema
