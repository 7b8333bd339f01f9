// Reading the command line before CLI11 does: which command it is, and bare optional values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace searcher {

/** The index in `args` of the first word that is not an option or an option's value, when
 *  it names one of `commands` ("show"): only the first word can be a command, so
 *  `dateline-search tv show` searches for both words, and after `--` nothing is one. */
std::optional<std::size_t> find_command(const CLI::App& app, const std::vector<std::string>& args,
                                        const std::vector<std::string>& commands);

/** An option whose value may be left out (`--timeline` alone means month). */
struct OptionalValue {
    std::string option;                     ///< "--timeline"
    std::string fallback;                   ///< "month"
    bool (*accepts)(const std::string&);    ///< whether a word is a value of it
};

/** Inserts the fallback after each such option not followed by one of its values, so that
 *  `--timeline crimea` reads as `--timeline month crimea` rather than a bad unit, and CLI11
 *  can treat the option as always taking one value. */
std::vector<std::string> fill_optional_values(std::vector<std::string> args,
                                              const std::vector<OptionalValue>& options);

/** argv for CLI11: the program name, then args (which must outlive the result). */
std::vector<const char*> to_argv(const std::string& program, const std::vector<std::string>& args);

}  // namespace searcher
