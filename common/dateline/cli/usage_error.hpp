/*! How both programs report a command line CLI11 cannot parse: as every other error. */
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace dateline::cli {

/** For CLI::App::failure_message: "error: WHAT" and a hint naming the program's --help, the
 *  README's form for errors (CLI11's own ends "Run with --help for more information."). */
inline std::string usage_error(const CLI::App* app, const CLI::Error& e)
{
    return "error: " + std::string(e.what()) + "\nhint: " + app->get_name() + " --help lists the options\n";
}

}  // namespace dateline::cli
