// dateline-index: parse arguments, run the library's indexer, print the summary.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "dateline/cli/terminal.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/cli/version.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/store/compact.hpp"
#include "dateline/index/indexer.hpp"
#include "dateline/output/article_json.hpp"

using namespace dateline;

namespace {

struct Options {
    std::optional<std::string> db;
    int year = 0;
    std::string reference_date;
    bool rebuild = false;
    bool prune = false;
    bool dump = false;
    bool quiet = false;
    int verbose = 0;
    unsigned jobs = 0;
    unsigned batch = dateline::index::IndexOptions{}.batch;
    std::size_t piece_bytes = dateline::index::IndexOptions{}.piece_bytes;
    unsigned shards = 0;
    std::string shard_by;
    std::uint64_t max_member_size = 64ull << 20;
    std::string report;
    std::vector<std::string> maps;
    std::vector<std::string> paths;
};

// --map text=story_body: which JSON field holds which part of a story.
article::FieldMap field_map(const std::vector<std::string>& maps)
{
    static const std::set<std::string> fields{"title", "subtitle", "text", "date", "url", "id"};
    article::FieldMap out;
    for (const auto& m : maps) {
        const auto eq = m.find('=');
        const auto field = m.substr(0, eq);
        if (eq == std::string::npos || eq + 1 == m.size() || !fields.contains(field))
            throw Error(Error::Code::Usage, "invalid --map '" + m + "'",
                        "give FIELD=NAME, FIELD one of title, subtitle, text, date, url, id");
        out[field] = m.substr(eq + 1);
    }
    return out;
}

index::IndexOptions library_options(const Options& o)
{
    index::IndexOptions options;
    options.paths = o.paths;
    options.parse.year = o.year;
    if (!o.reference_date.empty()) {
        auto date = calendar::parse_iso(o.reference_date);
        if (!date)
            throw Error(Error::Code::Usage, "invalid --reference-date '" + o.reference_date + "'",
                        "give a day as YYYY-MM-DD");
        options.parse.reference = date;
    }
    options.parse.field_map = field_map(o.maps);
    if (o.jobs > 0)
        options.jobs = o.jobs;
    options.batch = o.batch;
    options.piece_bytes = o.piece_bytes;
    options.prune = o.prune;
    options.shards = o.shards;
    options.shard_by_year = o.shard_by == "year";
    options.limits.max_source_bytes = o.max_member_size;
    options.progress = o.quiet || o.dump ? index::ProgressMode::Off
                       : isatty(fileno(stderr)) ? index::ProgressMode::Live
                                                                            : index::ProgressMode::Log;
    return options;
}

// --report FILE: one JSON line per problem, for scripts.
std::function<void(const Problem&)> report_to(std::ofstream& out)
{
    return [&out](const Problem& p) {
        nlohmann::ordered_json j{{"source", p.source.path}, {"member", p.source.member}, {"line", p.line},
                                 {"reason", to_string(p.reason)}, {"message", p.message}};
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    };
}

int run(const Options& o)
{
    cli::setup_logging(o.quiet ? spdlog::level::err : o.verbose > 0 ? spdlog::level::debug : spdlog::level::info);
    // `dateline-index --db DIR compact`: the command was meant, not a path of that name.
    for (const auto& path : o.paths)
        if (std::error_code ec; path == "compact" && !std::filesystem::exists(path, ec))
            throw Error(Error::Code::Usage, "no file or folder named 'compact' to index",
                        "compact is a command, and comes first: dateline-index compact --db DIR");
    auto options = library_options(o);
    std::ofstream report;
    if (!o.report.empty()) {
        report.open(o.report, std::ios::trunc);
        if (!report)
            throw Error(Error::Code::Usage, "cannot write --report " + o.report);
        options.on_problem = report_to(report);
    }
    index::Summary summary;
    if (o.dump) {
        summary = index::read_articles(options, [](Article&& article) {
            std::cout << output::article_to_json(article).dump(-1, ' ', false,
                                                                nlohmann::ordered_json::error_handler_t::replace)
                      << '\n';
        });
    } else {
        const auto db = store::resolve_db_path(o.db);
        spdlog::info("indexing into {}", db.string());
        summary = index::index_paths(options, db, o.rebuild);
    }
    if (!o.quiet)
        std::cerr << summary.line() << '\n';
    return to_int(summary.skipped > 0 ? ExitCode::InputsSkipped : ExitCode::Ok);
}

// dateline-index compact [--db DIR]: Xapian's compactor over the index or each of its shards.
int compact_main(int argc, char** argv)
{
    CLI::App app{"Compact the index (every shard of a sharded one) with Xapian's compactor."};
    app.name("dateline-index compact");
    std::optional<std::string> db;
    app.add_option("--db", db, "Index folder (default: $DATELINE_DB, else ~/.local/share/dateline/index)");
    app.failure_message(cli::usage_error);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : to_int(ExitCode::Usage);
    }
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::info);
        std::uintmax_t before = 0, after = 0;
        for (const auto& part : store::compact_index(store::resolve_db_path(db))) {
            std::cout << part.path.string() << ": " << part.before << " -> " << part.after << " bytes\n";
            before += part.before;
            after += part.after;
        }
        std::cout << "total: " << before << " -> " << after << " bytes\n";
        return to_int(ExitCode::Ok);
    });
}

}  // namespace

int main(int argc, char** argv)
{
    // A subcommand by hand: declared through CLI11 it would still need the main command's PATH.
    if (argc > 1 && std::string(argv[1]) == "compact")
        return compact_main(argc - 1, argv + 1);
    CLI::App app{"Index news archives for dateline-search: one Xapian document per article section.\n"
                 "Incremental: unchanged files are skipped, changed ones replaced, new ones added."};
    app.name("dateline-index");  // not argv[0]: the usage line reads the same from any path
    app.set_version_flag("-V,--version", cli::version_text("dateline-index"));
    app.footer("\nCommands, as the first word:\n"
               "  compact [--db DIR]          Xapian's compactor over the index (every shard of a sharded one)");
    Options o;
    app.add_option("--db", o.db, "Index folder (default: $DATELINE_DB, else ~/.local/share/dateline/index)");
    app.add_option("--year", o.year, "Year for datelines without one, when the path has no date")
        ->check(CLI::Range(1, 9999));
    app.add_option("--reference-date", o.reference_date,
                   "YYYY-MM-DD: datelines without a year get the latest such day on or before it");
    app.add_flag("--rebuild", o.rebuild, "Build a fresh index beside the old one, then swap it in");
    app.add_flag("--prune", o.prune, "Delete what files gone from the given paths had given");
    app.add_option("--shards", o.shards, "Split the index into N shard databases under --db, searched as one")
        ->check(CLI::Range(1u, 256u));
    app.add_option("--shard-by", o.shard_by, "year: one shard per year of the stories (old years stop changing)")
        ->check(CLI::IsMember({"year"}))
        ->excludes("--shards");
    app.add_flag("--dump", o.dump, "Print one JSON object per article on stdout; write no index");
    app.add_option("-j,--jobs", o.jobs, "Parsing threads (default: one per core)")->check(CLI::Range(1u, 256u));
    app.add_option("--batch", o.batch,
                   "Sections per commit (default: 1000 into the live index, 300 into the parts of a new one)")
        ->check(CLI::Range(1u, 1000000u));
    app.add_option("--piece-size", o.piece_bytes, "JSON Lines larger than this are parsed in pieces of this many bytes")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
        ->capture_default_str();
    app.add_option("--max-member-size", o.max_member_size, "Largest file or archive member read, in bytes")
        ->capture_default_str();
    app.add_option("--report", o.report, "Write one JSON line per problem to this file");
    app.add_option("--map", o.maps, "FIELD=NAME: read a JSON story's FIELD (title, subtitle, text, date, url, id) "
                                    "from NAME; repeatable");
    app.add_flag("-q,--quiet", o.quiet, "Only errors on stderr: no progress, no summary");
    app.add_flag("-v,--verbose", o.verbose, "More detail on stderr");
    app.add_option("PATH", o.paths, "Files, folders (recursively) and archives to index")->required();
    app.failure_message(cli::usage_error);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : to_int(ExitCode::Usage);
    }
    return cli::run_main([&] { return run(o); });
}
