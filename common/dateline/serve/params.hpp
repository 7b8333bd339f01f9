/*! An address's query parameters -> the command line the same command would be given, so the
 *  page and the API are checked by the very code that checks dateline-search's options, and a
 *  bad value gets the command line's message. */
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline::serve {

/** Query parameters in the order they came. */
using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct ParamSpec {
    enum class Kind {
        Value,  ///< name=V -> --option=V (repeatable where the option is)
        Flag,   ///< name=1|true|on|yes -> --option; 0|false|off|no -> nothing
        Words,  ///< name=TEXT -> TEXT as the command's positional words, after "--"
    };
    std::string_view name;    ///< "per_article"
    std::string_view option;  ///< "--per-article"
    Kind kind;
};

/** /api/search, /api/timeline and the page: dateline-search's search options. */
extern const std::span<const ParamSpec> SearchParams;
/** /api/show/ID: `show ID` options. */
extern const std::span<const ParamSpec> ShowParams;
/** /api/values/FIELD: `values FIELD` options. */
extern const std::span<const ParamSpec> ValuesParams;
/** /api/stats: `stats` options. */
extern const std::span<const ParamSpec> StatsParams;

/** The arguments for `params`: each known parameter becomes its option, in order; an empty
 *  value counts as absent (a form's blank field); `positionals` (a path's ID or FIELD) and
 *  Words parameters come last, after "--", so no value is ever read as an option. A name not
 *  in `specs` or a flag value that is not one of the above throws Error (Usage). */
std::vector<std::string> to_arguments(const QueryParams& params, std::span<const ParamSpec> specs,
                                      const std::vector<std::string>& positionals = {});

/** `params` without those named `name` (a page link that replaces a filter or the page). */
QueryParams without(QueryParams params, std::string_view name);

/** The first value of `name`, or "" when absent. */
std::string param(const QueryParams& params, std::string_view name);

}  // namespace dateline::serve
