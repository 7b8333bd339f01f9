#include "dateline/index/indexer.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>

#include "dateline/database.hpp"
#include "dateline/error.hpp"
#include "dateline/index/compact.hpp"
#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/producer.hpp"
#include "dateline/index/shards.hpp"
#include "dateline/index/part_writers.hpp"
#include "dateline/util/hash.hpp"
#include "dateline/util/ordered_map.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// Items in flight per parsing thread: enough to keep every core busy, few enough that
// memory stays flat whatever the archive's size (each holds at most one source's bytes).
constexpr std::size_t WindowPerJob = 8;

// Bytes of sources read but not yet stored, whatever their number. Parsed and stored, a
// source takes about five times its size (text, sections, documents, postings), so this keeps
// the text in flight to a few hundred MB (README: bad input). Small files never reach it (the
// window binds first); the largest members (--max-member-size, 64 MiB) go one at a time.
constexpr std::size_t MaxBytesInFlight = 64u << 20;

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

// `registries`: the index or its shards, where the Producer looks sources up. `build`: the
// parsers also build the documents (not for --dump).
void run(const IndexOptions& options, const std::vector<fs::path>& registries, bool build, Progress& progress,
         const std::function<void(Item&&)>& consume, const Summary& live, Summary& summary)
{
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
            progress.update(live, bytes, known == UnknownTotal ? std::nullopt : std::optional(known));
        },
        options.jobs, WindowPerJob * std::max(1u, options.jobs),
        [](const Item& item) { return static_cast<std::size_t>(item.bytes); }, MaxBytesInFlight);
    progress.finish();
    if (const auto known = total.load(); known != UnknownTotal)
        summary.files = known - summary.ignored;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

// Brings the spelling data in line with the words indexed (commits). A sharded index keeps it
// all in shard 0, counted over every shard (IndexWriter::sync_spelling says why); the parts
// of a fresh build each count their own words, and merging them adds the counts up.
void sync_spelling(const std::vector<IndexWriter*>& writers, const std::vector<fs::path>& parts, bool merged)
{
    if (writers.size() == 1 || merged) {
        for (auto* writer : writers)
            writer->sync_spelling();
        return;
    }
    Xapian::Database all;
    for (const auto& part : parts)
        all.add_database(xapian_try(part, [&] { return Xapian::Database(part.string()); }));
    writers.front()->sync_spelling(all);
    for (std::size_t k = 1; k < writers.size(); ++k)
        writers[k]->sync_spelling(Xapian::Database());
}

bool holds_nothing(const fs::path& db)
{
    std::error_code ec;
    if (!fs::exists(db, ec))
        return true;
    if (!fs::is_directory(db, ec))
        return false;  // written in place, where opening it says what is wrong
    const auto found = xapian_try(db, [&] { return Xapian::Database(db.string()); });
    return found.get_doccount() == 0 && !has_records(found);
}

// Where a run writes. A sharded index: its shards. A fresh single index built with several
// jobs: parts of its own, one writer each, merged by Xapian's compactor at the end (kept
// beside it until then, so an interrupted build goes on where it stopped). Otherwise the
// index itself.
struct Layout {
    std::vector<fs::path> parts;
    fs::path staging;  // the parts' folder when they are merged at the end, else empty
};

Layout layout(const fs::path& target, unsigned shards, bool by_year, unsigned jobs)
{
    if (by_year)
        return {shard_folders(target), {}};  // the years so far; more are made as they come
    if (shards > 0)
        return {shard_paths(target, shards), {}};
    const fs::path staging = target.string() + ".parts";
    if (const unsigned resumed = existing_shards(staging); resumed > 0)
        return {shard_paths(staging, resumed), staging};
    if (jobs > 1 && holds_nothing(target))
        return {shard_paths(staging, jobs), staging};
    return {{target}, {}};
}

}  // namespace

Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink)
{
    Summary summary;
    Progress progress(options.progress);
    const auto report = reporter(options, progress);
    run(options, {}, false, progress, [&](Item&& item) {
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
    }, summary, summary);
    return summary;
}

namespace {

// --shard-by year, and whether the index already is so: the layout only changes with --rebuild.
bool shard_by_year(const IndexOptions& options, const fs::path& db, bool rebuild)
{
    const bool is = !year_shards(db).empty();
    if (rebuild || is == options.shard_by_year || (!options.shard_by_year && options.shards == 0))
        return rebuild ? options.shard_by_year : is;
    std::error_code ec;
    if (is)
        throw Error(Error::Code::Usage, "index " + db.string() + " is sharded by year",
                    "leave out --shards, or --rebuild to change the layout");
    if (fs::exists(db, ec) && !fs::is_empty(db, ec))
        throw Error(Error::Code::Usage, "index " + db.string() + " is not sharded by year",
                    "leave out --shard-by, or --rebuild to change the layout");
    return true;
}

}  // namespace

Summary index_paths(const IndexOptions& given, const fs::path& db, bool rebuild)
{
    const bool by_year = shard_by_year(given, db, rebuild);
    IndexOptions options = given;
    options.shard_by_year = by_year;  // the Producer looks sources up in every year shard
    const unsigned shards = by_year ? 0 : shard_count(db, options.shards, rebuild);
    const fs::path target = rebuild ? fs::path(db.string() + ".rebuild") : db;
    if (rebuild) {
        std::error_code ec;
        fs::remove_all(target, ec);
        fs::remove_all(target.string() + ".parts", ec);
    }
    const auto start = Clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    const auto where = layout(target, shards, by_year, options.jobs);
    const bool merge = !where.staging.empty();
    // Parts merged at the end: the index itself stays locked (and empty, so searches open it)
    // until the merged one replaces it.
    std::optional<Xapian::WritableDatabase> lock;
    if (merge) {
        lock = open_for_index(target);
        lock->commit();
        fs::create_directories(where.staging);
        write_stub(where.staging, static_cast<unsigned>(where.parts.size()));
    }
    if (shards > 0) {
        fs::create_directories(target);
        write_stub(target, shards);
    } else if (by_year && where.parts.empty()) {
        fs::create_directories(target);
        write_stub(target, std::vector<std::string>{});  // shards are listed as their years come
    }
    Summary summary;
    bool fresh = rebuild;
    std::vector<fs::path> parts;  // as the run left them (year shards are made as needed)
    {
        Progress progress(options.progress);
        PartWriters writers(where.parts, options.batch, summary, reporter(options, progress), merge,
                            by_year ? std::optional(target) : std::nullopt);
        fresh = fresh || writers.fresh();
        run(options, where.parts, true, progress, [&](Item&& item) { writers.apply(std::move(item)); }, writers.progress(),
            summary);
        std::vector<std::string> roots;
        if (options.prune)
            for (const auto& p : options.paths)
                roots.push_back(fs::absolute(p).lexically_normal().string());
        writers.finish(roots);
        spdlog::debug("written in {:.2f} s", elapsed());
        if (summary.added + summary.changed + summary.removed > 0)
            sync_spelling(writers.writers(), where.parts, merge || by_year);
        parts = writers.paths();
        spdlog::debug("spelling done at {:.2f} s", elapsed());
    }
    try {
        if (merge) {
            lock.reset();
            merge_into_place(where.parts, db);
            spdlog::debug("{} parts merged at {:.2f} s", where.parts.size(), elapsed());
            std::error_code ec;
            fs::remove_all(where.staging, ec);
            if (rebuild)
                fs::remove_all(target, ec);
        } else if (fresh && summary.sections > 0 && shards == 0 && !by_year) {
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
                    "the new index is at " + (merge ? where.staging : target).string());
    }
    return summary;
}

}  // namespace dateline::index
