// dateline-search stats: what the index holds.
#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/search/stats.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

int stats_main(const std::vector<std::string>& args)
{
    OutputOptions o;
    std::size_t top = 10;
    CLI::App app{"Sections, articles, sources, dates, top speakers, locations and agencies, schema and size.",
                 "dateline-search stats"};
    add_output_options(app, o);
    app.add_option("--top", top, "Values shown per top list")->capture_default_str();
    if (const auto code = parse(app, "dateline-search stats", args))
        return *code;
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::warn);
        auto index = open_index(o);
        const auto stats = lookup(index, [&] { return search::collect_stats(index.db, index.paths, top); });
        stdout_printer(o)->stats(stats);
        return to_int(ExitCode::Ok);
    });
}

}  // namespace searcher
