#include "dateline/serve/service.hpp"

#include <sstream>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "dateline/facets/values.hpp"
#include "dateline/output/printers.hpp"
#include "dateline/search/searcher.hpp"
#include "dateline/search/show.hpp"
#include "dateline/search/stats.hpp"
#include "dateline/serve/page.hpp"
#include "dateline/store/reopen.hpp"

namespace dateline::serve {

namespace {

constexpr const char* JsonType = "application/json";
constexpr const char* HtmlType = "text/html; charset=utf-8";

// A bad request is the client's to fix (400); anything else is ours or the index's (500).
int status_of(const Error& e)
{
    return e.code() == Error::Code::Usage ? 400 : 500;
}

std::string error_json(const std::string& message, const std::string& hint = {})
{
    nlohmann::json j{{"error", message}};
    if (!hint.empty())
        j["hint"] = hint;
    return j.dump() + "\n";
}

template <class Print>
std::string json_of(Print&& print)
{
    std::ostringstream out;
    const auto printer = output::make_printer(output::Format::Json, out, output::PrintOptions{});
    print(*printer);
    return out.str();
}

// Options a caller left out, put first so that "--" and the query words stay last.
std::vector<std::string> with_defaults(std::vector<std::string> args, const QueryParams& params,
                                       const std::vector<std::pair<std::string, std::string>>& defaults)
{
    std::vector<std::string> added;
    for (const auto& [name, value] : defaults)
        if (param(params, name).empty())
            added.push_back("--" + name + "=" + value);
    args.insert(args.begin(), added.begin(), added.end());
    return args;
}

}  // namespace

template <class F>
Response Service::answer_json(F&& f)
{
    try {
        return f();
    } catch (const Error& e) {
        if (status_of(e) == 500)
            spdlog::error("{}", e.what());
        return {status_of(e), JsonType, error_json(e.what(), e.hint())};
    }
}

template <class F>
Response Service::answer_html(const QueryParams& params, F&& f)
{
    try {
        return {200, HtmlType, f()};
    } catch (const Error& e) {
        if (status_of(e) == 500)
            spdlog::error("{}", e.what());
        return {status_of(e), HtmlType, render_error_page(params, e.what(), e.hint())};
    }
}

search::SearchResult Service::run_search(search::SearchRequest request)
{
    auto lease = pool_.borrow();
    request.local_database = lease->folder;
    // search() reopens the handle itself when an indexer commits while it reads.
    auto result = store::xapian_try(pool_.spec().paths.front(), [&] { return search::search(lease->db, request); });
    result.unavailable = lease->unavailable;
    return result;
}

Response Service::api_search(const QueryParams& params)
{
    return answer_json([&]() -> Response {
        const auto result = run_search(parsers_.search(to_arguments(params, SearchParams)));
        return {200, JsonType, json_of([&](output::Printer& p) { p.search(result); })};
    });
}

Response Service::api_timeline(const QueryParams& params)
{
    return answer_json([&]() -> Response {
        const auto args = with_defaults(to_arguments(params, SearchParams), params,
                                        {{"timeline", "month"}, {"limit", "0"}, {"facets", "0"}});
        const auto result = run_search(parsers_.search(args));
        return {200, JsonType, json_of([&](output::Printer& p) { p.search(result); })};
    });
}

Response Service::api_show(const std::string& id, const QueryParams& params)
{
    return answer_json([&]() -> Response {
        const auto args = parsers_.show(to_arguments(params, ShowParams, {id}));
        auto lease = pool_.borrow();
        const auto shown = store::xapian_try(pool_.spec().paths.front(), [&] {
            return store::with_reopen(lease->db, [&] { return search::show(lease->db, args.id, args.article); });
        });
        if (shown.sections.empty())
            return {404, JsonType, error_json("no section or article with id '" + args.id + "'")};
        return {200, JsonType, json_of([&](output::Printer& p) { p.show(shown); })};
    });
}

Response Service::api_values(const std::string& field, const QueryParams& params)
{
    return answer_json([&]() -> Response {
        const auto args = parsers_.values(to_arguments(params, ValuesParams, {field}));
        auto lease = pool_.borrow();
        const auto list = store::xapian_try(pool_.spec().paths.front(), [&] {
            return store::with_reopen(lease->db, [&] {
                return facets::list_values(lease->db, args.field, args.prefix, args.limit);
            });
        });
        if (list.values.empty())
            return {404, JsonType,
                    error_json("no " + args.field + " values" +
                               (args.prefix.empty() ? "" : " start with '" + args.prefix + "'"))};
        return {200, JsonType, json_of([&](output::Printer& p) { p.values(list); })};
    });
}

Response Service::api_stats(const QueryParams& params)
{
    return answer_json([&]() -> Response {
        const auto args = parsers_.stats(to_arguments(params, StatsParams));
        auto lease = pool_.borrow();
        const auto stats = store::xapian_try(pool_.spec().paths.front(), [&] {
            return store::with_reopen(lease->db,
                                      [&] { return search::collect_stats(lease->db, pool_.spec().paths, args.top); });
        });
        return {200, JsonType, json_of([&](output::Printer& p) { p.stats(stats); })};
    });
}

Response Service::page(const QueryParams& params)
{
    return answer_html(params, [&] {
        const auto args = with_defaults(to_arguments(params, SearchParams), params, {{"timeline", "month"}});
        return render_search_page(params, run_search(parsers_.search(args)));
    });
}

Response Service::section_page(const std::string& id, const QueryParams& params)
{
    bool found = true;
    auto response = answer_html(params, [&] {
        const auto args = parsers_.show(to_arguments(params, ShowParams, {id}));
        auto lease = pool_.borrow();
        const auto shown = store::xapian_try(pool_.spec().paths.front(), [&] {
            return store::with_reopen(lease->db, [&] { return search::show(lease->db, args.id, args.article); });
        });
        found = !shown.sections.empty();
        return render_section_page(shown);
    });
    if (!found)
        response.status = 404;
    return response;
}

}  // namespace dateline::serve
