// Ranking choices made at search time: --bm25 parameters, and --match auto (any word for long
// queries), as tuned on the Reuters proxy collection (docs/RELEVANCE.md).
#include <algorithm>

#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/query/query_builder.hpp"
#include "dateline/search/ranking.hpp"
#include "dateline/search/searcher.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using query::MatchMode;

namespace {

search::SearchRequest words(const std::string& text, MatchMode mode = MatchMode::Auto)
{
    search::SearchRequest r;
    r.text = text;
    r.match = mode;
    r.limit = 100;
    return r;
}

template <class Parse>
std::string usage_error(std::string_view text, Parse parse)
{
    try {
        parse(text);
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Usage);
        return e.what();
    }
    return "no error";
}

std::string bm25_error(std::string_view text)
{
    return usage_error(text, [](std::string_view t) { return search::parse_bm25(t); });
}

std::string weighting_error(std::string_view text)
{
    return usage_error(text, search::parse_weighting);
}

}  // namespace

TEST_CASE("search/ranking: --bm25 KEY=N pairs change those parameters and keep the rest")
{
    const auto p = search::parse_bm25("k1=1.2,b=0.75");
    CHECK(p.k1 == doctest::Approx(1.2));
    CHECK(p.b == doctest::Approx(0.75));
    CHECK(p.k2 == search::XapianBm25.k2);
    CHECK(p.k3 == search::XapianBm25.k3);
    CHECK(p.min_normlen == search::XapianBm25.min_normlen);
    CHECK(search::describe(search::parse_bm25("min_normlen=0.25,k2=0,k3=7")) ==
          "BM25 k1=1 k2=0 k3=7 b=0.5 min_normlen=0.25");
    CHECK(search::describe(search::XapianBm25) == "BM25 k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5");
}

TEST_CASE("search/ranking: a bad --bm25 is refused by name")
{
    CHECK(bm25_error("k1") == "invalid --bm25 'k1': 'k1' is not KEY=NUMBER");
    CHECK(bm25_error("") == "invalid --bm25 '': '' is not KEY=NUMBER");
    CHECK(bm25_error("k1=1.2,") == "invalid --bm25 'k1=1.2,': '' is not KEY=NUMBER");
    CHECK(bm25_error("k9=1") == "invalid --bm25 'k9=1': unknown key 'k9' for bm25");
    CHECK(bm25_error("b=1.5") == "invalid --bm25 'b=1.5': b must be a number from 0 to 1");
    CHECK(bm25_error("k1=-1") == "invalid --bm25 'k1=-1': k1 must be a number of 0 or more");
    CHECK(bm25_error("k1=fast") == "invalid --bm25 'k1=fast': k1 must be a number of 0 or more");
}

TEST_CASE("search/ranking: --weighting names a scheme, then its own parameters")
{
    const auto ineb2 = search::parse_weighting("ineb2:c=2");
    CHECK(ineb2.scheme == search::Scheme::IneB2);
    CHECK(search::describe(ineb2) == "IneB2 c=2");
    CHECK(search::describe(search::parse_weighting("dph")) == "DPH");
    CHECK(search::describe(search::parse_weighting("bm25:b=0.75")) == "BM25 k1=1 k2=0 k3=1 b=0.75 min_normlen=0.5");
    CHECK(search::describe(search::parse_weighting("bm25+")) ==
          "BM25+ k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5 delta=1");
    CHECK(search::make_weight(ineb2)->name() == "Xapian::IneB2Weight");
    CHECK(weighting_error("tf") == "invalid --weighting 'tf': unknown scheme 'tf'");
    CHECK(weighting_error("ineb2:k1=1") == "invalid --weighting 'ineb2:k1=1': unknown key 'k1' for ineb2");
    CHECK(weighting_error("bm25:b=2") == "invalid --weighting 'bm25:b=2': b must be a number from 0 to 1");
    CHECK(weighting_error("dlh:c=1") == "invalid --weighting 'dlh:c=1': unknown key 'c' for dlh");
}

TEST_CASE("search/ranking: BM25 parameters reach the match")
{
    // k1 = 0 ignores how often a word occurs and how long the section is: every section with
    // the word scores its idf alone. Xapian's default k1 = 1 tells them apart.
    auto flat = words("sanctions");
    flat.weighting = search::parse_bm25("k1=0");
    const auto r = search::search(fixture::sample(), flat);
    REQUIRE(r.hits.size() > 2);
    for (const auto& h : r.hits)
        CHECK(h.score == doctest::Approx(r.hits.front().score));
    CHECK(r.explanation.ranking == "BM25 k1=0 k2=0 k3=1 b=0.5 min_normlen=0.5");

    const auto d = search::search(fixture::sample(), words("sanctions"));
    CHECK(d.hits.front().score > d.hits.back().score);
    CHECK(d.explanation.ranking == search::describe(search::DefaultWeighting));
}

TEST_CASE("query/query_builder: --match auto counts the words the default operator joins")
{
    query::QueryBuilder builder(fixture::sample());
    struct Case {
        const char* text;
        std::size_t words;
    };
    const Case cases[] = {
        {"", 0},
        {"speaker:peskov", 0},
        {"sanctions", 1},
        {"hacker attacks", 2},
        {"grain exports wheat", 3},
        {"\"hacker attacks\"", 1},
        {"\"hacker attacks\" kremlin", 2},
        {"\"hacker attacks\" kremlin peskov", 3},
        {"kremlin \"hacker attacks\" peskov sanctions", 4},
        {"hacker attacks speaker:peskov", 2},          // a filter is not a word
        {"hacker attacks kremlin speaker:peskov", 3},
        {"hacker OR attacks kremlin", 1},              // explicit operators: the user's structure
        {"hacker -attacks kremlin", 1},
        {"title:gas sanctions pipeline", 3},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(builder.implicit_words(c.text) == c.words);
    }
    CHECK(builder.resolve("hacker attacks", MatchMode::Auto) == MatchMode::All);
    CHECK(builder.resolve("hacker attacks kremlin", MatchMode::Auto) == MatchMode::Any);
    CHECK(builder.resolve("hacker attacks kremlin", MatchMode::All) == MatchMode::All);
    CHECK(builder.resolve("hacker attacks", MatchMode::Any) == MatchMode::Any);
    CHECK(builder.parse("gas hacker pipeline", MatchMode::Auto).query.get_description() ==
          "Query((Zgas@1 OR Zhacker@2 OR Zpipelin@3))");
}

TEST_CASE("search/searcher: a query of 3 words or more matches any of them, best first; --match all keeps all")
{
    using V = std::vector<std::string>;
    const auto any = search::search(fixture::sample(), words("gas hacker pipeline"));
    CHECK(any.match == MatchMode::Any);
    CHECK(any.long_query);
    CHECK_FALSE(any.relaxed);
    CHECK(any.query_total == 5);  // a-0 a-1 (hacker), e-0 e-1 e-2 (gas, in the title)
    CHECK(fixture::ids(any).front() == "e-0");  // gas and pipeline

    const auto all = search::search(fixture::sample(), words("gas hacker pipeline", MatchMode::All));
    CHECK(all.query_total == 0);  // no section has all three
    CHECK(all.relaxed);           // so it fell back to any word, saying so
    CHECK_FALSE(all.long_query);

    const auto two = search::search(fixture::sample(), words("hacker attacks"));
    CHECK(two.match == MatchMode::All);
    CHECK_FALSE(two.long_query);
    auto got = fixture::ids(two);
    std::sort(got.begin(), got.end());
    CHECK(got == V{"a-0", "a-1"});
}
