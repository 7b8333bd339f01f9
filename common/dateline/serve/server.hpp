/*! `dateline-search serve`: the search page and the JSON API over HTTP (cpp-httplib), a small
 *  pool of worker threads each borrowing its own index handle, one log line per request, and
 *  a clean stop on SIGINT or SIGTERM. */
#pragma once

#include <cstddef>

#include "dateline/serve/commands.hpp"
#include "dateline/serve/handles.hpp"
#include "dateline/serve/listen.hpp"

namespace dateline::serve {

struct ServeOptions {
    ListenAddress listen{"127.0.0.1", 8080};
    std::size_t workers = 4;  ///< requests served at once, each with its own index handle
    IndexSpec index;
};

/** Opens the index (failing as dateline-search does when it cannot), listens, prints
 *  "Serving http://HOST:PORT/ ..." on stdout and serves until SIGINT or SIGTERM, letting
 *  requests under way finish. Returns the exit code (0 after a signal). Throws Error for an
 *  index that cannot be opened (as the command line does) or an address it cannot listen on. */
int serve(const ServeOptions& options, CommandParsers parsers);

}  // namespace dateline::serve
