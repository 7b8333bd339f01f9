#include "dateline/article/parse.hpp"

#include <array>
#include <set>

#include <fmt/format.h>

#include "dateline/article/extract.hpp"
#include "dateline/article/html_parser.hpp"
#include "dateline/article/record_ids.hpp"
#include "dateline/article/text_parser.hpp"
#include "dateline/article/warc_parser.hpp"
#include "dateline/article/xml_parser.hpp"
#include "dateline/ingest/decode.hpp"
#include "dateline/text/strings.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::article {

namespace {

using FormatParser = Pages (*)(std::string bytes, const SourceRef& source, const ParseOptions& options);

/** A format the indexer reads: its name endings and its parser (which decodes text itself,
 *  so that WARC can hold binary records beside its pages). */
struct Format {
    std::string_view name;
    std::array<std::string_view, 4> extensions;
    FormatParser parse;
};

// Decodes text formats; bytes that are not text are one problem for the whole source.
template <class F>
Pages decoded(std::string bytes, const SourceRef& source, F&& parse)
{
    auto text = ingest::decode(std::move(bytes));
    if (text.failure)
        return Pages{{}, {Problem{source, 0, *text.failure, text.message}}};
    auto pages = parse(text.text);
    if (text.replaced > 0)
        pages.problems.push_back(Problem{source, 0, Reason::BadBytes, ingest::replaced_message(text.replaced)});
    return pages;
}

Pages single(std::optional<Page> page, const SourceRef& source, const char* why)
{
    if (!page)
        return Pages{{}, {Problem{source, 0, Reason::NoArticle, why}}};
    return Pages{{std::move(*page)}, {}};
}

Pages parse_text(std::string bytes, const SourceRef& source, const ParseOptions&)
{
    return decoded(std::move(bytes), source, [&](const std::string& text) {
        // Saved pages sometimes keep their markup under a .txt name.
        const auto head = text::to_lower(text::trim(std::string_view(text).substr(0, 512)));
        if (head.starts_with("<!doctype html") || head.starts_with("<html"))
            return single(parse_html_page(text), source, "no paragraphs of story text in the page");
        if (is_news_xml(text))
            return single(parse_news_xml(text), source, "no body text in the XML");
        return single(parse_text_page(text), source, "no body text after the headline");
    });
}

Pages parse_html(std::string bytes, const SourceRef& source, const ParseOptions&)
{
    return decoded(std::move(bytes), source, [&](const std::string& text) {
        return single(parse_html_page(text), source, "no paragraphs of story text in the page");
    });
}

Pages parse_json(std::string bytes, const SourceRef& source, const ParseOptions& options)
{
    const bool lines = is_json_lines(source.member.empty() ? source.path : source.member);
    return decoded(std::move(bytes), source, [&](const std::string& text) {
        return parse_json_records(text, source, options.field_map, lines);
    });
}

Pages parse_xml(std::string bytes, const SourceRef& source, const ParseOptions&)
{
    return decoded(std::move(bytes), source, [&](const std::string& text) {
        if (!is_news_xml(text))
            return Pages{{}, {Problem{source, 0, Reason::NoArticle, "XML that is neither NewsML-G2 nor NITF"}}};
        return single(parse_news_xml(text), source, "no body text in the XML");
    });
}

Pages parse_warc_bytes(std::string bytes, const SourceRef& source, const ParseOptions&)
{
    if (!is_warc(bytes))
        return Pages{{}, {Problem{source, 0, Reason::NoArticle, "not a WARC file"}}};
    return parse_warc(bytes, source);
}

const std::array<Format, 5>& formats()
{
    static const std::array<Format, 5> table{{
        {"text", {".txt", ".text", "", ""}, parse_text},
        {"html", {".html", ".htm", ".xhtml", ".shtml"}, parse_html},
        {"json", {".json", ".jsonl", ".ndjson", ".json"}, parse_json},
        {"xml", {".xml", ".newsml", ".nitf", ".xml"}, parse_xml},
        {"warc", {".warc", ".warc", ".warc", ".warc"}, parse_warc_bytes},
    }};
    return table;
}

const Format* format_for(const std::filesystem::path& path)
{
    const auto ext = text::to_lower(path.extension().string());
    for (const auto& format : formats())
        for (auto e : format.extensions)
            if (ext == e && (!e.empty() || format.name == "text"))
                return &format;
    return nullptr;
}

// `report_ids`: a piece's ids are provisional (Parsed::lines says why), so their problems
// are left to whoever hands out the final ones.
Parsed articles_of(Pages pages, const SourceRef& source, const ParseOptions& options, RecordIds ids, bool report_ids)
{
    Parsed out;
    out.problems = std::move(pages.problems);
    std::vector<Problem> id_problems;
    for (auto& page : pages.pages) {
        auto id = ids.next(page.external_id, page.line, id_problems);
        if (report_ids)
            out.problems.insert(out.problems.end(), id_problems.begin(), id_problems.end());
        id_problems.clear();
        out.lines.push_back(page.line);
        out.articles.push_back(
            extract_article(std::move(page), source, std::move(id), {options.year, options.reference}, out.problems));
    }
    return out;
}

}  // namespace

bool is_supported(const std::filesystem::path& path)
{
    return format_for(path) != nullptr;
}

Parsed parse_bytes(const SourceRef& source, std::string bytes, const ParseOptions& options)
{
    Parsed out;
    const Format* format = format_for(source.member.empty() ? source.path : source.member);
    if (!format) {
        out.problems.push_back(Problem{source, 0, Reason::UnsupportedFormat, "not a format dateline-index reads"});
        return out;
    }
    return articles_of(format->parse(std::move(bytes), source, options), source, options, RecordIds(source), true);
}

Parsed parse_piece(const SourceRef& source, std::string text, const ParseOptions& options, const PiecePlace& place)
{
    auto pages = parse_json_records(text, source, options.field_map, true, place.lines_before);
    return articles_of(std::move(pages), source, options, RecordIds(source, place.records_before), false);
}

}  // namespace dateline::article
