#include "dateline/search/searcher.hpp"

#include <chrono>

#include "dateline/error.hpp"
#include "dateline/query/query_size.hpp"
#include "dateline/query/weighted.hpp"
#include "dateline/search/like.hpp"
#include "dateline/search/match.hpp"
#include "dateline/search/recency.hpp"
#include "dateline/store/reopen.hpp"

namespace dateline::search {

namespace {

using query::MatchMode;

// Words, --like, filters and recency, in that order, as one query; the explanation says so.
MatchPlan plan(const Xapian::Database& db, const Xapian::Query& words, const SearchRequest& r, Explanation& why)
{
    why.words = words.empty() ? "(no words)" : words.get_description();
    Xapian::Query q = words;
    if (!r.like.empty()) {
        auto like = like_query(db, r.like);
        q = q.empty() ? like.query : Xapian::Query(Xapian::Query::OP_AND, q, like.query);
        why.like_terms = like.terms;
    }
    MatchPlan p;
    p.words = words;
    p.has_words = query::weighs(q);
    p.order = r.sort.value_or(p.has_words || r.recency_half_life ? SortOrder::Relevance : SortOrder::Newest);
    q = query::apply_filters(q, r.filters);
    if (r.recency_half_life) {
        auto recency = with_recency(db, q, *r.recency_half_life, *make_weight(r.weighting));
        q = recency.query;
        why.recency = recency.formula;
    }
    p.query = q;
    why.filters = query::describe_filters(r.filters);
    why.order = describe_order(p.order);
    why.ranking = p.has_words ? describe(r.weighting) : "";
    why.collapse = r.per_article ? "one hit per article (its best section), collapsed on the article id" : "";
    why.final_query = q.get_description();
    return p;
}

SearchResult run(const Xapian::Database& db, const query::QueryBuilder& builder, const Xapian::Query& words,
                 const std::string& text, MatchMode mode, const SearchRequest& r)
{
    SearchResult result;
    result.shown_query = text;
    result.match = mode;
    const auto p = plan(db, words, r, result.explanation);
    run_match(db, p, r, builder.stemmer(), result);
    return result;
}

// The query found nothing: its spelling suggestion, else any of its words.
std::optional<SearchResult> fall_back(const Xapian::Database& db, query::QueryBuilder& builder, const SearchRequest& r,
                                      MatchMode mode, const Xapian::Query& words, const std::string& suggestion)
{
    if (!suggestion.empty()) {
        auto parsed = builder.parse(suggestion, mode);
        auto alt = run(db, builder, parsed.query, suggestion, mode, r);
        if (alt.total_sections > 0) {
            alt.corrected = true;
            alt.dropped = std::move(parsed.dropped);
            return alt;
        }
    }
    if (mode == MatchMode::All) {
        auto any = builder.parse(r.text, MatchMode::Any);
        if (any.query.get_description() == words.get_description())
            return std::nullopt;  // one word, or explicit operators: nothing to relax
        auto alt = run(db, builder, any.query, r.text, MatchMode::Any, r);
        if (alt.total_sections > 0) {
            alt.relaxed = true;
            alt.dropped = std::move(any.dropped);
            return alt;
        }
    }
    return std::nullopt;
}

SearchResult search_once(const Xapian::Database& db, const SearchRequest& r)
{
    query::QueryBuilder builder(db, r.today);
    builder.words_in_quotes_only(r.quotes);
    const auto mode = builder.resolve(r.text, r.match);  // --match auto: by the query's length
    const auto parsed = builder.parse(r.text, mode);
    const auto suggestion = parsed.corrected == r.text ? std::string() : parsed.corrected;
    auto result = run(db, builder, parsed.query, r.text, mode, r);
    result.dropped = parsed.dropped;
    const auto query_total = result.total_sections;
    if (query_total == 0 && !r.text.empty())
        if (auto alt = fall_back(db, builder, r, mode, parsed.query, suggestion))
            result = std::move(*alt);
    result.long_query = r.match == MatchMode::Auto && mode == MatchMode::Any;
    result.query = r.text;
    result.suggestion = suggestion;
    result.query_total = query_total;
    result.unknown_values = query::unknown_filter_values(db, r.filters, parsed.query);
    return result;
}

}  // namespace

std::string_view to_string(SortOrder order)
{
    switch (order) {
    case SortOrder::Relevance: return "relevance";
    case SortOrder::Newest: return "newest";
    case SortOrder::Oldest: return "oldest";
    }
    return "relevance";
}

std::optional<SortOrder> parse_sort_order(std::string_view name)
{
    for (auto order : {SortOrder::Relevance, SortOrder::Newest, SortOrder::Oldest})
        if (to_string(order) == name)
            return order;
    return std::nullopt;
}

void check_request(const SearchRequest& request)
{
    query::check_query_size(request.text);
    if (request.recency_half_life && request.sort && *request.sort != SortOrder::Relevance)
        throw Error(Error::Code::Usage,
                    "--recency ranks by relevance; it cannot be combined with --sort " +
                        std::string(to_string(*request.sort)),
                    "use --recency to favour newer stories, or --sort newest to order by date alone");
    if (request.normalize && !request.timeline)
        throw Error(Error::Code::Usage, "--normalize divides a timeline: it needs --timeline",
                    "add --timeline month (or day, week, year)");
}

SearchResult search(Xapian::Database& db, const SearchRequest& request)
{
    check_request(request);
    const auto start = std::chrono::steady_clock::now();
    auto result = store::with_reopen(db, [&] { return search_once(db, request); });
    result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace dateline::search
