// Safe output: control characters from the index never reach a terminal or a spreadsheet.
#include <algorithm>
#include <sstream>

#include <doctest/doctest.h>

#include "dateline/output/csv.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/text/safe_text.hpp"
#include "dateline/search/snippets.hpp"

using namespace dateline;

namespace {

struct Case {
    std::string in;
    std::string out;
};

// Every byte of ESC-led sequences Dateline's own Style does not write, anywhere in `text`.
bool has_control_other_than_colours(const std::string& text)
{
    static const std::vector<std::string> Own{"\x1b[1m", "\x1b[2m", "\x1b[36m", "\x1b[32m", "\x1b[33m", "\x1b[1;33m",
                                              "\x1b[0m"};
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\x1b') {
            const auto own = std::find_if(Own.begin(), Own.end(), [&](const auto& s) { return text.compare(i, s.size(), s) == 0; });
            if (own == Own.end())
                return true;
            i += own->size() - 1;
        } else if ((c < 0x20 && c != '\n') || c == 0x7f) {
            return true;
        }
    }
    return false;
}

search::Hit hostile_hit()
{
    search::Hit hit;
    hit.rank = 1;
    auto& s = hit.section;
    s.id = "id\x1b[2J";
    s.article_id = "a";
    s.title = "\x1b]0;pwned\x07Title";
    s.heading = "head\x9b" "31m";  // a lone C1 CSI byte, not UTF-8
    s.text = "line one \x1b[31mred\x1b[0m\nline two \x01\x02\x03";
    s.location = "\xc2\x9b" "2J";  // C1 CSI as UTF-8
    s.source = "/x/\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\.txt";
    s.url = "http://e/\x07";
    s.speakers = {"Pes\x1bkov"};
    s.quotes = {{"Pes\x1bkov", "we \x1b[5m said"}};
    hit.snippet = std::string("a ") + search::MarkStart + "talks\x1b[8m" + search::MarkEnd + " b" + '\0' + "c";
    return hit;
}

}  // namespace

TEST_CASE("output/safe_text: every control character becomes U+FFFD, line breaks a space")
{
    const Case cases[] = {
        {"plain \u00AB\u00BB text", "plain \u00AB\u00BB text"},
        {"\x1b]0;pwned\x07", "\uFFFD]0;pwned\uFFFD"},
        {"\x1b[2J", "\uFFFD[2J"},
        {std::string("nul\0byte", 8), "nul\uFFFDbyte"},
        {"del\x7f", "del\uFFFD"},
        {"c1 \xc2\x9b" "31m", "c1 \uFFFD31m"},     // U+009B, the 8-bit CSI
        {"stray \x9b", "stray \uFFFD"},              // not UTF-8 at all
        {"cut \xe2\x80", "cut \uFFFD\uFFFD"},
        {"tab\tcr\rlf\n", "tab cr lf "},
        {"\x01\x02\x03", "\uFFFD\uFFFD\uFFFD"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(text::safe_text(c.in) == c.out);
    }
    CHECK(text::safe_text("one\ntwo\x1b", text::Breaks::Keep) == "one\ntwo\uFFFD");
}

TEST_CASE("output/safe_text: marks become the printer's, the text between them made safe")
{
    const std::string marked = std::string("x\x1b ") + search::MarkStart + "word\x07" + search::MarkEnd + " y";
    CHECK(text::safe_marked(marked, "[", "]") == "x\uFFFD [word\uFFFD] y");
    CHECK(text::safe_marked(marked, "\x1b[1;33m", "\x1b[0m") == "x\uFFFD \x1b[1;33mword\uFFFD\x1b[0m y");
}

TEST_CASE("search/snippets: a mark byte of the text itself is not read as a mark")
{
    const std::string text = std::string("a ") + search::MarkStart + "b" + search::MarkEnd + " \x01";
    CHECK(search::render_marks(search::lead_snippet(text), "[", "]") == "a \uFFFDb\uFFFD \x01");
}

TEST_CASE("output/csv: formula-leading cells get a leading ', control characters are removed")
{
    const Case cases[] = {
        {"=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""},
        {"+1", "'+1"},
        {"-2+3", "'-2+3"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tlead", "'\tlead"},
        {"\rlead", "\"'\rlead\""},
        {"a=b-c", "a=b-c"},
        {std::string("nul\0", 4) + "=x", "nul=x"},
        {std::string("\0=x", 3), "'=x"},  // what is left after the removal is what a spreadsheet reads
        {"\x1b[2Jclear\x07", "[2Jclear"},
        {"c1\xc2\x9b", "c1"},
        {"two\nlines", "\"two\nlines\""},
        {"\u00AB\u00BB", "\u00AB\u00BB"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(output::csv_field(c.in) == c.out);
    }
}

TEST_CASE("output/printers: text and CSV of hostile index data hold no control character but our colours")
{
    search::SearchResult result;
    result.query = result.shown_query = "talks\x1b[2J";
    result.suggestion = "t\x1b";
    result.total = result.total_sections = 1;
    result.hits = {hostile_hit()};
    result.facets = {{"speaker", {{"Pes\x1bkov", 1}}}};
    search::Shown shown;
    shown.sections = {hostile_hit().section};
    facets::ValueList values;
    values.values = {{"Pes\x1bkov\x07", 1}};
    values.matching_values = 1;
    search::IndexStats stats;
    stats.path = "/db\x1b]0;x\x07";
    for (const auto format : {output::Format::Text, output::Format::Csv}) {
        for (const bool colour : {false, true}) {
            CAPTURE(static_cast<int>(format));
            CAPTURE(colour);
            std::ostringstream out;
            const auto printer = output::make_printer(format, out, {colour, 80});
            printer->search(result);
            printer->show(shown);
            printer->values(values);
            printer->stats(stats);
            auto text = out.str();
            if (format == output::Format::Csv) {  // CRLF ends CSV records; the rule is for cells
                for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at))
                    text.erase(at, 1);
            }
            CHECK(text.find("pwned") != std::string::npos);  // printed, only made harmless
            CHECK_FALSE(has_control_other_than_colours(text));
            CHECK((text.find('\x1b') != std::string::npos) == (colour && format == output::Format::Text));
        }
    }
}
