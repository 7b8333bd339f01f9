// Every input form of the same three stories gives the same articles (tests/data/formats/expected.json).
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "archives.hpp"
#include "run.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string Formats = std::string(TEST_DATA) + "/formats";

json expected()
{
    std::ifstream in(Formats + "/expected.json");
    return json::parse(in);
}

std::vector<json> dump(const std::string& file, const std::vector<std::string>& extra, std::string& err)
{
    std::vector<std::string> args{"--dump"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(Formats + "/" + file);
    const auto o = e2e::index(args);
    err = o.err;
    std::vector<json> out;
    std::istringstream lines(o.out);
    for (std::string line; std::getline(lines, line);)
        out.push_back(json::parse(line));
    return out;
}

std::string first_words(const std::string& text)
{
    std::istringstream words(text);
    std::string out, w;
    for (int i = 0; i < 5 && words >> w; ++i)
        out += (i ? " " : "") + w;
    return out;
}

// Checks one article against the story it must be, field by field.
void check_story(const json& got, const json& story, const json& spec)
{
    CAPTURE(story["key"].get<std::string>());
    CHECK(got["title"] == story["title"]);
    CHECK(got["location"] == story["location"]);
    CHECK(got["agency"] == story["agency"]);
    if (spec["date_source"].is_null()) {
        CHECK(got["date"] == spec["date_with_year_2018"]);
        CHECK(got["date_source"] == "option");
    } else {
        CHECK(got["date"] == story["date"]);
        CHECK(got["date_source"] == spec["date_source"]);
    }
    if (!got["url"].is_null())
        CHECK(got["url"] == story["url"]);
    REQUIRE(got["sections"].size() == story["sections"].size());
    for (std::size_t i = 0; i < story["sections"].size(); ++i) {
        const auto& want = story["sections"][i];
        const auto& have = got["sections"][i];
        CAPTURE(i);
        CHECK(have["heading"] == want["heading"]);
        CHECK(first_words(have["text"].get<std::string>()) == want["first_words"]);
        const auto speakers = have["speakers"].get<std::set<std::string>>();
        CHECK(speakers == want["speakers"].get<std::set<std::string>>());
    }
}

}  // namespace

TEST_CASE("formats: text, HTML, JSON, NewsML, NITF, WARC, archives and encodings give the same stories")
{
    const auto spec = expected();
    std::map<std::string, json> stories;
    for (const auto& s : spec["stories"])
        stories[s["key"]] = s;
    int files = 0;
    for (const auto& [file, want] : spec["files"].items()) {
        if (file.starts_with("broken/"))
            continue;
        CAPTURE(file);
        ++files;
        std::string err;
        const auto year = want["date_source"].is_null() ? std::vector<std::string>{"--year", "2018"}
                                                        : std::vector<std::string>{};
        const auto got = dump(file, year, err);
        INFO("stderr: " << err);
        REQUIRE(got.size() == want["stories"].size());
        for (std::size_t i = 0; i < got.size(); ++i)
            check_story(got[i], stories[want["stories"][i]], want);
        if (file.starts_with("html/") || file.starts_with("warc/") || file.starts_with("jsonl/"))
            for (const auto& a : got)
                CHECK_FALSE(a["url"].is_null());
    }
    CHECK(files >= 20);
}

TEST_CASE("formats: without a year the undated forms are still indexed, with a warning")
{
    std::string err;
    const auto got = dump("encodings/tass-utf16.txt", {}, err);
    REQUIRE(got.size() == 1);
    CHECK(got[0]["date"].is_null());
    CHECK(err.find("tass-utf16.txt: unknown date") != std::string::npos);
}

TEST_CASE("formats: each broken input is named with its reason, and what can be read is read")
{
    std::string err;
    const auto got = dump("broken", {}, err);
    const std::string dir = Formats + "/broken/";
    CHECK(err.find(dir + "bad-lines.jsonl:2: bad record: invalid JSON") != std::string::npos);
    CHECK(err.find(dir + "bad-lines.jsonl:3: bad record: no text field") != std::string::npos);
    CHECK(err.find(dir + "corrupt.zip:kabul-clinics-virus-cases.html: corrupt archive") != std::string::npos);
    CHECK(err.find(dir + "junk.bin.txt: binary") != std::string::npos);
    CHECK(err.find(dir + "no-article.html: no article found") != std::string::npos);
    CHECK(err.find(dir + "truncated.txt.gz: corrupt archive: truncated gzip input") != std::string::npos);
    std::multiset<std::string> titles;
    for (const auto& a : got)
        titles.insert(a["title"].get<std::string>());
    const auto spec = expected();
    // bad-lines.jsonl gives the Reuters story; corrupt.zip the Reuters and TASS pages around the damage.
    CHECK(got.size() == 3);
    CHECK(titles.count(spec["stories"][1]["title"].get<std::string>()) == 2);
    CHECK(titles.count(spec["stories"][0]["title"].get<std::string>()) == 1);
}

TEST_CASE("formats: a JSON record's text in HTML is read as a page's body, tags and entities gone")
{
    const auto dir = e2e::scratch("json-html");
    e2e::write_file(dir / "feed.jsonl",
                    R"({"title": "Talks in Geneva", "date": "2017-03-03", "text": "<p>GENEVA, March 3. /TASS/. The talks went on, Kremlin spokesman Dmitry Peskov said.</p><h2>Next round</h2><p>Oil &amp; gas were <b>not</b> discussed.</p>"})"
                    "\n"
                    // A Reuters ticker is no markup: <P> without a closing tag stays text.
                    R"({"title": "Unocal raises postings", "date": "1987-03-03", "text": "Phillips Petroleum <P> raised its crude postings 50 cts a barrel, the company said."})"
                    "\n"
                    // Old pages write their tags in capitals.
                    R"({"title": "Capitals", "date": "2017-03-04", "text": "<P>MOSCOW, March 4. /TASS/. Talks went on.</P><P>Oil &amp; gas too.</P>"})"
                    "\n");
    const auto o = e2e::index({"--dump", (dir / "feed.jsonl").string()});
    INFO(o.err);
    REQUIRE(o.exit_code == 0);
    std::istringstream lines(o.out);
    std::string first, second;
    std::getline(lines, first);
    std::getline(lines, second);
    const auto a = json::parse(first);
    REQUIRE(a["sections"].size() == 2);
    CHECK(a["location"] == "Geneva");
    CHECK(a["sections"][0]["text"] == "The talks went on, Kremlin spokesman Dmitry Peskov said.");
    CHECK(a["sections"][0]["speakers"] == json({"Dmitry Peskov"}));
    CHECK(a["sections"][1]["heading"] == "Next round");
    CHECK(a["sections"][1]["text"] == "Oil & gas were not discussed.");
    CHECK(json::parse(second)["sections"][0]["text"].get<std::string>().find("Petroleum <P> raised") !=
          std::string::npos);
    std::string third;
    std::getline(lines, third);
    CHECK(json::parse(third)["sections"][0]["text"] == "Talks went on.\n\nOil & gas too.");
}

TEST_CASE("formats: --map names the JSON field that holds the text")
{
    const auto dir = e2e::scratch("json-map");
    e2e::write_file(dir / "feed.jsonl",
                    R"({"headline": "Lavrov meets Guterres", "story_body": "NEW YORK, March 3. /TASS/. The talks were useful, Foreign Minister Sergey Lavrov said.", "when": "2017-03-03"})"
                    "\n");
    auto o = e2e::index({"--dump", (dir / "feed.jsonl").string()});
    CHECK(o.exit_code == 3);
    CHECK(o.err.find("feed.jsonl:1: bad record: no text field") != std::string::npos);
    o = e2e::index({"--dump", "--map", "text=story_body", "--map", "date=when", (dir / "feed.jsonl").string()});
    CHECK(o.exit_code == 0);
    const auto a = json::parse(o.out);
    CHECK(a["title"] == "Lavrov meets Guterres");
    CHECK(a["date"] == "2017-03-03");
    CHECK(a["location"] == "New York");
    CHECK(a["sections"][0]["speakers"] == json({"Sergey Lavrov"}));
}

TEST_CASE("formats: a story gone from a changed archive is gone from the index, unless the archive is damaged")
{
    const auto dir = e2e::scratch("archive-member-gone");
    const auto db = (dir / "db").string();
    const auto archive = dir / "desk.tar.gz";
    const auto story = [](const std::string& word) {
        return "Story " + word + "\n\nMOSCOW, March 3. /TASS/. Officials discussed " + word + "word today.\n";
    };
    const auto found = [&](const std::string& word) {
        return e2e::search({"--db", db, "--format", "json", word + "word"}).exit_code == 0;
    };
    e2e::write_tar_gz(archive, {{"2019-03-03-alpha.txt", story("alpha")}, {"2019-03-03-beta.txt", story("beta")},
                                {"2019-03-03-gamma.txt", story("gamma")}});
    REQUIRE(e2e::index({"--db", db, archive.string()}).exit_code == 0);
    REQUIRE(found("beta"));

    // Without --prune: the archive changed, and beta no longer exists in it.
    e2e::write_tar_gz(archive, {{"2019-03-03-alpha.txt", story("alpha")}, {"2019-03-03-gamma.txt", story("gamma")}});
    const auto again = e2e::index({"--db", db, archive.string()});
    INFO(again.err);
    CHECK(again.err.find("0 new, 0 changed, 2 unchanged, 1 removed") != std::string::npos);
    CHECK_FALSE(found("beta"));
    CHECK(found("alpha"));
    CHECK(found("gamma"));

    // Cut short, the archive is not read to its end: what it held past the damage stays.
    const auto size = fs::file_size(archive);
    fs::resize_file(archive, size / 2);
    const auto damaged = e2e::index({"--db", db, archive.string()});
    CHECK(damaged.exit_code == 3);
    CHECK(found("alpha"));
    CHECK(found("gamma"));
}

TEST_CASE("formats: an archive's other files are named, and an archive inside it is a skip, reported every run")
{
    const auto dir = e2e::scratch("archive-others");
    const auto db = (dir / "db").string();
    const auto archive = dir / "in" / "day.tar.gz";
    fs::create_directories(archive.parent_path());
    e2e::write_tar_gz(archive, {{"2019-03-03-story.txt", "Story\n\nMOSCOW, March 3. /TASS/. Officials met today.\n"},
                                {"photo1.jpg", "\xff\xd8\xff"},
                                {"photo2.jpg", "\xff\xd8\xff"},
                                {"inner.tgz", "not read"}});
    e2e::write_file(dir / "in" / "notes.pdf", "%PDF");
    const auto report = (dir / "report.jsonl").string();
    const auto first = e2e::index({"-v", "--db", db, "--report", report, (dir / "in").string()});
    INFO(first.err);
    CHECK(first.exit_code == 3);
    // Two files found, one of them not read: the count never goes below what was read.
    CHECK(first.err.find("1 file: 1 new, 0 changed, 0 unchanged, 0 removed; 1 article, 1 section, 0 duplicates; "
                         "0 warnings; 1 skipped (1 unsupported format); 3 ignored (not an article format)") !=
          std::string::npos);
    CHECK(first.err.find("day.tar.gz:inner.tgz: unsupported format: an archive or compressed file inside another "
                         "is not read") != std::string::npos);
    CHECK(first.err.find("day.tar.gz:photo2.jpg: not an article format") != std::string::npos);
    CHECK(first.err.find("notes.pdf: not an article format") != std::string::npos);
    std::ifstream in(report);
    const std::string lines((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(lines.find("\"member\":\"photo1.jpg\",\"line\":0,\"reason\":\"not an article format\"") != std::string::npos);

    const auto again = e2e::index({"--db", db, (dir / "in").string()});
    CHECK(again.exit_code == 3);
    CHECK(again.err.find("0 new, 0 changed, 1 unchanged, 0 removed") != std::string::npos);
    CHECK(again.err.find("day.tar.gz:inner.tgz: unsupported format") != std::string::npos);
}

TEST_CASE("formats: an unchanged archive is skipped whole on the next run, its members counted")
{
    const auto dir = e2e::scratch("archive-rerun");
    const auto db = (dir / "db").string();
    const auto archive = Formats + "/archives/text.tar.gz";
    const auto first = e2e::index({"--db", db, archive});
    CHECK(first.err.find("3 new, 0 changed, 0 unchanged") != std::string::npos);
    const auto second = e2e::index({"--db", db, archive});
    INFO(second.err);
    CHECK(second.err.find("0 new, 0 changed, 3 unchanged") != std::string::npos);
}
