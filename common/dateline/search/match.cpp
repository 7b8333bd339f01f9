#include "dateline/search/match.hpp"

#include <algorithm>
#include <optional>

#include "dateline/error.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/search/counting.hpp"
#include "dateline/search/quotes.hpp"
#include "dateline/search/snippets.hpp"

namespace dateline::search {

namespace {

constexpr std::size_t SnippetBytes = 300;
// The date key that sorts an undated section after every real date, oldest first.
constexpr const char* UndatedOldest = "99999999";

// Date order, ties by relevance; sections of unknown date last either way. Newest first is a
// plain sort by value (descending, a missing value sorts last), which Xapian 1.4's remote
// backend (xapian-tcpsrv) supports; it supports no KeyMaker at all. Oldest first needs the
// KeyMaker to put a missing value last, so it does not work over remote shards (see
// docs/SCALING.md); the error says so.
void set_order(Xapian::Enquire& enquire, SortOrder order, Xapian::MultiValueKeyMaker& keys)
{
    const auto date = schema::slot(schema::Slot::Date);
    if (order == SortOrder::Relevance)
        return;
    if (order == SortOrder::Newest) {
        enquire.set_sort_by_value_then_relevance(date, true);
        return;
    }
    keys.add_value(date, false, UndatedOldest);
    enquire.set_sort_by_key_then_relevance(&keys, false);
}

Hit make_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset, const MatchPlan& plan,
             const Xapian::Stem& stemmer, const SearchRequest& request)
{
    const bool per_article = request.per_article;
    Hit hit;
    hit.rank = it.get_rank() + 1;  // get_rank() already counts the offset
    hit.score = it.get_weight();
    hit.section = schema::decode_section_data(it.get_document().get_data());
    hit.snippet = plan.has_words ? make_snippet(mset, hit.section.text, stemmer, SnippetBytes)
                                 : lead_snippet(hit.section.text, SnippetBytes);
    // Exact here: with every match checked, each section sharing the key was collapsed onto it.
    hit.more_sections = per_article ? it.get_collapse_count() : 0;
    if (request.quotes)
        hit.quotes = matching_quotes(hit.section, plan.words, request.filters);
    return hit;
}

}  // namespace

std::string describe_order(SortOrder order)
{
    switch (order) {
    case SortOrder::Relevance: return "relevance";
    case SortOrder::Newest: return "newest first, ties by relevance";
    case SortOrder::Oldest: return "oldest first, ties by relevance";
    }
    return {};
}

void run_match(const Xapian::Database& db, const MatchPlan& plan, const SearchRequest& request,
               const Xapian::Stem& stemmer, SearchResult& out)
{
    const auto all = db.get_doccount();
    Xapian::Enquire enquire(db);
    enquire.set_query(plan.query);
    enquire.set_weighting_scheme(*make_weight(request.weighting));
    Xapian::MultiValueKeyMaker keys;
    set_order(enquire, plan.order, keys);
    if (request.per_article)
        enquire.set_collapse_key(schema::slot(schema::Slot::ArticleId));
    Xapian::Enquire counting(db);
    counting.set_query(plan.query);
    counting.set_weighting_scheme(Xapian::BoolWeight());

    // A large match set of one local database is counted on several threads; Xapian's
    // estimate (no match visited) decides.
    const bool counts_values = request.facet_limit > 0 || request.timeline;
    const bool parallel = request.threads > 1 && request.local_database && !request.per_article && counts_values &&
                          all >= ParallelIndexFrom &&
                          counting.get_mset(0, 0).get_matches_estimated() >= ParallelCountFrom;
    // Ranked by relevance and not collapsed, the hits need not weight every match: Xapian's
    // top-k pruning finds the same best hits, while a second pass without weights visits
    // every match for the exact totals, facets and timeline. On a million sections a 3-word
    // any-word query took 40 ms weighting all 314,263 matches, 13 + 5 ms so. A date order
    // visits every match anyway, so it gains from two passes only when they count in
    // parallel; collapsing needs every match weighted: one pass.
    const bool split = !request.per_article && (plan.order == SortOrder::Relevance || parallel);
    auto& spied = split ? counting : enquire;

    CountingSpies spies;
    // check_at_least = every section: exact totals, facets and collapse counts. Never more
    // hits than sections: a huge --limit must not make Xapian reserve room for it.
    const auto page = std::min(request.limit, all);
    std::optional<Xapian::MSet> ranked;  // the page, when ranked apart from the counting
    const auto rank = [&] { ranked = enquire.get_mset(request.offset, page); };
    std::optional<Xapian::doccount> total;  // when counted in parallel
    if (parallel)
        total = count_in_parallel(db, *request.local_database, plan.query, request, request.threads, spies, rank);
    const auto count_here = [&](bool portable) {
        spies.attach(spied, request, portable);
        return split ? counting.get_mset(0, 0, all) : enquire.get_mset(request.offset, page, all);
    };
    const auto counted = total ? Xapian::MSet() : [&] {
        try {
            try {
                return count_here(false);
            } catch (const Xapian::UnimplementedError&) {
                if (!counts_values)
                    throw;
                // A remote shard: its server runs only Xapian's own spies. Same counts, slower.
                return count_here(true);
            }
        } catch (const Xapian::UnimplementedError& e) {
            if (plan.order != SortOrder::Oldest)
                throw;
            throw Error(Error::Code::Usage, "--sort oldest does not work over remote shards: " + e.get_msg(),
                        "use --sort newest, or search the shards locally");
        }
    }();
    // Every match was checked, so no minimum weight ever cut one off and the lower bounds are
    // the exact counts. (When collapsing, Xapian 1.4 leaves the upper bounds loose unless the
    // page is not full, though it has seen every match.)
    out.total = total.value_or(counted.get_matches_lower_bound());
    out.total_sections = total.value_or(counted.get_uncollapsed_matches_lower_bound());
    if (split && !ranked && out.total > 0 && page > 0)
        rank();
    const auto& mset = ranked ? *ranked : counted;

    out.sort = plan.order;
    out.per_article = request.per_article;
    out.total_exact = true;
    out.offset = request.offset;
    out.limit = request.limit;
    out.hits.clear();
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.hits.push_back(make_hit(it, mset, plan, stemmer, request));
    out.facets = spies.facets.collect(request.facet_limit);
    if (spies.timeline)
        out.timeline = spies.timeline->collect(db, *request.timeline, request.normalize, request.filters.dates,
                                               out.total_sections);
}

}  // namespace dateline::search
