/*! The writer's side of a run for one database: results in input order -> documents,
 *  registry records, duplicate detection and counts. Runs on that database's own thread. */
#pragma once

#include <filesystem>
#include <cstdint>
#include <set>
#include <unordered_set>
#include <string>
#include <vector>

#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/item.hpp"
#include "dateline/index/report.hpp"

namespace dateline::index {

/** The sources met in a run, for --prune: what was read, and archives skipped whole as
 *  unchanged or damaged (their members were not listed one by one). Sources are kept as
 *  hashes of their display form: 8 bytes each, not a path, for memory flat in the run's size. */
struct Seen {
    std::unordered_set<std::uint64_t> sources;
    std::set<std::string> containers;  // archive paths

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

    /** Deletes what sources under `roots` gave when they were not `seen` in this run. */
    void prune(const std::vector<std::string>& roots, const Seen& seen);

    /** Files holding copies of stories whose first copy changed or went in this run: their
     *  records are erased (in the same commit), so they must be read again, in this run or,
     *  after a crash, in the next. */
    const std::vector<std::string>& released() const { return released_; }

private:
    void index_source(Item& item);
    void forget(const SourceRecord& record);
    bool is_duplicate(const Article& article, std::uint64_t content, SourceRecord& record);

    IndexWriter& writer_;
    DocumentBuilder builder_;  // for sources whose documents the parsers did not build
    Summary& summary_;
    bool fresh_;
    std::vector<std::string> released_;
};

/** Lists `source` as a copy of the indexed article `owner`: in its sections' data, and in its
 *  source's record, so that the copy is read again if the owner's source goes. */
void attach_duplicate(IndexWriter& writer, const std::string& owner, const std::string& source);

/** Hash of an article's normalised title and text: equal for the same story anywhere. */
std::uint64_t content_hash(const Article& article);

}  // namespace dateline::index
