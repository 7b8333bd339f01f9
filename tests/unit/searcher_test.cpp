#include <doctest/doctest.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/search/searcher.hpp"
#include "dateline/search/snippets.hpp"

using namespace dateline;

namespace {

Article article(const std::string& id, fields::Date date, const std::string& location,
                std::vector<std::vector<std::string>> speakers_per_section, const std::string& body)
{
    Article a;
    a.id = id;
    a.title = "Story " + id;
    a.date = date;
    a.location = location;
    for (std::size_t i = 0; i < speakers_per_section.size(); ++i)
        a.sections.push_back(Section{static_cast<int>(i), std::nullopt, {body}, speakers_per_section[i], {}, {}});
    return a;
}

Xapian::WritableDatabase sample_db()
{
    Xapian::WritableDatabase db("", Xapian::DB_BACKEND_INMEMORY);
    index::DocumentBuilder builder;
    const std::vector<Article> articles{
        article("a", {2017, 1, 12}, "Moscow", {{"Dmitry Peskov", "Sergey Lavrov"}, {"Dmitry Peskov"}},
                "Sanctions and hacker attacks were discussed."),
        article("b", {2016, 5, 1}, "Geneva", {{"Sergey Lavrov"}}, "Sanctions on Syria talks."),
        article("c", {2018, 3, 3}, "Moscow", {{}}, "Weather report for the capital."),
    };
    for (const auto& a : articles)
        for (const auto& s : a.sections)
            db.add_document(builder.build(a, s));
    return db;
}

std::vector<std::string> ids(const search::SearchResult& r)
{
    std::vector<std::string> out;
    for (const auto& h : r.hits)
        out.push_back(h.section.id);
    return out;
}

}  // namespace

TEST_CASE("search/searcher: exact facets count each speaker of a section once")
{
    const auto db = sample_db();
    search::SearchRequest request;
    request.text = "sanctions";
    const auto r = search::search(db, request);
    CHECK(r.total == 3);
    CHECK(r.total_exact);
    REQUIRE(r.facets.speaker.size() == 2);
    CHECK(r.facets.speaker[0].value == "Dmitry Peskov");
    CHECK(r.facets.speaker[0].count == 2);
    CHECK(r.facets.speaker[1].value == "Sergey Lavrov");
    CHECK(r.facets.speaker[1].count == 2);
    CHECK(r.facets.location[0].value == "Moscow");
    CHECK(r.facets.location[0].count == 2);
    CHECK(r.facets.month.size() == 2);
}

TEST_CASE("search/searcher: filters, order and paging")
{
    const auto db = sample_db();
    search::SearchRequest request;
    request.filters.locations = {"moscow"};
    auto r = search::search(db, request);
    CHECK(ids(r) == std::vector<std::string>{"c-0", "a-0", "a-1"});  // no text: newest first
    request.sort = search::SortOrder::Oldest;
    CHECK(ids(search::search(db, request)).front().starts_with("a-"));
    request = {};
    request.filters.speakers = {"Lavrov"};
    request.filters.until = fields::Date{2016, 12, 31};
    r = search::search(db, request);
    CHECK(ids(r) == std::vector<std::string>{"b-0"});
    request = {};
    request.offset = 1;
    request.limit = 1;
    r = search::search(db, request);
    CHECK(r.total == 4);
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].rank == 2);
}

TEST_CASE("search/searcher: snippets mark the matched words and undo HTML escaping")
{
    const auto db = sample_db();
    search::SearchRequest request;
    request.text = "hacker";
    const auto r = search::search(db, request);
    REQUIRE(r.hits.size() == 2);  // both sections of story a
    CHECK(search::render_marks(r.hits[0].snippet, "[", "]") == "Sanctions and [hacker] attacks were discussed.");
}

TEST_CASE("search/snippets: a hit with no words to match shows the opening, cut at a word")
{
    CHECK(search::lead_snippet("Short text.") == "Short text.");
    CHECK(search::lead_snippet("One two three four", 9) == "One two...");
    CHECK(search::lead_snippet("\u00E9\u00E9\u00E9\u00E9", 3) == "\u00E9...");
    search::SearchRequest request;
    request.filters.locations = {"Geneva"};
    const auto r = search::search(sample_db(), request);
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].snippet == "Sanctions on Syria talks.");
}
