/*! A whole run: read the paths on one thread, parse on all cores, write on one. */
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "dateline/article/parse.hpp"
#include "dateline/index/progress.hpp"
#include "dateline/index/report.hpp"
#include "dateline/ingest/reader.hpp"
#include "dateline/model.hpp"

namespace dateline::index {

struct IndexOptions {
    std::vector<std::string> paths;
    article::ParseOptions parse;
    ingest::ReadLimits limits;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    unsigned batch = 0;               ///< sections per commit, per writer; 0: IndexWriter's default for the database
    std::size_t piece_bytes = 512u << 10;  ///< JSON Lines larger than this are parsed in pieces of it
    bool prune = false;               ///< delete what sources gone from the paths gave
    unsigned shards = 0;              ///< --shards N (shards.hpp); 0: as the index is (single when new)
    bool shard_by_year = false;       ///< --shard-by year: one shard per year of the stories
    ProgressMode progress = ProgressMode::Off;
    std::function<void(const Problem&)> on_problem;  ///< each problem as it is counted (--report)
};

/** Reads and parses the paths, giving every article to `sink` in path order (--dump).
 *  Problems are logged as "path[:member][:line]: reason" and counted. */
Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink);

/** Indexes the paths into the database, incrementally: unchanged sources are skipped
 *  unread, changed ones replaced, new ones added, copies of an indexed story counted and
 *  skipped. With `rebuild`, builds a fresh index beside the old one and swaps it in only
 *  when complete. Throws Error (IndexLocked) when another writer holds the database. */
Summary index_paths(const IndexOptions& options, const std::filesystem::path& db, bool rebuild);

}  // namespace dateline::index
