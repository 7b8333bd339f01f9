/*! What `--version` prints: enough to tell which build reads which index with which Xapian. */
#pragma once

#include <string>
#include <string_view>

namespace dateline::cli {

/** The project version CMake was given (`project(dateline VERSION ...)`). */
std::string_view program_version();

/** Three lines, as `dateline-search --version` prints them:
 *  "dateline-search 0.1.0", "index schema 2", "Xapian 1.4.22", without a final line end (the library loaded at run time,
 *  which may be newer than the headers it was built with). */
std::string version_text(std::string_view program);

}  // namespace dateline::cli
