// dateline-search [options] [--] QUERY...: options in, the library's search, a printer out.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/cli/version.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/query/query_builder.hpp"
#include "dateline/text/safe_text.hpp"
#include "dateline/search/query_lines.hpp"
#include "dateline/search/recency.hpp"
#include "dateline/search/searcher.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

namespace {

// One per core, up to 8: facet counting of a large match set divides well, and no further.
unsigned default_threads()
{
    return std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
}

struct SearchOptions : OutputOptions {
    query::Filters filters;  // the lists; dates come from since and until
    std::vector<std::string> words;
    std::optional<std::string> since, until, recency, timeline, sort, bm25, weighting, queries;
    std::string match = "auto";
    std::string like;
    Xapian::doccount limit = 10, offset = 0;
    std::size_t facets = 10;
    unsigned threads = default_threads();
    bool per_article = false, normalize = false, explain = false, quotes = false, allow_partial = false;
};

// --help lists the commands from their table.
std::string footer()
{
    std::string text = "\nCommands, as the first word:\n";
    for (const auto& c : Commands)
        text += "  " + std::string(c.usage) + "\n";
    return text + "To search for a word that is a command name, put -- before the query:\n"
                  "  dateline-search -- show trials";
}

bool is_unit(const std::string& word)
{
    return facets::parse_timeline_unit(word).has_value();
}

// Shaped like a half-life (digits and a unit), or a number alone (`--recency 90`, a unit
// forgotten): a bad one such as 0d or 90 is then refused by name rather than searched for.
bool is_half_life(const std::string& word)
{
    const auto digits = word.find_first_not_of("0123456789");
    if (digits == std::string::npos)
        return !word.empty();
    return word.size() >= 2 && digits == word.size() - 1 &&
           std::string_view("dwmy").find(word.back()) != std::string_view::npos;
}

void add_filters(CLI::App& app, SearchOptions& o)
{
    // One value per occurrence: `--speaker Peskov sanctions` searches for sanctions.
    for (const auto& f : query::FilterFields)
        app.add_option(f.option(), o.filters.*(f.values), std::string(f.help) + "; repeatable")->allow_extra_args(false);
    app.add_option("--since", o.since, "From this date: YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, 7d, 2w, 3m, 1y");
    app.add_option("--until", o.until, "Up to this date (same forms; a partial date means its last day)");
}

void add_ranking(CLI::App& app, SearchOptions& o)
{
    app.add_option("--match", o.match,
                   fmt::format("auto (default): any word for queries of {} words or more, else all; all: every "
                               "word must match; any: any of them",
                               query::AnyWordFrom))
        ->check(CLI::IsMember({"auto", "all", "any"}).description(""))
        ->type_name("auto|all|any");
    app.add_option("--sort", o.sort, "relevance, newest or oldest (default: relevance; newest with no query text)")
        ->check(CLI::IsMember({"relevance", "newest", "oldest"}).description(""))
        ->type_name("relevance|newest|oldest");
    app.add_option("--recency", o.recency,
                   "Relevance favouring newer stories: the boost halves every HALF-LIFE (default 1y)")
        ->type_name("[HALF-LIFE]");
    app.add_option("--bm25", o.bm25, "BM25 parameters for experiments, e.g. k1=1.2,b=0.75 (keys k1, k2, k3, b, "
                                     "min_normlen; the rest keep their defaults)")
        ->type_name("KEY=N,...");
    app.add_option("--weighting", o.weighting,
                   "Another weighting scheme, for experiments: bm25, bm25+, ineb2, ifb2, inl2, bb2, pl2, dlh, dph, "
                   "then :KEY=N,... (e.g. ineb2:c=2)")
        ->type_name("SCHEME[:KEY=N,...]")
        ->excludes("--bm25");
    app.add_flag("--per-article", o.per_article, "One hit per article (its best section), with how many more matched");
    app.add_flag("--quotes", o.quotes, "Search only the words people said (direct quotes); show each matching quote "
                                       "with who said it");
    app.add_option("--like", o.like, "Sections similar to this section (or article) id");
}

void add_paging(CLI::App& app, SearchOptions& o)
{
    app.add_option("--limit", o.limit, "Hits to show (any number; 0: only the total and facets)")->capture_default_str();
    app.add_option("--offset", o.offset, "Hits to skip, for paging")->capture_default_str();
    app.add_option("--facets", o.facets, "Top values shown per facet")->capture_default_str();
    app.add_option("--timeline", o.timeline, "Matching sections per period, drawn under the hits (alone: month)")
        ->check(CLI::Validator(
            [](std::string& unit) { return is_unit(unit) ? std::string() : unit + " is not day, week, month or year"; },
            "", ""))
        ->type_name("[day|week|month|year]");
    app.add_flag("--normalize", o.normalize, "Timeline as a share of all sections in each period");
    app.add_flag("--explain", o.explain, "Print how the query was understood on stderr");
    app.add_flag("--allow-partial", o.allow_partial,
                 "Search the shards that answer when some do not (results marked partial)");
    app.add_option("--threads", o.threads, "Threads counting the facets of a large match set (default: one per core)")
        ->check(CLI::Range(1U, 64U).description(""))
        ->type_name("N")
        ->capture_default_str();
    app.add_option("--queries", o.queries,
                   "Run every line of FILE (- for stdin) as a query, the other options applying to each: "
                   "one process and one open index for many queries")
        ->type_name("FILE");
}

void configure(CLI::App& app, SearchOptions& o)
{
    add_output_options(app, o);
    add_filters(app, o);
    add_ranking(app, o);
    add_paging(app, o);
    app.add_option("QUERY", o.words,
                   "Xapian query syntax: words, \"phrases\", AND/OR/NOT, NEAR/n, -word, word*, " + query::field_prefixes());
    app.footer(footer());
}

std::vector<OptionalValue> optional_values()
{
    return {{"--timeline", "month", is_unit}, {"--recency", std::string(search::DefaultHalfLife), is_half_life}};
}

std::string join_words(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// `index`, when given, is where the search runs: its one local folder lets large match sets
// be counted on several threads.
search::SearchRequest to_request(const SearchOptions& o, const Index* index = nullptr)
{
    search::SearchRequest r;
    r.text = join_words(o.words);
    r.filters = o.filters;
    r.filters.dates = query::parse_since_until(o.since, o.until);
    r.match = o.match == "any" ? query::MatchMode::Any
              : o.match == "all" ? query::MatchMode::All
                                 : query::MatchMode::Auto;
    if (o.sort)
        r.sort = search::parse_sort_order(*o.sort);
    if (o.recency)
        r.recency_half_life = search::parse_half_life(*o.recency);
    r.per_article = o.per_article;
    if (o.bm25)
        r.weighting = search::parse_bm25(*o.bm25);
    if (o.weighting)
        r.weighting = search::parse_weighting(*o.weighting);
    r.quotes = o.quotes;
    r.like = o.like;
    r.limit = o.limit;
    r.offset = o.offset;
    r.facet_limit = o.facets;
    if (o.timeline)
        r.timeline = facets::parse_timeline_unit(*o.timeline);
    r.normalize = o.normalize;
    r.threads = o.threads;
    if (index)
        r.local_database = index->folder;
    return r;
}

// Diagnostics for people on stderr; stdout holds only results.
int report(const search::SearchRequest& request, const search::SearchResult& result)
{
    for (const auto& value : result.unknown_values)
        fmt::print(std::cerr, "note: no section has {}; dateline-search values lists them all\n", value);
    if (result.query_total > 0)
        return to_int(ExitCode::Ok);
    fmt::print(std::cerr, "no sections match{}{}\n", request.text.empty() ? "" : " '" + request.text + "'",
               request.filters.empty() && request.like.empty() ? "" : " with these filters");
    if (!result.suggestion.empty() && !result.corrected)
        fmt::print(std::cerr, "did you mean: {}\n", result.suggestion);
    return to_int(ExitCode::NoResults);
}

search::SearchResult search_and_print(Index& index, const search::SearchRequest& request, const SearchOptions& o,
                                      output::Printer& printer)
{
    // `index` is not const: search() reopens it when an indexer has committed meanwhile.
    auto result = store::xapian_try(index.paths.front(), [&] { return search::search(index.db, request); });
    result.unavailable = index.unavailable;
    if (o.explain)
        output::print_explanation(std::cerr, result);
    printer.search(result);
    return result;
}

int run(const SearchOptions& o)
{
    cli::setup_logging(spdlog::level::warn);
    auto index = open_index(o, o.allow_partial);
    const auto request = to_request(o, &index);
    return report(request, search_and_print(index, request, o, *stdout_printer(o)));
}

// --queries: each line searched as if given on the command line. A line Xapian cannot parse is
// reported with its number and the rest still run; the exit code then says some failed.
int run_queries(const SearchOptions& o)
{
    cli::setup_logging(spdlog::level::warn);
    if (!o.words.empty())
        throw Error(Error::Code::Usage, "--queries reads the queries from a file: give no query on the command line",
                    "put '" + join_words(o.words) + "' on a line of the file");
    if (o.format == "csv")
        throw Error(Error::Code::Usage, "--queries prints one result per query: CSV has one header for one table",
                    "use --format json (one object per query) or ndjson (each query's lines end with its summary)");
    const bool from_stdin = *o.queries == "-";
    const auto name = from_stdin ? std::string("stdin") : *o.queries;
    std::ifstream file;
    if (!from_stdin) {
        // A folder opens as a stream that reads nothing: it would pass for an empty file.
        if (std::error_code ec; std::filesystem::is_directory(*o.queries, ec))
            throw Error(Error::Code::Usage, "--queries reads a file, and " + name + " is a folder",
                        "give the file of queries inside it");
        file.open(*o.queries);
        if (!file)
            throw Error(Error::Code::Io, "cannot read queries from " + name + ": " + std::strerror(errno));
    }
    search::QueryLines lines(from_stdin ? std::cin : file, name);
    search::check_request(to_request(o));  // once, before opening the index, not once per line
    auto index = open_index(o, o.allow_partial);
    const auto base = to_request(o, &index);
    const auto printer = stdout_printer(o);
    std::size_t failed = 0;
    while (const auto q = lines.next()) {
        auto request = base;
        request.text = q->text;
        if (o.format == "text")
            fmt::print(std::cout, "== {}\n", text::safe_text(q->text));
        try {
            report(request, search_and_print(index, request, o, *printer));
        } catch (const Error& e) {
            if (e.code() != Error::Code::Usage)
                throw;  // the index, not the line: no use going on
            fmt::print(std::cerr, "error: {}:{}: {}\n", name, q->line, e.what());
            printer->query_error(q->text, e.what());
            ++failed;
        }
        std::cout.flush();  // a script waiting on a pipe gets each result as it is ready
        if (!std::cout)
            break;  // the reader has gone
    }
    return to_int(failed > 0 ? ExitCode::Usage : ExitCode::Ok);
}

}  // namespace

std::optional<std::size_t> find_command_word(const std::vector<std::string>& args,
                                             const std::vector<std::string>& names)
{
    SearchOptions o;
    CLI::App app;
    configure(app, o);
    return find_command(app, args, names);
}

std::vector<std::string> with_optional_values(const std::vector<std::string>& args)
{
    return fill_optional_values(args, optional_values());
}

int search_main(const std::vector<std::string>& args)
{
    SearchOptions o;
    CLI::App app{"Search a Dateline index: ranked sections with exact facets, a timeline, and lookups.",
                 "dateline-search"};
    configure(app, o);
    app.set_version_flag("-V,--version", cli::version_text("dateline-search"));
    if (const auto code = parse(app, "dateline-search", with_optional_values(args)))
        return *code;
    return cli::run_main([&] { return o.queries ? run_queries(o) : run(o); });
}

// The server's search requests: the options above, checked as on the command line.
search::SearchRequest parse_search_request(const std::vector<std::string>& args)
{
    SearchOptions o;
    CLI::App app{"", "dateline-search"};
    configure(app, o);
    parse_or_throw(app, "dateline-search", with_optional_values(args));
    return to_request(o);  // search() checks the combinations
}

}  // namespace searcher
