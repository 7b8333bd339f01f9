/*! Paths on the command line -> the files to read, recursively, in a stable order. */
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "dateline/problem.hpp"

namespace dateline::ingest {

/** A file found by the walk. */
struct FoundFile {
    std::filesystem::path path;  ///< absolute, lexically normal
    bool named = false;          ///< given on the command line itself, not found inside a folder
};

/** Visits every regular file under the paths (folders recursively, sorted by name,
 *  hidden entries and Xapian databases skipped, symlink loops broken; a link to a folder
 *  is followed only when the folder is inside the path given, a link to a file always).
 *  Missing or unreadable paths become problems; the walk goes on. `say`: log the links not
 *  followed (a walk that only counts does not). */
void walk(const std::vector<std::string>& paths, const std::function<void(const FoundFile&)>& visit,
          std::vector<Problem>& problems, bool say = true);

}  // namespace dateline::ingest
