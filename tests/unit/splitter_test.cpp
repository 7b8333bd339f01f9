#include <doctest/doctest.h>

#include "dateline/article/page.hpp"
#include "dateline/section/splitter.hpp"

using namespace dateline::section;

namespace {

std::vector<Block> unknown(std::vector<std::string> texts)
{
    return dateline::article::blocks_of(std::move(texts));
}

}  // namespace

TEST_CASE("section/splitter: the shape of a sub-heading")
{
    CHECK(looks_like_heading("On alleged hacker attacks"));
    CHECK(looks_like_heading("On Tillerson's position on Crimea"));
    CHECK(looks_like_heading("2018 budget"));
    CHECK_FALSE(looks_like_heading("He said so."));
    CHECK_FALSE(looks_like_heading("\"We disagree,\" Peskov said"));
    CHECK_FALSE(looks_like_heading("lower-case start of a line"));
    CHECK_FALSE(looks_like_heading("A very long line that goes on and on with many words and is surely a sentence not a heading"));
}

TEST_CASE("section/splitter: sections at sub-headings, section 0 before the first")
{
    const auto sections = split_sections(unknown({"Lead one.", "Lead two.", "On respect", "Body A.", "On attacks", "Body B.",
                                                  "Body C."}));
    REQUIRE(sections.size() == 3);
    CHECK(sections[0].ordinal == 0);
    CHECK_FALSE(sections[0].heading.has_value());
    CHECK(sections[0].paragraphs.size() == 2);
    CHECK(sections[1].heading == "On respect");
    CHECK(sections[2].ordinal == 2);
    CHECK(sections[2].heading == "On attacks");
    CHECK(sections[2].text() == "Body B.\n\nBody C.");
}

TEST_CASE("section/splitter: a heading-like last line or two in a row are text")
{
    auto sections = split_sections(unknown({"Lead.", "Signed by nobody"}));
    REQUIRE(sections.size() == 1);
    CHECK(sections[0].paragraphs.size() == 2);
    sections = split_sections(unknown({"Lead.", "Kremlin declines to comment", "On sanctions", "Body."}));
    REQUIRE(sections.size() == 2);
    CHECK(sections[1].heading == "On sanctions");
    CHECK(sections[0].paragraphs.back() == "Kremlin declines to comment");
}

TEST_CASE("section/splitter: a body that opens with a heading has no empty section 0")
{
    const auto sections = split_sections(unknown({"On respect", "Body A."}));
    REQUIRE(sections.size() == 1);
    CHECK(sections[0].ordinal == 0);
    CHECK(sections[0].heading == "On respect");
}

TEST_CASE("section/splitter: a role the format gives beats the shape")
{
    const auto sections = split_sections({{"Lead.", Block::Role::Paragraph},
                                          {"A short line", Block::Role::Paragraph},
                                          {"Why it matters.", Block::Role::Heading},
                                          {"Body.", Block::Role::Paragraph}});
    REQUIRE(sections.size() == 2);
    CHECK(sections[0].paragraphs.size() == 2);
    CHECK(sections[1].heading == "Why it matters.");
}
