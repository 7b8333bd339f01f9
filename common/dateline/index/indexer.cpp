#include "dateline/index/indexer.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include "dateline/error.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/ingest/walker.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

namespace {

void report(const Problem& problem, Summary& summary)
{
    summary.count(problem);
    spdlog::warn("{}", problem.display());
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

}  // namespace

Summary read_articles(const IndexOptions& options, const std::function<void(Article&&)>& sink)
{
    const auto start = std::chrono::steady_clock::now();
    Summary summary;
    std::vector<Problem> walk_problems;
    ingest::walk(options.paths, [&](const ingest::FoundFile& file) {
        if (!file.named && !article::is_supported(file.path)) {
            ++summary.ignored;
            spdlog::debug("{}: ignored, not an article format", file.path.string());
            return;
        }
        ++summary.files;
        auto parsed = article::parse_file(file.path, options.parse);
        for (const auto& problem : parsed.problems)
            report(problem, summary);
        for (auto& article : parsed.articles) {
            ++summary.articles;
            summary.sections += article.sections.size();
            sink(std::move(article));
        }
    }, walk_problems);
    for (const auto& problem : walk_problems)
        report(problem, summary);
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
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
    {
        IndexWriter writer(target);
        summary = read_articles(options, [&](Article&& article) { writer.add(article); });
        writer.commit();
    }
    if (rebuild) {
        try {
            swap_in(target, db);
        } catch (const fs::filesystem_error& e) {
            throw Error(Error::Code::Io, std::string("cannot move the rebuilt index into place: ") + e.what(),
                        "the new index is at " + target.string());
        }
    }
    return summary;
}

}  // namespace dateline::index
