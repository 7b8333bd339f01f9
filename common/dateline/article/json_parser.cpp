#include "dateline/article/json_parser.hpp"

#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dateline/article/noise.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::article {

using nlohmann::json;

namespace {

struct FieldNames {
    const char* field;
    std::array<const char*, 7> names;
};

// The names scrapers and feeds use, most common first.
constexpr std::array<FieldNames, 6> Guesses{{
    {"title", {"title", "headline", "name", "heading", nullptr}},
    {"text", {"text", "body", "content", "article", "articleBody", "story", "full_text"}},
    {"date", {"date", "published", "datePublished", "publish_date", "pubDate", "published_at", "timestamp"}},
    {"url", {"url", "link", "canonical_url", "href", nullptr}},
    {"subtitle", {"subtitle", "description", "lead", "summary", "standfirst", "dek", nullptr}},
    {"id", {"id", "guid", "_id", "doc_id", nullptr}},
}};

const json* field(const json& record, const char* name, const FieldMap& map)
{
    if (auto it = map.find(name); it != map.end())
        return record.contains(it->second) ? &record[it->second] : nullptr;
    for (const auto& guess : Guesses) {
        if (std::string_view(guess.field) != name)
            continue;
        for (const char* candidate : guess.names)
            if (candidate && record.contains(candidate) && !record[candidate].is_null())
                return &record[candidate];
    }
    return nullptr;
}

std::string string_of(const json* value)
{
    if (!value)
        return {};
    if (value->is_string())
        return text::collapse_spaces(value->get<std::string>());
    if (value->is_number_integer())
        return std::to_string(value->get<long long>());
    return {};
}

std::vector<std::string> paragraphs_of(const json* value)
{
    if (!value)
        return {};
    if (value->is_string())
        return text::paragraphs(value->get<std::string>());
    std::vector<std::string> out;
    if (value->is_array())
        for (const auto& item : *value) {
            auto p = item.is_string() ? item.get<std::string>() : item.is_object() ? item.value("text", "") : "";
            if (auto collapsed = text::collapse_spaces(p); !collapsed.empty())
                out.push_back(std::move(collapsed));
        }
    return out;
}

std::optional<Page> page_of(const json& record, const FieldMap& map, std::string& error)
{
    if (!record.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    auto paragraphs = drop_noise(paragraphs_of(field(record, "text", map)));
    if (paragraphs.empty()) {
        error = "no text field (looked for text, body, content, article, articleBody, story)";
        return std::nullopt;
    }
    Page page;
    page.title = string_of(field(record, "title", map));
    page.subtitle = string_of(field(record, "subtitle", map));
    page.url = string_of(field(record, "url", map));
    page.external_id = string_of(field(record, "id", map));
    page.metadata_date = fields::parse_metadata_date(string_of(field(record, "date", map)));
    page.body = blocks_of(std::move(paragraphs));
    take_dateline(page);
    return page;
}

void add_record(const json& record, int line, const SourceRef& source, const FieldMap& map, Pages& out)
{
    std::string error;
    if (auto page = page_of(record, map, error)) {
        page->line = line;
        out.pages.push_back(std::move(*page));
    } else {
        out.problems.push_back(Problem{source, line, Reason::BadRecord, error});
    }
}

}  // namespace

Pages parse_json_records(std::string_view text, const SourceRef& source, const FieldMap& map, bool lines)
{
    Pages out;
    if (!lines) {
        const auto whole = json::parse(text, nullptr, false);
        if (!whole.is_discarded()) {
            if (whole.is_array()) {
                for (const auto& record : whole)
                    add_record(record, 0, source, map, out);
            } else {
                add_record(whole, 0, source, map, out);
            }
            return out;
        }
    }
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++line;
        const auto raw = text::trim(text.substr(start, end - start));
        start = end + 1;
        if (raw.empty())
            continue;
        try {
            add_record(json::parse(raw), line, source, map, out);
        } catch (const json::parse_error& e) {
            out.problems.push_back(Problem{source, line, Reason::BadRecord,
                                           fmt::format("invalid JSON at byte {}", e.byte)});
        }
    }
    return out;
}

}  // namespace dateline::article
