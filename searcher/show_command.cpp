// dateline-search show ID [--article] [--raw]: a whole section, or its whole article.
#include <iostream>

#include "commands.hpp"
#include "dateline/cli/terminal.hpp"
#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/search/show.hpp"
#include "output_options.hpp"

namespace searcher {

using namespace dateline;

namespace {

void configure(CLI::App& app, serve::ShowArgs& a)
{
    app.add_option("ID", a.id, "Section id (as hits print it, e.g. ea3b9ae32e3c298b-1) or article id")->required();
    app.add_flag("--article", a.article, "The whole article the section belongs to");
}

}  // namespace

serve::ShowArgs parse_show_args(const std::vector<std::string>& args)
{
    return parse_args_or_throw<serve::ShowArgs>("dateline-search show", args,
                                            [](CLI::App& app, serve::ShowArgs& a) { configure(app, a); });
}

int show_main(const std::vector<std::string>& args)
{
    OutputOptions o;
    serve::ShowArgs a;
    bool raw = false;
    CLI::App app{"Print a whole section, with its speakers and quotes; --article prints every section of its article.",
                 "dateline-search show"};
    add_output_options(app, o);
    configure(app, a);
    app.add_flag("--raw", raw,
                 "Each section's stored record, every field as stored, as one line of JSON (the document data is "
                 "binary: this is what xapian-delve cannot show)");
    if (const auto code = parse(app, "dateline-search show", args))
        return *code;
    return cli::run_main([&] {
        cli::setup_logging(spdlog::level::warn);
        auto index = open_index(o);
        const auto shown = lookup(index, [&] { return search::show(index.db, a.id, a.article); });
        if (shown.sections.empty()) {
            std::cerr << "no section or article with id '" << a.id << "'\n";
            return to_int(ExitCode::NoResults);
        }
        if (raw)
            for (const auto& section : shown.sections)
                std::cout << schema::section_data_json(section) << '\n';
        else
            stdout_printer(o)->show(shown);
        return to_int(ExitCode::Ok);
    });
}

}  // namespace searcher
