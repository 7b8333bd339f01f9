// dateline-search stats: what the index holds.
#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/search/stats.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

namespace {

void configure(CLI::App& app, serve::StatsArgs& a)
{
    app.add_option("--top", a.top, "Values shown per top list")->capture_default_str();
}

}  // namespace

serve::StatsArgs parse_stats_args(const std::vector<std::string>& args)
{
    return parse_args_or_throw<serve::StatsArgs>("dateline-search stats", args,
                                            [](CLI::App& app, serve::StatsArgs& a) { configure(app, a); });
}

int stats_main(const std::vector<std::string>& args)
{
    OutputOptions o;
    serve::StatsArgs a;
    CLI::App app{"Sections, articles, sources, dates, top speakers, locations and agencies, schema and size.",
                 "dateline-search stats"};
    add_output_options(app, o);
    configure(app, a);
    if (const auto code = parse(app, "dateline-search stats", args))
        return *code;
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::warn);
        auto index = open_index(o);
        const auto stats = lookup(index, [&] { return search::collect_stats(index.db, index.paths, a.top); });
        stdout_printer(o)->stats(stats);
        return to_int(ExitCode::Ok);
    });
}

}  // namespace searcher
