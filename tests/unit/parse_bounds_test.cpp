#include <string>

#include <doctest/doctest.h>

#include "dateline/article/parse.hpp"

using namespace dateline;

namespace {

// Every paragraph of every section, and the longest.
std::size_t longest_paragraph(const article::Parsed& parsed, std::string& all)
{
    std::size_t longest = 0;
    for (const auto& a : parsed.articles)
        for (const auto& s : a.sections)
            for (const auto& p : s.paragraphs) {
                longest = std::max(longest, p.size());
                all += p + " ";
            }
    return longest;
}

}  // namespace

// A 56 MB single-line file took minutes and a gigabyte: attribution and indexing saw one
// paragraph. Long paragraphs are cut into pieces of at most 16 KB, and no text is lost.
TEST_CASE("article/parse: a paragraph of a megabyte is cut at sentence ends into pieces of at most 16 KB")
{
    const std::string sentence = "Kremlin spokesman Dmitry Peskov said the talks on grain would go on. ";
    std::string line;
    while (line.size() < (1u << 20))
        line += sentence;
    const auto parsed = article::parse_bytes(SourceRef{"/in/2017/03/14/one-line.txt", {}},
                                             "Grain talks\n\nMOSCOW, March 14. /TASS/. " + line + "\n", {});
    REQUIRE(parsed.articles.size() == 1);
    std::string all;
    CHECK(longest_paragraph(parsed, all) <= 16384);
    CHECK(all.size() >= line.size());  // every piece is there (plus a space each)
    const auto& paragraphs = parsed.articles[0].sections[0].paragraphs;
    REQUIRE(paragraphs.size() > 1);
    CHECK(paragraphs[1].starts_with("Kremlin spokesman"));  // cut after a sentence
}

TEST_CASE("article/parse: a title of a megabyte is shortened to 2 KB, on a character boundary")
{
    std::string title;
    while (title.size() < (1u << 20))
        title += "\u00E9t\u00E9 ";
    const auto parsed = article::parse_bytes(SourceRef{"/in/2017/03/14/title.json", {}},
                                             "{\"title\": \"" + title + "\", \"text\": \"MOSCOW, March 14. /TASS/. Talks.\"}",
                                             {});
    REQUIRE(parsed.articles.size() == 1);
    const auto& got = parsed.articles[0].title;
    CHECK(got.size() <= 2048);
    CHECK(got.size() >= 2040);
    CHECK(title.starts_with(got));
    CHECK((static_cast<unsigned char>(got.back()) & 0xC0) != 0xC0);  // does not end inside a character
}
