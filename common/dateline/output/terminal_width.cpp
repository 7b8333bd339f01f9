#include "dateline/output/terminal_width.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace dateline::output {

std::size_t terminal_width(std::FILE* stream)
{
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
        std::size_t width = 0;
        const auto end = columns + std::strlen(columns);
        auto [ptr, ec] = std::from_chars(columns, end, width);
        if (ec == std::errc{} && ptr == end && width > 0)
            return width;
    }
    winsize size{};
    if (isatty(fileno(stream)) && ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return DefaultWidth;
}

}  // namespace dateline::output
