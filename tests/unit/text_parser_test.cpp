#include <doctest/doctest.h>

#include "dateline/article/noise.hpp"
#include "dateline/article/text_parser.hpp"

using namespace dateline::article;

namespace {

std::vector<std::string> texts(const std::vector<Block>& blocks)
{
    std::vector<std::string> out;
    for (const auto& b : blocks)
        out.push_back(b.text);
    return out;
}

}  // namespace

TEST_CASE("article/text_parser: breadcrumb, title, subtitle, dateline and body of a TASS page")
{
    const auto page = parse_text_page(
        "All news\n\nMoscow hopes Putin, Trump will get along\n\n"
        "There should be more respect, Kremlin said\n\n"
        "MOSCOW, January 12. /TASS/. Moscow expects that the presidents will get along.\n\n"
        "\"Indeed,\" Peskov said.\n");
    REQUIRE(page.has_value());
    CHECK(page->title == "Moscow hopes Putin, Trump will get along");
    CHECK(page->subtitle == "There should be more respect, Kremlin said");
    REQUIRE(page->dateline.has_value());
    CHECK(page->dateline->location == "Moscow");
    REQUIRE(page->body.size() == 2);
    CHECK(page->body[0].text == "Moscow expects that the presidents will get along.");
}

TEST_CASE("article/text_parser: page noise is dropped")
{
    const auto page = parse_text_page(
        "Russian Politics & Diplomacy\n\nTitle here\n\nSubtitle here\n\n"
        "MOSCOW, May 5. /TASS/. First paragraph.\n\n"
        "Kremlin spokesman Dmitry Peskov \u00A9 Mikhail Metzel/TASS\n\n"
        "Read also\n\nKremlin declines to comment on new US sanctions\n\n"
        "{{newsPoint.title}}\n\n"
        "Second paragraph.\n");
    REQUIRE(page.has_value());
    CHECK(page->title == "Title here");
    CHECK(texts(page->body) == std::vector<std::string>{"First paragraph.", "Second paragraph."});
}

TEST_CASE("article/noise: read-also links and breadcrumbs are known in any case, and only whole")
{
    CHECK(drop_noise({"READ ALSO:", "Kremlin declines to comment", "Body."}) == std::vector<std::string>{"Body."});
    CHECK(drop_noise({"Read also the statement, he said.", "Body."}).size() == 2);
    CHECK(is_breadcrumb("RUSSIAN POLITICS & DIPLOMACY"));
    CHECK_FALSE(is_breadcrumb("Russian politics & diplomacy are what the minister spoke about."));
    // Longer in bytes than its lowercase: the dotted capital I is two bytes, "i" one.
    CHECK(is_breadcrumb("RUSS\u0130AN POL\u0130T\u0130CS & D\u0130PLOMACY"));
}

TEST_CASE("article/text_parser: hard-wrapped paragraphs are joined, and with no blank lines each line is a paragraph")
{
    auto page = parse_text_page("Title\n\nSub title\n\nMOSCOW, May 5. /TASS/. One\nparagraph wrapped.\n\nTwo.\n");
    REQUIRE(page.has_value());
    CHECK(texts(page->body) == std::vector<std::string>{"One paragraph wrapped.", "Two."});
    page = parse_text_page("Title\nSub title\nMOSCOW, May 5. /TASS/. One.\nTwo.\n");
    REQUIRE(page.has_value());
    CHECK(page->title == "Title");
    CHECK(texts(page->body) == std::vector<std::string>{"One.", "Two."});
}

TEST_CASE("article/text_parser: without a dateline the first short line is the title")
{
    auto page = parse_text_page("A headline without dateline\n\nThe first paragraph of the story.\n");
    REQUIRE(page.has_value());
    CHECK(page->title == "A headline without dateline");
    CHECK_FALSE(page->dateline.has_value());
    CHECK(page->body.size() == 1);
    CHECK_FALSE(parse_text_page("All news\n\n").has_value());
    CHECK_FALSE(parse_text_page("Only a title\n\nMOSCOW, May 5. /TASS/.\n").has_value());
}
