/*! One unit of indexing work as it moves from the reader through a parser to the writer. */
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/index/source_registry.hpp"
#include "dateline/ingest/source.hpp"
#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::index {

struct Item {
    enum class Kind {
        Source,        ///< bytes to parse (new or changed stamp)
        Unchanged,     ///< already indexed as it is: only counted (and seen, for --prune)
        Problem,       ///< could not be read
        Ignored,       ///< not an article format
        ContainerDone, ///< an archive read to its end: record it so an unchanged one is skipped unread
    };
    Kind kind = Kind::Source;
    ingest::Source source;                ///< Source; for ContainerDone, the archive's ref and stamp
    std::optional<SourceRecord> previous; ///< the registry record before this run
    std::size_t members = 0;              ///< Unchanged container / ContainerDone: members inside (seen in this run)
    std::vector<Problem> problems;
    std::vector<Article> articles;        ///< filled by the parser
    std::vector<std::vector<Xapian::Document>> documents;  ///< per article, built beside the parser
    std::vector<std::uint64_t> contents;  ///< per article: content_hash(), for duplicates
    std::vector<bool> copies;             ///< per article: the same story came first on another part
    std::uint64_t hash = 0;               ///< of the bytes, filled by the parser
    std::uint64_t bytes = 0;              ///< size of what was read, for MB/s
};

}  // namespace dateline::index
