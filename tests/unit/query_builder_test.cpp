#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/query/date_bound.hpp"
#include "dateline/query/query_builder.hpp"

using namespace dateline;
using namespace dateline::query;

namespace {

std::string describe(const std::string& text, const Filters& filters = {})
{
    Xapian::WritableDatabase db("", Xapian::DB_BACKEND_INMEMORY);
    QueryBuilder builder(db);
    return builder.build(text, filters).get_description();
}

}  // namespace

TEST_CASE("query/date_bound: partial dates expand to whole periods")
{
    using fields::Date;
    CHECK(parse_date_bound("2017", Bound::Lower) == Date{2017, 1, 1});
    CHECK(parse_date_bound("2017", Bound::Upper) == Date{2017, 12, 31});
    CHECK(parse_date_bound("2017-02", Bound::Upper) == Date{2017, 2, 28});
    CHECK(parse_date_bound("2016-02", Bound::Upper) == Date{2016, 2, 29});
    CHECK(parse_date_bound("2017-03", Bound::Lower) == Date{2017, 3, 1});
    CHECK(parse_date_bound("2017-01-12", Bound::Upper) == Date{2017, 1, 12});
    CHECK(parse_date_bound("1917-11", Bound::Lower) == Date{1917, 11, 1});
    for (const char* bad : {"", "17", "2017-1", "2017-13", "2017-02-30", "2017/01", "January", "2017-01-12x"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_date_bound(bad, Bound::Lower), Error);
    }
}

TEST_CASE("query/query_builder: all words required, stemmed, title and heading weighted by the index")
{
    CHECK(describe("hacker attacks") == "Query((Zhacker@1 AND Zattack@2))");
    CHECK(describe("\"hacker attacks\"") == "Query((hacker@1 PHRASE 2 attacks@2))");
    CHECK(describe("sanctions OR crimea") == "Query((Zsanction@1 OR Zcrimea@2))");
    CHECK(describe("sanctions -crimea") == "Query((Zsanction@1 AND_NOT Zcrimea@2))");
    CHECK(describe("title:sanctions") == "Query(ZSsanction@1)");
    CHECK(describe("heading:attacks") == "Query(ZXHEADattack@1)");
    CHECK(describe("") == "Query(<alldocuments>)");
}

TEST_CASE("query/query_builder: filter prefixes in the query equal the options")
{
    CHECK(describe("speaker:Peskov") == "Query(0 * XSPEAKER:peskov)");
    CHECK(describe("speaker:\"Dmitry Peskov\"") == "Query(0 * XSPEAKER:dmitry peskov)");
    Filters f;
    f.speakers = {"Peskov", "LAVROV"};
    f.locations = {"St. Petersburg"};
    CHECK(describe("sanctions", f) ==
          "Query((Zsanction@1 FILTER ((XSPEAKER:peskov OR XSPEAKER:lavrov) AND XLOC:st. petersburg)))");
    CHECK(describe("", f) == "Query(((XSPEAKER:peskov OR XSPEAKER:lavrov) AND XLOC:st. petersburg))");
}

TEST_CASE("query/query_builder: dates as options and in the query")
{
    Filters f;
    f.since = fields::Date{2017, 1, 1};
    f.until = fields::Date{2017, 3, 31};
    CHECK(describe("", f) == "Query(VALUE_RANGE 0 20170101 20170331)");
    f.until.reset();
    CHECK(describe("", f) == "Query(VALUE_GE 0 20170101)");
    CHECK(describe("date:2017-01..2017-03") == "Query(VALUE_RANGE 0 20170101 20170331)");
    CHECK(describe("date:..2016") == "Query(VALUE_LE 0 20161231)");
    CHECK(describe("date:2017-02") == "Query(VALUE_RANGE 0 20170201 20170228)");
    CHECK_THROWS_AS(describe("date:2017-13"), Error);
}
