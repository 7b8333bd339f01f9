// Archives written by the tests themselves, so that one can change between two runs.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace e2e {

/** Writes a gzip-compressed tar of `members` (name, contents) at `path`, replacing it. */
void write_tar_gz(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& members);

}  // namespace e2e
