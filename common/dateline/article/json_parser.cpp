#include "dateline/article/json_parser.hpp"

#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dateline/article/html_parser.hpp"
#include "dateline/article/json_records.hpp"
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
            // {"text": 5} is no paragraph; value("text", "") would throw on it.
            const json* inner = item.is_object() && item.contains("text") ? &item["text"] : nullptr;
            auto p = item.is_string() ? item.get<std::string>() : inner && inner->is_string() ? inner->get<std::string>() : "";
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
    const json* text = field(record, "text", map);
    std::vector<Block> body;
    // "<p>The talks went on.</p><p>...": read as a page's body, not indexed with its tags.
    if (text && text->is_string() && holds_markup(text->get_ref<const std::string&>()))
        body = html_fragment_blocks(text->get_ref<const std::string&>());
    if (body.empty())
        body = blocks_of(drop_noise(paragraphs_of(text)));
    if (body.empty()) {
        error = "no text field (looked for text, body, content, article, articleBody, story)";
        return std::nullopt;
    }
    Page page;
    page.title = string_of(field(record, "title", map));
    page.subtitle = string_of(field(record, "subtitle", map));
    page.url = string_of(field(record, "url", map));
    page.external_id = string_of(field(record, "id", map));
    page.metadata_date = fields::parse_metadata_date(string_of(field(record, "date", map)));
    page.body = std::move(body);
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

// "[json.exception.out_of_range.406] number overflow parsing '1e400'" -> what follows "] ".
std::string without_exception_id(const char* what)
{
    std::string_view text(what);
    if (const auto end = text.find("] "); text.starts_with("[json.exception") && end != std::string_view::npos)
        text.remove_prefix(end + 2);
    return std::string(text);
}

// A record is the unit of failure: whatever one throws (a number out of range, a wrong type
// deep inside) skips that record alone, with its line.
void read_record(const RecordText& record, const SourceRef& source, const FieldMap& map, Pages& out)
{
    try {
        add_record(json::parse(record.text), record.line, source, map, out);
    } catch (const json::parse_error& e) {
        out.problems.push_back(Problem{source, record.line, Reason::BadRecord, fmt::format("invalid JSON at byte {}", e.byte)});
    } catch (const std::exception& e) {
        out.problems.push_back(Problem{source, record.line, Reason::BadRecord, without_exception_id(e.what())});
    }
}

}  // namespace

Pages parse_json_records(std::string_view text, const SourceRef& source, const FieldMap& map, bool lines,
                         int lines_before)
{
    Pages out;
    if (!lines) {
        // An array is cut into its elements first, so that a bad one costs only itself.
        if (const auto records = split_json_array(text)) {
            for (const auto& record : *records)
                read_record(record, source, map, out);
            return out;
        }
        // One object, perhaps spread over many lines.
        if (json::accept(text)) {
            read_record(RecordText{text, 0}, source, map, out);
            return out;
        }
    }
    for (auto record : split_json_lines(text)) {
        record.line += lines_before;
        read_record(record, source, map, out);
    }
    return out;
}

}  // namespace dateline::article
