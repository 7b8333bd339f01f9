/*! A found file -> its sources: the file itself, the file inside a compressed file, or
 *  every member of an archive, streamed through libarchive (never unpacked to disk). */
#pragma once

#include <cstdint>
#include <filesystem>

#include "dateline/ingest/source.hpp"
#include "dateline/ingest/walker.hpp"
#include "dateline/problem.hpp"

namespace dateline::ingest {

struct ReadLimits {
    std::uint64_t max_source_bytes = 64ull << 20;  ///< --max-member-size: larger sources are refused
    std::uint64_t max_expansion = 100;             ///< an archive that inflates more than this...
    std::uint64_t expansion_floor = 256ull << 20;  ///< ...and past this many bytes is a bomb
};

/** Where read_file() delivers. `wanted` lets the caller skip an unchanged source unread. */
class SourceSink {
public:
    virtual ~SourceSink() = default;
    virtual bool wanted(const SourceRef& ref, const Stamp& stamp) = 0;
    virtual void source(Source&& source) = 0;
    virtual void problem(Problem&& problem) = 0;
};

/** What a file is, by name and first bytes. */
enum class Container {
    None,        ///< a plain file: one source
    Compressed,  ///< .gz .bz2 .xz .zst (not a tar): one source, named without the suffix
    Archive,     ///< tar (any compression), zip, 7z: one source per member
};
Container container_kind(const std::filesystem::path& path);

/** The file's stamp (size, mtime); nothing when it cannot be read. */
std::optional<Stamp> stamp_of(const std::filesystem::path& path);

/** Reads a plain file whole, refusing one over the limit. */
void read_plain(const FoundFile& file, const Stamp& stamp, const ReadLimits& limits, SourceSink& sink);

/** Streams a compressed file or an archive; members are SourceRef{path, member}. A corrupt
 *  or truncated archive is one problem; members read before the damage are kept. */
void read_container(const FoundFile& file, Container kind, const ReadLimits& limits, SourceSink& sink);

}  // namespace dateline::ingest
