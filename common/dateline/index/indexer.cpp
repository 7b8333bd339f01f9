#include "dateline/index/indexer.hpp"

#include <atomic>
#include <chrono>

#include <spdlog/spdlog.h>

#include "dateline/database.hpp"
#include "dateline/error.hpp"
#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/producer.hpp"
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

void run(const IndexOptions& options, std::optional<fs::path> registry, Progress& progress,
         const std::function<void(Item&&)>& consume, Summary& summary)
{
    const bool build = registry.has_value();
    const auto start = Clock::now();
    std::atomic<std::size_t> total{UnknownTotal};
    std::uint64_t bytes = 0;
    util::ordered_map<Item, Item>(
        [&](const std::function<void(Item&&)>& emit) { Producer(options, registry, emit, total).run(); },
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

// Moves the finished rebuild into place; the old index survives until the new one is there.
void swap_in(const fs::path& fresh, const fs::path& db)
{
    const fs::path old = db.string() + ".old";
    std::error_code ec;
    fs::remove_all(old, ec);
    if (fs::exists(db))
        fs::rename(db, old);
    fs::rename(fresh, db);
    fs::remove_all(old, ec);
}

// A new index is compacted once built (Xapian's compactor): about half the size on disk,
// and faster to search. Incremental runs leave an index as it is.
void compact_into_place(const fs::path& built, const fs::path& db)
{
    const fs::path compacted = db.string() + ".compact";
    std::error_code ec;
    fs::remove_all(compacted, ec);
    xapian_try(built, [&] { Xapian::Database(built.string()).compact(compacted.string()); });
    swap_in(compacted, db);
    if (built != db)
        fs::remove_all(built, ec);
}

}  // namespace

Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink)
{
    Summary summary;
    Progress progress(options.progress);
    const auto report = reporter(options, progress);
    run(options, std::nullopt, progress, [&](Item&& item) {
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
    const fs::path target = rebuild ? fs::path(db.string() + ".rebuild") : db;
    if (rebuild) {
        std::error_code ec;
        fs::remove_all(target, ec);
    }
    Summary summary;
    bool fresh = rebuild;
    {
        IndexWriter writer(target, options.batch);
        fresh = fresh || writer.db().get_doccount() == 0;
        Progress progress(options.progress);
        Store store(writer, summary, reporter(options, progress));
        run(options, target, progress, [&](Item&& item) { store.apply(std::move(item)); }, summary);
        if (options.prune) {
            std::vector<std::string> roots;
            for (const auto& p : options.paths)
                roots.push_back(fs::absolute(p).lexically_normal().string());
            store.prune(roots);
        }
        writer.commit();
        if (summary.added + summary.changed + summary.removed > 0)
            writer.sync_spelling();
    }
    try {
        if (fresh && summary.sections > 0)
            compact_into_place(target, db);
        else if (rebuild)
            swap_in(target, db);
    } catch (const fs::filesystem_error& e) {
        throw Error(Error::Code::Io, std::string("cannot move the new index into place: ") + e.what(),
                    "the new index is at " + target.string());
    }
    return summary;
}

}  // namespace dateline::index
