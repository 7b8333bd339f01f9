// Safe output: escape sequences inside indexed titles, text and file names never reach the
// reader raw, in text or CSV; JSON escapes them itself.
#include <doctest/doctest.h>

#include "csv_reader.hpp"
#include "run.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// OSC title-setting, clear screen, an OSC 8 hyperlink, and the bytes snippets once used as marks.
const std::string SetTitle = "\x1b]0;pwned\x07";
const std::string Clear = "\x1b[2J";
const std::string Link = "\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\";
const std::string MarkBytes = "\x01\x02Kremlin\x03";

struct Hostile {
    std::string db;
    std::string id;
};

// An index of one story whose file name, title and text carry escape sequences.
const Hostile& hostile_index()
{
    static const Hostile built = [] {
        const auto dir = e2e::scratch("safe-output");
        const auto file = dir / "in" / "2017" / "01" / "12" / ("story" + SetTitle + ".txt");
        std::string text = SetTitle + "Talks title " + Clear + "\n\nA subtitle\n\nMOSCOW, January 12. /TASS/. The talks " +
                           Clear + "went well, " + MarkBytes + " spokesman Dmitry Peskov said. " + Link + "\n\n";
        // Enough ordinary text that the few control bytes read as text, not binary.
        for (int i = 0; i < 20; ++i)
            text += i == 10 ? "The envoys weighed proposals from the " + MarkBytes + " side once more.\n"
                            : "The sides discussed the agenda of the talks at length and agreed to meet again.\n";
        e2e::write_file(file, text);
        const auto db = (dir / ("db" + Clear)).string();
        const auto o = e2e::index({"-q", "--db", db, (dir / "in").string()});
        REQUIRE_MESSAGE(o.exit_code == 0, o.err);
        const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "talks"}).out);
        REQUIRE(r["hits"].size() == 1);
        // JSON is unchanged: the sequences are there, escaped by JSON itself.
        CHECK(r["hits"][0]["title"].get<std::string>().find(SetTitle) != std::string::npos);
        return Hostile{db, r["hits"][0]["id"].get<std::string>()};
    }();
    return built;
}

// The first raw control byte (other than LF, and CR in CSV), as its code; -1 when none.
int first_control(const std::string& text, bool csv)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (csv && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
            continue;
        if (c < 0x20 || c == 0x7f)
            return c;
    }
    return -1;
}

}  // namespace

TEST_CASE("safe output: text and CSV of every command hold no raw control byte from the index")
{
    const auto& h = hostile_index();
    const std::vector<std::vector<std::string>> commands{{"talks"},
                                                         {"proposals"},
                                                         {"talks", "--quotes"},
                                                         {"--timeline", "month", "talks"},
                                                         {"show", h.id, "--article"},
                                                         {"stats"},
                                                         {"values", "location"}};
    for (const auto& command : commands) {
        for (const std::string format : {"text", "csv"}) {
            auto args = command;
            args.insert(args.end(), {"--db", h.db, "--format", format});
            const auto o = e2e::search(args);
            CAPTURE(command[0]);
            CAPTURE(format);
            INFO(o.out);
            CHECK(o.exit_code <= 1);
            CHECK(first_control(o.out, format == "csv") == -1);
        }
    }
    const auto text = e2e::search({"--db", h.db, "talks"}).out;
    CHECK(text.find("\uFFFD]0;pwned\uFFFDTalks title \uFFFD[2J") != std::string::npos);  // made visible
    const auto snippet = e2e::search({"--db", h.db, "proposals"}).out;
    CHECK(snippet.find("**proposals** from the \uFFFD\uFFFDKremlin\uFFFD side") != std::string::npos);
    CHECK(snippet.find("**Kremlin**") == std::string::npos);  // the text's own bytes are not marks
    const auto show = e2e::search({"--db", h.db, "show", h.id}).out;
    CHECK(show.find("\uFFFD]8;;http://evil.example/\uFFFD\\click here") != std::string::npos);
    CHECK(show.find("story\uFFFD]0;pwned\uFFFD.txt") != std::string::npos);  // the file name too
}

TEST_CASE("safe output: a CSV cell that would start a formula starts with '")
{
    const auto dir = e2e::scratch("csv-formula");
    e2e::write_file(dir / "in" / "2017" / "01" / "12" / "story.txt",
                    "=HYPERLINK(\"http://evil.example/\",\"talks\")\n\nA subtitle\n\nMOSCOW, January 12. /TASS/. "
                    "The talks went well, Kremlin spokesman Dmitry Peskov said.\n");
    const auto db = (dir / "db").string();
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    const auto rows = csv::parse(e2e::search({"--db", db, "--format", "csv", "talks"}).out);
    REQUIRE(rows.size() == 2);
    const auto title = std::find(rows[0].begin(), rows[0].end(), "title") - rows[0].begin();
    CHECK(rows[1][static_cast<std::size_t>(title)] == "'=HYPERLINK(\"http://evil.example/\",\"talks\")");
}
