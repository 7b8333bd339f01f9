#include "dateline/search/searcher.hpp"

#include "dateline/schema.hpp"
#include "dateline/search/snippets.hpp"

namespace dateline::search {

namespace {

constexpr std::size_t SnippetBytes = 300;

void set_order(Xapian::Enquire& enquire, SortOrder order)
{
    const auto date = schema::slot(schema::Slot::Date);
    switch (order) {
    case SortOrder::Relevance: break;
    case SortOrder::Newest: enquire.set_sort_by_value_then_relevance(date, true); break;
    case SortOrder::Oldest: enquire.set_sort_by_value_then_relevance(date, false); break;
    }
}

}  // namespace

SearchResult search(const Xapian::Database& db, const SearchRequest& request)
{
    query::QueryBuilder builder(db);
    const auto query = builder.build(request.text, request.filters);

    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    set_order(enquire, request.sort.value_or(request.text.empty() ? SortOrder::Newest : SortOrder::Relevance));
    facets::FacetSpies spies;
    spies.attach(enquire);

    // Checking every match makes the total and the facet counts exact, not estimates.
    const auto mset = enquire.get_mset(request.offset, request.limit, db.get_doccount());

    SearchResult result;
    result.query = request.text;
    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    result.offset = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit hit;
        hit.rank = it.get_rank() + 1;  // get_rank() already counts the offset
        hit.score = it.get_weight();
        hit.section = index::decode_section_data(it.get_document().get_data());
        hit.snippet = request.text.empty() ? lead_snippet(hit.section.text, SnippetBytes)
                                           : make_snippet(mset, hit.section.text, builder.stemmer(), SnippetBytes);
        result.hits.push_back(std::move(hit));
    }
    result.facets = spies.collect(request.facet_limit);
    return result;
}

}  // namespace dateline::search
