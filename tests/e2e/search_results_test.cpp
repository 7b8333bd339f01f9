// dateline-search's results end to end: per-article collapse, sort orders, recency, paging,
// --like, and the timeline.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <doctest/doctest.h>

#include "csv_reader.hpp"
#include "run.hpp"

using nlohmann::json;

namespace {

e2e::Output search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", SAMPLE_DB});
    return e2e::search(args);
}

}  // namespace

TEST_CASE("search results: --per-article gives one hit per article and counts the rest exactly")
{
    const auto sections = e2e::search_json({"sanctions", "--limit", "1000"});
    std::map<std::string, int> per_article;
    for (const auto& hit : sections["hits"])
        ++per_article[hit["article_id"]];
    const auto r = e2e::search_json({"sanctions", "--per-article", "--limit", "1000"});
    CHECK(r["per_article"] == true);
    CHECK(r["total"] == per_article.size());
    CHECK(r["total_sections"] == sections["total"]);
    CHECK(r["total_exact"] == true);
    for (const auto& hit : r["hits"]) {
        CAPTURE(hit["id"]);
        CHECK(hit["more_sections"].get<int>() + 1 == per_article[hit["article_id"]]);
    }
    const auto page = e2e::search_json({"sanctions", "--per-article", "--limit", "2"});
    CHECK(page["total"] == r["total"]);  // exact on a full page too
    CHECK(page["hits"][0]["id"] == r["hits"][0]["id"]);
    const auto text = search({"sanctions", "--per-article", "--limit", "3"});
    CHECK(text.out.find(std::to_string(per_article.size()) + " articles match (24 sections; showing 1-3)") !=
          std::string::npos);
    CHECK(text.out.find(" more sections of this article matched\n") != std::string::npos);
}

TEST_CASE("search results: sort by relevance, newest or oldest")
{
    const auto relevance = e2e::search_json({"sanctions", "--limit", "50"});
    for (std::size_t i = 1; i < relevance["hits"].size(); ++i)
        CHECK(relevance["hits"][i - 1]["score"].get<double>() >= relevance["hits"][i]["score"].get<double>());
    const auto newest = e2e::hit_values(e2e::search_json({"sanctions", "--sort", "newest", "--limit", "50"}), "date");
    CHECK(std::is_sorted(newest.rbegin(), newest.rend()));
    const auto oldest = e2e::hit_values(e2e::search_json({"sanctions", "--sort", "oldest", "--limit", "50"}), "date");
    CHECK(std::is_sorted(oldest.begin(), oldest.end()));
    CHECK(e2e::search_json({"sanctions", "--sort", "oldest"})["sort"] == "oldest");
}

TEST_CASE("search results: --recency favours newer stories by a half-life")
{
    const auto plain = e2e::search_json({"sanctions", "--limit", "50"});
    const auto year = e2e::search_json({"sanctions", "--recency", "--limit", "50"});
    CHECK(year["total"] == plain["total"]);
    std::map<std::string, double> base;
    for (const auto& hit : plain["hits"])
        base[hit["id"]] = hit["score"];
    for (const auto& hit : year["hits"])
        CHECK(hit["score"].get<double>() > base[hit["id"]]);  // every dated section gains
    // A short half-life puts the newest story first.
    const auto week = e2e::search_json({"sanctions", "--recency", "7d", "--limit", "1"});
    CHECK(week["hits"][0]["date"] == e2e::hit_values(e2e::search_json({"sanctions", "--sort", "newest", "--limit", "1"}), "date")[0]);
    const auto explained = search({"sanctions", "--recency", "30d", "--explain", "--limit", "0"});
    CHECK(explained.err.find(" x 0.5^(age / 30 days), age counted back from 2019-12-23\n") != std::string::npos);
    const auto clash = search({"sanctions", "--recency", "--sort", "newest"});
    CHECK(clash.exit_code == 2);
    CHECK(clash.err == "error: --recency ranks by relevance; it cannot be combined with --sort newest\n"
                       "hint: use --recency to favour newer stories, or --sort newest to order by date alone\n");
    const auto bad = search({"sanctions", "--recency", "0d"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "error: invalid half-life '0d'\n"
                     "hint: a half-life is a number of days, weeks, months or years: 30d, 2w, 6m, 1y\n");
}

TEST_CASE("search results: --offset and --limit have no hidden cap")
{
    const auto all = e2e::search_json({"--limit", "100000"});
    CHECK(all["hits"].size() == 101);
    CHECK(all["total"] == 101);
    CHECK(all["total_exact"] == true);
    const auto tail = e2e::search_json({"--offset", "100", "--limit", "10"});
    CHECK(tail["hits"].size() == 1);
    CHECK(tail["hits"][0]["rank"] == 101);
    CHECK(e2e::search_json({"--offset", "500"})["hits"].empty());
}

TEST_CASE("search results: --like finds sections of other articles like the given one")
{
    const auto r = e2e::search_json({"--like", e2e::compromising_section_id(), "--limit", "5"});
    REQUIRE_FALSE(r["hits"].empty());
    for (const auto& hit : r["hits"])
        CHECK(hit["article_id"] != e2e::compromising_article_id());
    // The two other sections about hacking allegations and cyber security come first (their
    // order is the weighting's call: BM25 and IneB2 differ).
    std::set<std::string> top{r["hits"][0]["title"], r["hits"][1]["title"]};
    CHECK(top == std::set<std::string>{"Peskov says Moscow still open to cyber security talks with Washington",
                                       "Lavrov hopes Trump administration will be more constructive on Syria"});
    const auto unknown = search({"--like", "feedfeedfeedfeed-9"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "error: no section or article with id 'feedfeedfeedfeed-9'\n"
                         "hint: ids are printed with each hit (id ...) and by dateline-search show\n");
}

TEST_CASE("search results: an option's value mistyped is an error, not a word of the query")
{
    // --recency 90 searched for "90 sanctions"; --timeline weekly for "weekly sanctions".
    const auto recency = search({"--recency", "90", "sanctions"});
    CHECK(recency.exit_code == 2);
    CHECK(recency.err.starts_with("error: invalid half-life '90'\nhint: "));
    CHECK(e2e::search_json({"--timeline", "weekly", "sanctions"})["timeline"]["unit"] == "week");
    CHECK(e2e::search_json({"--timeline", "weekly", "sanctions"})["query"] == "sanctions");
    const auto unit = search({"--timeline=fortnight", "sanctions"});
    CHECK(unit.exit_code == 2);
    CHECK(unit.err == "error: --timeline: fortnight is not day, week, month or year\n"
                      "hint: dateline-search --help lists the options\n");
}

TEST_CASE("search results: the timeline as data, with empty periods and shares")
{
    const auto r = e2e::search_json({"sanctions", "--timeline", "month", "--limit", "0"});
    const auto& t = r["timeline"];
    CHECK(t["unit"] == "month");
    CHECK(t["normalized"] == false);
    int sum = 0;
    std::string previous;
    for (const auto& p : t["periods"]) {
        CHECK(p["period"].get<std::string>() > previous);
        previous = p["period"];
        sum += p["count"].get<int>();
        CHECK(p["count"].get<int>() <= p["all"].get<int>());
    }
    CHECK(sum + t["undated"].get<int>() == r["total"].get<int>());
    CHECK(t["periods"].front()["period"] == "2016-06");
    CHECK(t["periods"].back()["period"] == "2019-12");
    CHECK(t["periods"].size() == 43);  // every month between, matched or not
    const auto years = e2e::search_json({"sanctions", "--timeline", "year", "--normalize", "--limit", "0"});
    CHECK(years["timeline"]["normalized"] == true);
    for (const auto& p : years["timeline"]["periods"])
        CHECK(p["share"].get<double>() == doctest::Approx(p["count"].get<double>() / p["all"].get<double>()));
    // The axis covers the filter's months even where nothing matched.
    const auto span = e2e::search_json({"crimea", "--since", "2017", "--until", "2017", "--timeline", "--limit", "0"});
    CHECK(span["timeline"]["periods"].size() == 12);
}

TEST_CASE("search results: the timeline in CSV, NDJSON and as a chart that fits the terminal")
{
    const auto csv = search({"sanctions", "--timeline", "year", "--format", "csv"});
    const auto rows = csv::parse(csv.out);
    CHECK(rows[0] == std::vector<std::string>{"period", "start", "end", "count", "all", "share"});
    CHECK(rows.size() == 5);  // 2016..2019
    CHECK(rows[1][0] == "2016");
    const auto ndjson = search({"sanctions", "--timeline", "year", "--format", "ndjson", "--limit", "0"});
    CHECK(ndjson.out.find("{\"type\":\"period\",\"period\":\"2016\",\"start\":\"2016-01-01\"") != std::string::npos);

    setenv("COLUMNS", "50", 1);
    const auto chart = search({"sanctions", "--timeline", "--limit", "0"});
    unsetenv("COLUMNS");
    CHECK(chart.out.find("matching sections per month, 2016-06..2019-12\npeak 4 in 2019-12\n") != std::string::npos);
    std::size_t lines = 0;
    for (std::size_t start = chart.out.find("matching sections per month"); start < chart.out.size();) {
        const auto end = chart.out.find('\n', start);
        const auto line = chart.out.substr(start, end - start);
        std::size_t width = 0;
        for (unsigned char c : line)
            width += (c & 0xC0) != 0x80;
        CHECK(width <= 50);
        ++lines;
        start = end + 1;
    }
    CHECK(lines > 10);
}

TEST_CASE("search: filters without a query list newest first and --sort oldest reverses")
{
    auto newest = e2e::hit_values(e2e::search_json({"--location", "Moscow", "--limit", "50"}), "date");
    REQUIRE(newest.size() > 5);
    CHECK(std::is_sorted(newest.rbegin(), newest.rend()));
    auto oldest = e2e::hit_values(e2e::search_json({"--location", "Moscow", "--limit", "50", "--sort", "oldest"}), "date");
    CHECK(std::is_sorted(oldest.begin(), oldest.end()));
    auto ranked_newest = e2e::hit_values(e2e::search_json({"sanctions", "--sort", "newest", "--limit", "50"}), "date");
    CHECK(std::is_sorted(ranked_newest.rbegin(), ranked_newest.rend()));
}

TEST_CASE("search: filters written in the query list newest first, as the options do")
{
    // Nothing in them weighs a section (every score is 0), so relevance would be index order.
    for (const char* typed : {"location:moscow", "speaker:peskov date:2017..2019", "NOT sanctions",
                              "location:moscow -sanctions"}) {
        CAPTURE(typed);
        const auto r = e2e::search_json({typed, "--limit", "50"});
        CHECK(r["sort"] == "newest");
        const auto dates = e2e::hit_values(r, "date");
        REQUIRE(dates.size() > 5);
        CHECK(std::is_sorted(dates.rbegin(), dates.rend()));
    }
    CHECK(e2e::search_json({"location:moscow"})["hits"] == e2e::search_json({"--location", "Moscow"})["hits"]);
    // A word among the filters ranks by relevance again.
    CHECK(e2e::search_json({"location:moscow sanctions"})["sort"] == "relevance");
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
