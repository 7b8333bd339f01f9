#include <doctest/doctest.h>

#include "dateline/article/extract.hpp"

using namespace dateline;
using namespace dateline::article;

namespace {

bool has_reason(const std::vector<Problem>& problems, Reason reason)
{
    for (const auto& p : problems)
        if (p.reason == reason)
            return true;
    return false;
}

}  // namespace

TEST_CASE("extract: a page becomes an article: date from its dateline, sections, speakers")
{
    Page page;
    page.title = "Peskov says Kremlin has no compromising materials";
    page.dateline = fields::parse_dateline("MOSCOW, January 11. /TASS/. The Kremlin has nothing.");
    REQUIRE(page.dateline);
    page.body = {{"The Kremlin has no compromising materials, Kremlin spokesman Dmitry Peskov said on Wednesday.",
                  section::Block::Role::Paragraph},
                 {"On hacker attacks", section::Block::Role::Heading},
                 {"\"Russia has nothing to do with this,\" Peskov told reporters.", section::Block::Role::Paragraph}};
    std::vector<Problem> problems;
    const auto a = extract_article(page, SourceRef{"tass.txt", {}}, "id1", DateDefaults{2017, {}}, problems);
    CHECK(problems.empty());
    CHECK(a.id == "id1");
    CHECK(a.title == page.title);
    CHECK(a.location == "Moscow");
    CHECK(a.agency == "TASS");
    REQUIRE(a.date);
    CHECK(calendar::to_iso(*a.date) == "2017-01-11");
    CHECK(a.date_source == DateSource::Option);  // the dateline gave the day, --year the year
    REQUIRE(a.sections.size() == 2);
    CHECK(a.sections[1].heading == "On hacker attacks");
    CHECK(a.sections[0].speakers == std::vector<std::string>{"Dmitry Peskov"});
    CHECK(a.sections[1].speakers == std::vector<std::string>{"Dmitry Peskov"});  // "Peskov" resolved in the story
}

TEST_CASE("extract: no dateline and no year is a story with two notes, not a failure")
{
    Page page;
    page.title = "A headline";
    page.body = {{"Some text without a place or a date.", section::Block::Role::Paragraph}};
    std::vector<Problem> problems;
    const auto a = extract_article(page, SourceRef{"x.txt", {}}, "id2", DateDefaults{}, problems);
    CHECK_FALSE(a.date);
    CHECK(a.location.empty());
    CHECK(a.sections.size() == 1);
    CHECK(has_reason(problems, Reason::NoDateline));
    CHECK(has_reason(problems, Reason::UnknownDate));
}
