/*! What was indexed from each source, kept in the index's own metadata so that it
 *  commits atomically with the documents: an interrupted run leaves no record of
 *  work it did not commit, and running again redoes exactly that work. */
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "dateline/ingest/source.hpp"

namespace dateline::index {

/** One source (file or archive member) as last indexed. */
struct SourceRecord {
    std::string source;                 ///< SourceRef::display(): the key
    std::string path;                   ///< the file (the archive, for a member)
    ingest::Stamp stamp;
    std::uint64_t hash = 0;             ///< of the bytes; equal bytes under a new mtime are unchanged
    std::vector<std::string> articles;  ///< ids of the articles it gave (none for a duplicate)
    std::vector<std::uint64_t> contents;   ///< content hash of each article, same order
    std::vector<std::uint64_t> copies;  ///< content hash of each story it held that another source holds first
    bool container = false;             ///< an archive: its members have records of their own
    std::size_t members = 0;            ///< for a container: how many members were sources
    unsigned part = 0;                  ///< not stored: which of a run's databases holds it
};

/** The record of a source, if it was indexed. */
std::optional<SourceRecord> find_record(const Xapian::Database& db, const std::string& source);

void write_record(Xapian::WritableDatabase& db, const SourceRecord& record);
void erase_record(Xapian::WritableDatabase& db, const std::string& source);

/** Every record (for --prune and stats). */
std::vector<SourceRecord> all_records(const Xapian::Database& db);

/** Whether any source is recorded (without reading them all). */
bool has_records(const Xapian::Database& db);

/** A story (by content hash) as indexed: the article that holds it, the source that article
 *  came from, and every other source of the same story (sorted), not indexed. */
struct StoryRecord {
    std::string owner;   ///< article id
    SourceRef source;    ///< where the kept copy came from
    std::vector<std::string> copies;  ///< SourceRef::display() of the others
};

/** The metadata key under which a story is kept. */
std::string content_key(std::uint64_t content_hash);

/** Every (content_key, owning article id) pair in the database. */
std::vector<std::pair<std::string, std::string>> content_owners(const Xapian::Database& db);

std::optional<StoryRecord> find_story(const Xapian::Database& db, std::uint64_t content_hash);
void write_story(Xapian::WritableDatabase& db, std::uint64_t content_hash, const StoryRecord& story);
void erase_story(Xapian::WritableDatabase& db, std::uint64_t content_hash);

/** The article that first had this content (normalised title and body), if any. */
std::optional<std::string> content_owner(const Xapian::Database& db, std::uint64_t content_hash);

/** A source whose stories (by content hash) came first on another part of the run: recorded
 *  in the commit that records the source, and erased once each first copy's part lists it,
 *  so that a run killed in between finishes the job when run again. */
struct PendingCopies {
    std::string source;
    std::vector<std::uint64_t> contents;
};
void set_pending_copies(Xapian::WritableDatabase& db, const PendingCopies& pending);
void erase_pending_copies(Xapian::WritableDatabase& db, const std::string& source);
std::vector<PendingCopies> all_pending_copies(const Xapian::Database& db);

}  // namespace dateline::index
