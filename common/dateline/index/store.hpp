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

class Store {
public:
    using OnProblem = std::function<void(const Problem&)>;

    Store(IndexWriter& writer, Summary& summary, OnProblem on_problem);

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
    std::set<std::string> seen_;             // sources (display form) met in this run
    std::set<std::string> seen_containers_;  // archives skipped whole as unchanged
};

/** Hash of an article's normalised title and text: equal for the same story anywhere. */
std::uint64_t content_hash(const Article& article);

}  // namespace dateline::index
