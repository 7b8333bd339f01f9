// dateline-search --queries: many queries in one process, each exactly as if it had been given
// on the command line, bad lines reported by number without stopping the rest.
#include <sstream>

#include <doctest/doctest.h>

#include "json_shape.hpp"
#include "run.hpp"
#include "same_results.hpp"

using nlohmann::json;

namespace {

const std::vector<std::string> Queries{"hacker attacks", "speaker:peskov", "peskof", "sanctions date:2017"};

// Concatenated JSON documents, as --queries --format json prints them.
std::vector<json> parse_stream(const std::string& text)
{
    std::vector<json> docs;
    std::istringstream in(text);
    while (in >> std::ws, in.peek() != std::char_traits<char>::eof()) {
        json doc;
        in >> doc;
        docs.push_back(std::move(doc));
    }
    return docs;
}

std::filesystem::path query_file(const std::string& name, const std::string& text)
{
    const auto path = e2e::scratch("queries-" + name) / "queries.txt";
    e2e::write_file(path, text);
    return path;
}

}  // namespace

TEST_CASE("search --queries: every line is searched as on the command line, the options applying to each")
{
    std::string text = "# the questions of the week\n\n";
    for (const auto& q : Queries)
        text += q + "\r\n";  // written on Windows: the \r is not part of the query
    const auto path = query_file("file", text);
    const std::vector<std::string> options{"--db", SAMPLE_DB, "--format", "json", "--limit", "3", "--facets", "2"};

    auto args = options;
    args.insert(args.end(), {"--queries", path.string()});
    const auto o = e2e::search(args);
    INFO("stderr: " << o.err);
    CHECK(o.exit_code == 0);  // peskof finds Peskov's sections through did-you-mean: still not an error
    const auto docs = parse_stream(o.out);
    REQUIRE(docs.size() == Queries.size());
    for (std::size_t i = 0; i < Queries.size(); ++i) {
        INFO("query: " << Queries[i]);
        CHECK(shape::check(docs[i], "search") == "");
        auto single = options;
        single.push_back(Queries[i]);
        const auto alone = e2e::search(single);
        REQUIRE((alone.exit_code == 0 || alone.exit_code == 1));
        CHECK(e2e::without_timing(docs[i]) == e2e::without_timing(json::parse(alone.out)));
        CHECK(docs[i]["limit"] == 3);
        CHECK(docs[i]["facets"]["speaker"].size() <= 2);
    }
    CHECK(docs[0]["total"].get<int>() > 0);

    SUBCASE("from stdin, the same results")
    {
        auto piped = options;
        piped.insert(piped.end(), {"--queries", "-"});
        const auto p = e2e::search(piped, path);
        CHECK(p.exit_code == 0);
        const auto from_stdin = parse_stream(p.out);
        REQUIRE(from_stdin.size() == docs.size());
        for (std::size_t i = 0; i < docs.size(); ++i)
            CHECK(e2e::without_timing(from_stdin[i]) == e2e::without_timing(docs[i]));
    }
    SUBCASE("NDJSON: each query's lines end with its summary")
    {
        auto nd = options;
        nd[3] = "ndjson";
        nd.insert(nd.end(), {"--queries", path.string()});
        std::istringstream lines(e2e::search(nd).out);
        std::vector<std::string> summaries;
        int hits = 0;
        for (std::string line; std::getline(lines, line);) {
            const auto record = json::parse(line);
            if (record["type"] == "summary")
                summaries.push_back(record["query"]);
            else
                hits += record["type"] == "hit";
        }
        CHECK(summaries == Queries);
        CHECK(hits > 0);
    }
}

TEST_CASE("search --queries: a line that cannot be parsed is named by number, the others still run")
{
    const auto path = query_file("bad", "sanctions\n# a comment counts as a line\nAND AND\nhacker attacks\n");
    const auto o = e2e::search({"--db", SAMPLE_DB, "--format", "json", "--queries", path.string()});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("queries.txt:3: cannot parse query 'AND AND'") != std::string::npos);
    // One object per query, the failed one included: a script reading answers stays in step.
    const auto docs = parse_stream(o.out);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0]["query"] == "sanctions");
    CHECK(docs[1] == json({{"format_version", 1}, {"query", "AND AND"},
                           {"error", docs[1]["error"]}}));
    CHECK(docs[1]["error"].get<std::string>().starts_with("cannot parse query 'AND AND'"));
    CHECK(docs[2]["query"] == "hacker attacks");
    const auto nd = e2e::search({"--db", SAMPLE_DB, "--format", "ndjson", "--limit", "0", "--queries", path.string()});
    const auto lines = parse_stream(nd.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]["type"] == "summary");
    CHECK(lines[1]["type"] == "error");
    CHECK(lines[1]["query"] == "AND AND");
    CHECK(lines[2]["type"] == "summary");
}

TEST_CASE("search --queries: refused with a reason when it cannot work")
{
    const auto path = query_file("refused", "sanctions\n");
    const auto with_words = e2e::search({"--db", SAMPLE_DB, "--queries", path.string(), "sanctions"});
    CHECK(with_words.exit_code == 2);
    CHECK(with_words.err.find("give no query on the command line") != std::string::npos);
    const auto csv = e2e::search({"--db", SAMPLE_DB, "--format", "csv", "--queries", path.string()});
    CHECK(csv.exit_code == 2);
    CHECK(csv.err.find("--format json") != std::string::npos);
    const auto missing = e2e::search({"--db", SAMPLE_DB, "--queries", (path.parent_path() / "nope.txt").string()});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("cannot read queries from") != std::string::npos);
    CHECK(missing.err.find("nope.txt") != std::string::npos);
}

TEST_CASE("search --queries: text output heads each query's results with it")
{
    const auto path = query_file("text", "hacker attacks\nsanctions\n");
    const auto o = e2e::search({"--db", SAMPLE_DB, "--queries", path.string(), "--limit", "1"});
    CHECK(o.exit_code == 0);
    const auto first = o.out.find("== hacker attacks\n");
    const auto second = o.out.find("== sanctions\n");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first == 0);
    CHECK(o.out.find("sections match", first) < second);  // the first query's totals before the second
}

TEST_CASE("search --queries: a folder is refused, not read as an empty file")
{
    const auto dir = e2e::scratch("queries-folder");
    const auto o = e2e::search({"--db", SAMPLE_DB, "--queries", dir.string()});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("error: --queries reads a file, and " + dir.string() + " is a folder") != std::string::npos);
    CHECK(o.out.empty());
}

TEST_CASE("search --queries: a line over 64 KB stops the run, named by number, without reading it whole")
{
    const auto path = query_file("long-line", "sanctions\n" + std::string(200000, 'a') + "\nhacker attacks\n");
    const auto o = e2e::search({"--db", SAMPLE_DB, "--format", "json", "--queries", path.string()});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("queries.txt:2: the line is longer than 65536 bytes, the most a query may have") !=
          std::string::npos);
    const auto docs = parse_stream(o.out);
    REQUIRE(docs.size() == 1);  // the query before it ran
    CHECK(docs[0]["query"] == "sanctions");
}

TEST_CASE("search --queries: a stream with no line end at all (/dev/zero) stops at 64 KB")
{
    const auto o = e2e::search({"--db", SAMPLE_DB, "--queries", "-"}, "/dev/zero");
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("error: stdin:1: the line is longer than 65536 bytes") != std::string::npos);
}

TEST_CASE("search --queries: a line over 1,000 words is refused by number, the others still run")
{
    std::string words;
    for (int i = 0; i < 1001; ++i)
        words += (i ? " w" : "w") + std::to_string(i);
    const auto path = query_file("many-words", "sanctions\n" + words + "\nhacker attacks\n");
    const auto o = e2e::search({"--db", SAMPLE_DB, "--format", "json", "--queries", path.string()});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("queries.txt:2: the query has 1001 words; the most a query may have is 1000") !=
          std::string::npos);
    const auto docs = parse_stream(o.out);
    REQUIRE(docs.size() == 3);
    CHECK(docs[1]["error"] == "the query has 1001 words; the most a query may have is 1000");
}
