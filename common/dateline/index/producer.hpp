/*! Paths -> work items: walks, consults the registry, and reads only what changed. */
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include <xapian.h>

#include "dateline/index/indexer.hpp"
#include "dateline/index/item.hpp"
#include "dateline/ingest/reader.hpp"

namespace dateline::index {

/** Runs on its own thread. With a registry, a file (or archive) whose size and mtime match
 *  its record is not read at all, and an archive member whose header matches is skipped
 *  unread; without one (--dump) everything is read. */
class Producer : public ingest::SourceSink {
public:
    using Emit = std::function<void(Item&&)>;

    /** What the first walk found: set once it is done, for the progress line's ETA. */
    struct Totals {
        std::atomic<std::size_t> files;
        std::atomic<std::uint64_t> bytes;  ///< on disk, the sum of every Item::input_share
    };

    /** `totals` is set once the counting walk is done.
     *  `registry_dbs`: the index, or each shard of a sharded one (a source's record lives on
     *  its shard: shard_of(), or any year shard with --shard-by year); empty for --dump. */
    Producer(const IndexOptions& options, const std::vector<std::filesystem::path>& registry_dbs, Emit emit,
             Totals& totals);

    void run();

    bool wanted(const SourceRef& ref, const ingest::Stamp& stamp) override;
    void source(ingest::Source&& source) override;
    void problem(Problem&& problem) override;

private:
    void read(const ingest::FoundFile& file);
    bool emit_pieces(ingest::Source& source, std::optional<SourceRecord>& previous);
    std::optional<SourceRecord> lookup(const std::string& source);
    void emit(Item::Kind kind, const SourceRef& ref, std::optional<SourceRecord> previous = {}, std::size_t members = 0);

    const IndexOptions& options_;
    std::vector<Xapian::Database> registries_;  // one per shard, read-only
    Emit emit_;
    Totals& totals_;
    std::uint64_t share_up_to(std::uint64_t position);

    std::uint64_t file_size_ = 0;  // of the file being read, for the items' input_share
    std::uint64_t shared_ = 0;     // how much of it earlier items took
    std::optional<SourceRecord> previous_;  // of the source wanted() just let through
    bool container_failed_ = false;
    bool by_year_ = false;
};

}  // namespace dateline::index
