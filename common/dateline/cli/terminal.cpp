#include "dateline/cli/terminal.hpp"

#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "dateline/error.hpp"

namespace dateline::cli {

bool use_colour(std::FILE* stream)
{
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour)
        return false;
    return isatty(fileno(stream)) != 0;
}

void setup_logging(spdlog::level::level_enum level)
{
    auto logger = spdlog::stderr_color_mt("dateline");
    logger->set_pattern("%^%l%$: %v");
    if (!use_colour(stderr))
        static_cast<spdlog::sinks::stderr_color_sink_mt&>(*logger->sinks().front()).set_color_mode(spdlog::color_mode::never);
    logger->set_level(level);
    spdlog::set_default_logger(logger);
}

int run_main(const std::function<int()>& body)
{
    // Writing to a closed pipe must end quietly, as `grep | head` does.
    std::signal(SIGPIPE, SIG_DFL);
    try {
        const int code = body();
        std::cout.flush();
        return code;
    } catch (const Error& e) {
        std::cout.flush();
        std::cerr << "error: " << e.what() << '\n';
        if (!e.hint().empty())
            std::cerr << "hint: " << e.hint() << '\n';
        return to_int(e.exit_code());
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return to_int(ExitCode::Usage);
    }
}

}  // namespace dateline::cli
