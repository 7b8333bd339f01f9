/*! Counting every match of a query for the exact totals, facets and timeline. Xapian visits
 *  the matches without weighting them (BoolWeight); a large match set of a local database is
 *  split by document id over several threads, each with its own handle on the database. */
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <xapian.h>

#include "dateline/facets/facets.hpp"
#include "dateline/facets/timeline.hpp"
#include "dateline/search/request.hpp"

namespace dateline::search {

/** Below this many matches (Xapian's estimate) one thread counts: opening more handles
 *  would cost more than it saves. */
inline constexpr Xapian::doccount ParallelCountFrom = 20'000;

/** Below this many sections in the index, Xapian is not even asked for the estimate (about
 *  0.1 ms a query): few queries reach ParallelCountFrom there, and those count in a few ms. */
inline constexpr Xapian::doccount ParallelIndexFrom = 100'000;

/** The spies of one count: the facets when shown, the timeline when asked for. */
struct CountingSpies {
    facets::FacetSpies facets;
    std::optional<facets::TimelineSpy> timeline;

    /** Fresh spies on `enquire` for what `request` shows (any attached before are dropped);
     *  portable: Xapian's own spies, which remote shards can run. */
    void attach(Xapian::Enquire& enquire, const SearchRequest& request, bool portable);

    /** The same spies on one more `enquire`, to go on counting other sections. */
    void add_to(Xapian::Enquire& enquire);

    /** Adds the counts of spies (not portable) that saw other sections. */
    void merge(const CountingSpies& other);
};

/** Counts the matches of `query` in `db`, the local database at `path`, into `spies` and
 *  returns how many there are. The document ids are cut in chunks that `threads` threads
 *  take in turn: the calling thread on `db` once it has run `meanwhile` (the ranked page),
 *  the others each on a handle of its own. A handle not at `db`'s revision (an indexer
 *  committed since) takes no chunk, so the counts are always those of `db`. */
Xapian::doccount count_in_parallel(const Xapian::Database& db, const std::filesystem::path& path,
                                   const Xapian::Query& query, const SearchRequest& request, unsigned threads,
                                   CountingSpies& spies, const std::function<void()>& meanwhile = {});

}  // namespace dateline::search
