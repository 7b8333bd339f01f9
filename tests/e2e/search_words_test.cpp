// Query words end to end: acronyms typed as letters, and the words an any-word query leaves
// out, the same on the command line and in --queries files.
#include <algorithm>
#include <sstream>

#include <unistd.h>

#include <doctest/doctest.h>

#include "run.hpp"

using nlohmann::json;

namespace {

// Three Reuters-style stories, one with a stray one-letter word a split `u s` would match.
std::string words_db()
{
    static const auto db = [] {
        // ctest runs each case in its own process, in parallel: one index per process, or
        // one case's scratch() wipes the index another is searching.
        const auto dir = e2e::scratch("query-words-" + std::to_string(::getpid()));
        e2e::write_file(dir / "feed.jsonl",
                        R"({"id": "w1", "title": "Talks resume", "text": "WASHINGTON, March 3 (Reuters) - U.S. officials said the trade talks with Japan would resume.", "date": "2017-03-03"})"
                        "\n"
                        R"({"id": "w2", "title": "Deficit narrows", "text": "WASHINGTON, March 4 (Reuters) - Exports rose, and the U.S. trade deficit narrowed.", "date": "2017-03-04"})"
                        "\n"
                        R"({"id": "w3", "title": "Treaty annex", "text": "GENEVA, March 5 (Reuters) - Annex S of the treaty lists the goods, the ministry said.", "date": "2017-03-05"})"
                        "\n");
        const auto path = (dir / "db").string();
        const auto o = e2e::index({"--db", path, (dir / "feed.jsonl").string()});
        REQUIRE(o.exit_code == 0);
        return path;
    }();
    return db;
}

json search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", words_db(), "--format", "json"});
    const auto o = e2e::search(args);
    INFO(o.err);
    REQUIRE((o.exit_code == 0 || o.exit_code == 1));
    return json::parse(o.out);
}

std::vector<std::string> external_ids(const json& result)
{
    std::vector<std::string> ids;
    for (const auto& hit : result["hits"])
        ids.push_back(hit["external_id"]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("search words: u.s., U.S., u s and U. S. find the same stories")
{
    const std::vector<std::string> both{"w1", "w2"};
    for (const char* typed : {"U.S.", "u.s.", "u s", "U. S.", "u.s. trade deficit"}) {
        CAPTURE(typed);
        CHECK(external_ids(search({typed, "--match", "any"})) == both);
    }
    CHECK(external_ids(search({"u.s."})) == both);
}

TEST_CASE("search words: a long query says in JSON and in text which words it left out")
{
    const auto r = search({"what did the ministry say about the treaty"});
    CHECK(r["match"] == "any");
    CHECK(r["dropped_words"] == json({"what", "did", "the", "about"}));
    CHECK(external_ids(r) == std::vector<std::string>{"w3"});
    CHECK(search({"treaty annex", "--match", "all"})["dropped_words"] == json::array());

    const auto text = e2e::search({"--db", words_db(), "what did the ministry say about the treaty"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Left out as too common to rank by: what, did, the, about.") != std::string::npos);
}

TEST_CASE("search words: a --queries file drops and joins words as the command line does")
{
    const auto dir = e2e::scratch("query-words-file");
    e2e::write_file(dir / "queries.txt", "what did the ministry say about the treaty\nu s trade\n");
    const auto o = e2e::search({"--db", words_db(), "--format", "ndjson", "--queries", (dir / "queries.txt").string()});
    INFO(o.err);
    REQUIRE(o.exit_code == 0);
    std::vector<json> summaries;
    std::istringstream lines(o.out);
    for (std::string line; std::getline(lines, line);)
        if (auto doc = json::parse(line); doc.contains("dropped_words"))
            summaries.push_back(doc);
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0]["dropped_words"] == search({"what did the ministry say about the treaty"})["dropped_words"]);
    CHECK(summaries[1]["total"] == search({"u s trade"})["total"]);
    CHECK(summaries[1]["total"] == 2);
}

TEST_CASE("search words: a short query does not require its stopwords, and says so")
{
    // w1 has trade and Japan but no "to": requiring it found nothing and fell back to any word.
    const auto r = search({"trade to japan"});
    CHECK(r["match"] == "all");
    CHECK(r["relaxed"] == false);
    CHECK(r["dropped_words"] == json({"to"}));
    CHECK(external_ids(r) == std::vector<std::string>{"w1"});
    // A single letter still counts in an all-word query: Annex S.
    CHECK(external_ids(search({"annex s"})) == std::vector<std::string>{"w3"});

    // Lower-case "or" is a word, not the operator: the text output says how to write it.
    const auto text = e2e::search({"--db", words_db(), "deficit or annex"});
    CHECK(text.out.find("Left out as too common to rank by: or. For either word, write OR in capitals.") !=
          std::string::npos);
    CHECK(external_ids(search({"deficit OR annex"})) == std::vector<std::string>{"w2", "w3"});
}
