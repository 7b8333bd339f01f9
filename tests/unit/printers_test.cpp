// Every output format: JSON against its documented shape, NDJSON line by line, CSV parsed
// back by an RFC 4180 reader, text with and without colour.
#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "../e2e/csv_reader.hpp"
#include "../e2e/json_shape.hpp"
#include "dateline/output/csv.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/search/searcher.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using nlohmann::json;

namespace {

search::SearchResult sample_result(bool timeline = false)
{
    search::SearchRequest r;
    r.text = "sanctions";
    r.per_article = true;
    if (timeline)
        r.timeline = facets::TimelineUnit::Month;
    return search::search(fixture::sample(), r);
}

std::string print(output::Format format, const search::SearchResult& result, bool colour = false)
{
    std::ostringstream out;
    output::make_printer(format, out, {colour, 80})->search(result);
    return out.str();
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text)
{
    return csv::parse(text);
}

}  // namespace

TEST_CASE("output/csv: fields are quoted exactly when RFC 4180 needs it")
{
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {{"plain", "plain"},          {"", ""},
                          {"a,b", "\"a,b\""},          {"say \"no\"", "\"say \"\"no\"\"\""},
                          {"two\nlines", "\"two\nlines\""}, {"cr\rlf", "\"cr\rlf\""},
                          {"semi; colon", "semi; colon"}, {"\u00AB\u00BB", "\u00AB\u00BB"}};
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(output::csv_field(c.in) == c.out);
    }
    std::ostringstream out;
    output::write_csv_row(out, {"a,b", "say \"no\"", "two\r\nlines", ""});
    CHECK(out.str() == "\"a,b\",\"say \"\"no\"\"\",\"two\r\nlines\",\r\n");
    CHECK(parse_csv(out.str()) == std::vector<std::vector<std::string>>{{"a,b", "say \"no\"", "two\r\nlines", ""}});
}

TEST_CASE("output/printers: formats by name")
{
    CHECK(output::parse_format("text") == output::Format::Text);
    CHECK(output::parse_format("json") == output::Format::Json);
    CHECK(output::parse_format("ndjson") == output::Format::Ndjson);
    CHECK(output::parse_format("csv") == output::Format::Csv);
    CHECK_FALSE(output::parse_format("xml"));
}

TEST_CASE("output/json: a search has the documented shape, format_version 1")
{
    for (bool timeline : {false, true}) {
        CAPTURE(timeline);
        const auto doc = json::parse(print(output::Format::Json, sample_result(timeline)));
        CHECK(shape::check(doc, "search") == "");
        CHECK(doc["format_version"] == 1);
        CHECK(doc["total"] == 4);
        CHECK(doc["total_sections"] == 6);
        CHECK(doc["per_article"] == true);
        CHECK(doc["timeline"].is_null() == !timeline);
    }
    // Extra or missing keys are caught.
    auto doc = json::parse(print(output::Format::Json, sample_result()));
    doc["surprise"] = 1;
    CHECK(shape::check(doc, "search").starts_with("$.surprise: not documented; "));
    doc.erase("surprise");
    doc["hits"][0].erase("score");
    CHECK(shape::check(doc, "search").find("$.hits[0].score: missing") != std::string::npos);
}

TEST_CASE("output/ndjson: one hit per line, then periods, then the summary, each parsing alone")
{
    const auto result = sample_result(true);
    std::istringstream in(print(output::Format::Ndjson, result));
    std::vector<json> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(json::parse(line));
    REQUIRE(lines.size() == result.hits.size() + result.timeline->periods.size() + 1);
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
        CHECK(lines[i]["type"] == "hit");
        auto hit = lines[i];
        hit.erase("type");
        CHECK(shape::check(hit, "hit") == "");
    }
    CHECK(lines[result.hits.size()]["type"] == "period");
    auto summary = lines.back();
    CHECK(summary["type"] == "summary");
    summary.erase("type");
    summary["hits"] = json::array();
    summary["timeline"]["periods"] = json::array();
    CHECK(shape::check(summary, "search") == "");
}

TEST_CASE("output/csv: hits parse back, one record per hit, and with a timeline the series")
{
    const auto result = sample_result();
    const auto rows = parse_csv(print(output::Format::Csv, result));
    REQUIRE(rows.size() == result.hits.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"rank", "id", "article_id", "section", "score", "date", "location",
                                              "agency", "title", "heading", "speakers", "organizations", "snippet",
                                              "source", "url", "more_sections", "external_id"});
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
        CAPTURE(i);
        REQUIRE(rows[i + 1].size() == rows[0].size());
        CHECK(rows[i + 1][1] == result.hits[i].section.id);
        CHECK(rows[i + 1][8] == result.hits[i].section.title);
        CHECK(rows[i + 1][15] == std::to_string(result.hits[i].more_sections));
    }
    const auto series = parse_csv(print(output::Format::Csv, sample_result(true)));
    CHECK(series[0] == std::vector<std::string>{"period", "start", "end", "count", "all", "share"});
    CHECK(series.size() == 45);  // header + 2016-05 .. 2019-12
    CHECK(series.back() == std::vector<std::string>{"2019-12", "2019-12-01", "2019-12-31", "3", "3", "1.000000"});
}

TEST_CASE("output/text: hits, totals, facets, and colour only when asked")
{
    const auto plain = print(output::Format::Text, sample_result());
    CHECK(plain.find("  1. ") != std::string::npos);
    CHECK(plain.find("**sanctions**") != std::string::npos);
    CHECK(plain.find("4 articles match (6 sections; showing 1-4)") != std::string::npos);
    CHECK(plain.find("     2 more sections of this article matched\n") != std::string::npos);
    CHECK(plain.find("speakers   Dmitry Peskov 2 \u00B7 Sergey Lavrov 2") != std::string::npos);
    CHECK(plain.find("agencies   Interfax 3") != std::string::npos);
    CHECK(plain.find('\x1b') == std::string::npos);
    const auto coloured = print(output::Format::Text, sample_result(), true);
    CHECK(coloured.find("\x1b[1;33msanctions\x1b[0m") != std::string::npos);
    CHECK(coloured.find("**") == std::string::npos);
    const auto with_chart = print(output::Format::Text, sample_result(true));
    CHECK(with_chart.find("matching sections per month, 2016-05..2019-12, peak 3 in 2019-12") != std::string::npos);
    CHECK(with_chart.find("(1 matching section without a date not shown)") != std::string::npos);
}

TEST_CASE("output/text: did-you-mean and relaxed results say so before the hits")
{
    search::SearchRequest r;
    r.text = "peskof";
    CHECK(print(output::Format::Text, search::search(fixture::sample(), r))
              .starts_with("Nothing matches 'peskof'. Showing results for 'peskov'.\n\n  1. "));
    r.text = "hacker gas";
    CHECK(print(output::Format::Text, search::search(fixture::sample(), r))
              .starts_with("No section has all the words of 'hacker gas'. Showing sections with any of them.\n\n"));
    r.text = "sanctions OR peskof";
    CHECK(print(output::Format::Text, search::search(fixture::sample(), r))
              .starts_with("Did you mean: sanctions OR peskov\n\n"));
    const auto json_doc = json::parse(print(output::Format::Json, search::search(fixture::sample(), r)));
    CHECK(json_doc["suggestion"] == "sanctions OR peskov");
    CHECK(json_doc["corrected"] == false);
    r.text = "hacker gas";
    const auto relaxed = json::parse(print(output::Format::Json, search::search(fixture::sample(), r)));
    CHECK(relaxed["relaxed"] == true);
    CHECK(relaxed["match"] == "any");
    CHECK(relaxed["query_total"] == 0);
}

TEST_CASE("output/printers: a failed stream (a closed pipe) stops the output quietly")
{
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    for (auto format : {output::Format::Text, output::Format::Json, output::Format::Ndjson, output::Format::Csv})
        CHECK_NOTHROW(output::make_printer(format, out, {false, 80})->search(sample_result(true)));
}

TEST_CASE("output/explain: one line per part of the query")
{
    search::SearchRequest r;
    r.text = "sanctions";
    r.filters.locations = {"Moscow"};
    std::ostringstream out;
    output::print_explanation(out, search::search(fixture::sample(), r));
    CHECK(out.str() == "explain: text         sanctions\n"
                       "explain: match        all words\n"
                       "explain: words        Query(Zsanction@1)\n"
                       "explain: filters      location: moscow\n"
                       "explain: order        relevance\n"
                       "explain: ranking      IneB2 c=1\n"
                       "explain: xapian       Query((Zsanction@1 FILTER XLOC:moscow))\n");
}
