/*! What the server needs from dateline-search's argument parsing: for each command, a function
 *  from its arguments to what it asks for. The program hands its own parsers in, so an address
 *  is checked by exactly the code that checks the command line, with the same messages. */
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "dateline/search/request.hpp"

namespace dateline::serve {

/** `show ID [--article]`. */
struct ShowArgs {
    std::string id;
    bool article = false;
};

/** `values FIELD [--prefix P] [--limit N]`. */
struct ValuesArgs {
    std::string field;
    std::string prefix;
    std::size_t limit = 0;
};

/** `stats [--top N]`. */
struct StatsArgs {
    std::size_t top = 10;
};

/** Each parser throws Error (Usage) with the command line's message for a bad argument. */
template <class T>
using Parser = std::function<T(const std::vector<std::string>& args)>;

struct CommandParsers {
    Parser<search::SearchRequest> search;
    Parser<ShowArgs> show;
    Parser<ValuesArgs> values;
    Parser<StatsArgs> stats;
};

}  // namespace dateline::serve
