/*! A sharded index: databases named shard-00 ... shard-(N-1), or year-2017, year-2018...,
 *  listed in the index folder's stub file (store/index_folder.hpp), so that opening the
 *  folder opens them all as one database (with global ranking statistics). */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dateline::index {

/** "shard-00", "shard-01"...: a hash shard's database name. */
std::string shard_name(unsigned shard);

/** The folders of shards 0..n-1 under dir. */
std::vector<std::filesystem::path> shard_paths(const std::filesystem::path& dir, unsigned n);

/** The shard a source belongs to, from its SourceRef::display(). */
unsigned shard_of(const std::string& source, unsigned n);

/** How many hash shards the live databases are: 0 for a single index or a new one. */
unsigned hash_shards(const std::vector<std::filesystem::path>& live);

/** Whether the live databases are year shards. */
bool year_sharded(const std::vector<std::filesystem::path>& live);

/** The shard count a run uses: `requested` (0: none asked for) against what the index is.
 *  Without --shards a sharded index keeps its count; a different count, or --shards on a
 *  single index, is a Usage error (only --rebuild may change the layout). */
unsigned shard_count(const std::filesystem::path& index, const std::vector<std::filesystem::path>& live,
                     unsigned requested, bool rebuild);

// --shard-by year: one shard per year of the stories ("year-2017"; "year-undated" for
// stories with no date), created as the years appear. Old years stop changing, so they can
// be compacted once and left alone, or served read-only from another machine.

/** "year-2017", "year-undated". */
std::string year_shard_name(const std::string& year);

}  // namespace dateline::index
