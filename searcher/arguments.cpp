#include "arguments.hpp"

#include <algorithm>

namespace searcher {

namespace {

bool is_option(const std::string& arg)
{
    return arg.size() > 1 && arg[0] == '-';
}

}  // namespace

std::optional<std::size_t> find_command(const CLI::App& app, const std::vector<std::string>& args,
                                        const std::vector<std::string>& commands)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg == "--")
            return std::nullopt;
        if (!is_option(arg)) {
            const bool known = std::find(commands.begin(), commands.end(), arg) != commands.end();
            return known ? std::optional<std::size_t>(i) : std::nullopt;
        }
        if (arg.find('=') != std::string::npos)
            continue;
        // An option's value is not the command: skip it.
        const auto* opt = app.get_option_no_throw(arg);
        if (opt && opt->get_items_expected_max() > 0)
            ++i;
    }
    return std::nullopt;
}

std::vector<std::string> fill_optional_values(std::vector<std::string> args,
                                              const std::vector<OptionalValue>& options)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--")
            break;
        for (const auto& o : options)
            if (args[i] == o.option && (i + 1 == args.size() || !o.accepts(args[i + 1])))
                args.insert(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, o.fallback);
    }
    return args;
}

std::vector<const char*> to_argv(const std::string& program, const std::vector<std::string>& args)
{
    std::vector<const char*> argv{program.c_str()};
    for (const auto& a : args)
        argv.push_back(a.c_str());
    return argv;
}

}  // namespace searcher
