/*! The writing side of a run over one or more databases ("parts": the index, its shards, or
 *  the parts of a fresh build merged at the end). Xapian's writer is the slowest stage of a
 *  run and takes one core, so each part has its own writer thread and Store. This class runs
 *  on the consuming thread, sees every item in input order, and keeps what needs the whole
 *  run: problems and counts, the sources seen (--prune, an archive's member count), and the
 *  stories met on one part that come again on another. */
#pragma once

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/index/index_writer.hpp"
#include "dateline/index/item.hpp"
#include "dateline/index/report.hpp"
#include "dateline/index/store.hpp"
#include "dateline/util/bounded_queue.hpp"

namespace dateline::index {

/** --shard-by year: where a new year's shard goes, and what to do once it exists (list the
 *  shards in the index's stub, when they are live). */
struct YearShards {
    std::function<std::filesystem::path(const std::string& name)> place;
    std::function<void(const std::vector<std::filesystem::path>& shards)> publish;
};

class PartWriters {
public:
    using OnProblem = std::function<void(const Problem&)>;

    /** Opens every part for writing (a locked one fails here, before any thread starts).
     *  `preload_owners`: learn the stories the parts already hold, so that when an
     *  interrupted fresh build goes on, a copy on another part is still caught.
     *  `years`: --shard-by year; a source goes to the shard of its first story's year (or
     *  the one it is already on), and a shard is made, and published, when its first story
     *  comes. Otherwise sources go by shard_of().
     *  `spread_pieces`: the parts are one build, merged at the end; the pieces of a new source
     *  go round the parts, so that one big file is stored by every writer. */
    PartWriters(const std::vector<std::filesystem::path>& parts, IndexWriter::Policy policy, Summary& summary,
                OnProblem on_problem, bool preload_owners, std::optional<YearShards> years = {},
                bool spread_pieces = false);
    /** Without finish(), abandons the open batches (nothing half-written is committed). */
    ~PartWriters();
    PartWriters(const PartWriters&) = delete;
    PartWriters& operator=(const PartWriters&) = delete;

    /** True when every part was empty at the start: a fresh build. */
    bool fresh() const { return fresh_; }

    /** Routes one item, in input order; waits when its part's writer is behind. */
    void apply(Item&& item);

    /** Counts so far, as handed to the writers: for the progress line only. */
    const Summary& progress() const { return live_; }

    /** Waits for the writers, deletes what --prune finds gone (`prune_roots`; none: no
     *  pruning), tells owners of their copies on other parts, commits, and adds the
     *  writers' counts to the run's summary. */
    void finish(const std::vector<std::string>& prune_roots);

    /** After finish(): the files to read again because the first copy of a story they hold
     *  changed or went (Store::released()), each once. */
    std::vector<std::string> released() const;

    /** The parts' writers, after finish(): for spelling and merging. */
    std::vector<IndexWriter*> writers() const;

    /** The parts' folders, those made during the run included. */
    std::vector<std::filesystem::path> paths() const;

private:
    struct Part;
    struct Copy {  // a story stored on `owner_part`, met again in `source` on `part`
        unsigned owner_part;
        unsigned part;
        std::uint64_t content;
        std::string source;
    };

    unsigned part_of(const Item& item, const std::string& display);
    /** The part an item goes to; marks spread pieces and the stories they repeat. */
    unsigned route(Item& item, const std::string& display);
    /** The records of spread sources, from every part's fragments (after the parts commit). */
    void write_spread_records();
    unsigned year_part(const std::string& year);
    void start(const std::filesystem::path& path);
    void note_seen(Item& item, const std::string& display);
    void note_copies(Item& item, unsigned part, const std::string& display);
    void count_live(const Item& item);
    static constexpr unsigned UnknownPart = static_cast<unsigned>(-1);

    void resume_pending_copies();
    std::optional<unsigned> owner_part(const Copy& copy);
    void stop_all();
    void rethrow_failure();

    std::vector<std::unique_ptr<Part>> parts_;
    Summary& summary_;
    Summary live_;
    OnProblem on_problem_;
    Seen seen_;
    std::string open_archive_;  // the archive whose members are passing, and how many so far
    std::size_t open_members_ = 0;
    bool open_skips_ = false;   // and whether one of them was skipped
    unsigned piece_part_ = 0;                 // the part of the source whose pieces are passing
    bool spread_pieces_ = false;
    bool spreading_ = false;                  // its pieces go round the parts
    std::unordered_set<std::uint64_t> spread_seen_;  // and the stories (content hashes) they held
    // Multi-part runs: hash of a story's content key -> the part holding its first copy
    // (12 bytes a story, not its id: the owner's id is looked up on its part at the end).
    std::unordered_map<std::uint64_t, unsigned> owners_;
    std::vector<Copy> copies_;
    std::vector<std::pair<unsigned, Item>> archives_done_;  // multi-part runs: recorded in finish()
    bool fresh_ = true;
    std::optional<YearShards> years_;
    IndexWriter::Policy policy_;
};

}  // namespace dateline::index
