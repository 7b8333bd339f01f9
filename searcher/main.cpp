// dateline-search: a query by default; `show`, `stats` or `values` as the first word runs that command.
#include <algorithm>

#include "commands.hpp"

int main(int argc, char** argv)
{
    auto args = searcher::with_optional_values(std::vector<std::string>(argv + 1, argv + argc));
    std::vector<std::string> names;
    for (const auto& c : searcher::Commands)
        names.emplace_back(c.name);
    if (const auto at = searcher::find_command_word(args, names)) {
        const auto& command = searcher::Commands[static_cast<std::size_t>(
            std::find(names.begin(), names.end(), args[*at]) - names.begin())];
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(*at));
        return command.run(args);
    }
    return searcher::search_main(args);
}
