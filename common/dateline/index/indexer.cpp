#include "dateline/index/indexer.hpp"

#include <atomic>
#include <chrono>
#include <memory>

#include <spdlog/spdlog.h>

#include "dateline/database.hpp"
#include "dateline/error.hpp"
#include "dateline/index/compact.hpp"
#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/producer.hpp"
#include "dateline/index/shards.hpp"
#include "dateline/index/store.hpp"
#include "dateline/util/hash.hpp"
#include "dateline/util/ordered_map.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// Items in flight per parsing thread: enough to keep every core busy, few enough that
// memory stays flat whatever the archive's size (each holds at most one source's bytes).
constexpr std::size_t WindowPerJob = 8;

// Sources with more stories than this (JSON Lines, WARC) have their documents built by the writer.
constexpr std::size_t MaxPrebuiltArticles = 64;

// Parses a source and, when indexing, builds its documents too: on the parsing threads,
// so the one writer only stores them.
Item parse_item(Item&& item, const article::ParseOptions& options, bool build)
{
    if (item.kind != Item::Kind::Source)
        return std::move(item);
    item.hash = util::fnv1a64(item.source.bytes);
    if (item.previous && item.previous->hash == item.hash)
        return std::move(item);  // same bytes under a new stamp: nothing to parse
    try {
        auto parsed = article::parse_bytes(item.source.ref, std::move(item.source.bytes), options);
        item.articles = std::move(parsed.articles);
        item.problems.insert(item.problems.end(), parsed.problems.begin(), parsed.problems.end());
        for (const auto& article : item.articles)
            item.contents.push_back(content_hash(article));
        // A file of many stories is built by the writer, a story at a time, so that memory
        // holds its articles but never all of its documents at once.
        if (build && item.articles.size() <= MaxPrebuiltArticles) {
            thread_local DocumentBuilder builder;
            for (const auto& article : item.articles)
                item.documents.push_back(builder.build(article));
        }
    } catch (const std::exception& e) {
        item.problems.push_back(Problem{item.source.ref, 0, Reason::NoArticle, std::string("parser failed: ") + e.what()});
    }
    item.source.bytes.clear();
    item.source.bytes.shrink_to_fit();
    return std::move(item);
}

// Each problem goes to the log (clearing the live progress line first) and to --report.
std::function<void(const Problem&)> reporter(const IndexOptions& options, Progress& progress)
{
    return [&options, &progress](const Problem& p) {
        progress.finish();
        spdlog::warn("{}", p.display());
        if (options.on_problem)
            options.on_problem(p);
    };
}

constexpr std::size_t UnknownTotal = static_cast<std::size_t>(-1);

// `registries`: the index or its shards, where the Producer looks sources up; none for --dump.
void run(const IndexOptions& options, const std::vector<fs::path>& registries, Progress& progress,
         const std::function<void(Item&&)>& consume, Summary& summary)
{
    const bool build = !registries.empty();
    const auto start = Clock::now();
    std::atomic<std::size_t> total{UnknownTotal};
    std::uint64_t bytes = 0;
    util::ordered_map<Item, Item>(
        [&](const std::function<void(Item&&)>& emit) { Producer(options, registries, emit, total).run(); },
        [&](Item&& item) { return parse_item(std::move(item), options.parse, build); },
        [&](Item&& item) {
            bytes += item.bytes;
            consume(std::move(item));
            const auto known = total.load();
            progress.update(summary, bytes, known == UnknownTotal ? std::nullopt : std::optional(known));
        },
        options.jobs, WindowPerJob * std::max(1u, options.jobs));
    progress.finish();
    if (const auto known = total.load(); known != UnknownTotal)
        summary.files = known - summary.ignored;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

// Commits and brings the spelling data in line with the words indexed. A sharded index keeps
// it all in shard 0, counted over every shard (IndexWriter::sync_spelling says why).
void sync_spelling(std::vector<std::unique_ptr<IndexWriter>>& writers, const std::vector<fs::path>& parts)
{
    if (writers.size() == 1) {
        writers.front()->sync_spelling();
        return;
    }
    for (auto& writer : writers)
        writer->commit();
    Xapian::Database all;
    for (const auto& part : parts)
        all.add_database(xapian_try(part, [&] { return Xapian::Database(part.string()); }));
    writers.front()->sync_spelling(all);
    for (std::size_t k = 1; k < writers.size(); ++k)
        writers[k]->sync_spelling(Xapian::Database());
}

}  // namespace

Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink)
{
    Summary summary;
    Progress progress(options.progress);
    const auto report = reporter(options, progress);
    run(options, {}, progress, [&](Item&& item) {
        for (const auto& p : item.problems) {
            summary.count(p);
            report(p);
        }
        if (item.kind == Item::Kind::Ignored)
            ++summary.ignored;
        if (item.kind != Item::Kind::Source)
            return;
        if (!item.articles.empty())
            ++summary.added;
        for (auto& article : item.articles) {
            ++summary.articles;
            summary.sections += article.sections.size();
            sink(std::move(article));
        }
    }, summary);
    return summary;
}

Summary index_paths(const IndexOptions& options, const fs::path& db, bool rebuild)
{
    const unsigned shards = shard_count(db, options.shards, rebuild);
    const fs::path target = rebuild ? fs::path(db.string() + ".rebuild") : db;
    if (rebuild) {
        std::error_code ec;
        fs::remove_all(target, ec);
    }
    // A single index is written in place; a sharded one as one database per shard.
    const auto parts = shards == 0 ? std::vector<fs::path>{target} : shard_paths(target, shards);
    Summary summary;
    bool fresh = rebuild;
    {
        // Sequential writers, one per shard, on the one consuming thread: results stay in
        // input order, and parsing (not writing) is what takes the time.
        std::vector<std::unique_ptr<IndexWriter>> writers;
        Xapian::doccount documents = 0;
        for (const auto& part : parts) {
            writers.push_back(std::make_unique<IndexWriter>(part, options.batch));
            documents += writers.back()->db().get_doccount();
        }
        if (shards > 0)
            write_stub(target, shards);
        fresh = fresh || documents == 0;
        Progress progress(options.progress);
        Seen seen;
        std::vector<std::unique_ptr<Store>> stores;
        for (auto& writer : writers)
            stores.push_back(std::make_unique<Store>(*writer, summary, reporter(options, progress), &seen));
        // Duplicate detection stays within a shard: a copy of a story indexed on another
        // shard is indexed again. Copies are usually the same source re-read, which routes
        // to the same shard, so this costs little and needs no cross-shard lookup per story.
        run(options, parts, progress, [&](Item&& item) {
            stores[shard_of(item.source.ref.display(), static_cast<unsigned>(stores.size()))]->apply(std::move(item));
        }, summary);
        if (options.prune) {
            std::vector<std::string> roots;
            for (const auto& p : options.paths)
                roots.push_back(fs::absolute(p).lexically_normal().string());
            for (auto& store : stores)
                store->prune(roots);
        }
        for (auto& writer : writers)
            writer->commit();
        if (summary.added + summary.changed + summary.removed > 0)
            sync_spelling(writers, parts);
    }
    try {
        if (fresh && summary.sections > 0 && shards == 0) {
            compact_into_place(target, db);
        } else {
            if (fresh && summary.sections > 0)
                for (const auto& part : parts)
                    compact_into_place(part, part);
            if (rebuild)
                swap_in(target, db);
        }
    } catch (const fs::filesystem_error& e) {
        throw Error(Error::Code::Io, std::string("cannot move the new index into place: ") + e.what(),
                    "the new index is at " + target.string());
    }
    return summary;
}

}  // namespace dateline::index
