// The lookup commands' library side: show, stats and values, in every format.
#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "../e2e/json_shape.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/error.hpp"
#include "dateline/facets/values.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/search/show.hpp"
#include "dateline/search/stats.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using nlohmann::json;

namespace {

std::vector<std::string> section_ids(const search::Shown& shown)
{
    std::vector<std::string> out;
    for (const auto& s : shown.sections)
        out.push_back(s.id);
    return out;
}

std::vector<std::pair<std::string, Xapian::doccount>> pairs(const facets::ValueList& list)
{
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (const auto& v : list.values)
        out.emplace_back(v.value, v.count);
    return out;
}

template <class F>
std::string printed(output::Format format, F&& call)
{
    std::ostringstream out;
    call(*output::make_printer(format, out, {false, 80}));
    return out.str();
}

}  // namespace

TEST_CASE("search/show: a section, its whole article, or an article by its id")
{
    using V = std::vector<std::string>;
    const auto& db = fixture::sample();
    CHECK(section_ids(search::show(db, "e-1", false)) == V{"e-1"});
    CHECK(section_ids(search::show(db, "e-1", true)) == V{"e-0", "e-1", "e-2"});
    CHECK(section_ids(search::show(db, "e", false)) == V{"e-0", "e-1", "e-2"});
    CHECK(search::show(db, "e", false).whole_article);
    CHECK(search::show(db, "nope", true).sections.empty());
}

TEST_CASE("output/show: speakers and quotes marked in every format")
{
    const auto shown = search::show(fixture::sample(), "a", false);
    const auto text = printed(output::Format::Text, [&](auto& p) { p.show(shown); });
    CHECK(text.starts_with("Peskov rejects hacker claims\n2017-01-12  Moscow  TASS\n"));
    CHECK(text.find("\u00A70 (lead)  id a-0\nspeakers: Dmitry Peskov, Sergey Lavrov\norganizations: Foreign Ministry\n") !=
          std::string::npos);
    CHECK(text.find("\u00A71 On cyber security  id a-1\n") != std::string::npos);
    CHECK(text.find("quotes:\n  Dmitry Peskov: \u201Cwe will respond to any sanctions\u201D\n") != std::string::npos);

    const auto doc = json::parse(printed(output::Format::Json, [&](auto& p) { p.show(shown); }));
    CHECK(shape::check(doc, "show") == "");
    CHECK(doc["sections"][0]["quotes"][0]["speaker"] == "Dmitry Peskov");
    CHECK(doc["sections"].size() == 2);

    std::istringstream lines(printed(output::Format::Ndjson, [&](auto& p) { p.show(shown); }));
    int n = 0;
    for (std::string line; std::getline(lines, line); ++n)
        CHECK(json::parse(line)["type"] == "section");
    CHECK(n == 2);
    const auto csv = printed(output::Format::Csv, [&](auto& p) { p.show(shown); });
    CHECK(csv.find("Dmitry Peskov: we will respond to any sanctions") != std::string::npos);
}

TEST_CASE("search/stats: counts, date range, top values, size")
{
    const auto st = search::collect_stats(fixture::sample(), {fixture::sample_path()}, 2);
    CHECK(st.sections == 9);
    CHECK(st.articles == 6);
    CHECK(st.sources == 6);
    CHECK(st.dated_sections == 8);
    CHECK(st.first_date == std::optional<std::string>("1917-11-07"));
    CHECK(st.last_date == std::optional<std::string>("2019-12-20"));
    CHECK(st.size_bytes > 0);
    CHECK(st.schema_version == std::to_string(schema::SchemaVersion));  // written as the indexer writes
    REQUIRE(st.top.size() == 3);
    CHECK(st.top[0].name == "speaker");
    CHECK(st.top[0].values.size() == 2);
    CHECK(st.top[0].values[0].value == "Dmitry Peskov");
    CHECK(st.top[0].values[0].count == 3);
    CHECK(st.top[2].values[0].value == "Interfax");  // 3, like TASS: ties go by name

    const auto doc = json::parse(printed(output::Format::Json, [&](auto& p) { p.stats(st); }));
    CHECK(shape::check(doc, "stats") == "");
    CHECK(doc["undated_sections"] == 1);
    const auto text = printed(output::Format::Text, [&](auto& p) { p.stats(st); });
    CHECK(text.find("sections       9 (8 dated, 1 undated)\n") != std::string::npos);
    CHECK(text.find("dates          1917-11-07..2019-12-20\n") != std::string::npos);
    CHECK(text.find("top speakers   Dmitry Peskov 3 \u00B7 Sergey Lavrov 2\n") != std::string::npos);
    const auto csv = printed(output::Format::Csv, [&](auto& p) { p.stats(st); });
    CHECK(csv.find("index,sections,9\r\n") != std::string::npos);
    CHECK(csv.find("speaker,Dmitry Peskov,3\r\n") != std::string::npos);
}

TEST_CASE("facets/values: every value with its count, by prefix of any word")
{
    using P = std::vector<std::pair<std::string, Xapian::doccount>>;
    const auto& db = fixture::sample();
    CHECK(pairs(facets::list_values(db, "speaker", "pes", 0)) == P{{"Dmitry Peskov", 3}});
    CHECK(pairs(facets::list_values(db, "speaker", "DMI", 0)) == P{{"Dmitry Peskov", 3}});
    CHECK(pairs(facets::list_values(db, "speaker", "s", 0)) == P{{"Sergey Lavrov", 2}, {"Olaf Scholz", 1}});
    CHECK(pairs(facets::list_values(db, "location", "st", 0)).empty());
    CHECK(pairs(facets::list_values(db, "location", "", 2)) == P{{"Moscow", 6}, {"Berlin", 1}});
    CHECK(facets::list_values(db, "location", "", 2).matching_values == 4);
    CHECK(pairs(facets::list_values(db, "agency", "", 0)) ==
          P{{"Interfax", 3}, {"TASS", 3}, {"AFP", 1}, {"ROSTA", 1}, {"Reuters", 1}});
    CHECK(pairs(facets::list_values(db, "organization", "", 0)) == P{{"Foreign Ministry", 1}});
    CHECK(pairs(facets::list_values(db, "month", "", 0)) ==
          P{{"1917-11", 1}, {"2016-05", 1}, {"2017-01", 2}, {"2018-03", 1}, {"2019-12", 3}});  // in time order
    CHECK(pairs(facets::list_values(db, "year", "201", 0)) == P{{"2016", 1}, {"2017", 2}, {"2018", 1}, {"2019", 3}});
    CHECK_THROWS_WITH_AS(facets::list_values(db, "colour", "", 0), "unknown field 'colour'", Error);

    const auto list = facets::list_values(db, "speaker", "", 0);
    const auto doc = json::parse(printed(output::Format::Json, [&](auto& p) { p.values(list); }));
    CHECK(shape::check(doc, "values") == "");
    CHECK(printed(output::Format::Text, [&](auto& p) { p.values(list); }).starts_with("3  Dmitry Peskov\n2  Sergey Lavrov\n"));
    CHECK(printed(output::Format::Csv, [&](auto& p) { p.values(list); }).starts_with("value,count\r\nDmitry Peskov,3\r\n"));
}
