/*! The writer's side of a run for one database: results in input order -> documents,
 *  registry records, duplicate detection and counts. Runs on that database's own thread. */
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <cstdint>
#include <functional>
#include <set>
#include <unordered_set>
#include <string>
#include <vector>

#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/item.hpp"
#include "dateline/index/report.hpp"
#include "dateline/index/source_registry.hpp"

namespace dateline::index {

/** The sources met in a run, for --prune: what was read, and archives skipped whole as
 *  unchanged or damaged (their members were not listed one by one). Sources are kept as
 *  hashes of their display form: 8 bytes each, not a path, for memory flat in the run's size. */
struct Seen {
    std::unordered_set<std::uint64_t> sources;
    std::set<std::string> containers;  // archive paths
    std::set<std::string> reread;      // archives indexed before, changed, and read to their end

    void add(const std::string& source);
    bool contains(const std::string& source) const;
};

class Store {
public:
    /** `fresh`: the database held nothing when the run began, so nothing needs replacing. */
    Store(IndexWriter& writer, Summary& summary, bool fresh);

    /** Applies one item (Source, Unchanged or ContainerDone; problems are counted by the
     *  caller): index a new or changed source, replacing what it gave before, or record it. */
    void apply(Item&& item);

    /** Lists `source`, whose copy of the story `content` came on another part, among the
     *  story's copies here (so that copy is read again if the kept one goes). */
    void attach_duplicate(std::uint64_t content, const std::string& source);

    /** Deletes what sources under `roots` gave when they were not `seen` in this run. */
    void prune(const std::vector<std::string>& roots, const Seen& seen);

    /** Deletes what the members gone from a changed archive gave (`seen.reread`, without
     *  --prune: the archive is a source that changed, and they no longer exist in it). */
    void drop_lost_members(const Seen& seen);

    /** Records the changed archives this part read to their end as unchanged now: after
     *  every part has dropped their lost members and committed. */
    void stamp_reread();

    /** Files holding copies of stories whose first copy changed or went in this run: their
     *  records are erased (in the same commit), so they must be read again, in this run or,
     *  after a crash, in the next. */
    const std::vector<std::string>& released() const { return released_; }

    /** What this part stored of a spread piece (Item::spread): its share of the source's
     *  record, which PartWriters::finish puts together once every part has committed. */
    struct Fragment {
        std::size_t piece = 0;
        SourceRecord record;  ///< the piece's articles, contents and copies
        bool problems = false;
        bool articles = false;
    };
    const std::vector<Fragment>& fragments() const { return fragments_; }

private:
    /** Forgets every recorded source `gone` picks, each in its own commit batch. */
    void drop_if(const std::function<bool(const SourceRecord&)>& gone);

    /** A source comes whole or in pieces (Item::piece): the first opens it, the last closes it. */
    void index_source(Item& item);
    /** Settles what the source gave before; false when there is nothing more to do. */
    bool open_source(Item& item);
    void open(const Item& item, bool changed, bool replace);
    void add_articles(Item& item);
    /** Counts the source and writes its record. */
    void close_source();
    /** Keeps a spread piece's share of the record; lists its copies pending (see PendingCopies). */
    void close_fragment(const Item& item);
    void forget(const SourceRecord& record);
    /** Whether the story is kept from another source that comes first. */
    bool keep_as_copy(const std::optional<StoryRecord>& story, const Article& article, const SourceRef& source);
    /** Lists `source` among the story's copies: its record and its kept sections' data. */
    void list_copy(StoryRecord& story, std::uint64_t content, const std::string& source);
    /** This article, just written, is the story's kept copy (taking over from a later one). */
    void claim_story(std::optional<StoryRecord> story, const Article& article, std::uint64_t content,
                     const SourceRef& source);
    void demote(SourceRecord& record, const std::string& article, std::uint64_t content);
    void release(const std::string& copy);

    IndexWriter& writer_;
    DocumentBuilder builder_;  // for sources whose documents the parsers did not build
    Summary& summary_;
    bool fresh_;
    std::vector<std::string> released_;
    std::vector<SourceRecord> reread_;  // changed archives read to their end, stamped last

    struct OpenSource {  // the source whose articles are being written
        SourceRecord record;
        PendingCopies pending;
        std::set<std::uint64_t> here;  // stories met in it so far
        bool changed;                  // it replaces what an earlier version gave
        bool many;                     // commits between its stories
        bool replace;                  // its documents replace by id
        bool problems;                 // its parser reported some
        bool articles;                 // and found stories
    };
    std::optional<OpenSource> open_;
    std::vector<Fragment> fragments_;
    std::map<std::string, PendingCopies> spread_pending_;  // by source: over all its pieces here
};



/** Hash of an article's normalised title and text: equal for the same story anywhere. */
std::uint64_t content_hash(const Article& article);

}  // namespace dateline::index
