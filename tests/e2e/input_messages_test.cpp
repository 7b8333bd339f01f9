// Messages about inputs say the true reason: a symlink loop is not a broken link, and UTF-16
// without a BOM is text, not binary.
#include <doctest/doctest.h>

#include "run.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string Story = "Talks in Geneva\n\nA subtitle\n\nGENEVA, May 5. /TASS/. The talks on Syria went on, "
                          "Kremlin spokesman Dmitry Peskov said.\n";

std::string utf16(const std::string& ascii, bool big_endian)
{
    std::string out;
    for (char c : ascii) {
        out += big_endian ? '\0' : c;
        out += big_endian ? c : '\0';
    }
    return out;
}

}  // namespace

TEST_CASE("input messages: a symbolic link loop is called a loop, a dangling link a broken link")
{
    const auto dir = e2e::scratch("link-loop");
    const auto in = dir / "in";
    e2e::write_file(in / "2017/05/05/good.txt", Story);
    fs::create_symlink("self.txt", in / "self.txt");    // a link to itself
    fs::create_symlink("pong.txt", in / "ping.txt");    // two links naming each other
    fs::create_symlink("ping.txt", in / "pong.txt");
    fs::create_symlink("missing.txt", in / "dangling.txt");
    const auto o = e2e::index({"--db", (dir / "db").string(), in.string(), (in / "self.txt").string()});
    INFO(o.err);
    CHECK(o.exit_code == 3);
    for (const auto* name : {"self.txt", "ping.txt", "pong.txt"})
        CHECK(o.err.find((in / name).string() + ": unreadable: symbolic link loop") != std::string::npos);
    CHECK(o.err.find("dangling.txt: unreadable: broken symbolic link") != std::string::npos);
    CHECK(o.err.find("self.txt: unreadable: broken symbolic link") == std::string::npos);
}

TEST_CASE("input messages: a link to a folder is followed inside the path given, and not outside it")
{
    const auto dir = e2e::scratch("link-outside");
    const auto desk = dir / "archive" / "desk";
    e2e::write_file(desk / "2019" / "2019-03-03-desk.txt", Story);
    e2e::write_file(dir / "archive" / "other" / "2019-03-04-other.txt",
                    "Other desk\n\nMOSCOW, March 4. /TASS/. Otherword talks went on, Peskov said.\n");
    e2e::write_file(dir / "private" / "2019-03-05-notes.txt",
                    "Notes\n\nMOSCOW, March 5. /TASS/. Privateword: a source's name, Peskov said.\n");
    fs::create_directory_symlink("../..", desk / "up");         // the folders beside the one named
    fs::create_directory_symlink("2019", desk / "latest");      // inside: read once, as 2019/
    fs::create_symlink("../../private/2019-03-05-notes.txt", desk / "notes.txt");  // a file: followed
    const auto db = (dir / "db").string();
    const auto o = e2e::index({"--db", db, desk.string()});
    INFO(o.err);
    CHECK(o.exit_code == 0);
    CHECK(o.err.find((desk / "up").string() + ": a link to a folder outside " + desk.string() + ": not followed") !=
          std::string::npos);
    CHECK(o.err.find("2 files: 2 new") != std::string::npos);
    const auto found = [&](const std::string& word) {
        return e2e::search({"--db", db, word}).exit_code == 0;
    };
    CHECK(found("privateword"));  // the file link
    CHECK_FALSE(found("otherword"));
}

TEST_CASE("input messages: UTF-8 with a stray byte keeps its accents, and the byte is reported")
{
    const auto dir = e2e::scratch("stray-byte");
    e2e::write_file(dir / "in" / "2019-03-03-mixed.txt",
                    "Talks in Z\xC3\xBCrich \xE2\x80\x9Cwent well\xE2\x80\x9D\n\nMOSCOW, March 3. /TASS/. The talks in "
                    "Z\xC3\xBCrich went on, one stray byte: \xFF here, Peskov said.\n");
    const auto db = (dir / "db").string();
    const auto o = e2e::index({"--db", db, (dir / "in").string()});
    INFO(o.err);
    CHECK(o.exit_code == 0);
    CHECK(o.err.find("2019-03-03-mixed.txt: bad bytes: 1 byte not UTF-8 in UTF-8 text, replaced by U+FFFD") !=
          std::string::npos);
    CHECK(o.err.find("1 warning (1 bad bytes)") != std::string::npos);
    const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "z\xC3\xBCrich"}).out);
    REQUIRE(r["total"] == 1);
    CHECK(r["hits"][0]["title"] == "Talks in Z\xC3\xBCrich \xE2\x80\x9Cwent well\xE2\x80\x9D");
}

TEST_CASE("input messages: a page in windows-1251 or KOI8-R is read in the charset it declares")
{
    const auto dir = e2e::scratch("declared-charset");
    const std::string moscow1251 = "\xCC\xEE\xF1\xEA\xE2\xE0", moscow_koi8 = "\xED\xCF\xD3\xCB\xD7\xC1";
    const auto page = [](const std::string& head, const std::string& word, const std::string& day) {
        return "<html><head>" + head + "<title>Talks in " + word + "</title></head><body><article><h1>Talks in " +
               word + "</h1><p>MOSCOW, March 3. /TASS/. The talks in " + word + " went on for a " + day +
               " day, Kremlin spokesman Dmitry Peskov said.</p></article></body></html>";
    };
    e2e::write_file(dir / "in" / "2019-03-03-cp1251.html",
                    page("<meta charset=\"windows-1251\">", moscow1251, "second"));
    // A WARC whose response names its charset in the HTTP header only.
    const auto body = page("", moscow_koi8, "third");
    const auto http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\r\n" + body;
    e2e::write_file(dir / "in" / "crawl.warc",
                    "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/2019/03/03/talks\r\n"
                    "WARC-Date: 2019-03-03T10:00:00Z\r\nContent-Length: " + std::to_string(http.size()) +
                        "\r\n\r\n" + http + "\r\n\r\n");
    const auto db = (dir / "db").string();
    const auto o = e2e::index({"--db", db, (dir / "in").string()});
    INFO(o.err);
    CHECK(o.exit_code == 0);
    const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"}).out);
    CHECK(r["total"] == 2);
}

TEST_CASE("input messages: UTF-16 without a BOM is read as text, little- or big-endian")
{
    const auto dir = e2e::scratch("utf16-no-bom");
    e2e::write_file(dir / "in/2017/05/05/le.txt", utf16(Story, false));
    e2e::write_file(dir / "in/2017/05/06/be.txt",
                    utf16("Syria talks resume\n\nA subtitle\n\nGENEVA, May 6. /TASS/. The talks on Syria resumed "
                          "on Tuesday, Foreign Minister Sergey Lavrov said.\n",
                          true));
    const auto db = (dir / "db").string();
    const auto o = e2e::index({"--db", db, (dir / "in").string()});
    INFO(o.err);
    CHECK(o.exit_code == 0);
    CHECK(o.err.find("binary") == std::string::npos);
    const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "syria"}).out);
    CHECK(r["total"] == 2);
}
