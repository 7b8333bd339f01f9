#include "dateline/search/counting.hpp"

#include <algorithm>
#include <future>
#include <memory>
#include <vector>

namespace dateline::search {

namespace {

// The document ids first..last, ANDed with a query (OP_FILTER): one thread's share of its
// matches. Ids without a document do no harm: the query's own postings have none.
class DocidRange : public Xapian::PostingSource {
public:
    DocidRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}

    void init(const Xapian::Database& db) override
    {
        did_ = 0;
        size_ = std::min<Xapian::doccount>(last_ - first_ + 1, db.get_doccount());
    }
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return size_; }
    Xapian::doccount get_termfreq_max() const override { return size_; }
    void next(double) override { did_ = did_ == 0 ? first_ : did_ + 1; }
    void skip_to(Xapian::docid did, double) override { did_ = std::max({did_, did, first_}); }
    bool at_end() const override { return did_ > last_; }
    Xapian::docid get_docid() const override { return did_; }

private:
    Xapian::docid first_, last_, did_ = 0;
    Xapian::doccount size_ = 0;
};

struct Stale {};  // a handle at another revision than the one searched

// One share: the query (serialised, so no Xapian object is shared between threads) within
// first..last, counted into `spies`.
Xapian::doccount count_share(const Xapian::Database& db, const std::string& query, Xapian::docid first,
                             Xapian::docid last, const SearchRequest& request, CountingSpies& spies)
{
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::unserialise(query),
                                    Xapian::Query((new DocidRange(first, last))->release())));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    spies.attach(enquire, request, false);
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
}

}  // namespace

void CountingSpies::attach(Xapian::Enquire& enquire, const SearchRequest& request, bool portable)
{
    enquire.clear_matchspies();
    if (request.facet_limit > 0)  // counting every value of every match is the dearest part
        facets.attach(enquire, portable);
    if (request.timeline)
        timeline.emplace().attach(enquire);
}

void CountingSpies::merge(const CountingSpies& other)
{
    facets.merge(other.facets);
    if (timeline && other.timeline)
        timeline->merge(*other.timeline);
}

std::optional<Xapian::doccount> count_in_parallel(const Xapian::Database& db, const std::filesystem::path& path,
                                                  const Xapian::Query& query, const SearchRequest& request,
                                                  unsigned threads, CountingSpies& spies)
{
    const auto revision = db.get_revision();
    const auto serialised = query.serialise();
    const auto last = db.get_lastdocid();
    const auto share = (last + threads - 1) / threads;
    std::vector<std::unique_ptr<CountingSpies>> theirs;
    // Declared after `theirs`: on the way out the futures wait for their threads first.
    std::vector<std::future<Xapian::doccount>> counts;
    for (unsigned k = 1; k < threads && k * share < last; ++k) {
        auto& mine = *theirs.emplace_back(std::make_unique<CountingSpies>());
        const auto first = k * share + 1;
        counts.push_back(std::async(std::launch::async, [&, first] {
            Xapian::Database own(path.string());
            if (own.get_revision() != revision)
                throw Stale{};
            return count_share(own, serialised, first, std::min(first + share - 1, last), request, mine);
        }));
    }
    auto total = count_share(db, serialised, 1, std::min(share, last), request, spies);
    bool stale = false;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        try {
            total += counts[i].get();
            spies.merge(*theirs[i]);
        } catch (const Stale&) {
            stale = true;
        }
    }
    if (stale)
        return std::nullopt;
    return total;
}

}  // namespace dateline::search
