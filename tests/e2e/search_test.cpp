// dateline-search end to end on the sample corpus index: filters, order, formats, errors.
#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "run.hpp"

using nlohmann::json;

namespace {

std::vector<std::string> dates(const json& result)
{
    std::vector<std::string> out;
    for (const auto& hit : result["hits"])
        out.push_back(hit["date"].is_null() ? "" : hit["date"].get<std::string>());
    return out;
}

int total(const std::vector<std::string>& args)
{
    return e2e::search_json(args)["total"].get<int>();
}

}  // namespace

TEST_CASE("search: JSON output has the documented shape")
{
    const auto r = e2e::search_json({"hacker attacks", "--limit", "2"});
    CHECK(r["query"] == "hacker attacks");
    CHECK(r["total"].is_number_integer());
    CHECK(r["total_exact"] == true);
    CHECK(r["offset"] == 0);
    REQUIRE(r["hits"].size() == 2);
    for (const auto& hit : r["hits"]) {
        for (const char* key : {"id", "article_id", "section", "score", "title", "heading", "date", "location",
                                "speakers", "snippet", "source"})
            CHECK_MESSAGE(hit.contains(key), key);
        CHECK(hit["id"].get<std::string>().starts_with(hit["article_id"].get<std::string>() + "-"));
        CHECK(hit["speakers"].is_array());
        CHECK(hit["snippet"].get<std::string>().find("**") != std::string::npos);
    }
    for (const char* facet : {"speaker", "location", "month"}) {
        REQUIRE(r["facets"][facet].is_array());
        REQUIRE_FALSE(r["facets"][facet].empty());
        CHECK(r["facets"][facet][0].contains("value"));
        CHECK(r["facets"][facet][0]["count"].is_number_integer());
    }
    CHECK(r["hits"][0]["score"].get<double>() >= r["hits"][1]["score"].get<double>());
}

TEST_CASE("search: --speaker matches full name or surname in any case, and several are alternatives")
{
    const int peskov = total({"--speaker", "Peskov", "--limit", "0"});
    CHECK(peskov > 0);
    CHECK(total({"--speaker", "peskov", "--limit", "0"}) == peskov);
    CHECK(total({"--speaker", "Dmitry Peskov", "--limit", "0"}) == peskov);
    CHECK(total({"--speaker", "DMITRY  PESKOV", "--limit", "0"}) == peskov);
    const int lavrov = total({"--speaker", "Lavrov", "--limit", "0"});
    const int both = total({"--speaker", "Lavrov", "--speaker", "Peskov", "--limit", "0"});
    CHECK(both > std::max(peskov, lavrov));
    CHECK(both <= peskov + lavrov);
    const auto peskov_hits = e2e::search_json({"--speaker", "peskov", "--limit", "100"});
    for (const auto& hit : peskov_hits["hits"]) {
        const auto speakers = hit["speakers"].get<std::vector<std::string>>();
        CHECK(std::find(speakers.begin(), speakers.end(), "Dmitry Peskov") != speakers.end());
    }
    CHECK(total({"--speaker", "Peskov", "--location", "Moscow", "--limit", "0"}) < peskov);
}

TEST_CASE("search: the query prefixes speaker: and location: mean what the options mean")
{
    CHECK(total({"speaker:peskov", "--limit", "0"}) == total({"--speaker", "Peskov", "--limit", "0"}));
    CHECK(total({"location:\"st. petersburg\"", "--limit", "0"}) ==
          total({"--location", "St. Petersburg", "--limit", "0"}));
    CHECK(total({"sanctions speaker:lavrov", "--limit", "0"}) == total({"sanctions", "--speaker", "Lavrov", "--limit", "0"}));
}

TEST_CASE("search: --since and --until take whole periods, inclusive")
{
    const auto r = e2e::search_json({"--since", "2017-02", "--until", "2017-03", "--limit", "200"});
    REQUIRE(r["total"].get<int>() > 0);
    CHECK(r["hits"].size() == r["total"].get<std::size_t>());
    for (const auto& d : dates(r)) {
        CHECK(d >= "2017-02-01");
        CHECK(d <= "2017-03-31");
    }
    const int year = total({"--since", "2017", "--until", "2017", "--limit", "0"});
    int months = 0;
    for (int m = 1; m <= 12; ++m) {
        const auto month = "2017-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
        months += total({"--since", month, "--until", month, "--limit", "0"});
    }
    CHECK(year == months);
    // Reversed bounds could match nothing: refused rather than silently empty.
    const auto reversed = e2e::search({"--db", SAMPLE_DB, "--since", "2017-01-12", "--until", "2017-01-11"});
    CHECK(reversed.exit_code == 2);
    CHECK(reversed.err == "error: --since 2017-01-12 is after --until 2017-01-11: nothing can match\n"
                          "hint: --since takes the earlier date, --until the later one\n");
}

TEST_CASE("search: filters without a query list newest first and --sort oldest reverses")
{
    auto newest = dates(e2e::search_json({"--location", "Moscow", "--limit", "50"}));
    REQUIRE(newest.size() > 5);
    CHECK(std::is_sorted(newest.rbegin(), newest.rend()));
    auto oldest = dates(e2e::search_json({"--location", "Moscow", "--limit", "50", "--sort", "oldest"}));
    CHECK(std::is_sorted(oldest.begin(), oldest.end()));
    auto ranked_newest = dates(e2e::search_json({"sanctions", "--sort", "newest", "--limit", "50"}));
    CHECK(std::is_sorted(ranked_newest.rbegin(), ranked_newest.rend()));
}

TEST_CASE("search: --offset and --limit page through the same ranking")
{
    const auto all = e2e::search_json({"sanctions", "--limit", "6"})["hits"];
    const auto page = e2e::search_json({"sanctions", "--offset", "2", "--limit", "2"});
    REQUIRE(page["hits"].size() == 2);
    CHECK(page["offset"] == 2);
    CHECK(page["hits"][0]["id"] == all[2]["id"]);
    CHECK(page["hits"][1]["id"] == all[3]["id"]);
}

TEST_CASE("search: facets are exact counts over the whole match set")
{
    const auto r = e2e::search_json({"--location", "Moscow", "--limit", "0"});
    REQUIRE(r["facets"]["location"].size() == 1);
    CHECK(r["facets"]["location"][0]["count"] == r["total"]);
    // Month counts add up to the total: every Moscow section has a date.
    const auto months = e2e::search_json({"--location", "Moscow", "--limit", "0", "--facets", "1000"});
    int sum = 0;
    for (const auto& m : months["facets"]["month"])
        sum += m["count"].get<int>();
    CHECK(sum == r["total"].get<int>());
}

TEST_CASE("search: text output shows hits, the total and the facets, with no colour when piped")
{
    const auto o = e2e::search({"--db", SAMPLE_DB, "hacker attacks", "--speaker", "Peskov", "--limit", "2"});
    CHECK(o.exit_code == 0);
    CHECK(o.out.find("  1. 2017-01-") != std::string::npos);
    CHECK(o.out.find("speakers: Dmitry Peskov") != std::string::npos);
    CHECK(o.out.find("**hacker**") != std::string::npos);
    CHECK(o.out.find("sections match (showing 1-2)") != std::string::npos);
    CHECK(o.out.find("speakers   Dmitry Peskov") != std::string::npos);
    CHECK(o.out.find("months") != std::string::npos);
    CHECK(o.out.find('\x1b') == std::string::npos);
}

TEST_CASE("search: no hits is exit 1 with a clear line")
{
    const auto o = e2e::search({"--db", SAMPLE_DB, "xylophonist"});
    CHECK(o.exit_code == 1);
    CHECK(o.out.empty());
    CHECK(o.err == "no sections match 'xylophonist'\n");
}

TEST_CASE("search: errors exit 2 and say what to do")
{
    const auto missing = e2e::search({"--db", std::string(SCRATCH_DIR) + "/no-such-index", "peskov"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("error: no index at ") != std::string::npos);
    CHECK(missing.err.find("hint: build one with: dateline-index --db ") != std::string::npos);

    const auto bad_date = e2e::search({"--db", SAMPLE_DB, "--since", "2017-1"});
    CHECK(bad_date.exit_code == 2);
    CHECK(bad_date.err == "error: invalid date '2017-1'\n"
                          "hint: dates are YYYY, YYYY-MM or YYYY-MM-DD (2017, 2017-01, 2017-01-12), today, yesterday, "
                          "or a time back from today (7d, 2w, 3m, 1y: days, weeks, months, years); "
                          "date: also takes ranges (2017-01..2017-03, ..2016, 2017..)\n");

    const auto bad_in_query = e2e::search({"--db", SAMPLE_DB, "date:2017-13"});
    CHECK(bad_in_query.exit_code == 2);
    CHECK(bad_in_query.err.find("invalid date '2017-13'") != std::string::npos);

    CHECK(e2e::search({"--db", SAMPLE_DB, "--sort", "sideways"}).exit_code == 2);
    CHECK(e2e::search({"--db", SAMPLE_DB, "--format", "xml"}).exit_code == 2);
    CHECK(e2e::search({"--db", SAMPLE_DB, "--match", "some"}).exit_code == 2);
    CHECK(e2e::search({"--db", SAMPLE_DB, "--timeline", "crimea"}).exit_code == 0);  // a query word, not a unit
    const auto normalize = e2e::search({"--db", SAMPLE_DB, "--normalize", "sanctions"});
    CHECK(normalize.exit_code == 2);
    CHECK(normalize.err == "error: --normalize divides a timeline: it needs --timeline\n"
                           "hint: add --timeline month (or day, week, year)\n");
}
