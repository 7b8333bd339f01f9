// dateline-search values FIELD [--prefix P] [--limit N]: every value of a field with its count.
#include <iostream>

#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/facets/values.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

namespace {

void configure(CLI::App& app, serve::ValuesArgs& a)
{
    app.add_option("FIELD", a.field, facets::value_field_names())->required();
    app.add_option("--prefix", a.prefix, "Only values whose name, or a word of it, starts so (any case)");
    app.add_option("--limit", a.limit, "Values to show (0: all)")->capture_default_str();
}

}  // namespace

serve::ValuesArgs parse_values_args(const std::vector<std::string>& args)
{
    return parse_args_or_throw<serve::ValuesArgs>("dateline-search values", args,
                                            [](CLI::App& app, serve::ValuesArgs& a) { configure(app, a); });
}

int values_main(const std::vector<std::string>& args)
{
    OutputOptions o;
    serve::ValuesArgs a;
    CLI::App app{"Every value of a field with the number of sections holding it: how names are spelled, "
                 "which places, agencies, months and years the index covers.",
                 "dateline-search values"};
    add_output_options(app, o);
    configure(app, a);
    if (const auto code = parse(app, "dateline-search values", args))
        return *code;
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::warn);
        auto index = open_index(o);
        const auto list = lookup(index, [&] { return facets::list_values(index.db, a.field, a.prefix, a.limit); });
        if (list.values.empty()) {
            std::cerr << "no " << a.field << " values" << (a.prefix.empty() ? "" : " start with '" + a.prefix + "'")
                      << '\n';
            return to_int(ExitCode::NoResults);
        }
        stdout_printer(o)->values(list);
        return to_int(ExitCode::Ok);
    });
}

}  // namespace searcher
