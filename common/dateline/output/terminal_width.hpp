/*! How wide the text output may be. */
#pragma once

#include <cstddef>
#include <cstdio>

namespace dateline::output {

/** Columns when nothing says otherwise (not a terminal, no $COLUMNS). */
inline constexpr std::size_t DefaultWidth = 80;

/** $COLUMNS when it is a positive number, else the terminal's width when `stream` is one
 *  (ioctl TIOCGWINSZ), else DefaultWidth. */
std::size_t terminal_width(std::FILE* stream);

}  // namespace dateline::output
