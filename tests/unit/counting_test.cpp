// Counting in parallel: shares of the document ids on their own handles give exactly what one
// pass gives, and a handle at another revision gives nothing rather than other documents.
#include <doctest/doctest.h>

#include "dateline/search/counting.hpp"
#include "search_fixture.hpp"

using namespace dateline;

namespace {

struct Count {
    Xapian::doccount matches = 0;
    facets::Facets facets;
    std::vector<std::pair<std::string, Xapian::doccount>> periods;
};

std::vector<std::pair<std::string, Xapian::doccount>> periods(const facets::Timeline& timeline)
{
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (const auto& p : timeline.periods)
        out.emplace_back(p.label, p.count);
    return out;
}

Count one_pass(const Xapian::Database& db, const Xapian::Query& query, const search::SearchRequest& request)
{
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    search::CountingSpies spies;
    spies.attach(enquire, request, false);
    const auto mset = enquire.get_mset(0, 0, db.get_doccount());
    return {mset.get_matches_lower_bound(), spies.facets.collect(100),
            periods(spies.timeline->collect(db, *request.timeline, false, {}, mset.get_matches_lower_bound()))};
}

search::SearchRequest counting_request()
{
    search::SearchRequest request;
    request.facet_limit = 100;
    request.timeline = facets::TimelineUnit::Month;
    return request;
}

}  // namespace

TEST_CASE("search/counting: shares counted on several threads add up to one pass")
{
    const auto& db = fixture::sample();
    const auto request = counting_request();
    Xapian::QueryParser parser;
    for (const std::string text : {"", "sanctions", "peskov OR lavrov OR talks"}) {
        const auto query = text.empty() ? Xapian::Query::MatchAll : parser.parse_query(text);
        const auto want = one_pass(db, query, request);
        REQUIRE(want.matches > 0);
        for (const unsigned threads : {2U, 3U, 7U}) {
            INFO("query '" << text << "', " << threads << " threads");
            search::CountingSpies spies;
            const auto n = search::count_in_parallel(db, fixture::sample_path(), query, request, threads, spies);
            REQUIRE(n.has_value());
            CHECK(*n == want.matches);
            CHECK(spies.facets.collect(100) == want.facets);
            CHECK(periods(spies.timeline->collect(db, *request.timeline, false, {}, *n)) == want.periods);
        }
    }
}

TEST_CASE("search/counting: a database changed since it was opened is not counted in parallel")
{
    const auto dir = fixture::temp_dir("counting-stale");
    fixture::build_index(dir, fixture::articles());
    const Xapian::Database opened(dir.string());
    {
        Xapian::WritableDatabase writer(dir.string());
        writer.add_document(Xapian::Document());
        writer.commit();
    }
    search::CountingSpies spies;
    CHECK(!search::count_in_parallel(opened, dir, Xapian::Query::MatchAll, counting_request(), 2, spies));
}
