// dateline-search: parse arguments, run the library's search, print text or JSON.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dateline/cli/terminal.hpp"
#include "dateline/database.hpp"
#include "dateline/error.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/query/date_bound.hpp"
#include "dateline/search/searcher.hpp"

using namespace dateline;

namespace {

struct Options {
    std::optional<std::string> db;
    std::vector<std::string> speakers, locations, words;
    std::string since, until;
    Xapian::doccount limit = 10, offset = 0;
    std::size_t facets = 10;
    std::optional<search::SortOrder> sort;
    std::string format = "text";
};

std::string join_words(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

int run(const Options& o)
{
    cli::setup_logging(spdlog::level::warn);
    search::SearchRequest request;
    request.text = join_words(o.words);
    request.filters.speakers = o.speakers;
    request.filters.locations = o.locations;
    if (!o.since.empty())
        request.filters.since = query::parse_date_bound(o.since, query::Bound::Lower);
    if (!o.until.empty())
        request.filters.until = query::parse_date_bound(o.until, query::Bound::Upper);
    request.limit = o.limit;
    request.offset = o.offset;
    request.sort = o.sort;
    request.facet_limit = o.facets;

    const auto path = resolve_db_path(o.db);
    const auto db = open_for_search(path);
    const auto result = xapian_try(path, [&] { return search::search(db, request); });
    if (o.format == "json")
        output::print_json(std::cout, result);
    else if (result.total > 0)
        output::print_text(std::cout, result, cli::use_colour(stdout));
    if (result.total == 0) {
        std::cerr << "no sections match" << (request.text.empty() ? "" : " '" + request.text + "'")
                  << (request.filters.empty() ? "" : " with these filters") << '\n';
        return to_int(ExitCode::NoResults);
    }
    return to_int(ExitCode::Ok);
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Search a Dateline index: ranked sections with speaker, location and month facets."};
    Options o;
    app.add_option("--db", o.db, "Index folder (default: $DATELINE_DB, else ~/.local/share/dateline/index)");
    app.add_option("--speaker", o.speakers, "Only sections where this person speaks (full name or surname); repeatable");
    app.add_option("--location", o.locations, "Only articles from this dateline city; repeatable");
    app.add_option("--since", o.since, "From this date: YYYY, YYYY-MM or YYYY-MM-DD (first day of the period)");
    app.add_option("--until", o.until, "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD (last day of the period)");
    app.add_option("--limit", o.limit, "Hits to show")->capture_default_str();
    app.add_option("--offset", o.offset, "Hits to skip, for paging")->capture_default_str();
    app.add_option("--facets", o.facets, "Top values shown per facet")->capture_default_str();
    app.add_option("--sort", o.sort, "relevance, newest or oldest (default: relevance; newest with no query text)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, search::SortOrder>{
            {"relevance", search::SortOrder::Relevance},
            {"newest", search::SortOrder::Newest},
            {"oldest", search::SortOrder::Oldest}}));
    app.add_option("--format", o.format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    app.add_option("QUERY", o.words, "Xapian query syntax: words, \"phrases\", AND/OR/NOT, -word, word*, title:, speaker:");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : to_int(ExitCode::Usage);
    }
    return cli::run_main([&] { return run(o); });
}
