#include "output_options.hpp"

#include <csignal>
#include <iostream>

#include "arguments.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/output/terminal_width.hpp"

namespace searcher {

using namespace dateline;

void add_output_options(CLI::App& app, OutputOptions& options)
{
    app.add_option("--db", options.db,
                   "Index folder, sharded index or Xapian stub file; several --db are searched as one "
                   "(default: $DATELINE_DB, else ~/.local/share/dateline/index)")
        ->allow_extra_args(false);  // one folder per --db: the query words that follow are not folders
    app.add_option("--allow-program", options.allowed_programs,
                   "Let a stub file's 'remote :PROGRAM ARGS' line run PROGRAM (refused otherwise); repeatable")
        ->allow_extra_args(false)
        ->type_name("PROGRAM");
    const std::vector<std::string> names(output::FormatNames.begin(), output::FormatNames.end());
    app.add_option("--format", options.format, "text, json, ndjson (a JSON object per line) or csv")
        ->check(CLI::IsMember(names).description(""))
        ->type_name("text|json|ndjson|csv")
        ->capture_default_str();
}

std::unique_ptr<output::Printer> stdout_printer(const OutputOptions& options)
{
    std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows as a failed stream, not a signal
    const output::PrintOptions print{cli::use_colour(stdout), output::terminal_width(stdout)};
    return output::make_printer(output::parse_format(options.format).value_or(output::Format::Text), std::cout,
                                print);
}

Index open_index(const OutputOptions& options, bool allow_partial)
{
    auto paths = store::resolve_db_paths(options.db);
    auto opened = store::open_for_search(paths, allow_partial, options.allowed_programs);
    for (const auto& shard : opened.unavailable)
        std::cerr << "warning: left out (--allow-partial): " << shard << '\n';
    return {std::move(paths), std::move(opened.db), std::move(opened.unavailable), std::move(opened.folder)};
}

std::optional<int> parse(CLI::App& app, const std::string& program, const std::vector<std::string>& args)
{
    const auto argv = to_argv(program, args);
    app.failure_message(cli::usage_error);
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : to_int(ExitCode::Usage);
    }
    return std::nullopt;
}

void parse_or_throw(CLI::App& app, const std::string& program, const std::vector<std::string>& args)
{
    const auto argv = to_argv(program, args);
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        throw Error(Error::Code::Usage, e.what());
    }
}

}  // namespace searcher
