// The commands of dateline-search: one function each, found by name in a table.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.hpp"
#include "dateline/serve/commands.hpp"

namespace searcher {

/** Each takes the arguments after its name and returns the exit code. */
int show_main(const std::vector<std::string>& args);
int stats_main(const std::vector<std::string>& args);
int values_main(const std::vector<std::string>& args);
int serve_main(const std::vector<std::string>& args);

/** What each command asks for, from its arguments, for the server: the command line's own
 *  parsing and checks, with its messages (throws Error (Usage)). */
dateline::search::SearchRequest parse_search_request(const std::vector<std::string>& args);
dateline::serve::ShowArgs parse_show_args(const std::vector<std::string>& args);
dateline::serve::ValuesArgs parse_values_args(const std::vector<std::string>& args);
dateline::serve::StatsArgs parse_stats_args(const std::vector<std::string>& args);

struct Command {
    std::string_view name;
    std::string_view usage;
    int (*run)(const std::vector<std::string>& args);
};

/** The commands a first word can name; any other first word starts a query. */
inline const std::array<Command, 4> Commands{{
    {"show", "show ID [--article]         a whole section, or the whole article it belongs to", show_main},
    {"stats", "stats [--top N]             what the index holds", stats_main},
    {"values", "values FIELD [--prefix P]   every value of a field (speaker, location, agency, organization,\n"
               "                              month, year) with its count", values_main},
    {"serve", "serve [--listen HOST:PORT]  the search page and JSON API in a browser (default 127.0.0.1:8080)",
     serve_main},
}};

/** Searching: `dateline-search [options] [--] QUERY...`. */
int search_main(const std::vector<std::string>& args);

/** `args` with the search's left-out optional values filled in (`--timeline` -> `--timeline
 *  month`); doing it twice changes nothing. */
std::vector<std::string> with_optional_values(const std::vector<std::string>& args);

/** Where in `args` a command name stands, judged with the search's own options (so the
 *  value of `--speaker show` is not taken for the command). */
std::optional<std::size_t> find_command_word(const std::vector<std::string>& args,
                                             const std::vector<std::string>& names);

}  // namespace searcher
