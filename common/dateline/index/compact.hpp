/*! Xapian's compactor over an index: a single one, or every shard of a sharded one. */
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace dateline::index {

/** Moves a finished database into place; the old one survives until the new one is there. */
void swap_in(const std::filesystem::path& fresh, const std::filesystem::path& db);

/** Compacts `built` into a new database and moves that into place at `db` (they may be the
 *  same); `built` is removed when it is another folder. */
void compact_into_place(const std::filesystem::path& built, const std::filesystem::path& db);

/** Merges the databases `parts` into one, compacted, and moves it into place at `db`. */
void merge_into_place(const std::vector<std::filesystem::path>& parts, const std::filesystem::path& db);

struct CompactedPart {
    std::filesystem::path path;
    std::uintmax_t before = 0;  ///< bytes on disk
    std::uintmax_t after = 0;
};

/** dateline-index compact: compacts the index at db, or each of its shards, holding each
 *  one's write lock meanwhile (a concurrent dateline-index fails with IndexLocked). */
std::vector<CompactedPart> compact_index(const std::filesystem::path& db);

}  // namespace dateline::index
