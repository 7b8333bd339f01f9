// What every dateline-search command shares: --db, --format, and how stdout is written.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "dateline/store/database.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/store/reopen.hpp"

namespace searcher {

struct OutputOptions {
    std::vector<std::string> db;  ///< --db, any number of times
    std::vector<std::string> allowed_programs;  ///< --allow-program: stub lines that may run it
    std::string format = "text";
};

/** Adds --db and --format to a command. */
void add_output_options(CLI::App& app, OutputOptions& options);

/** The printer for --format on stdout: colour only on a terminal without NO_COLOR, the
 *  terminal's width. A reader that goes away (`| head`) ends the output quietly: SIGPIPE
 *  is ignored and printers stop at the failed stream. */
std::unique_ptr<dateline::output::Printer> stdout_printer(const OutputOptions& options);

/** The indexes --db names (else the default), opened as one. With allow_partial, shards that
 *  cannot be opened are left out, each named on stderr. */
struct Index {
    std::vector<std::filesystem::path> paths;  ///< front() names the index in messages
    Xapian::Database db;
    std::vector<std::string> unavailable;      ///< shards left out
    std::optional<std::filesystem::path> folder;  ///< the one local database folder, if so
};
Index open_index(const OutputOptions& options, bool allow_partial = false);

/** Runs a lookup f() (stats, show, values) on the index as searches run: reopened and run
 *  again when an indexer commits meanwhile (store::with_reopen), Xapian errors translated.
 *  f must read index.db afresh on each call. */
template <class F>
auto lookup(Index& index, F&& f) -> decltype(f())
{
    return dateline::store::xapian_try(index.paths.front(), [&] { return dateline::store::with_reopen(index.db, f); });
}

/** Parses a command's arguments; returns the exit code when parsing ends the run (--help: 0,
 *  a bad option: 2). */
std::optional<int> parse(CLI::App& app, const std::string& program, const std::vector<std::string>& args);

/** Parses arguments that come from elsewhere than the command line (the server's addresses):
 *  what would end the run with a message throws Error (Usage) with that message instead. */
void parse_or_throw(CLI::App& app, const std::string& program, const std::vector<std::string>& args);

/** A command's arguments from elsewhere than the command line (the server's addresses),
 *  with the options configure(app, args) declares: the command line's own parser. */
template <class Args, class Configure>
Args parse_args_or_throw(const std::string& program, const std::vector<std::string>& args, Configure&& configure)
{
    Args a;
    CLI::App app{"", program};
    configure(app, a);
    parse_or_throw(app, program, args);
    return a;
}

}  // namespace searcher
