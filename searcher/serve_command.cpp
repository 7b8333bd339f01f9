// dateline-search serve [--db DIR]... [--listen HOST:PORT]: the search page and JSON API.
#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/error.hpp"
#include "dateline/serve/server.hpp"
#include "dateline/store/database.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

int serve_main(const std::vector<std::string>& args)
{
    OutputOptions o;
    std::string listen = "127.0.0.1:8080";
    std::size_t workers = 4;
    bool allow_partial = false;
    CLI::App app{"Serve the search page (GET /) and a JSON API (/api/search, /api/timeline, /api/show/ID, "
                 "/api/values/FIELD, /api/stats) whose answers are what --format json prints.",
                 "dateline-search serve"};
    app.add_option("--db", o.db, "Index folder, sharded index or Xapian stub file; several are served as one")
        ->allow_extra_args(false);
    app.add_option("--allow-program", o.allowed_programs,
                   "Let a stub file's 'remote :PROGRAM ARGS' line run PROGRAM (refused otherwise); repeatable")
        ->allow_extra_args(false)
        ->type_name("PROGRAM");
    app.add_flag("--allow-partial", allow_partial, "Serve the shards that open when some do not (results marked partial)");
    app.add_option("--listen", listen, "Address to listen on (loopback only unless you name another; port 0: any "
                                       "free one)")
        ->type_name("HOST:PORT")
        ->capture_default_str();
    app.add_option("--workers", workers, "Requests served at once, each with its own index handle")
        ->check(CLI::Range(std::size_t{1}, std::size_t{64}).description(""))
        ->type_name("N")
        ->capture_default_str();
    if (const auto code = parse(app, "dateline-search serve", args))
        return *code;
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::info);  // one line per request
        serve::ServeOptions options{serve::parse_listen(listen), workers,
                                    {store::resolve_db_paths(o.db), allow_partial, o.allowed_programs}};
        return serve::serve(options, {parse_search_request, parse_show_args, parse_values_args, parse_stats_args});
    });
}

}  // namespace searcher
