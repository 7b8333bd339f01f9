/*! A sharded index: DIR/shard-00 ... DIR/shard-(N-1), each a normal Dateline index, and a
 *  Xapian stub database file DIR/XAPIANDB listing them, so that opening DIR opens them all
 *  as one database (with global ranking statistics) and dateline-search needs no change. */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dateline::index {

inline constexpr const char* StubFile = "XAPIANDB";

/** "shard-00", "shard-01"...: the shard's folder name inside the index folder. */
std::string shard_name(unsigned shard);

/** The folders of shards 0..n-1 under dir. */
std::vector<std::filesystem::path> shard_paths(const std::filesystem::path& dir, unsigned n);

/** The shard a source belongs to, from its SourceRef::display(). */
unsigned shard_of(const std::string& source, unsigned n);

/** How many shards the index at dir has: 0 when it is a single index or does not exist. */
unsigned existing_shards(const std::filesystem::path& dir);

/** The shard count a run uses: `requested` (0: none asked for) against what dir holds.
 *  Without --shards a sharded index keeps its count; a different count, or --shards on a
 *  single index, is a Usage error (only --rebuild may change the layout). */
unsigned shard_count(const std::filesystem::path& dir, unsigned requested, bool rebuild);

/** Writes dir/XAPIANDB listing the n shards (atomically: written aside, then renamed). */
void write_stub(const std::filesystem::path& dir, unsigned n);

/** The same for shards with these folder names, in this order. */
void write_stub(const std::filesystem::path& dir, const std::vector<std::string>& names);

// --shard-by year: one shard per year of the stories ("year-2017"; "year-undated" for
// stories with no date), created as the years appear. Old years stop changing, so they can
// be compacted once and left alone, or served read-only from another machine.

/** Every shard folder of the index at dir, by hash or by year; empty for a single index. */
std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& dir);

/** "year-2017", "year-undated". */
std::string year_shard_name(const std::string& year);

/** The year shards' folder names that dir's stub lists, in its order; empty when none. */
std::vector<std::string> year_shards(const std::filesystem::path& dir);

}  // namespace dateline::index
