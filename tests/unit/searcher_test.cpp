// The searcher: exact facets, filters, sort orders, paging, collapse counts, recency,
// did-you-mean, relaxed matching, --like, snippets, and reopening a changing index.
#include <algorithm>
#include <cmath>
#include <map>

#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/facets/facets.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/query/calendar.hpp"
#include "dateline/store/reopen.hpp"
#include "dateline/search/searcher.hpp"
#include "dateline/search/snippets.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using fixture::ids;
using V = std::vector<std::string>;

namespace {

search::SearchResult run(search::SearchRequest request)
{
    return search::search(fixture::sample(), request);
}

search::SearchRequest words(const std::string& text)
{
    search::SearchRequest r;
    r.text = text;
    r.limit = 100;
    return r;
}

std::vector<std::string> dates(const search::SearchResult& r)
{
    std::vector<std::string> out;
    for (const auto& h : r.hits)
        out.push_back(h.section.date.value_or(""));
    return out;
}

std::vector<std::pair<std::string, Xapian::doccount>> pairs(const std::vector<facets::FacetValue>& values)
{
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (const auto& v : values)
        out.emplace_back(v.value, v.count);
    return out;
}

}  // namespace

TEST_CASE("search/searcher: facets are exact, and a section with two speakers counts for each")
{
    const auto r = run(words("sanctions"));
    using P = std::vector<std::pair<std::string, Xapian::doccount>>;
    CHECK(r.total == 6);
    CHECK(r.total_exact);
    CHECK(pairs(facets::facet(r.facets, "speaker")) ==
          P{{"Dmitry Peskov", 2}, {"Sergey Lavrov", 2}, {"Alexander Novak", 1}, {"Olaf Scholz", 1}});
    CHECK(pairs(facets::facet(r.facets, "location")) == P{{"Moscow", 4}, {"Berlin", 1}, {"Geneva", 1}});
    CHECK(pairs(facets::facet(r.facets, "agency")) == P{{"Interfax", 3}, {"AFP", 1}, {"Reuters", 1}, {"TASS", 1}});
    CHECK(pairs(facets::facet(r.facets, "organization")) == P{{"Foreign Ministry", 1}});
    CHECK(pairs(facets::facet(r.facets, "month")) == P{{"2019-12", 3}, {"2016-05", 1}, {"2017-01", 1}});
    auto limited = words("sanctions");
    limited.facet_limit = 1;
    CHECK(facets::facet(run(limited).facets, "speaker").size() == 1);
    limited.facet_limit = 0;  // no facets: the spies are not even attached
    for (const auto& f : run(limited).facets)
        CHECK(f.values.empty());
}

TEST_CASE("search/facets: the packed slot counts what Xapian's own spies count")
{
    // The local spy reads Slot::Facets; remote shards fall back to a ValueCountMatchSpy per
    // facet slot. Both must agree on every query, ties and list values included.
    auto& db = fixture::sample();
    for (const std::string text : {"", "sanctions", "peskov OR lavrov", "kremlin", "sanctions -peskov"}) {
        INFO("query: '" << text << "'");
        const auto query = text.empty() ? Xapian::Query::MatchAll : Xapian::QueryParser().parse_query(text);
        facets::Facets both[2];
        for (const bool portable : {false, true}) {
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            facets::FacetSpies spies;
            spies.attach(enquire, portable);
            enquire.get_mset(0, 0, db.get_doccount());
            both[portable] = spies.collect(100);
        }
        CHECK(both[0] == both[1]);
        CHECK(!facets::facet(both[0], "agency").empty());
    }

    Xapian::Document doc;
    doc.add_value(schema::slot(schema::Slot::Speakers), std::string("A B") + schema::ListSeparator + "C D");
    doc.add_value(schema::slot(schema::Slot::Month), "2017-01");
    const auto packed = schema::pack_facet_values(doc);
    CHECK(packed == std::string("A B\x1f" "C D\x1e\x1e\x1e\x1e" "2017-01"));  // speaker, location, agency, org, month
    facets::PackedFacetSpy spy;
    doc.add_value(schema::slot(schema::Slot::Facets), packed);
    spy(doc, 0);
    spy(doc, 0);  // twice: C D and A B tie at 2, value order decides
    CHECK(spy.top(0, 10) == std::vector<facets::FacetValue>{{"A B", 2}, {"C D", 2}});
    CHECK(spy.top(0, 1) == std::vector<facets::FacetValue>{{"A B", 2}});
    CHECK(spy.top(1, 10).empty());
    CHECK(spy.top(4, 10) == std::vector<facets::FacetValue>{{"2017-01", 2}});
}

TEST_CASE("search/searcher: sort orders")
{
    auto r = run(words("sanctions"));
    for (std::size_t i = 1; i < r.hits.size(); ++i)
        CHECK(r.hits[i - 1].score >= r.hits[i].score);
    CHECK(r.sort == search::SortOrder::Relevance);

    auto request = words("sanctions");
    request.sort = search::SortOrder::Newest;
    CHECK(dates(run(request)) == V{"2019-12-20", "2019-12-20", "2019-12-20", "2017-01-12", "2016-05-01", ""});
    request.sort = search::SortOrder::Oldest;
    // Unknown dates come last in either order.
    CHECK(dates(run(request)) == V{"2016-05-01", "2017-01-12", "2019-12-20", "2019-12-20", "2019-12-20", ""});

    search::SearchRequest filters_only;
    filters_only.filters.locations = {"moscow"};
    r = run(filters_only);  // no words: newest first
    CHECK(r.sort == search::SortOrder::Newest);
    CHECK(dates(r) == V{"2019-12-20", "2019-12-20", "2019-12-20", "2018-03-03", "2017-01-12", "2017-01-12"});
}

TEST_CASE("search/searcher: filters and paging")
{
    search::SearchRequest request;
    request.filters.speakers = {"Lavrov"};
    request.filters.dates.to = calendar::Date{2016, 12, 31};
    CHECK(ids(run(request)) == V{"b-0"});

    request = words("sanctions");
    const auto all = ids(run(request));
    request.offset = 2;
    request.limit = 2;
    const auto page = run(request);
    CHECK(page.total == 6);
    REQUIRE(page.hits.size() == 2);
    CHECK(page.hits[0].rank == 3);
    CHECK(ids(page) == V{all[2], all[3]});
    request.offset = 0;
    request.limit = 4000000000u;  // no hidden cap, and no huge allocation either
    CHECK(run(request).hits.size() == 6);
    request.limit = 0;
    const auto none = run(request);
    CHECK(none.hits.empty());
    CHECK(none.total == 6);
}

TEST_CASE("search/searcher: one hit per article with exact counts of the other matching sections")
{
    auto request = words("sanctions");
    request.per_article = true;
    const auto r = run(request);
    CHECK(r.per_article);
    CHECK(r.total == 4);  // articles a, b, e, f
    CHECK(r.total_sections == 6);
    CHECK(r.total_exact);
    std::map<std::string, Xapian::doccount> more;
    for (const auto& h : r.hits)
        more[h.section.article_id] = h.more_sections;
    CHECK(more == std::map<std::string, Xapian::doccount>{{"a", 0}, {"b", 0}, {"e", 2}, {"f", 0}});
    // Facets still count sections.
    CHECK(facets::facet(r.facets, "location").front().count == 4);

    request.limit = 1;  // a full page: the counts stay exact
    const auto top = run(request);
    CHECK(top.total == 4);
    CHECK(top.total_sections == 6);
    request = words("hacker");
    request.per_article = true;
    request.sort = search::SortOrder::Oldest;
    const auto hacker = run(request);
    REQUIRE(hacker.hits.size() == 1);
    CHECK(hacker.hits[0].more_sections == 1);
}

TEST_CASE("search/searcher: recency adds top x 0.5^(age / half-life) to each score")
{
    const auto plain = run(words("sanctions"));
    auto request = words("sanctions");
    request.recency_half_life = 365;
    const auto boosted = run(request);
    CHECK(boosted.total == plain.total);
    double top = 0;
    std::map<std::string, double> base;
    for (const auto& h : plain.hits) {
        top = std::max(top, h.score);
        base[h.section.id] = h.score;
    }
    const long newest = query::day_number(calendar::Date{2019, 12, 20});
    for (const auto& h : boosted.hits) {
        CAPTURE(h.section.id);
        double expected = base[h.section.id];
        if (h.section.date) {
            const auto d = calendar::parse_iso(*h.section.date);
            expected += top * std::exp2(-static_cast<double>(newest - query::day_number(*d)) / 365.0);
        }
        CHECK(h.score == doctest::Approx(expected));
    }
    CHECK(boosted.explanation.recency.starts_with("score + "));
    CHECK(boosted.explanation.recency.ends_with(" x 0.5^(age / 365 days), age counted back from 2019-12-20"));

    // A short half-life puts the newest matches first; the undated one gets no boost.
    request.recency_half_life = 7;
    const auto fresh = run(request);
    CHECK(fresh.hits[0].section.date == std::optional<std::string>("2019-12-20"));

    request.sort = search::SortOrder::Newest;
    CHECK_THROWS_WITH_AS(run(request), "--recency ranks by relevance; it cannot be combined with --sort newest", Error);
}

TEST_CASE("search/searcher: did you mean, with the suggestion's hits when the query finds nothing")
{
    const auto r = run(words("peskof"));
    CHECK(r.query_total == 0);
    CHECK(r.suggestion == "peskov");
    CHECK(r.corrected);
    CHECK(r.shown_query == "peskov");
    CHECK_FALSE(r.relaxed);
    CHECK(fixture::matching_ids(words("peskov")) == V{"a-0", "a-1", "e-0"});
    auto got = ids(r);
    std::sort(got.begin(), got.end());
    CHECK(got == V{"a-0", "a-1", "e-0"});

    // An unknown word is pointed out even when the query matches.
    const auto either = run(words("sanctions OR peskof"));
    CHECK(either.query_total == 6);
    CHECK(either.suggestion == "sanctions OR peskov");
    CHECK_FALSE(either.corrected);

    const auto nothing = run(words("xylophonist"));
    CHECK(nothing.total == 0);
    CHECK(nothing.suggestion.empty());
    CHECK(nothing.hits.empty());
}

TEST_CASE("search/searcher: all words by default, any word on request, relaxed when all finds nothing")
{
    CHECK(run(words("hacker gas")).relaxed);
    const auto r = run(words("hacker gas"));
    CHECK(r.query_total == 0);
    CHECK(r.match == query::MatchMode::Any);
    auto got = ids(r);
    std::sort(got.begin(), got.end());
    CHECK(got == V{"a-0", "a-1", "e-0", "e-1", "e-2"});

    auto any = words("hacker gas");
    any.match = query::MatchMode::Any;
    const auto asked = run(any);
    CHECK(asked.query_total == 5);
    CHECK_FALSE(asked.relaxed);

    CHECK_FALSE(run(words("hacker attacks")).relaxed);  // all words match: nothing to relax
    CHECK(run(words("hacker attacks")).query_total == 2);
}

TEST_CASE("search/searcher: --like finds sections of other articles by their expand terms")
{
    auto request = words("");
    request.like = "e-0";
    const auto r = run(request);
    CHECK_FALSE(r.hits.empty());
    CHECK_FALSE(r.explanation.like_terms.empty());
    for (const auto& h : r.hits)
        CHECK(h.section.article_id != "e");
    // The best expand terms are words of the example.
    const auto& terms = r.explanation.like_terms;
    CHECK(std::find(terms.begin(), terms.end(), "pipeline") != terms.end());
    for (const auto& t : terms)
        CHECK_FALSE((t[0] >= 'A' && t[0] <= 'Z'));  // no prefixed filter terms or stems

    request.like = "e";  // an article id: all its sections are the example
    CHECK_FALSE(run(request).hits.empty());
    request.like = "nope-3";
    CHECK_THROWS_WITH_AS(run(request), "no section or article with id 'nope-3'", Error);
}

TEST_CASE("search/searcher: unknown filter values are named")
{
    search::SearchRequest request;
    request.filters.speakers = {"Peskof", "Lavrov"};
    request.filters.agencies = {"Tass"};
    CHECK(run(request).unknown_values == V{"speaker 'Peskof'"});
}

TEST_CASE("search/searcher: the explanation shows the parsed query and the filters")
{
    auto request = words("hacker attacks");
    request.filters.speakers = {"Peskov"};
    request.filters.dates = query::parse_date_span("2017-01");
    request.per_article = true;
    const auto& why = run(request).explanation;
    CHECK(why.words == "Query((Zhacker@1 AND Zattack@2))");
    CHECK(why.filters == V{"speaker: peskov", "date: 2017-01-01..2017-01-31"});
    CHECK(why.order == "relevance");
    CHECK_FALSE(why.collapse.empty());
    CHECK(why.final_query ==
          "Query(((Zhacker@1 AND Zattack@2) FILTER (XSPEAKER:peskov AND VALUE_RANGE 0 20170101 20170131)))");
}

TEST_CASE("search/snippets: matched words marked, HTML escaping undone, openings cut at a word")
{
    const auto r = run(words("hacker"));
    REQUIRE(r.hits.size() == 2);
    CHECK(search::render_marks(fixture::ids(r)[0] == "a-1" ? r.hits[0].snippet : r.hits[1].snippet, "[", "]") ==
          "[Hacker] attacks on the election were never proven, the spokesman said.");
    CHECK(search::lead_snippet("Short text.") == "Short text.");
    CHECK(search::lead_snippet("One two three four", 9) == "One two...");
    CHECK(search::lead_snippet("\u00E9\u00E9\u00E9\u00E9", 3) == "\u00E9...");
    search::SearchRequest request;
    request.filters.locations = {"Geneva"};
    REQUIRE(run(request).hits.size() == 1);
    CHECK(run(request).hits[0].snippet == "Sanctions on Syria were raised at the talks.");
}

TEST_CASE("search/reopen: a search survives an indexer committing under it")
{
    // Enough sections, rewritten over several commits, that Xapian discards the revision a
    // reader opened before them.
    std::vector<Article> many;
    for (int i = 0; i < 1200; ++i) {
        Article a = fixture::articles()[static_cast<std::size_t>(i) % 3];
        a.id = "gen" + std::to_string(i);
        many.push_back(a);
    }
    const auto path = fixture::temp_dir("reopen");
    fixture::build_index(path, many);
    Xapian::Database control(path.string()), reader(path.string());
    {
        Xapian::WritableDatabase writer(path.string(), Xapian::DB_OPEN);
        for (int round = 0; round < 4; ++round) {
            for (Xapian::docid did = 1; did <= writer.get_lastdocid(); ++did) {
                auto doc = writer.get_document(did);
                doc.set_data(schema::with_duplicates(doc.get_data(), {"round" + std::to_string(round)}));
                doc.add_term("round" + std::to_string(round));
                writer.replace_document(did, doc);
            }
            writer.commit();
        }
    }
    search::SearchRequest request;
    request.text = "sanctions";
    request.limit = 50;
    // Without reopening, the old revision is gone:
    CHECK_THROWS_AS(
        {
            Xapian::Enquire e(control);
            e.set_query(Xapian::Query::MatchAll);
            const auto m = e.get_mset(0, 1200);
            for (auto it = m.begin(); it != m.end(); ++it)
                (void)it.get_document().get_data();
        },
        Xapian::DatabaseModifiedError);
    const auto r = search::search(reader, request);
    CHECK(r.total > 0);
    CHECK(r.hits.size() == 50);

    int calls = 0;
    CHECK(store::with_reopen(reader, [&] {
              if (++calls < 3)
                  throw Xapian::DatabaseModifiedError("changed");
              return calls;
          }) == 3);
    calls = 0;
    CHECK_THROWS_AS(store::with_reopen(reader, [&]() -> int { ++calls; throw Xapian::DatabaseModifiedError("changed"); }),
                    Xapian::DatabaseModifiedError);
    CHECK(calls == store::ReopenAttempts);
}
