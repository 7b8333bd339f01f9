/*! Articles -> the database: one writer, atomic batched commits, replace by unique id. */
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/model.hpp"
#include "dateline/store/durability.hpp"

namespace dateline::index {

/** Words as the spelling table counts them: each unprefixed term and the number of sections
 *  that hold it, in term order. */
using WordCounts = std::vector<std::pair<std::string, Xapian::doccount>>;

/** The unprefixed words of `db`, counted over all its shards. */
WordCounts indexed_words(const Xapian::Database& db);

/** `words` dealt into `shares` disjoint shares by a stable hash of each word. Parts that are
 *  merged afterwards each spell one share: the merge's union of their spelling tables is the
 *  table of all the words, and no word is spelled twice (spelling its own words, each of two
 *  Reuters parts held a 1.9 MB table; merged, they made 2.6 MB). */
std::vector<WordCounts> spelling_shares(const WordCounts& words, std::size_t shares);

/** Writes in transactions. A batch closes only between sources (end_source()), so a
 *  source's documents and its registry record always commit together: an interrupted run
 *  loses at most the open batch, and running again redoes exactly that. */
class IndexWriter {
public:
    /// Sections per commit into the live index, where every commit waits for the disk.
    static constexpr unsigned DefaultBatch = 1000;
    /// Sections per commit into an unsynced database: Xapian adds a document faster while
    /// its batch is small (docs/PERFORMANCE.md), and without the wait a commit costs less.
    static constexpr unsigned UnsyncedBatch = 300;
    /// Bytes of stored section data (about the text) per commit, whatever the section count:
    /// Xapian holds a commit's postings and positions in memory, several times the text.
    static constexpr std::size_t MaxBatchBytes = 16u << 20;

    /** How it commits: sections a commit, and whether a commit waits for the disk. */
    struct Policy {
        unsigned batch = 0;  ///< 0: DefaultBatch, or UnsyncedBatch for an unsynced database
        store::Durability durability = store::Durability::Synced;
    };

    explicit IndexWriter(const std::filesystem::path& path) : IndexWriter(path, Policy{}) {}
    IndexWriter(const std::filesystem::path& path, Policy policy);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /** The database, inside the open transaction, for registry metadata. */
    Xapian::WritableDatabase& db();

    /** The database to read, opening no transaction: a run that only reads commits nothing,
     *  so a run with nothing to do leaves the index as it was (its revision included). */
    const Xapian::Database& reader() const { return db_; }

    /** Writes an article's section documents (DocumentBuilder::build). With `replace`, any
     *  earlier version goes first (a section that no longer exists is deleted); a source seen
     *  for the first time has none, and its documents are simply added. */
    void add(const Article& article, const std::vector<Xapian::Document>& documents, bool replace);

    /** Brings the spelling table ("did you mean") in line with the words indexed: words of
     *  deleted sections go, re-indexed words are not counted twice. Commits. */
    void sync_spelling()
    {
        commit();
        sync_spelling(indexed_words(db_));
    }

    /** The same, to hold exactly `words`: for a sharded index, shard 0 holds the spelling of
     *  all the shards (the others none), because Xapian merges the spelling candidates of
     *  several databases in a way that can prefer a correction of a word that exists; parts
     *  to be merged each hold a share of all their words (spelling_shares). */
    void sync_spelling(const WordCounts& words);

    /** Whether words were added or removed since the spelling was last brought in line,
     *  in this run or in one that was interrupted. */
    bool spelling_stale();

    /** Deletes every section of an article. */
    void remove_article(const std::string& article_id);

    /** Lists `sources` (sorted) as the other copies of an indexed article, in its sections' data. */
    void set_duplicates(const std::string& article_id, const std::vector<std::string>& sources);

    /** Marks the end of one source's changes; commits when the batch is full (its sections,
     *  or MaxBatchBytes of them). */
    void end_source();

    /** Commits the open batch. Called by the destructor too, unless unwinding. */
    void commit();

private:
    void ensure_transaction();
    void words_changed();

    std::filesystem::path path_;
    Xapian::WritableDatabase db_;
    unsigned batch_;
    unsigned pending_ = 0;
    std::size_t pending_bytes_ = 0;
    bool in_transaction_ = false;
    bool spelling_stale_ = false;
};

}  // namespace dateline::index
