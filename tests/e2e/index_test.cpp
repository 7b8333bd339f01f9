// dateline-index end to end: --dump of real pages, date evidence, re-indexing, summary, db location.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <doctest/doctest.h>

#include "run.hpp"
#include "same_results.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<json> dump(const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--dump"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = e2e::index(full);
    INFO("stderr: " << o.err);
    REQUIRE(o.exit_code == 0);
    std::vector<json> articles;
    std::istringstream lines(o.out);
    for (std::string line; std::getline(lines, line);)
        articles.push_back(json::parse(line));
    return articles;
}

const char* Page = "All news\n\nLavrov meets Guterres\n\nTalks on Syria held in New York\n\n"
                   "NEW YORK, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that the "
                   "talks were useful.\n\n\"We agreed on the next steps,\" the minister said.\n";

json search(const std::string& db, const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", db, "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = e2e::search(full);
    INFO("stderr: " << o.err);
    REQUIRE(o.exit_code == 0);
    return json::parse(o.out);
}

int total(const std::string& db, const std::vector<std::string>& extra = {})
{
    std::vector<std::string> args{"--db", db, "--format", "json", "--limit", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto o = e2e::search(args);
    return o.exit_code > 1 ? -1 : json::parse(o.out)["total"].get<int>();
}

}  // namespace

TEST_CASE("index: --dump of the real TASS seed article stored under 2017/01/12/")
{
    const fs::path seed = fs::path(SHARED_DIR) / "seed" / "tass-2017-01-12-peskov.txt";
    if (!fs::exists(seed)) {
        MESSAGE("skipped: " << seed.string() << " is absent (../shared/ is not part of a clone)");
        return;
    }
    const auto dir = e2e::scratch("seed");
    fs::create_directories(dir / "2017" / "01" / "12");
    fs::copy_file(seed, dir / "2017" / "01" / "12" / seed.filename());
    const auto articles = dump({dir.string()});
    REQUIRE(articles.size() == 1);
    const auto& a = articles[0];
    CHECK(a["title"] == "Moscow hopes Putin, Trump will get along");
    CHECK(a["subtitle"] == "There should be much more mutual respect between Russia and US than now, Kremlin said");
    CHECK(a["date"] == "2017-01-12");
    CHECK(a["date_source"] == "path");
    CHECK(a["location"] == "Moscow");
    CHECK(a["agency"] == "TASS");
    REQUIRE(a["sections"].size() == 4);
    CHECK(a["sections"][0]["heading"].is_null());
    CHECK(a["sections"][1]["heading"] == "On mutual respect between Russia and US");
    CHECK(a["sections"][2]["heading"] == "On alleged hacker attacks");
    CHECK(a["sections"][3]["heading"] == "On Tillerson's position on Crimea");
    const auto speakers0 = a["sections"][0]["speakers"].get<std::vector<std::string>>();
    CHECK(std::find(speakers0.begin(), speakers0.end(), "Dmitry Peskov") != speakers0.end());
    // Putin is only mentioned in the lead; he does not speak there.
    CHECK(std::find(speakers0.begin(), speakers0.end(), "Vladimir Putin") == speakers0.end());
    CHECK(a["sections"][2]["speakers"] == json({"Dmitry Peskov", "Rex Tillerson"}));
    CHECK(a["sections"][0]["text"].get<std::string>().starts_with("Moscow expects that"));
}

TEST_CASE("index: --dump prints the documented keys, with null for what is unknown")
{
    const auto dir = e2e::scratch("dump-keys");
    e2e::write_file(dir / "lavrov.txt", Page);
    const auto o = e2e::index({"--dump", dir.string()});
    CHECK(o.exit_code == 0);
    const auto a = json::parse(o.out);
    for (const char* key : {"source", "title", "subtitle", "date", "date_source", "location", "agency", "sections"})
        CHECK_MESSAGE(a.contains(key), key);
    CHECK(a["date"].is_null());
    CHECK(a["date_source"].is_null());
    CHECK(a["location"] == "New York");
    CHECK(a["sections"][0]["speakers"] == json({"Sergey Lavrov"}));
    CHECK(o.err.find("unknown date") != std::string::npos);
    CHECK(o.err.find("lavrov.txt") != std::string::npos);
}

TEST_CASE("index: the year comes from the path, then --year, then --reference-date")
{
    const auto dir = e2e::scratch("years");
    e2e::write_file(dir / "plain" / "lavrov.txt", Page);
    e2e::write_file(dir / "dated" / "2016-03-03-lavrov.txt", Page);
    CHECK(dump({(dir / "dated").string()})[0]["date"] == "2016-03-03");
    const auto by_option = dump({"--year", "2015", (dir / "plain").string()})[0];
    CHECK(by_option["date"] == "2015-03-03");
    CHECK(by_option["date_source"] == "option");
    // The latest March 3 on or before 2019-03-01 is in 2018.
    const auto by_reference = dump({"--reference-date", "2019-03-01", (dir / "plain").string()})[0];
    CHECK(by_reference["date"] == "2018-03-03");
    CHECK(by_reference["date_source"] == "reference");
    // The path beats the option.
    CHECK(dump({"--year", "2015", (dir / "dated").string()})[0]["date"] == "2016-03-03");
}

TEST_CASE("index: indexing the same files again replaces, and a vanished section is deleted")
{
    const auto dir = e2e::scratch("reindex");
    const auto db = (dir / "db").string();
    const auto story = dir / "in" / "2017" / "03" / "03" / "lavrov.txt";
    e2e::write_file(story, std::string(Page) + "\nOn the next meeting\n\nThe two agreed to meet again, Lavrov said.\n");
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    CHECK(total(db) == 2);
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    CHECK(total(db) == 2);
    e2e::write_file(story, Page);
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    CHECK(total(db) == 1);
    CHECK(total(db, {"again"}) == 0);
}

TEST_CASE("index: a run with nothing to do leaves the index as it was, its revision included")
{
    const auto dir = e2e::scratch("no-op");
    const auto db = (dir / "db").string();
    e2e::write_file(dir / "in" / "2017" / "03" / "03" / "lavrov.txt", Page);
    const auto revision = [&] {
        return json::parse(e2e::search({"stats", "--db", db, "--format", "json"}).out)["revision"].get<int>();
    };
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    const auto built = revision();
    // A backup tool or a reader sees no change: before, every run committed twice.
    for (int run = 0; run < 2; ++run) {
        REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
        CHECK(revision() == built);
    }
    e2e::write_file(dir / "in" / "2017" / "03" / "04" / "lavrov.txt", std::string(Page) + "\nMore talks, Lavrov said.\n");
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    CHECK(revision() > built);
}

TEST_CASE("index: --rebuild starts from an empty index")
{
    const auto dir = e2e::scratch("rebuild");
    const auto db = (dir / "db").string();
    e2e::write_file(dir / "a" / "2017-03-03-lavrov.txt", Page);
    e2e::write_file(dir / "b" / "2018-03-03-lavrov.txt", std::string(Page) + "\nA year later, the talks resumed.\n");
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "a").string()}).exit_code == 0);
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "b").string()}).exit_code == 0);
    CHECK(total(db) == 2);
    REQUIRE(e2e::index({"-q", "--rebuild", "--db", db, (dir / "b").string()}).exit_code == 0);
    CHECK(total(db) == 1);
    CHECK_FALSE(fs::exists(db + ".rebuild"));
}

TEST_CASE("index: one summary line on stderr with the counts")
{
    const auto dir = e2e::scratch("summary");
    e2e::write_file(dir / "in" / "2017-03-03-lavrov.txt", Page);
    e2e::write_file(dir / "in" / "notes.md", "not an article format");
    const auto o = e2e::index({"--db", (dir / "db").string(), (dir / "in").string()});
    CHECK(o.exit_code == 0);
    CHECK(o.out.empty());
    CHECK(o.err.find("1 file: 1 new, 0 changed, 0 unchanged, 0 removed; 1 article, 1 section, 0 duplicates; "
                     "0 warnings; 0 skipped; 1 ignored (not an article format); ") != std::string::npos);
}

TEST_CASE("index: a story without a dateline is counted and listed with -v and in --report, not warned about")
{
    const auto dir = e2e::scratch("no-dateline");
    e2e::write_file(dir / "in" / "2017-03-03-feed.txt", "Oil prices rose\n\nOil prices rose on Friday, traders said.\n");
    e2e::write_file(dir / "in" / "2017-03-03-lavrov.txt", Page);
    const auto report = (dir / "report.jsonl").string();
    const auto o = e2e::index({"--db", (dir / "db").string(), "--report", report, (dir / "in").string()});
    CHECK(o.exit_code == 0);
    CHECK(o.err.find("no dateline") == std::string::npos);
    CHECK(o.err.find("0 warnings; 0 skipped; 0 ignored (not an article format); 1 without a dateline; ") !=
          std::string::npos);
    std::ifstream in(report);
    const std::string lines((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(lines.find("2017-03-03-feed.txt\",\"member\":\"\",\"line\":0,\"reason\":\"no dateline\"") != std::string::npos);
    const auto verbose = e2e::index({"-v", "--db", (dir / "db2").string(), (dir / "in").string()});
    CHECK(verbose.err.find("2017-03-03-feed.txt: no dateline") != std::string::npos);
    CHECK(verbose.err.find("warning: " + (dir / "in").string()) == std::string::npos);
}

TEST_CASE("index: the database is --db, else $DATELINE_DB, else $XDG_DATA_HOME/dateline/index")
{
    const auto dir = e2e::scratch("db-location");
    e2e::write_file(dir / "in" / "2017-03-03-lavrov.txt", Page);
    unsetenv("DATELINE_DB");
    setenv("XDG_DATA_HOME", (dir / "xdg").c_str(), 1);
    CHECK(e2e::index({"-q", (dir / "in").string()}).exit_code == 0);
    CHECK(fs::exists(dir / "xdg" / "dateline" / "index"));
    setenv("DATELINE_DB", (dir / "env-db").c_str(), 1);
    CHECK(e2e::index({"-q", (dir / "in").string()}).exit_code == 0);
    CHECK(fs::exists(dir / "env-db"));
    CHECK(total((dir / "env-db").string()) == 1);
    unsetenv("DATELINE_DB");
    unsetenv("XDG_DATA_HOME");
}

TEST_CASE("index: usage errors exit 2 with a message")
{
    CHECK(e2e::index({}).exit_code == 2);
    // A command line CLI11 cannot parse is an error like the others, with a hint.
    const auto unknown = e2e::index({"--jobs", "many", SAMPLE_CORPUS});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.starts_with("error: "));
    CHECK(unknown.err.ends_with("\nhint: dateline-index --help lists the options\n"));
    // The command after the options is taken for a path: said so, with the order to use.
    const auto late_command = e2e::index({"--db", (e2e::scratch("late-command") / "db").string(), "compact"});
    CHECK(late_command.exit_code == 2);
    CHECK(late_command.err == "error: no file or folder named 'compact' to index\n"
                              "hint: compact is a command, and comes first: dateline-index compact --db DIR\n");
    const auto bad_date = e2e::index({"--dump", "--reference-date", "2017-13-01", SAMPLE_CORPUS});
    CHECK(bad_date.exit_code == 2);
    CHECK(bad_date.err.find("invalid --reference-date '2017-13-01'") != std::string::npos);
    const auto dir = e2e::scratch("db-is-file");
    e2e::write_file(dir / "db", "a file");
    const auto db_file = e2e::index({"--db", (dir / "db").string(), SAMPLE_CORPUS});
    CHECK(db_file.exit_code == 2);
    CHECK(db_file.err.find("is a file, not a folder") != std::string::npos);
}

TEST_CASE("index: the same story twice is indexed once, the first copy kept, with one writer or several")
{
    // Twelve stories, each also copied under b/: a/ comes first in the walk, so its copies are
    // kept. With several writers the copies are routed apart from their first copy (by the
    // hash of their paths), so this also proves duplicates are caught across writers.
    const auto dir = e2e::scratch("duplicates");
    const auto in = dir / "in";
    for (int i = 0; i < 12; ++i) {
        const auto text = "All news\n\nGrain story " + std::to_string(i) + "\n\nMOSCOW, March 3. /TASS/. Grain talks on item " +
                          std::to_string(i) + " went on, Sergey Lavrov said.\n";
        e2e::write_file(in / "a" / ("story-" + std::to_string(i) + ".txt"), text);
        e2e::write_file(in / "b" / ("copy-" + std::to_string(i) + ".txt"), text);
    }
    for (const std::string jobs : {"1", "2", "4"}) {
        INFO("--jobs " << jobs);
        const auto db = (dir / ("db-" + jobs)).string();
        const auto o = e2e::index({"--jobs", jobs, "--year", "2017", "--db", db, in.string()});
        INFO("stderr: " << o.err);
        CHECK(o.err.find("24 files: 24 new, 0 changed, 0 unchanged, 0 removed; 12 articles, 12 sections, "
                         "12 duplicates") != std::string::npos);
        const auto result = search(db, {"grain", "--limit", "100"});
        REQUIRE(result["total"] == 12);
        for (const auto& hit : result["hits"])
            CHECK(hit["source"].get<std::string>().find("/a/story-") != std::string::npos);
    }
    // The first copies go: --prune deletes them, and the copies they stood for are read
    // again in the same run, so that no story is missing for a moment longer than the run.
    const auto db = (dir / "db-2").string();
    fs::remove_all(in / "a");
    const auto pruned = e2e::index({"--prune", "--year", "2017", "--db", db, in.string()});
    INFO("stderr: " << pruned.err);
    CHECK(pruned.err.find("12 files: 0 new, 12 changed, 0 unchanged, 12 removed; 12 articles, 12 sections") !=
          std::string::npos);
    const auto result = search(db, {"grain", "--limit", "100"});
    REQUIRE(result["total"] == 12);
    for (const auto& hit : result["hits"])
        CHECK(hit["source"].get<std::string>().find("/b/copy-") != std::string::npos);
    const auto again = e2e::index({"--year", "2017", "--db", db, in.string()});
    CHECK(again.err.find("12 files: 0 new, 0 changed, 12 unchanged") != std::string::npos);
}

TEST_CASE("index: a big JSON Lines file parsed in pieces on two threads gives what one thread gives whole")
{
    // 80 records in pieces of about 600 bytes: records without an "id" (ids by position), two
    // claiming one "id", a story twice, bad and blank lines, so that a piece's guessed ids and
    // counts are wrong unless they are fixed in input order.
    const auto dir = e2e::scratch("pieces");
    std::string feed;
    for (int i = 0; i < 80; ++i) {
        if (i == 17)
            feed += "{not json\n\n";
        const int story = i == 50 ? 20 : i;  // record 50 repeats record 20's story
        std::string record = R"({"title": "Grain talks )" + std::to_string(story) +
                             R"(", "date": "2017-03-)" + std::to_string(10 + story % 18) +
                             R"(", "text": "MOSCOW, March 3. /TASS/. Grain talks on lot )" + std::to_string(story) +
                             R"( went on, Sergey Lavrov said. \"We agreed on wheat )" + std::to_string(story) +
                             R"(,\" he said.")";
        if (i % 3 == 0)
            record += R"(, "id": ")" + std::string(i == 33 ? "r30" : "r" + std::to_string(i)) + "\"";
        feed += record + "}\n";
    }
    e2e::write_file(dir / "feed.jsonl", feed);
    const auto one = (dir / "one").string();
    const auto two = (dir / "two").string();
    const auto whole = e2e::index({"--jobs", "1", "--db", one, (dir / "feed.jsonl").string()});
    const auto pieces = e2e::index({"--jobs", "2", "--piece-size", "600", "--db", two, (dir / "feed.jsonl").string()});
    INFO("whole: " << whole.err << "\npieces: " << pieces.err);
    REQUIRE(whole.exit_code == 3);  // the bad record
    REQUIRE(pieces.exit_code == 3);
    const auto counts = "1 file: 1 new, 0 changed, 0 unchanged, 0 removed; 79 articles, 79 sections, 1 duplicate; "
                        "1 warning (1 duplicate id); 1 skipped (1 bad record)";
    CHECK(whole.err.find(counts) != std::string::npos);
    CHECK(pieces.err.find(counts) != std::string::npos);
    for (const auto* err : {&whole.err, &pieces.err}) {
        CHECK(err->find("feed.jsonl:18: bad record: invalid JSON") != std::string::npos);
        CHECK(err->find("\"r30\" is an earlier record's id too") != std::string::npos);
    }
    e2e::check_same_results(one, two, {{"grain"}, {"wheat", "--sort", "oldest"}, {"--speaker", "Lavrov"}, {"lot 20"}});
    const auto all = search(two, {"grain", "--limit", "1000"});
    CHECK(all["total"] == 79);
    // Read again unchanged: the source is skipped whole, not piece by piece.
    const auto again = e2e::index({"--jobs", "2", "--piece-size", "600", "--db", two, (dir / "feed.jsonl").string()});
    CHECK(again.err.find("1 file: 0 new, 0 changed, 1 unchanged") != std::string::npos);
}

TEST_CASE("index: a killed build goes on from its parts, unless the machine restarted meanwhile")
{
    // The parts of a fresh build are written without waiting for the disk (they become the
    // index only through the synced merge): a killed process loses nothing the kernel has,
    // but a restart may have, so parts from another boot are not trusted.
    const auto dir = e2e::scratch("restart");
    const auto sample = std::string(SAMPLE_CORPUS);
    const auto clean = (dir / "clean").string();
    REQUIRE(e2e::index({"--jobs", "2", "--db", clean, sample}).exit_code == 0);
    // The third commit of a part: some sources are in the parts, the merge is still to come.
    setenv("DATELINE_CRASH_LOG", "1", 1);
    const auto points = e2e::index({"--jobs", "2", "--batch", "5", "--db", (dir / "count").string(), sample});
    unsetenv("DATELINE_CRASH_LOG");
    const std::regex commit("kill point ([0-9]+): after a commit");
    auto third = std::sregex_iterator(points.err.begin(), points.err.end(), commit);
    for (int k = 0; k < 2 && third != std::sregex_iterator(); ++k)
        ++third;
    REQUIRE(third != std::sregex_iterator());
    const auto at = (*third)[1].str();
    const auto same_boot = dir / "same-boot";
    setenv("DATELINE_CRASH_AT", at.c_str(), 1);
    const auto killed = e2e::index({"--jobs", "2", "--batch", "5", "--db", same_boot.string(), sample});
    unsetenv("DATELINE_CRASH_AT");
    REQUIRE(killed.exit_code == 128 + 9);
    REQUIRE(fs::exists(same_boot / "parts" / "BOOT"));
    const auto restarted = dir / "restarted";
    fs::copy(same_boot, restarted, fs::copy_options::recursive);
    e2e::write_file(restarted / "parts" / "BOOT", "another-boot\n");

    const auto resumed = e2e::index({"--jobs", "2", "--db", same_boot.string(), sample});
    INFO("resumed: " << resumed.err);
    CHECK(resumed.exit_code == 0);
    CHECK(resumed.err.find("not trusted") == std::string::npos);
    CHECK(resumed.err.find(" 0 unchanged") == std::string::npos);  // what the parts held is kept
    const auto again = e2e::index({"--jobs", "2", "--db", restarted.string(), sample});
    INFO("restarted: " << again.err);
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("not trusted") != std::string::npos);
    CHECK(again.err.find("54 files: 54 new, 0 changed, 0 unchanged") != std::string::npos);
    CHECK(!fs::exists(restarted / "parts"));
    for (const auto* db : {&same_boot, &restarted})
        e2e::check_same_results(clean, db->string());
}
