// What every dateline-search command shares: --db, --format, and how stdout is written.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dateline/output/printers.hpp"

namespace searcher {

struct OutputOptions {
    std::vector<std::string> db;  ///< --db, any number of times
    std::string format = "text";
};

/** Adds --db and --format to a command. */
void add_output_options(CLI::App& app, OutputOptions& options);

/** The printer for --format on stdout: colour only on a terminal without NO_COLOR, the
 *  terminal's width. A reader that goes away (`| head`) ends the output quietly: SIGPIPE
 *  is ignored and printers stop at the failed stream. */
std::unique_ptr<dateline::output::Printer> stdout_printer(const OutputOptions& options);

/** Parses a command's arguments; returns the exit code when parsing ends the run (--help: 0,
 *  a bad option: 2). */
std::optional<int> parse(CLI::App& app, const std::string& program, const std::vector<std::string>& args);

}  // namespace searcher
