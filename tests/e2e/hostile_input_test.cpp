// Hostile input (issue 15) costs bounded time and memory: each case runs under a watch that
// kills the indexer past its time or memory, names the file with its reason, and checks that
// the good stories beside the bad one are indexed.
#include <fstream>
#include <set>
#include <sstream>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "bounded.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string BadInput = std::string(TEST_DATA) + "/bad_input/";

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Indexes `inputs` into <scratch>/name/db under the watch; every case here must finish well
// inside both bounds.
e2e::Bounded index_watched(const std::string& name, const std::vector<std::string>& inputs, double seconds = 5,
                           long rss_mb = 512)
{
    std::vector<std::string> args{"--db", (fs::path(SCRATCH_DIR) / name / "db").string()};
    args.insert(args.end(), inputs.begin(), inputs.end());
    auto b = e2e::index_bounded(args, seconds, rss_mb);
    INFO("stderr: " << b.output.err);
    MESSAGE(name << ": " << b.seconds << " s, peak " << b.peak_rss_mb << " MB");
    CHECK_FALSE(b.killed);
    CHECK(b.seconds < seconds);
    CHECK(b.peak_rss_mb < rss_mb);
    return b;
}

json search(const std::string& name, const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", (fs::path(SCRATCH_DIR) / name / "db").string(), "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = e2e::search(full);
    INFO("stderr: " << o.err);
    REQUIRE((o.exit_code == 0 || o.exit_code == 1));
    return json::parse(o.out);
}

}  // namespace

TEST_CASE("hostile input: a WARC Content-Length near 2^64 ends the file, it does not loop")
{
    const auto file = BadInput + "warc-length-wrap.warc";
    e2e::scratch("warc-length-wrap");
    const auto b = index_watched("warc-length-wrap", {file});
    CHECK(b.output.exit_code == 3);
    CHECK(has(b.output.err, file + ": bad record: record 2: malformed WARC header; the rest is not read"));
    CHECK(has(b.output.err, "1 article,"));  // the good record before it
}

TEST_CASE("hostile input: a chunk size near 2^64 in a WARC payload is bad chunked encoding")
{
    const auto file = BadInput + "warc-chunk-wrap.warc";
    e2e::scratch("warc-chunk-wrap");
    const auto b = index_watched("warc-chunk-wrap", {file});
    CHECK(b.output.exit_code == 3);
    CHECK(has(b.output.err, file + ": bad record: https://example.com/chunk: bad chunked encoding"));
    CHECK(has(b.output.err, "1 article,"));
}

TEST_CASE("hostile input: a 200 KB metadata date in JSON, HTML, NewsML and WARC is read without a crash")
{
    const std::string day = "2018-03-14T" + std::string(200'000, '0');
    const auto dir = e2e::scratch("long-dates") / "in";
    const std::string formats = std::string(TEST_DATA) + "/formats/";
    e2e::write_file(dir / "feed.jsonl",
                    json({{"title", "Long date in JSON"}, {"date", day},
                          {"text", "MOSCOW, March 14. /TASS/. The talks on grain went on, Kremlin spokesman Dmitry Peskov said."}})
                            .dump() + "\n");
    auto html = slurp(formats + "html/putin-working-schedule-election.html");
    REQUIRE(has(html, "\"2018-03-14T12:05:00+03:00\""));
    html.replace(html.find("\"2018-03-14T12:05:00+03:00\""), 27, "\"" + day + "\"");
    html.replace(html.find("<head>"), 6, "<head><meta property=\"article:published_time\" content=\"" + day + "\">");
    e2e::write_file(dir / "page.html", html);
    auto xml = slurp(formats + "newsml/putin-working-schedule-election.xml");
    xml.replace(xml.find("<firstCreated>") + 14, 25, day);
    e2e::write_file(dir / "story.xml", xml);
    auto warc = slurp(formats + "warc/stories.warc");
    for (auto at = warc.find("WARC-Date: "); at != std::string::npos; at = warc.find("WARC-Date: ", at + 1))
        warc.replace(at + 11, 20, day);
    e2e::write_file(dir / "crawl.warc", warc);

    const auto b = index_watched("long-dates", {dir.string()});
    CHECK(b.output.exit_code < 128);  // no signal (SIGSEGV in std::regex before)
    CHECK(has(b.output.err, "4 files: 4 new"));
    CHECK(has(b.output.err, "; 0 skipped;"));
    const auto r = search("long-dates", {"title:long", "title:date"});
    REQUIRE(r["hits"].size() == 1);
    CHECK(r["hits"][0]["date"] == "2018-03-14");
}

TEST_CASE("hostile input: HTML nested 200,000 <div>s deep is read in bounded time, its story kept")
{
    std::string html = "<!DOCTYPE html><html><head><title>Deep page - TASS</title></head><body>";
    for (int i = 0; i < 200'000; ++i)
        html += "<div>";
    html += "<p>MOSCOW, March 14. /TASS/. The talks on deep markup went on, Kremlin spokesman Dmitry Peskov said.</p>";
    for (int i = 0; i < 200'000; ++i)
        html += "</div>";
    html += "</body></html>";
    const auto dir = e2e::scratch("deep-html") / "in";
    e2e::write_file(dir / "deep.html", html);
    const auto b = index_watched("deep-html", {dir.string()});
    CHECK(b.output.exit_code == 0);
    const auto r = search("deep-html", {"markup"});
    REQUIRE(r["hits"].size() == 1);
    CHECK(r["hits"][0]["location"] == "Moscow");
}

TEST_CASE("hostile input: one bad JSON record costs that record alone, named with its line")
{
    const auto dir = e2e::scratch("json-records") / "in";
    const auto story = [](const std::string& word) {
        return json({{"title", "Story " + word},
                     {"text", "MOSCOW, March 14. /TASS/. Talks on " + word + " went on, Kremlin spokesman Dmitry Peskov said."}})
            .dump();
    };
    e2e::write_file(dir / "feed.jsonl", story("alpha") + "\n" + R"({"title": "x", "score": 1e400, "text": "y"})" + "\n" +
                                            R"({"title": "Inner", "text": [{"text": 5}]})" + "\n" + story("beta") + "\n");
    e2e::write_file(dir / "array.json", "[\n" + story("gamma") + ",\n" + R"({"text": "z", "n": -1e400})" + ",\n" +
                                            R"({"text": [{"text": true}], "id": 7})" + ",\n" + story("delta") + "\n]\n");
    const auto b = index_watched("json-records", {dir.string()});
    const auto& err = b.output.err;
    CHECK(b.output.exit_code == 3);
    CHECK(has(err, (dir / "feed.jsonl").string() + ":2: bad record: number overflow parsing '1e400'"));
    CHECK(has(err, (dir / "feed.jsonl").string() + ":3: bad record: no text field"));
    CHECK(has(err, (dir / "array.json").string() + ":3: bad record: number overflow parsing '-1e400'"));
    CHECK(has(err, (dir / "array.json").string() + ":4: bad record: no text field"));
    CHECK(has(err, "4 articles"));
    CHECK(has(err, "4 skipped (4 bad record)"));
    for (const char* word : {"alpha", "beta", "gamma", "delta"})
        CHECK_MESSAGE(search("json-records", {word})["total"] == 1, word);
}

TEST_CASE("hostile input: two records with one id in a source are reported and both kept, also on update")
{
    const auto dir = e2e::scratch("duplicate-ids") / "in";
    const auto story = [](const std::string& word) {
        return json({{"id", "a1"}, {"title", "Story " + word},
                     {"text", "MOSCOW, March 14. /TASS/. Talks on " + word + " went on, Kremlin spokesman Dmitry Peskov said."}})
            .dump();
    };
    const auto feed = dir / "feed.jsonl";
    e2e::write_file(feed, story("alpha") + "\n" + story("beta") + "\n");
    e2e::write_file(dir / "array.json", "[\n" + story("gamma") + ",\n" + story("delta") + "\n]\n");
    auto b = index_watched("duplicate-ids", {dir.string()});
    CHECK(b.output.exit_code == 0);
    CHECK(has(b.output.err, feed.string() + ":2: duplicate id: \"a1\" is an earlier record's id too; this one is kept as \"a1#2\""));
    CHECK(has(b.output.err, (dir / "array.json").string() + ":3: duplicate id: \"a1\""));
    CHECK(has(b.output.err, "4 articles"));

    // Each story on its own: its own article id, and show prints its text alone.
    std::set<std::string> articles;
    for (const char* word : {"alpha", "beta", "gamma", "delta"}) {
        const auto r = search("duplicate-ids", {word});
        REQUIRE_MESSAGE(r["hits"].size() == 1, word);
        const auto id = r["hits"][0]["id"].get<std::string>();
        const auto article = id.substr(0, id.rfind('-'));
        articles.insert(article);
        const auto shown = e2e::search({"--db", (fs::path(SCRATCH_DIR) / "duplicate-ids" / "db").string(), "show", article});
        CHECK(has(shown.out, std::string("Talks on ") + word));
        for (const char* other : {"alpha", "beta", "gamma", "delta"})
            if (std::string(other) != word)
                CHECK_MESSAGE(!has(shown.out, std::string("Talks on ") + other), word << " shows " << other);
    }
    CHECK(articles.size() == 4);

    // An update that changes the first copy keeps the second (it was dropped before).
    e2e::write_file(feed, story("omega") + "\n" + story("beta") + "\n");
    std::vector<std::string> args{"--db", (fs::path(SCRATCH_DIR) / "duplicate-ids" / "db").string(), dir.string()};
    b = e2e::index_bounded(args, 10, 1024);
    CHECK(b.output.exit_code == 0);
    CHECK(search("duplicate-ids", {"omega"})["total"] == 1);
    CHECK(search("duplicate-ids", {"beta"})["total"] == 1);
    CHECK(search("duplicate-ids", {"alpha"})["total"] == 0);
    CHECK(search("duplicate-ids", {"--limit", "0"})["total"] == 4);
}
