/*! Articles -> the database: one writer, batched atomic commits, replace by unique id. */
#pragma once

#include <filesystem>

#include <xapian.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/model.hpp"

namespace dateline::index {

/** Writes articles in transactions of `batch` articles. Re-writing an article replaces
 *  all its sections (a section that no longer exists is deleted). Nothing is visible to
 *  searchers until its batch commits; an interrupted run loses at most one batch. */
class IndexWriter {
public:
    static constexpr unsigned DefaultBatch = 1000;

    explicit IndexWriter(const std::filesystem::path& path, unsigned batch = DefaultBatch);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    void add(const Article& article);

    /** Commits the open batch. Called by the destructor too, unless unwinding. */
    void commit();

private:
    std::filesystem::path path_;
    Xapian::WritableDatabase db_;
    DocumentBuilder builder_;
    unsigned batch_;
    unsigned pending_ = 0;
};

}  // namespace dateline::index
