// dateline-search's output formats end to end: JSON against the documented shapes, NDJSON
// line by line, CSV parsed back, no colour off a terminal, and a reader that hangs up early.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "csv_reader.hpp"
#include "json_shape.hpp"
#include "run.hpp"

extern char** environ;

using nlohmann::json;

namespace {

e2e::Output search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", SAMPLE_DB});
    return e2e::search(args);
}

// Runs dateline-search with stdout on a pipe whose reader has already gone, as `| head` leaves it.
e2e::Output run_into_closed_pipe(const std::vector<std::string>& args)
{
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const auto err_path = e2e::scratch("closed-pipe") / "err";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> full{DATELINE_SEARCH, "--db", SAMPLE_DB};
    full.insert(full.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : full)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    close(fds[0]);  // nobody will read
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, DATELINE_SEARCH, &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    std::ostringstream err;
    err << std::ifstream(err_path).rdbuf();
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), "", err.str()};
}

}  // namespace

TEST_CASE("search formats: JSON of every command has its documented shape")
{
    const auto hits = e2e::search_json({"sanctions", "--per-article", "--timeline", "--limit", "5"});
    CHECK(shape::check(hits, "search") == "");
    CHECK(hits["format_version"] == 1);
    CHECK(shape::check(e2e::search_json({"xylophonist"}), "search") == "");
    const auto show = json::parse(search({"show", e2e::compromising_section_id(), "--article", "--format", "json"}).out);
    CHECK(shape::check(show, "show") == "");
    const auto stats = json::parse(search({"stats", "--format", "json"}).out);
    CHECK(shape::check(stats, "stats") == "");
    const auto values = json::parse(search({"values", "speaker", "--format", "json"}).out);
    CHECK(shape::check(values, "values") == "");
}

TEST_CASE("search formats: NDJSON is one JSON object per line, hits first, the summary last")
{
    const auto o = search({"sanctions", "--format", "ndjson", "--limit", "7"});
    CHECK(o.exit_code == 0);
    std::istringstream in(o.out);
    std::vector<json> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(json::parse(line));
    REQUIRE(lines.size() == 8);
    for (std::size_t i = 0; i < 7; ++i) {
        CHECK(lines[i]["type"] == "hit");
        CHECK(lines[i]["rank"] == i + 1);
    }
    CHECK(lines.back()["type"] == "summary");
    CHECK(lines.back()["total"] == 24);
    CHECK_FALSE(lines.back().contains("hits"));
    const auto values = search({"values", "year", "--format", "ndjson"});
    CHECK(values.out.starts_with("{\"type\":\"value\",\"field\":\"year\",\"value\":\"2016\",\"count\":18}\n"));
}

TEST_CASE("search formats: CSV parses back, with RFC 4180 quoting")
{
    const auto o = search({"sanctions", "--format", "csv", "--limit", "30"});
    CHECK(o.exit_code == 0);
    const auto rows = csv::parse(o.out);
    REQUIRE(rows.size() == 25);
    CHECK(rows[0][0] == "rank");
    const auto json_hits = e2e::search_json({"sanctions", "--limit", "30"})["hits"];
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CAPTURE(i);
        REQUIRE(rows[i].size() == 17);  // the columns README lists, external_id last
        CHECK(rows[i][1] == json_hits[i - 1]["id"]);
        CHECK(rows[i][8] == json_hits[i - 1]["title"]);
        CHECK(rows[i][12] == json_hits[i - 1]["snippet"]);  // quotes and commas survive the round trip
    }
    const auto values = csv::parse(search({"values", "location", "--format", "csv", "--limit", "2"}).out);
    CHECK(values == std::vector<std::vector<std::string>>{{"value", "count"}, {"Moscow", "56"}, {"United Nations", "9"}});
}

TEST_CASE("search formats: no colour when not on a terminal or with NO_COLOR")
{
    for (const auto& args : std::vector<std::vector<std::string>>{{"sanctions", "--timeline"},
                                                                   {"show", e2e::compromising_section_id()},
                                                                   {"stats"},
                                                                   {"values", "agency"}})
        CHECK(search(args).out.find('\x1b') == std::string::npos);
}

TEST_CASE("search formats: a reader that goes away is not an error")
{
    for (const char* format : {"text", "json", "ndjson", "csv"}) {
        CAPTURE(format);
        const auto o = run_into_closed_pipe({"--limit", "1000", "--format", format});
        CHECK(o.exit_code == 0);
        CHECK(o.err == "");
    }
    const auto show = run_into_closed_pipe({"show", e2e::compromising_article_id(), "--format", "text"});
    CHECK(show.exit_code == 0);
    CHECK(show.err == "");
}

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
