// Query text -> Xapian query: the operators, and every field prefix equal to its option.
#include <unistd.h>

#include <filesystem>

#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/query/filters.hpp"
#include "dateline/query/query_builder.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using namespace dateline::query;
using fixture::matching_ids;

namespace {

const calendar::Date Today{2024, 3, 31};

std::string describe(const std::string& text, const Filters& filters = {}, MatchMode mode = MatchMode::All)
{
    Xapian::WritableDatabase db("", Xapian::DB_BACKEND_INMEMORY);
    QueryBuilder builder(db, Today);
    return apply_filters(builder.parse(text, mode).query, filters).get_description();
}

search::SearchRequest text(const std::string& t)
{
    search::SearchRequest r;
    r.text = t;
    return r;
}

search::SearchRequest with(const Filters& f, const std::string& t = "")
{
    auto r = text(t);
    r.filters = f;
    return r;
}

}  // namespace

TEST_CASE("query/query_builder: operators, stemming and the text prefixes")
{
    struct Case {
        const char* text;
        const char* description;
    };
    const Case cases[] = {
        {"hacker attacks", "Query((Zhacker@1 AND Zattack@2))"},
        {"\"hacker attacks\"", "Query((hacker@1 PHRASE 2 attacks@2))"},
        {"sanctions OR crimea", "Query((Zsanction@1 OR Zcrimea@2))"},
        {"sanctions -crimea", "Query((Zsanction@1 AND_NOT Zcrimea@2))"},
        {"sanctions NOT crimea", "Query((Zsanction@1 AND_NOT Zcrimea@2))"},
        {"gas NEAR/3 sanctions", "Query((gas@1 NEAR 4 sanctions@2))"},
        {"title:sanctions", "Query(ZSsanction@1)"},
        {"heading:attacks", "Query(ZXHEADattack@1)"},
        {"quote:respond", "Query(ZXQUOTErespond@1)"},
        {"title:putin NEAR/3 title:trump", "Query((Sputin@1 NEAR 4 Strump@2))"},
        {"title:\"gas sanctions\"", "Query((Sgas@1 PHRASE 2 Ssanctions@2))"},
        {"title:sanctions -heading:gas", "Query((ZSsanction@1 AND_NOT ZXHEADgas@2))"},
        {"", "Query(<alldocuments>)"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(describe(c.text) == c.description);
    }
    CHECK(describe("hacker attacks", {}, MatchMode::Any) == "Query((Zhacker@1 OR Zattack@2))");
}

TEST_CASE("query/query_builder: filter prefixes build the terms the options build")
{
    struct Case {
        const char* text;
        const char* description;
    };
    const Case cases[] = {
        {"speaker:Peskov", "Query(0 * XSPEAKER:peskov)"},
        {"speaker:\"Dmitry  Peskov\"", "Query(0 * XSPEAKER:dmitry peskov)"},
        {"location:\"St. Petersburg\"", "Query(0 * XLOC:st. petersburg)"},
        {"agency:TASS", "Query(0 * XAGENCY:tass)"},
        {"organization:\"Foreign Ministry\"", "Query(0 * XORG:foreign ministry)"},
        {"month:2017-01", "Query(0 * XM201701)"},
        {"year:2017", "Query(0 * XY2017)"},
        {"id:a-1", "Query(0 * Qa-1)"},
        {"article:a", "Query(0 * XARTa)"},
        {"speaker:pesk*", "Query(0 * WILDCARD SYNONYM XSPEAKER:pesk)"},
        {"sanctions speaker:peskov speaker:lavrov location:moscow",
         "Query((Zsanction@1 FILTER (XLOC:moscow AND (XSPEAKER:peskov OR XSPEAKER:lavrov))))"},
        {"sanctions -speaker:peskov", "Query((Zsanction@1 AND_NOT XSPEAKER:peskov))"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(describe(c.text) == c.description);
    }
    Filters f;
    f.speakers = {"Peskov", "LAVROV"};
    f.locations = {"St. Petersburg"};
    CHECK(describe("sanctions", f) ==
          "Query((Zsanction@1 FILTER ((XSPEAKER:peskov OR XSPEAKER:lavrov) AND XLOC:st. petersburg)))");
    CHECK(describe("", f) == "Query(((XSPEAKER:peskov OR XSPEAKER:lavrov) AND XLOC:st. petersburg))");
}

TEST_CASE("query/query_builder: each prefix finds exactly what its option finds")
{
    struct Case {
        const char* query;
        Filters filters;
    };
    const auto speaker = [](std::vector<std::string> v) { Filters f; f.speakers = std::move(v); return f; };
    const auto location = [](std::vector<std::string> v) { Filters f; f.locations = std::move(v); return f; };
    const auto agency = [](std::vector<std::string> v) { Filters f; f.agencies = std::move(v); return f; };
    const auto org = [](std::vector<std::string> v) { Filters f; f.organizations = std::move(v); return f; };
    const auto dates = [](const char* since, const char* until) {
        Filters f;
        f.dates = parse_since_until(since ? std::optional<std::string>(since) : std::nullopt,
                                    until ? std::optional<std::string>(until) : std::nullopt, Today);
        return f;
    };
    const Case cases[] = {
        {"speaker:peskov", speaker({"Peskov"})},
        {"speaker:\"dmitry peskov\"", speaker({"Dmitry Peskov"})},
        {"speaker:peskov speaker:lavrov", speaker({"Peskov", "Lavrov"})},
        {"speaker:peskov OR speaker:novak", speaker({"Peskov", "Novak"})},
        {"location:moscow", location({"Moscow"})},
        {"location:geneva location:petrograd", location({"Geneva", "Petrograd"})},
        {"agency:tass", agency({"TASS"})},
        {"agency:interfax", agency({"Interfax"})},
        {"organization:\"foreign ministry\"", org({"Foreign Ministry"})},
        {"date:2017", dates("2017", "2017")},
        {"date:2017-01", dates("2017-01", "2017-01")},
        {"date:2017-01-12", dates("2017-01-12", "2017-01-12")},
        {"date:2016..2018-03", dates("2016", "2018-03")},
        {"date:..2016", dates(nullptr, "2016")},
        {"date:2018..", dates("2018", nullptr)},
        {"date:..1969", dates(nullptr, "1969")},
        {"date:1900..1930", dates("1900", "1930")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.query);
        const auto by_prefix = matching_ids(text(c.query));
        CHECK_FALSE(by_prefix.empty());
        CHECK(by_prefix == matching_ids(with(c.filters)));
        // Combined with words, too.
        CHECK(matching_ids(text(std::string("sanctions ") + c.query)) == matching_ids(with(c.filters, "sanctions")));
    }
}

TEST_CASE("query/query_builder: prefixes work with booleans, phrases, NEAR, negation and wildcards")
{
    using V = std::vector<std::string>;
    CHECK(matching_ids(text("speaker:pesk*")) == matching_ids(text("speaker:peskov")));
    // Title words are in every section of the story: e-1 mentions sanctions through its title.
    CHECK(matching_ids(text("sanctions -speaker:peskov")) == V{"b-0", "e-1", "e-2", "f-0"});
    CHECK(matching_ids(text("NOT location:moscow")) == V{"b-0", "d-0", "f-0"});
    CHECK(matching_ids(text("title:\"gas sanctions\"")) == V{"e-0", "e-1", "e-2"});
    CHECK(matching_ids(text("heading:gas")) == V{"e-1"});
    CHECK(matching_ids(text("title:kremlin NEAR/4 title:sanctions")) == V{"e-0", "e-1", "e-2"});
    CHECK(matching_ids(text("title:kremlin NEAR/2 title:sanctions")).empty());  // four words apart
    CHECK(matching_ids(text("title:sanctions AND (speaker:novak OR speaker:scholz)")) == V{"e-1", "f-0"});
    CHECK(matching_ids(text("quote:respond")) == V{"a-0"});
    CHECK(matching_ids(text("quote:sanctions")) == V{"a-0"});  // e-0 mentions sanctions, but not in a quote
    CHECK(matching_ids(text("quote:respon*")) == V{"a-0"});
    CHECK(matching_ids(text("date:2017 OR date:1917")) == V{"a-0", "a-1", "d-0"});
    CHECK(matching_ids(text("hacker -date:2017-01")).empty());
}

TEST_CASE("query/query_builder: an unknown word gets Xapian's spelling suggestion")
{
    QueryBuilder builder(fixture::sample(), Today);
    CHECK(builder.parse("peskof").corrected == "peskov");
    CHECK(builder.parse("hackr attacks").corrected == "hacker attacks");
    CHECK(builder.parse("sanctions").corrected.empty());  // every word is known
    CHECK(builder.parse("title:sanctions peskof").corrected == "title:sanctions peskov");
}

TEST_CASE("query/query_builder: a word the index has is never corrected, even towards a more frequent one")
{
    // The in-memory backend keeps no spelling data: a real database in a scratch folder.
    const auto path = std::filesystem::temp_directory_path() / ("dateline-spelling-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE);
    for (const auto* words : {"gain", "gain", "gain", "gain", "grain"}) {
        Xapian::Document doc;
        doc.add_posting(words, 1);
        db.add_document(doc);
    }
    db.add_spelling("gain", 4);
    db.add_spelling("grain", 1);
    QueryBuilder builder(db, Today);
    CHECK(builder.parse("grain").corrected.empty());  // Xapian alone suggests "gain"
    CHECK(builder.parse("(grain) exports").corrected.empty());
    CHECK(builder.parse("grian").corrected == "grain");
    CHECK(builder.parse("grain gian").corrected == "grain gain");
    db.close();
    std::filesystem::remove_all(path);
}

TEST_CASE("query/query_builder: errors name the problem")
{
    CHECK_THROWS_WITH_AS(describe("date:2017-13"), "invalid date '2017-13'", Error);
    CHECK_THROWS_WITH_AS(describe("date:2018..2017"), "date range '2018..2017' ends before it starts", Error);
    CHECK_THROWS_WITH_AS(describe("1..2"), "cannot parse query '1..2': Unknown range operation", Error);
}
