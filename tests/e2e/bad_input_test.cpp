// Bad input is reported per file with a reason, counted, and the rest is indexed.
#include <doctest/doctest.h>

#include "run.hpp"

using nlohmann::json;

TEST_CASE("bad input: each broken file is named with its reason and the rest is indexed")
{
    const auto dir = e2e::scratch("bad-input");
    const auto db = (dir / "db").string();
    const std::string in = std::string(TEST_DATA) + "/bad_input";
    const auto o = e2e::index({"--db", db, in});
    INFO("stderr: " << o.err);
    CHECK(o.exit_code == 3);  // some inputs skipped, the rest indexed
    CHECK(o.err.find(in + "/empty.txt: empty: no bytes") != std::string::npos);
    CHECK(o.err.find(in + "/blank.txt: empty: only whitespace") != std::string::npos);
    CHECK(o.err.find(in + "/binary.txt: binary") != std::string::npos);
    CHECK(o.err.find(in + "/no_article.txt: no article found") != std::string::npos);
    // Each WARC holds a good record (the same story twice: one duplicate) before its bad one.
    CHECK(o.err.find(in + "/warc-length-wrap.warc: bad record: record 2: malformed WARC header") != std::string::npos);
    CHECK(o.err.find(in + "/warc-chunk-wrap.warc: bad record: https://example.com/chunk: bad chunked encoding") !=
          std::string::npos);
    CHECK(o.err.find("9 files: 5 new, 0 changed, 0 unchanged, 0 removed; 4 articles, 5 sections, 1 duplicate; "
                     "0 warnings; 6 skipped (2 empty, 1 binary, 1 no article found, 2 bad record)") != std::string::npos);

    const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "--limit", "10"}).out);
    CHECK(r["total"] == 5);
    std::vector<std::string> places;
    for (const auto& f : r["facets"]["location"])
        places.push_back(f["value"]);
    std::sort(places.begin(), places.end());
    CHECK(places == std::vector<std::string>{"Berlin", "Geneva", "Moscow", "Paris"});
    const auto cafe = json::parse(e2e::search({"--db", db, "--format", "json", "café"}).out);
    CHECK(cafe["total"] == 1);
    CHECK(cafe["hits"][0]["location"] == "Paris");
}

TEST_CASE("bad input: a missing path is reported and the others are still indexed")
{
    const auto dir = e2e::scratch("missing-path");
    const auto o = e2e::index({"--db", (dir / "db").string(), (dir / "nowhere").string(),
                               std::string(TEST_DATA) + "/bad_input/2017-05-05-good.txt"});
    CHECK(o.exit_code == 3);
    CHECK(o.err.find((dir / "nowhere").string() + ": not found") != std::string::npos);
    CHECK(o.err.find("1 file: 1 new, 0 changed, 0 unchanged, 0 removed; 1 article, 1 section") != std::string::npos);
}

TEST_CASE("bad input: an archive of no bytes is reported as empty, as a file is")
{
    const auto dir = e2e::scratch("empty-archives");
    e2e::write_file(dir / "in" / "day.zip", "");
    e2e::write_file(dir / "in" / "day.tar.gz", "");
    const auto o = e2e::index({"--db", (dir / "db").string(), (dir / "in").string()});
    CHECK(o.exit_code == 3);
    CHECK(o.err.find("day.zip: empty: no bytes") != std::string::npos);
    CHECK(o.err.find("day.tar.gz: empty: no bytes") != std::string::npos);
    CHECK(o.err.find("2 skipped (2 empty)") != std::string::npos);
}
