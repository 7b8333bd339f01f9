// A small corpus indexed once into a temporary on-disk index (Xapian's in-memory backend has
// no spelling table), shared by the query, search, facet and printer tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/model.hpp"
#include "dateline/search/request.hpp"

namespace fixture {

/** The corpus: six articles, 2016-2019 plus one from 1917 and one undated; see the .cpp. */
const std::vector<dateline::Article>& articles();

/** The corpus indexed with spelling data, opened for reading. */
Xapian::Database& sample();

/** Where sample() lives. */
std::filesystem::path sample_path();

/** A new empty folder, removed when the tests end. */
std::filesystem::path temp_dir(const std::string& name);

/** Writes `articles` into a new index at `path` (spelling included). */
void build_index(const std::filesystem::path& path, const std::vector<dateline::Article>& articles);

/** Section ids of the hits, in order. */
std::vector<std::string> ids(const dateline::search::SearchResult& result);

/** Section ids matching `request` exactly as given (no fallback hits), all of them, sorted. */
std::vector<std::string> matching_ids(dateline::search::SearchRequest request);

}  // namespace fixture
