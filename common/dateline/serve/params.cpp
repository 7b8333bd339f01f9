#include "dateline/serve/params.hpp"

#include <algorithm>
#include <array>

#include "dateline/error.hpp"
#include "dateline/query/filters.hpp"

namespace dateline::serve {

namespace {

using Kind = ParamSpec::Kind;

// Named as the README's JSON fields are (per_article), each for the option it stands for;
// the filters are made from their table, as their options are.
std::vector<ParamSpec> search_table()
{
    static const auto filter_options = [] {
        std::vector<std::string> options;
        for (const auto& f : query::FilterFields)
            options.push_back(f.option());
        return options;
    }();
    std::vector<ParamSpec> table{ParamSpec{"q", "", Kind::Words}};
    for (const auto& option : filter_options)
        table.push_back(ParamSpec{std::string_view(option).substr(2), option, Kind::Value});
    table.insert(table.end(), {
                                  ParamSpec{"since", "--since", Kind::Value},
                                  ParamSpec{"until", "--until", Kind::Value},
                                  ParamSpec{"match", "--match", Kind::Value},
                                  ParamSpec{"sort", "--sort", Kind::Value},
                                  ParamSpec{"recency", "--recency", Kind::Value},
                                  ParamSpec{"bm25", "--bm25", Kind::Value},
                                  ParamSpec{"weighting", "--weighting", Kind::Value},
                                  ParamSpec{"per_article", "--per-article", Kind::Flag},
                                  ParamSpec{"quotes", "--quotes", Kind::Flag},
                                  ParamSpec{"like", "--like", Kind::Value},
                                  ParamSpec{"limit", "--limit", Kind::Value},
                                  ParamSpec{"offset", "--offset", Kind::Value},
                                  ParamSpec{"facets", "--facets", Kind::Value},
                                  ParamSpec{"timeline", "--timeline", Kind::Value},
                                  ParamSpec{"normalize", "--normalize", Kind::Flag},
                              });
    return table;
}
const std::vector<ParamSpec> SearchTable = search_table();
constexpr std::array ShowTable{ParamSpec{"article", "--article", Kind::Flag}};
constexpr std::array ValuesTable{ParamSpec{"prefix", "--prefix", Kind::Value},
                                 ParamSpec{"limit", "--limit", Kind::Value}};
constexpr std::array StatsTable{ParamSpec{"top", "--top", Kind::Value}};

std::string names(std::span<const ParamSpec> specs)
{
    std::string out;
    for (const auto& s : specs)
        out += (out.empty() ? "" : ", ") + std::string(s.name);
    return out.empty() ? "none" : out;
}

bool flag_value(const ParamSpec& spec, const std::string& value)
{
    for (const std::string_view yes : {"1", "true", "on", "yes"})
        if (value == yes)
            return true;
    for (const std::string_view no : {"0", "false", "off", "no"})
        if (value == no)
            return false;
    throw Error(Error::Code::Usage, "parameter " + std::string(spec.name) + " takes 1 or 0, not '" + value + "'");
}

}  // namespace

const std::span<const ParamSpec> SearchParams{SearchTable};
const std::span<const ParamSpec> ShowParams{ShowTable};
const std::span<const ParamSpec> ValuesParams{ValuesTable};
const std::span<const ParamSpec> StatsParams{StatsTable};

std::vector<std::string> to_arguments(const QueryParams& params, std::span<const ParamSpec> specs,
                                      const std::vector<std::string>& positionals)
{
    std::vector<std::string> args, words = positionals;
    for (const auto& given : params) {
        const auto& [name, value] = given;  // (clang 14 cannot capture a structured binding)
        const auto spec =
            std::find_if(specs.begin(), specs.end(), [&](const ParamSpec& s) { return s.name == given.first; });
        if (spec == specs.end())
            throw Error(Error::Code::Usage, "unknown parameter '" + name + "'", "parameters here: " + names(specs));
        if (value.empty())
            continue;
        switch (spec->kind) {
        case Kind::Words: words.push_back(value); break;
        case Kind::Flag:
            if (flag_value(*spec, value))
                args.emplace_back(spec->option);
            break;
        case Kind::Value:
            // One word: a value that starts with "-", or is no unit after --timeline, is still
            // this option's value, checked as such.
            args.push_back(std::string(spec->option) + "=" + value);
            break;
        }
    }
    if (!words.empty()) {
        args.emplace_back("--");
        args.insert(args.end(), words.begin(), words.end());
    }
    return args;
}

QueryParams without(QueryParams params, std::string_view name)
{
    std::erase_if(params, [&](const auto& p) { return p.first == name; });
    return params;
}

std::string param(const QueryParams& params, std::string_view name)
{
    for (const auto& [n, v] : params)
        if (n == name)
            return v;
    return {};
}

}  // namespace dateline::serve
