#include "dateline/output/json_model.hpp"

#include <cmath>

#include "dateline/schema/schema.hpp"
#include "dateline/search/snippets.hpp"

namespace dateline::output {

using schema::FieldId;

namespace {

constexpr std::string_view PlainMark = "**";

Json or_null(const std::string& value)
{
    return value.empty() ? Json(nullptr) : Json(value);
}

Json or_null(const std::optional<std::string>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json quotes_json(const std::vector<Quote>& quotes)
{
    Json out = Json::array();
    for (const auto& q : quotes)
        out.push_back({{"speaker", or_null(q.speaker)}, {"text", q.text}});
    return out;
}

Json values_array(const std::vector<facets::FacetValue>& values)
{
    Json out = Json::array();
    for (const auto& v : values)
        out.push_back({{"value", v.value}, {"count", v.count}});
    return out;
}

// The article fields every section repeats; the subtitle is stored with section 0 only.
Json article_fields(const std::vector<schema::SectionData>& sections)
{
    const auto& s = sections.front();
    std::string subtitle;
    for (const auto& section : sections)
        if (!section.subtitle.empty())
            subtitle = section.subtitle;
    return {{"article_id", s.article_id},
            {schema::key(FieldId::Title), s.title},
            {"subtitle", or_null(subtitle)},
            {schema::key(FieldId::Date), or_null(s.date)},
            {schema::key(FieldId::Location), or_null(s.location)},
            {schema::key(FieldId::Agency), or_null(s.agency)},
            {"source", s.source},
            {"url", or_null(s.url)}};
}

}  // namespace

std::string dump(const Json& value, int indent)
{
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// --quotes: the quotes that matched, words marked as in snippets.
Json matched_quotes_json(const std::vector<Quote>& quotes)
{
    Json out = Json::array();
    for (const auto& q : quotes)
        out.push_back({{"speaker", or_null(q.speaker)}, {"text", search::render_marks(q.text, PlainMark, PlainMark)}});
    return out;
}

Json hit_json(const search::Hit& hit)
{
    const auto& s = hit.section;
    return {
        {"rank", hit.rank},
        {"id", s.id},
        {"article_id", s.article_id},
        {"section", s.section},
        {"score", hit.score},
        {schema::key(FieldId::Title), s.title},
        {schema::key(FieldId::Heading), or_null(s.heading)},
        {schema::key(FieldId::Date), or_null(s.date)},
        {schema::key(FieldId::Location), or_null(s.location)},
        {schema::key(FieldId::Agency), or_null(s.agency)},
        {schema::list_key(FieldId::Speaker), s.speakers},
        {schema::list_key(FieldId::Organization), s.organizations},
        {schema::list_key(FieldId::Quote), quotes_json(s.quotes)},
        {"snippet", search::render_marks(hit.snippet, PlainMark, PlainMark)},
        {"source", s.source},
        {"url", or_null(s.url)},
        {"external_id", or_null(s.external_id)},
        {"more_sections", hit.more_sections},
        {"matched_quotes", matched_quotes_json(hit.quotes)},
    };
}

Json facets_json(const facets::Facets& facets)
{
    Json out = Json::object();
    for (const auto& f : facets)
        out[f.name] = values_array(f.values);
    return out;
}

Json period_json(const facets::Period& p)
{
    return {{"period", p.label}, {"start", calendar::to_iso(p.start)}, {"end", calendar::to_iso(p.end)},
            {"count", p.count},  {"all", p.all},                     {"share", p.share()}};
}

Json timeline_json(const facets::Timeline& timeline)
{
    Json periods = Json::array();
    for (const auto& p : timeline.periods)
        periods.push_back(period_json(p));
    return {{"unit", facets::to_string(timeline.unit)},
            {"normalized", timeline.normalized},
            {"undated", timeline.undated},
            {"periods", std::move(periods)}};
}

Json search_summary_json(const search::SearchResult& r, bool with_periods)
{
    Json timeline = nullptr;
    if (r.timeline) {
        timeline = timeline_json(*r.timeline);
        if (!with_periods)
            timeline.erase("periods");
    }
    return {
        {"format_version", FormatVersion},
        {"query", r.query},
        {"match", r.match == query::MatchMode::All ? "all" : "any"},
        {"dropped_words", r.dropped},
        {"suggestion", or_null(r.suggestion)},
        {"corrected", r.corrected},
        {"relaxed", r.relaxed},
        {"query_total", r.query_total},
        {"per_article", r.per_article},
        {"sort", search::to_string(r.sort)},
        {"total", r.total},
        {"total_sections", r.total_sections},
        {"total_exact", r.total_exact},
        {"partial", !r.unavailable.empty()},
        {"unavailable_shards", r.unavailable},
        {"offset", r.offset},
        {"limit", r.limit},
        {"facets", facets_json(r.facets)},
        {"timeline", std::move(timeline)},
        {"unknown_filter_values", r.unknown_values},
        {"took_ms", std::round(r.took_ms * 1000.0) / 1000.0},
    };
}

Json search_json(const search::SearchResult& r)
{
    Json hits = Json::array();
    for (const auto& hit : r.hits)
        hits.push_back(hit_json(hit));
    // Hits before facets and timeline, as people read it.
    const auto summary = search_summary_json(r, true);
    Json doc = Json::object();
    for (const auto& [key, value] : summary.items()) {
        if (key == "facets")
            doc["hits"] = std::move(hits);
        doc[key] = value;
    }
    return doc;
}

Json section_json(const schema::SectionData& s)
{
    return {{"id", s.id},
            {"section", s.section},
            {schema::key(FieldId::Heading), or_null(s.heading)},
            {schema::list_key(FieldId::Speaker), s.speakers},
            {schema::list_key(FieldId::Organization), s.organizations},
            {schema::list_key(FieldId::Quote), quotes_json(s.quotes)},
            {"text", s.text}};
}

Json show_json(const search::Shown& shown)
{
    Json doc{{"format_version", FormatVersion}, {"id", shown.id}, {"whole_article", shown.whole_article}};
    doc.update(article_fields(shown.sections));
    Json sections = Json::array();
    for (const auto& s : shown.sections)
        sections.push_back(section_json(s));
    doc["sections"] = std::move(sections);
    return doc;
}

Json stats_json(const search::IndexStats& s)
{
    Json top = Json::object();
    for (const auto& f : s.top)
        top[f.name] = values_array(f.values);
    return {
        {"format_version", FormatVersion},
        {"index", s.path},
        {"schema_version", s.schema_version},
        {"sections", s.sections},
        {"articles", s.articles},
        {"sources", s.sources},
        {"dated_sections", s.dated_sections},
        {"undated_sections", s.sections - s.dated_sections},
        {"first_date", or_null(s.first_date)},
        {"last_date", or_null(s.last_date)},
        {"size_bytes", s.size_bytes},
        {"revision", s.revision},
        {"top", std::move(top)},
    };
}

Json query_error_json(const std::string& query, const std::string& message)
{
    return {{"format_version", FormatVersion}, {"query", query}, {"error", message}};
}

Json values_json(const facets::ValueList& v)
{
    return {{"format_version", FormatVersion},
            {"field", v.field},
            {"prefix", or_null(v.prefix)},
            {"matching_values", v.matching_values},
            {"values", values_array(v.values)}};
}

}  // namespace dateline::output
