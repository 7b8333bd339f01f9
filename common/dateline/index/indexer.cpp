#include "dateline/index/indexer.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <utility>

#include <spdlog/spdlog.h>

#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/index/part_writers.hpp"
#include "dateline/index/piece_ids.hpp"
#include "dateline/index/producer.hpp"
#include "dateline/index/run_plan.hpp"
#include "dateline/text/safe_text.hpp"
#include "dateline/store/index_folder.hpp"
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
    if (!item.piece) {
        item.hash = util::fnv1a64(item.source.bytes);
        if (item.change() == Item::Change::SameBytes)
            return std::move(item);  // nothing to parse
    }
    try {
        auto parsed = item.piece ? article::parse_piece(item.source.ref, std::move(item.source.bytes), options, item.piece->place)
                                 : article::parse_bytes(item.source.ref, std::move(item.source.bytes), options);
        item.articles = std::move(parsed.articles);
        item.lines = std::move(parsed.lines);
        item.problems.insert(item.problems.end(), parsed.problems.begin(), parsed.problems.end());
        for (const auto& article : item.articles)
            item.contents.push_back(content_hash(article));
        // A whole file of many stories is built by the writer, a story at a time, so that
        // memory holds its articles but never all of its documents at once; a piece is small.
        if (build && (item.piece || item.articles.size() <= MaxPrebuiltArticles)) {
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

// Each problem goes to the log (clearing the live progress line first) and to --report; a
// note (no dateline, common in feeds) only with -v, so that warnings name damaged input.
std::function<void(const Problem&)> reporter(const IndexOptions& options, Progress& progress)
{
    return [&options, &progress](const Problem& p) {
        const auto level = is_note(p.reason) ? spdlog::level::debug : spdlog::level::warn;
        if (spdlog::should_log(level)) {
            progress.finish();
            spdlog::log(level, "{}", text::safe_text(p.display()));  // file names are the archive's, not ours
        }
        if (options.on_problem)
            options.on_problem(p);
    };
}

constexpr std::size_t UnknownTotal = static_cast<std::size_t>(-1);

// Passes over copies released by changed or deleted first copies (see write_pass).
constexpr int MaxPasses = 4;

// `registries`: the index or its shards, where the Producer looks sources up. `build`: the
// parsers also build the documents (not for --dump).
void run(const IndexOptions& options, const std::vector<fs::path>& registries, bool build, Progress& progress,
         const std::function<void(Item&&)>& consume, const Summary& live, Summary& summary)
{
    const auto start = Clock::now();
    Producer::Totals totals{UnknownTotal, 0};
    std::uint64_t bytes = 0, input_done = 0;
    PieceIds ids;
    util::ordered_map<Item, Item>(
        [&](const std::function<void(Item&&)>& emit) { Producer(options, registries, emit, totals).run(); },
        [&](Item&& item) { return parse_item(std::move(item), options.parse, build); },
        [&](Item&& item) {
            bytes += item.bytes;
            input_done += item.input_share;
            ids.fix(item);
            consume(std::move(item));
            const auto known = totals.files.load();
            if (known == UnknownTotal)
                progress.update(live, bytes, std::nullopt);
            else
                progress.update(live, bytes, Progress::Totals{known, input_done, totals.bytes.load()});
        },
        options.jobs, WindowPerJob * std::max(1u, options.jobs),
        [](const Item& item) { return static_cast<std::size_t>(item.bytes); }, MaxBytesInFlight);
    progress.finish();
    if (const auto known = totals.files.load(); known != UnknownTotal)
        summary.files = known - std::min(known, summary.ignored_files);
    summary.bytes += bytes;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

// Where the spelling of several databases goes: each its own words (year shards, searched
// side by side), all of it in the first (the shards of a sharded index: IndexWriter::
// sync_spelling says why), or shares of all the words (parts merged at the end).
enum class Spelling { OwnWords, AllInFirst, SharedForMerge };

// One thread per database, each writing its own spelling table.
template <typename Sync>
void parallel_spelling(const std::vector<std::unique_ptr<IndexWriter>>& writers, const Sync& sync)
{
    std::vector<std::future<void>> done;
    for (std::size_t k = 0; k < writers.size(); ++k)
        done.push_back(std::async(std::launch::async, [&sync, &writers, k] { sync(*writers[k], k); }));
    for (auto& d : done)
        d.get();
}

// Brings the spelling data in line with the words indexed (commits), when words changed in
// this run or in one killed before it got here.
void sync_spelling(const std::vector<fs::path>& parts, IndexWriter::Policy policy, Spelling shape)
{
    std::vector<std::unique_ptr<IndexWriter>> writers;
    bool stale = false;
    for (const auto& part : parts) {
        writers.push_back(std::make_unique<IndexWriter>(part, policy));
        stale = writers.back()->spelling_stale() || stale;
    }
    if (!stale)
        return;
    if (writers.size() == 1 || shape == Spelling::OwnWords) {
        parallel_spelling(writers, [](IndexWriter& w, std::size_t) { w.sync_spelling(); });
        return;
    }
    // Every database has committed (its writer was just opened), so the words read here are
    // all of them, before any spelling commit.
    Xapian::Database all;
    for (const auto& part : parts)
        all.add_database(store::xapian_try(part, [&] { return Xapian::Database(part.string(), Xapian::DB_BACKEND_GLASS); }));
    const auto words = indexed_words(all);
    if (shape == Spelling::SharedForMerge) {
        const auto shares = spelling_shares(words, writers.size());
        parallel_spelling(writers, [&shares](IndexWriter& w, std::size_t k) { w.sync_spelling(shares[k]); });
        return;
    }
    writers.front()->sync_spelling(words);
    for (std::size_t k = 1; k < writers.size(); ++k)
        writers[k]->sync_spelling(WordCounts{});
}

// A pass that reads, parses and writes the paths; returns the files to read again.
std::vector<std::string> write_pass(const IndexOptions& options, RunPlan& plan, const std::optional<YearShards>& years,
                                    Summary& summary)
{
    Progress progress(options.progress);
    PartWriters writers(plan.parts, {options.batch, plan.durability()}, summary, reporter(options, progress),
                        plan.merge, years, plan.merge);
    run(options, plan.parts, true, progress, [&](Item&& item) { writers.apply(std::move(item)); }, writers.progress(),
        summary);
    std::vector<std::string> roots;
    if (options.prune)
        for (const auto& p : options.paths)
            roots.push_back(fs::absolute(p).lexically_normal().string());
    writers.finish(roots);
    plan.parts = writers.paths();  // with the year shards this pass made
    auto again = writers.released();
    std::erase_if(again, [](const std::string& file) {
        std::error_code ec;
        return !fs::exists(file, ec);  // gone: --prune's to forget, not a file to read
    });
    return again;
}

// A file read again was counted once already: as unchanged when the first pass met it before
// its first copy went (it counts as changed now), or as new when after (nothing to add).
void add_reread(Summary& summary, const Summary& reread)
{
    const auto read_again = reread.added + reread.changed;
    summary.unchanged -= std::min(summary.unchanged, read_again);
    summary.changed += read_again;
    summary.duplicates += reread.duplicates;
    summary.articles += reread.articles;
    summary.sections += reread.sections;
    summary.warnings += reread.warnings;
    summary.without_dateline += reread.without_dateline;
    summary.skipped += reread.skipped;
    for (const auto& [reason, n] : reread.by_reason)
        summary.by_reason[reason] += n;
}

}  // namespace

Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink)
{
    Summary summary;
    Progress progress(options.progress);
    const auto report = reporter(options, progress);
    bool counted = false;
    run(options, {}, false, progress, [&](Item&& item) {
        for (const auto& p : item.problems) {
            summary.count(p);
            report(p);
        }
        if (item.kind != Item::Kind::Source)
            return;
        // A source in pieces counts once, when one of them holds a story.
        const bool first = !item.piece || item.piece->index == 0;
        if (first)
            counted = false;
        if (!item.articles.empty() && !counted)
            ++summary.added;
        counted = counted || !item.articles.empty();
        for (auto& article : item.articles) {
            ++summary.articles;
            summary.sections += article.sections.size();
            sink(std::move(article));
        }
    }, summary, summary);
    return summary;
}

namespace {

// --shard-by year: where a year's new shard goes, and its listing in the stub as it comes.
std::optional<YearShards> year_shards(store::IndexFolder& folder, const RunPlan& plan)
{
    if (!plan.by_year)
        return std::nullopt;
    return YearShards{[&plan](const std::string& name) {
                          // Not listed yet: what a run killed while making it left is remade.
                          std::error_code ec;
                          fs::remove_all(plan.year_home / name, ec);
                          return plan.year_home / name;
                      },
                      [&folder, &plan](const std::vector<fs::path>& shards) {
                          if (!plan.install_at_end)
                              folder.install(shards);
                      }};
}

// The passes: the paths, then the files holding copies of stories whose first copy changed or
// went. Each pass reads only copies released by the one before: a story has finitely many.
Summary write_passes(const IndexOptions& options, RunPlan& plan, const std::optional<YearShards>& years)
{
    Summary summary;
    std::vector<std::string> again = write_pass(options, plan, years, summary);
    for (int pass = 1; !again.empty() && pass < MaxPasses; ++pass) {
        spdlog::info("reading again {} file(s) holding a copy of a story whose first copy changed or went",
                     again.size());
        auto copies = options;
        copies.paths = again;
        copies.prune = false;
        Summary reread;
        again = write_pass(copies, plan, years, reread);
        add_reread(summary, reread);
    }
    return summary;
}

// Spelling, then the merge or install: what makes the run's databases the live index.
void finish(store::IndexFolder& folder, const RunPlan& plan, const IndexOptions& options, bool indexed_any,
            const fs::path& db)
{
    auto phase = Clock::now();
    const auto since = [&phase] {
        const auto now = Clock::now();
        return std::chrono::duration<double>(now - std::exchange(phase, now)).count();
    };
    sync_spelling(plan.parts, {options.batch, plan.durability()},
                  plan.merge ? Spelling::SharedForMerge : plan.by_year ? Spelling::OwnWords : Spelling::AllInFirst);
    spdlog::debug("spelling brought up to date in {:.2f} s", since());
    try {
        finish_run(folder, plan, plan.parts, indexed_any);
        spdlog::debug("{} in {:.2f} s", plan.merge ? "parts merged and installed" : "installed", since());
    } catch (const fs::filesystem_error& e) {
        throw Error(Error::Code::Io, std::string("cannot install the new index: ") + e.what(),
                    "the index at " + db.string() + " is the one before this run; run again to retry");
    }
}

}  // namespace

Summary index_paths(const IndexOptions& given, const fs::path& db, bool rebuild)
{
    const auto start = Clock::now();  // the summary's time is the whole run's, merging and installing too
    // Prepare: claim the folder, clear what a killed run left, plan where this run writes.
    auto folder = store::IndexFolder::claim(db, given.paths);
    folder.sweep(/*keep_parts=*/!rebuild);
    auto plan = plan_run(folder, given, rebuild);
    const auto years = year_shards(folder, plan);
    IndexOptions options = given;
    options.shard_by_year = plan.by_year;  // the Producer looks sources up in every year shard
    // Run, then finish.
    auto summary = write_passes(options, plan, years);
    finish(folder, plan, options, summary.sections > 0, db);
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return summary;
}

}  // namespace dateline::index
