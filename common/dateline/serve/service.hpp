/*! What each address answers, without the HTTP library: parameters in, a status and a body out.
 *  The API's bodies are what `dateline-search --format json` prints for the same arguments. */
#pragma once

#include <string>

#include "dateline/serve/commands.hpp"
#include "dateline/serve/handles.hpp"
#include "dateline/serve/params.hpp"

namespace dateline::serve {

struct Response {
    int status = 200;
    std::string content_type;
    std::string body;
};

class Service {
public:
    Service(HandlePool& pool, CommandParsers parsers) : pool_(pool), parsers_(std::move(parsers)) {}

    /** /api/search: dateline-search ARGS --format json. */
    Response api_search(const QueryParams& params);
    /** /api/timeline: the same with --timeline month, --limit 0 and --facets 0 unless given. */
    Response api_timeline(const QueryParams& params);
    /** /api/show/ID; 404 when there is no such id. */
    Response api_show(const std::string& id, const QueryParams& params);
    /** /api/values/FIELD; 404 when there are no such values. */
    Response api_values(const std::string& field, const QueryParams& params);
    /** /api/stats. */
    Response api_stats(const QueryParams& params);
    /** GET /: the search page (a timeline by month unless asked otherwise). */
    Response page(const QueryParams& params);
    /** GET /section/ID: one section, or with article=1 its whole article. */
    Response section_page(const std::string& id, const QueryParams& params);

private:
    /** Runs a request and returns the search's result (shards left out included). */
    search::SearchResult run_search(search::SearchRequest request);
    template <class F>
    Response answer_json(F&& f);
    template <class F>
    Response answer_html(const QueryParams& params, F&& f);

    HandlePool& pool_;
    CommandParsers parsers_;
};

}  // namespace dateline::serve
