/*! Where an indexing run writes, and what becomes of those databases at the end: the one
 *  place that reads the index folder's layout and the run's options together. */
#pragma once

#include <filesystem>
#include <vector>

#include "dateline/index/indexer.hpp"
#include "dateline/store/durability.hpp"
#include "dateline/store/index_folder.hpp"

namespace dateline::index {

struct RunPlan {
    std::vector<std::filesystem::path> parts;  ///< the databases the run writes
    bool fresh = false;          ///< they held nothing: compacted into a new generation at the end
    bool merge = false;          ///< parts of a fresh single index, merged into one at the end
    bool install_at_end = false; ///< not live until the end (--rebuild, parts to merge)
    bool by_year = false;        ///< --shard-by year: shards are made as the years come
    std::filesystem::path year_home;  ///< by_year: the generation new year shards go in

    /// Databases not live until the end become live through a synced copy (the merge or
    /// compaction) or are flushed first, so their commits need not wait for the disk.
    store::Durability durability() const
    {
        return install_at_end ? store::private_durability() : store::Durability::Synced;
    }
};

/** Plans a run over the claimed folder. An index with stories is updated in place; a new
 *  (or --rebuild) one is written in a new generation, or in parts to merge when it is a single
 *  index built with several jobs (kept across runs: a killed build goes on from them). A new
 *  index that is not a rebuild is installed at once, empty, so searches open it meanwhile. */
RunPlan plan_run(store::IndexFolder& folder, const IndexOptions& options, bool rebuild);

/** After the writers are closed: merges or compacts a fresh build into a new generation and
 *  installs it, or installs the rebuilt databases; removes the merged parts. */
void finish_run(store::IndexFolder& folder, const RunPlan& plan, const std::vector<std::filesystem::path>& written,
                bool indexed_any);

}  // namespace dateline::index
