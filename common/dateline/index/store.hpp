/*! The writer's side of a run: results in input order -> documents, registry records,
 *  duplicate detection and counts. Runs on one thread. */
#pragma once

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/item.hpp"
#include "dateline/index/report.hpp"

namespace dateline::index {

/** The sources met in a run. Shared by the Stores of a sharded index: an archive's members
 *  are routed to shards of their own, so the archive's record (its member count) and --prune
 *  (members of an archive skipped whole) need what every shard saw. */
struct Seen {
    std::set<std::string> sources;     // display form
    std::set<std::string> containers;  // archives skipped whole as unchanged, or damaged
};

class Store {
public:
    using OnProblem = std::function<void(const Problem&)>;

    /** `seen` is shared between the Stores of one run's shards; nullptr: this Store's own. */
    Store(IndexWriter& writer, Summary& summary, OnProblem on_problem, Seen* seen = nullptr);

    /** Applies one item: index a new or changed source (replacing what it gave before),
     *  record an unchanged one as seen, count a problem. */
    void apply(Item&& item);

    /** Deletes what sources under `roots` gave when they were not seen in this run. */
    void prune(const std::vector<std::string>& roots);

private:
    void index_source(Item& item);
    void forget(const SourceRecord& record);
    bool is_duplicate(const Article& article, std::uint64_t content, SourceRecord& record);

    IndexWriter& writer_;
    DocumentBuilder builder_;  // for sources whose documents the parsers did not build
    Summary& summary_;
    OnProblem on_problem_;
    Seen own_seen_;
    Seen& seen_;
};

/** Hash of an article's normalised title and text: equal for the same story anywhere. */
std::uint64_t content_hash(const Article& article);

}  // namespace dateline::index
