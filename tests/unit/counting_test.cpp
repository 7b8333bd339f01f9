// Counting in parallel: chunks of the document ids on several handles give exactly what one
// pass gives, and a handle at a newer revision counts nothing.
#include <chrono>
#include <thread>

#include <doctest/doctest.h>

#include "dateline/calendar/date.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/schema/facet_slot.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/search/counting.hpp"
#include "dateline/search/searcher.hpp"
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
            bool ran = false;  // the ranked page, meanwhile
            const auto n = search::count_in_parallel(db, fixture::sample_path(), query, request, threads, spies,
                                                     [&] { ran = true; });
            CHECK(ran);
            CHECK(n == want.matches);
            CHECK(spies.facets.collect(100) == want.facets);
            CHECK(periods(spies.timeline->collect(db, *request.timeline, false, {}, n)) == want.periods);
        }
    }
}

TEST_CASE("search/counting: what changed since the database was opened is not counted")
{
    const auto dir = fixture::temp_dir("counting-stale");
    fixture::build_index(dir, fixture::articles());
    const Xapian::Database opened(dir.string());
    const auto request = counting_request();
    const auto want = one_pass(opened, Xapian::Query::MatchAll, request);
    {
        Xapian::WritableDatabase writer(dir.string());
        for (Xapian::docid did = 1; did <= opened.get_lastdocid(); did += 2)
            writer.delete_document(did);  // a handle opened now would miss these
        writer.commit();
    }
    search::CountingSpies spies;
    // The calling thread waits first, so the other threads would take every chunk if they could.
    const auto wait = [] { std::this_thread::sleep_for(std::chrono::milliseconds(200)); };
    CHECK(search::count_in_parallel(opened, dir, Xapian::Query::MatchAll, request, 4, spies, wait) == want.matches);
    CHECK(spies.facets.collect(100) == want.facets);
}

TEST_CASE("search/counting: a large search counted on threads gives what one thread gives")
{
    // Enough sections for the search to count in parallel: ParallelIndexFrom sections, a third
    // matching. Bare documents (a word, the facet values, a date) keep it to a few seconds.
    const auto dir = fixture::temp_dir("counting-large");
    {
        Xapian::WritableDatabase writer(dir.string(), Xapian::DB_CREATE);
        const std::vector<std::string> speakers{"Dmitry Peskov", "Sergey Lavrov", "Maria Zakharova"};
        for (Xapian::doccount i = 0; i < search::ParallelIndexFrom; ++i) {
            Xapian::Document doc;
            doc.add_term(i % 3 == 0 ? "Zsanction" : "Zweather");
            doc.add_term(i % 3 == 0 ? "sanctions" : "weather");
            const calendar::Date date{2000 + static_cast<int>(i % 20), 1 + static_cast<int>(i % 12), 1};
            doc.add_value(schema::slot(schema::Slot::Date), calendar::to_key(date));
            doc.add_value(schema::slot(schema::Slot::Month), calendar::to_month(date));
            doc.add_value(schema::slot(schema::Slot::Speakers), speakers[i % speakers.size()]);
            doc.add_value(schema::slot(schema::Slot::Location), i % 2 ? "Moscow" : "Geneva");
            doc.add_value(schema::slot(schema::Slot::Facets), schema::pack_facet_values(doc));
            doc.set_data(schema::encode_section_data(fixture::articles().front(),
                                                    fixture::articles().front().sections.front(),
                                                    "id-" + std::to_string(i)));
            writer.add_document(doc);
        }
        writer.commit();
    }
    Xapian::Database db(dir.string());
    for (const auto order : {search::SortOrder::Relevance, search::SortOrder::Newest}) {
        search::SearchRequest request;
        request.text = "sanctions";
        request.sort = order;
        request.timeline = facets::TimelineUnit::Year;
        request.limit = 5;
        request.offset = 2;
        auto one = search::search(db, request);
        request.threads = 3;
        request.local_database = dir;
        auto three = search::search(db, request);
        INFO("order " << search::to_string(order));
        CHECK(one.total == search::ParallelIndexFrom / 3 + 1);
        CHECK(three.total == one.total);
        CHECK(three.facets == one.facets);
        CHECK(fixture::ids(three) == fixture::ids(one));
        CHECK(fixture::ids(three).size() == 5);
        REQUIRE(three.timeline);
        CHECK(periods(*three.timeline) == periods(*one.timeline));
    }
}
