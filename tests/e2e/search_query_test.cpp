// dateline-search's query language end to end: prefixes equal options, one date grammar,
// did-you-mean, relaxed matching, --explain.
#include <chrono>

#include <doctest/doctest.h>

#include "run.hpp"

using nlohmann::json;

namespace {

int total(const std::vector<std::string>& args)
{
    auto full = args;
    full.insert(full.end(), {"--limit", "0"});
    return e2e::search_json(full)["query_total"].get<int>();
}

std::vector<std::string> hit_ids(const std::vector<std::string>& args)
{
    auto full = args;
    full.insert(full.end(), {"--limit", "1000", "--sort", "oldest"});
    const auto result = e2e::search_json(full);  // not a temporary: the loop reads from it
    std::vector<std::string> ids;
    for (const auto& hit : result["hits"])
        ids.push_back(hit["id"]);
    return ids;
}

e2e::Output search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", SAMPLE_DB});
    return e2e::search(args);
}

}  // namespace

TEST_CASE("search query: every field prefix finds what its option finds")
{
    struct Case {
        std::vector<std::string> prefix, option;
    };
    const std::vector<Case> cases{
        {{"speaker:peskov"}, {"--speaker", "Peskov"}},
        {{"speaker:\"dmitry peskov\""}, {"--speaker", "Dmitry Peskov"}},
        {{"speaker:zakharova speaker:nebenzya"}, {"--speaker", "Zakharova", "--speaker", "Nebenzya"}},
        {{"location:\"united nations\""}, {"--location", "United Nations"}},
        {{"agency:tass"}, {"--agency", "TASS"}},
        {{"date:2017-01"}, {"--since", "2017-01", "--until", "2017-01"}},
        {{"date:2017"}, {"--since", "2017", "--until", "2017"}},
        {{"date:2017-01..2017-03"}, {"--since", "2017-01", "--until", "2017-03"}},
        {{"date:..2016"}, {"--until", "2016"}},
        {{"date:2019.."}, {"--since", "2019"}},
        {{"date:2017-01-11"}, {"--since", "2017-01-11", "--until", "2017-01-11"}},
        {{"sanctions speaker:lavrov"}, {"sanctions", "--speaker", "Lavrov"}},
        {{"sanctions location:moscow date:2018"}, {"sanctions", "--location", "Moscow", "--since", "2018", "--until", "2018"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.prefix[0]);
        const auto by_prefix = hit_ids(c.prefix);
        CHECK_FALSE(by_prefix.empty());
        CHECK(by_prefix == hit_ids(c.option));
    }
    CHECK(total({"organization:\"foreign ministry\""}) == total({"--organization", "Foreign Ministry"}));
}

TEST_CASE("search query: an option's value never swallows a query word")
{
    CHECK(hit_ids({"--speaker", "Peskov", "sanctions"}) == hit_ids({"sanctions", "--speaker", "Peskov"}));
    CHECK(total({"--speaker", "Peskov", "sanctions"}) == 7);
}

TEST_CASE("search query: booleans, phrases, NEAR, -word and word* with prefixes")
{
    CHECK(total({"title:sanctions"}) > 0);
    CHECK(total({"title:sanctions -speaker:peskov"}) == total({"title:sanctions"}) - total({"title:sanctions speaker:peskov"}));
    CHECK(total({"speaker:pesk*"}) == total({"speaker:peskov"}));
    CHECK(total({"\"hacker attacks\""}) > 0);
    CHECK(total({"hacker NEAR/1 attacks"}) == total({"\"hacker attacks\""}));
    CHECK(total({"heading:\"hacker attacks\""}) == 1);  // "On alleged hacker attacks"
    CHECK(total({"speaker:lavrov OR speaker:peskov"}) == total({"--speaker", "Lavrov", "--speaker", "Peskov"}));
    CHECK(total({"date:2017 OR date:2019"}) == total({"date:2017"}) + total({"date:2019"}));
}

TEST_CASE("search query: one date grammar, from a century back to days back from today")
{
    CHECK(total({"--until", "1969"}) == 0);  // accepted; the sample starts in 2016
    CHECK(total({"date:1900..1969"}) == 0);
    CHECK(total({"--since", "100y"}) == 101);
    CHECK(total({"date:100y"}) == 101);
    CHECK(total({"--since", "yesterday"}) == total({"date:yesterday.."}));
    CHECK(total({"--until", "today"}) == 101);
    const auto bad = search({"date:2018..2017"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "error: date range '2018..2017' ends before it starts\nhint: put the earlier date first, e.g. 2017..2018\n");
    for (const char* form : {"2017-1", "17", "January", "2017/01", "7x", "-7d"}) {
        CAPTURE(form);
        const auto o = search({"--since", form});
        CHECK(o.exit_code == 2);
        CHECK(o.err.starts_with("error: invalid date '" + std::string(form) + "'\nhint: dates are YYYY, YYYY-MM"));
    }
}

TEST_CASE("search query: peskof suggests peskov and shows its results")
{
    const auto o = search({"peskof", "--limit", "1"});
    CHECK(o.exit_code == 1);  // the query as typed matched nothing
    CHECK(o.err == "no sections match 'peskof'\n");
    CHECK(o.out.starts_with("Nothing matches 'peskof'. Showing results for 'peskov'.\n\n  1. "));
    const auto r = e2e::search_json({"peskof"});
    CHECK(r["suggestion"] == "peskov");
    CHECK(r["corrected"] == true);
    CHECK(r["query_total"] == 0);
    CHECK(r["total"] == e2e::search_json({"peskov"})["total"]);
    const auto lavrof = e2e::search_json({"lavrof sanctions"});
    CHECK(lavrof["suggestion"] == "lavrov sanctions");
    // A known word with a typo beside it: the suggestion is offered with the hits.
    const auto either = e2e::search_json({"sanctions OR zirkon"});
    CHECK(either["suggestion"] == "sanctions OR zircon");
    CHECK(either["corrected"] == false);
    CHECK(either["query_total"].get<int>() > 0);
}

TEST_CASE("search query: a word the index has only other forms of is no typo, and a field name is never corrected")
{
    // "sanction" and "decade" appear only as "sanctions" and "decades": their stems match.
    for (const char* word : {"sanction", "decade"}) {
        CAPTURE(word);
        const auto r = e2e::search_json({word});
        CHECK(r["total"].get<int>() > 0);
        CHECK(r["suggestion"].is_null());
    }
    CHECK(e2e::search_json({"sanction"})["total"] == e2e::search_json({"sanctions"})["total"]);
    // "title:" alone was corrected to "time:" and searched for it.
    const auto field = e2e::search_json({"title:"});
    CHECK(field["suggestion"].is_null());
    CHECK(field["corrected"] == false);
    CHECK(e2e::search_json({"title:kremlin peskof"})["suggestion"] == "title:kremlin peskov");
}

TEST_CASE("search query: all words by default, any word on request, and said so when relaxed")
{
    const auto strict = e2e::search_json({"icebreaker cosmodrome"});
    CHECK(strict["query_total"] == 0);
    CHECK(strict["relaxed"] == true);
    CHECK(strict["match"] == "any");
    CHECK(strict["total"] == total({"icebreaker OR cosmodrome"}));
    const auto any = e2e::search_json({"icebreaker cosmodrome", "--match", "any"});
    CHECK(any["query_total"] == strict["total"]);
    CHECK(any["relaxed"] == false);
    const auto o = search({"icebreaker cosmodrome"});
    CHECK(o.exit_code == 1);
    CHECK(o.out.starts_with("No section has all the words of 'icebreaker cosmodrome'. Showing sections with any of them.\n"));
}

TEST_CASE("search query: --explain shows the parsed query and the filters on stderr")
{
    const auto o = search({"hacker attacks", "--speaker", "Peskov", "--since", "2017-01", "--explain", "--format", "json"});
    CHECK(o.exit_code == 0);
    CHECK(o.err.find("explain: words        Query((Zhacker@1 AND Zattack@2))\n") != std::string::npos);
    CHECK(o.err.find("explain: filters      speaker: peskov; date: 2017-01-01..\n") != std::string::npos);
    CHECK(o.err.find("explain: xapian       Query(((Zhacker@1 AND Zattack@2) FILTER (XSPEAKER:peskov AND VALUE_GE 0 20170101)))\n") !=
          std::string::npos);
    CHECK(json::parse(o.out)["total"] == 3);  // stdout stays pure JSON
}

TEST_CASE("search query: a filter value no section has is pointed out")
{
    const auto o = search({"--speaker", "Peskof"});
    CHECK(o.exit_code == 1);
    CHECK(o.err == "note: no section has speaker 'Peskof'; dateline-search values lists them all\n"
                   "no sections match with these filters\n");
}

TEST_CASE("search query: a filter value no section has is pointed out when written in the query too")
{
    const auto o = search({"speaker:peskof sanctions"});
    CHECK(o.exit_code == 1);
    CHECK(o.err.starts_with("note: no section has speaker 'peskof'; dateline-search values lists them all\n"));
    CHECK(e2e::search_json({"speaker:peskov"})["unknown_filter_values"] == nlohmann::json::array());
}

TEST_CASE("search query: a month: or year: that is no month or year is an error, not an empty result")
{
    for (const char* typed : {"sanctions month:2017", "month:2017-13", "month:2017-01..2017-03", "year:17",
                              "year:2016..2017"}) {
        CAPTURE(typed);
        const auto o = search({typed});
        CHECK(o.exit_code == 2);
        CHECK(o.err.starts_with("error: invalid "));
        CHECK(o.err.find("hint: write ") != std::string::npos);
    }
    // The forms that are months and years, and a month's wildcard.
    const auto january = e2e::search_json({"month:2017-01"})["total"];
    CHECK(january.get<int>() > 0);
    CHECK(e2e::search_json({"month:201701"})["total"] == january);
    CHECK(e2e::search_json({"year:2017"})["total"] == e2e::search_json({"month:2017*"})["total"]);
}

TEST_CASE("search query: a phrase inside quote: matches words said together, in one quote")
{
    const auto r = e2e::search_json({"quote:\"hacker attacks\"", "--limit", "5"});
    REQUIRE(r["total"].get<int>() >= 1);
    for (const auto& hit : r["hits"])
        CHECK(hit["speakers"].dump().find("Peskov") != std::string::npos);
    CHECK(e2e::search_json({"quote:\"attacks hacker\"", "--limit", "0"})["total"] == 0);
}

TEST_CASE("search query: --quotes searches only what people said and shows each quote with its speaker")
{
    const auto r = e2e::search_json({"--quotes", "elections", "--limit", "20"});
    REQUIRE(r["total"].get<int>() >= 1);
    // Fewer sections than a search of the whole text: words outside quotes do not count.
    CHECK(r["total"].get<int>() < e2e::search_json({"elections", "--limit", "0"})["total"].get<int>());
    for (const auto& hit : r["hits"]) {
        REQUIRE_FALSE(hit["matched_quotes"].empty());
        for (const auto& q : hit["matched_quotes"]) {
            CHECK(q["text"].get<std::string>().find("**") != std::string::npos);
            CHECK_FALSE(q["speaker"].is_null());
        }
    }
    const auto by_peskov = e2e::search_json({"--quotes", "hacker", "--speaker", "Peskov", "--limit", "20"});
    REQUIRE(by_peskov["total"].get<int>() >= 1);
    for (const auto& hit : by_peskov["hits"])
        for (const auto& q : hit["matched_quotes"])
            CHECK(q["speaker"] == "Dmitry Peskov");
    const auto text = e2e::search({"--db", SAMPLE_DB, "--quotes", "hacker", "--speaker", "Peskov", "--limit", "1"});
    CHECK(text.out.find("\u201D \u2014 Dmitry Peskov\n") != std::string::npos);
}

TEST_CASE("search query: --threads is checked, and accepted without changing a result")
{
    // The sample is below the parallel threshold, so this cannot show threads counting: the
    // unit tests search/counting do (a 100,000-section search among them).
    auto one = e2e::search_json({"sanctions", "--threads", "1", "--facets", "50"});
    auto four = e2e::search_json({"sanctions", "--threads", "4", "--facets", "50"});
    one.erase("took_ms");
    four.erase("took_ms");
    CHECK(one == four);
    const auto refused = e2e::search({"--db", SAMPLE_DB, "sanctions", "--threads", "0"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("--threads") != std::string::npos);
}

TEST_CASE("search query: a query over 1,000 words or 64 KB is refused at once with exit 2")
{
    // One argument per word, as a shell passes them (one argument may not exceed 128 KiB).
    const auto query = [](int words) {
        std::vector<std::string> args{"--db", SAMPLE_DB};
        for (int i = 0; i < words; ++i)
            args.push_back("w" + std::to_string(i));
        return args;
    };
    const auto start = std::chrono::steady_clock::now();
    const auto many = e2e::search(query(65000));  // took 30 s before the limit
    CHECK(many.exit_code == 2);
    CHECK(many.err.find("error: the query is 443889 bytes long; the most a query may have is 65536") !=
          std::string::npos);
    const auto one_word_over = e2e::search(query(1001));
    CHECK(one_word_over.exit_code == 2);
    CHECK(one_word_over.err.find("error: the query has 1001 words; the most a query may have is 1000") !=
          std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    // At the limit the query runs.
    CHECK(e2e::search(query(1000)).exit_code <= 1);
}

TEST_CASE("search: --speaker matches full name or surname in any case, and several are alternatives")
{
    const int peskov = e2e::search_total({"--speaker", "Peskov", "--limit", "0"});
    CHECK(peskov > 0);
    CHECK(e2e::search_total({"--speaker", "peskov", "--limit", "0"}) == peskov);
    CHECK(e2e::search_total({"--speaker", "Dmitry Peskov", "--limit", "0"}) == peskov);
    CHECK(e2e::search_total({"--speaker", "DMITRY  PESKOV", "--limit", "0"}) == peskov);
    const int lavrov = e2e::search_total({"--speaker", "Lavrov", "--limit", "0"});
    const int both = e2e::search_total({"--speaker", "Lavrov", "--speaker", "Peskov", "--limit", "0"});
    CHECK(both > std::max(peskov, lavrov));
    CHECK(both <= peskov + lavrov);
    const auto peskov_hits = e2e::search_json({"--speaker", "peskov", "--limit", "100"});
    for (const auto& hit : peskov_hits["hits"]) {
        const auto speakers = hit["speakers"].get<std::vector<std::string>>();
        CHECK(std::find(speakers.begin(), speakers.end(), "Dmitry Peskov") != speakers.end());
    }
    CHECK(e2e::search_total({"--speaker", "Peskov", "--location", "Moscow", "--limit", "0"}) < peskov);
}

TEST_CASE("search: the query prefixes speaker: and location: mean what the options mean")
{
    CHECK(e2e::search_total({"speaker:peskov", "--limit", "0"}) == e2e::search_total({"--speaker", "Peskov", "--limit", "0"}));
    CHECK(e2e::search_total({"location:\"st. petersburg\"", "--limit", "0"}) ==
          e2e::search_total({"--location", "St. Petersburg", "--limit", "0"}));
    CHECK(e2e::search_total({"sanctions speaker:lavrov", "--limit", "0"}) == e2e::search_total({"sanctions", "--speaker", "Lavrov", "--limit", "0"}));
}

TEST_CASE("search: --since and --until take whole periods, inclusive")
{
    const auto r = e2e::search_json({"--since", "2017-02", "--until", "2017-03", "--limit", "200"});
    REQUIRE(r["total"].get<int>() > 0);
    CHECK(r["hits"].size() == r["total"].get<std::size_t>());
    for (const auto& d : e2e::hit_values(r, "date")) {
        CHECK(d >= "2017-02-01");
        CHECK(d <= "2017-03-31");
    }
    const int year = e2e::search_total({"--since", "2017", "--until", "2017", "--limit", "0"});
    int months = 0;
    for (int m = 1; m <= 12; ++m) {
        const auto month = "2017-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
        months += e2e::search_total({"--since", month, "--until", month, "--limit", "0"});
    }
    CHECK(year == months);
    // Reversed bounds could match nothing: refused rather than silently empty.
    const auto reversed = e2e::search({"--db", SAMPLE_DB, "--since", "2017-01-12", "--until", "2017-01-11"});
    CHECK(reversed.exit_code == 2);
    CHECK(reversed.err == "error: --since 2017-01-12 is after --until 2017-01-11: nothing can match\n"
                          "hint: --since takes the earlier date, --until the later one\n");
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
