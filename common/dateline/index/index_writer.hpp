/*! Articles -> the database: one writer, atomic batched commits, replace by unique id. */
#pragma once

#include <filesystem>
#include <string>

#include <xapian.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/model.hpp"

namespace dateline::index {

/** Writes in transactions. A batch closes only between sources (end_source()), so a
 *  source's documents and its registry record always commit together: an interrupted run
 *  loses at most the open batch, and running again redoes exactly that. */
class IndexWriter {
public:
    static constexpr unsigned DefaultBatch = 2000;  ///< sections per commit (see bench/)

    explicit IndexWriter(const std::filesystem::path& path, unsigned batch = DefaultBatch);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /** The database, inside the open transaction, for registry metadata. */
    Xapian::WritableDatabase& db();

    /** Writes all sections of an article, replacing any earlier version (a section that no
     *  longer exists is deleted). */
    void add(const Article& article);

    /** Deletes every section of an article. */
    void remove_article(const std::string& article_id);

    /** Lists `source` as another copy of an indexed article, in its sections' data. */
    void note_duplicate(const std::string& article_id, const std::string& source);

    /** Marks the end of one source's changes; commits when the batch is full. */
    void end_source();

    /** Commits the open batch. Called by the destructor too, unless unwinding. */
    void commit();

private:
    void ensure_transaction();

    std::filesystem::path path_;
    Xapian::WritableDatabase db_;
    DocumentBuilder builder_;
    unsigned batch_;
    unsigned pending_ = 0;
    bool in_transaction_ = false;
};

}  // namespace dateline::index
