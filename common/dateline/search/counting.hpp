/*! Counting every match of a query for the exact totals, facets and timeline. Xapian visits
 *  the matches without weighting them (BoolWeight); a large match set of a local database is
 *  split by document id over several threads, each with its own handle on the database. */
#pragma once

#include <filesystem>
#include <optional>

#include <xapian.h>

#include "dateline/facets/facets.hpp"
#include "dateline/facets/timeline.hpp"
#include "dateline/search/request.hpp"

namespace dateline::search {

/** Below this many matches (Xapian's estimate) one thread counts: opening more handles
 *  would cost more than it saves. */
inline constexpr Xapian::doccount ParallelCountFrom = 20'000;

/** The spies of one count: the facets when shown, the timeline when asked for. */
struct CountingSpies {
    facets::FacetSpies facets;
    std::optional<facets::TimelineSpy> timeline;

    /** Fresh spies on `enquire` for what `request` shows (any attached before are dropped);
     *  portable: Xapian's own spies, which remote shards can run. */
    void attach(Xapian::Enquire& enquire, const SearchRequest& request, bool portable);

    /** Adds the counts of spies (not portable) that saw other sections. */
    void merge(const CountingSpies& other);
};

/** Counts the matches of `query` in `db`, the local database at `path`, on `threads`
 *  threads, each visiting a share of the document ids, into `spies`; returns how many
 *  matched. The calling thread counts its share on `db`, the others on handles of their own.
 *  Nothing when such a handle is not at `db`'s revision (an indexer committed meanwhile):
 *  then count on one thread. */
std::optional<Xapian::doccount> count_in_parallel(const Xapian::Database& db, const std::filesystem::path& path,
                                                  const Xapian::Query& query, const SearchRequest& request,
                                                  unsigned threads, CountingSpies& spies);

}  // namespace dateline::search
