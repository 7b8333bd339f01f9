/*! A whole run: walk the paths, parse every source, hand articles on, count what happened. */
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "dateline/article/parse.hpp"
#include "dateline/index/report.hpp"
#include "dateline/model.hpp"

namespace dateline::index {

struct IndexOptions {
    std::vector<std::string> paths;
    article::ParseOptions parse;
};

/** Walks the paths and gives every article found to `sink`, in path order. Problems are
 *  logged (path[:line]: reason) and counted; files in folders whose format is not read are
 *  ignored and counted, named ones are problems. */
Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink);

/** Indexes the paths into the database. With `rebuild`, builds a fresh index beside the
 *  old one and swaps it in only when complete. */
Summary index_paths(const IndexOptions& options, const std::filesystem::path& db, bool rebuild);

}  // namespace dateline::index
