/*! Xapian's compactor over an index: a single one, every shard of a sharded one, or the
 *  parts of a fresh build merged into one. */
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace dateline::store {

class IndexFolder;

/** Compacts `sources` (one database, or several merged into one) into a new database at
 *  `out`, which must not exist yet. */
void compact_to(const std::vector<std::filesystem::path>& sources, const std::filesystem::path& out);

/** Compacts every database of `live` into a new generation of `folder` and installs it:
 *  the index stays searchable throughout, and a crash leaves the old one in place. */
std::vector<std::filesystem::path> compact_generation(IndexFolder& folder,
                                                      const std::vector<std::filesystem::path>& live);

struct CompactedPart {
    std::filesystem::path path;
    std::uintmax_t before = 0;  ///< bytes on disk
    std::uintmax_t after = 0;
};

/** dateline-index compact: compacts the index at db, or each of its shards, under the
 *  writers' lock (a concurrent dateline-index fails with IndexLocked, and so does this). */
std::vector<CompactedPart> compact_index(const std::filesystem::path& db);

}  // namespace dateline::store
