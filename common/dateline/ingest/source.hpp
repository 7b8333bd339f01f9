/*! A source: one file, or one member of an archive, with what identifies its version. */
#pragma once

#include <cstdint>
#include <string>

#include "dateline/model.hpp"

namespace dateline::ingest {

/** Size and modification time: enough to know a file is unchanged without reading it. */
struct Stamp {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;

    friend bool operator==(const Stamp&, const Stamp&) = default;
};

/** A source's bytes, read whole (sources are bounded by --max-member-size). */
struct Source {
    SourceRef ref;
    Stamp stamp;
    std::string bytes;
    std::uint64_t read_to = 0;  ///< an archive member: bytes of the archive file read by its end (progress)
};

}  // namespace dateline::ingest
