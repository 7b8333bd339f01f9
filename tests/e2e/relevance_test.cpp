// What relevance evaluation needs from the binaries: a source's own story id on every hit
// (external_id), and the ranking options (--bm25, --match auto|all|any) on the command line.
// The pinned Reuters MAP itself is the ctest e2e/relevance-reuters-map (bench/check-relevance).
#include <doctest/doctest.h>

#include "csv_reader.hpp"
#include "run.hpp"

using nlohmann::json;

namespace {

const std::string Stories = std::string(TEST_DATA) + "/formats/jsonl/stories.jsonl";

// The three stories of tests/data/formats as JSON Lines; only the Reuters record has an "id".
std::string stories_db()
{
    static const std::string db = [] {
        const auto dir = e2e::scratch("relevance-jsonl");
        const auto o = e2e::index({"--db", (dir / "db").string(), Stories});
        REQUIRE(o.exit_code == 0);
        return (dir / "db").string();
    }();
    return db;
}

e2e::Output search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", stories_db()});
    return e2e::search(args);
}

}  // namespace

TEST_CASE("relevance: a JSON record's id is the hit's external_id, in JSON, NDJSON and CSV, and in --dump")
{
    const auto hits = json::parse(search({"--format", "json", "--limit", "10"}).out)["hits"];
    REQUIRE(hits.size() >= 3);
    int with_id = 0;
    for (const auto& h : hits) {
        CAPTURE(h["title"]);
        if (h["agency"] == "Reuters") {
            CHECK(h["external_id"] == "idUSKCN1PL0Q7");
            ++with_id;
        } else {
            CHECK(h["external_id"].is_null());
        }
    }
    CHECK(with_id == 1);

    const auto ndjson = search({"--format", "ndjson", "--limit", "10", "houston"}).out;
    CHECK(json::parse(ndjson.substr(0, ndjson.find('\n')))["external_id"] == "idUSKCN1PL0Q7");

    const auto rows = csv::parse(search({"--format", "csv", "--limit", "10", "houston"}).out);
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0].back() == "external_id");
    CHECK(rows[1].back() == "idUSKCN1PL0Q7");

    const auto dump = e2e::index({"--dump", Stories}).out;
    CHECK(dump.find(R"("external_id":"idUSKCN1PL0Q7")") != std::string::npos);
}

TEST_CASE("relevance: --bm25 sets the ranking parameters, and a bad value is refused by name")
{
    const auto o = e2e::search({"--db", SAMPLE_DB, "sanctions", "--bm25", "k1=1.2,b=0.75", "--explain", "--limit", "1"});
    CHECK(o.exit_code == 0);
    CHECK(o.err.find("explain: ranking      BM25 k1=1.2 k2=0 k3=1 b=0.75 min_normlen=0.5\n") != std::string::npos);

    const auto bad = e2e::search({"--db", SAMPLE_DB, "sanctions", "--bm25", "b=2"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("error: invalid --bm25 'b=2': b must be a number from 0 to 1\n") != std::string::npos);
    CHECK(bad.err.find("hint: ") != std::string::npos);
}

TEST_CASE("relevance: a query of 3 words or more matches any of them unless --match all")
{
    const auto any = e2e::search_json({"sanctions gas pipeline", "--limit", "0"});
    CHECK(any["match"] == "any");
    CHECK_FALSE(any["relaxed"].get<bool>());
    const auto sanctions = e2e::search_json({"sanctions", "--limit", "0"})["total"].get<int>();
    CHECK(any["total"].get<int>() >= sanctions);  // every section with any of the words

    const auto all = e2e::search_json({"sanctions gas pipeline", "--match", "all", "--limit", "0"});
    const bool all_words = all["match"] == "all";
    CHECK((all_words || all["relaxed"].get<bool>()));  // all words, relaxed only if none has all
    CHECK(all["query_total"].get<int>() < any["total"].get<int>());

    CHECK(e2e::search_json({"hacker attacks", "--limit", "0"})["match"] == "all");  // two words: all of them

    const auto text = e2e::search({"--db", SAMPLE_DB, "sanctions gas pipeline", "--limit", "1"});
    CHECK(text.out.find("Sections with any of the words, best first (3 words or more; --match all requires "
                        "every word).\n") < text.out.find("  1. "));  // a notice before the hits
    CHECK(e2e::search({"--db", SAMPLE_DB, "sanctions", "--match", "some"}).exit_code == 2);
}
