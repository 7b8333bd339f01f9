/*! ANSI styles for text output: empty strings when colour is off, so callers never branch. */
#pragma once

#include <string_view>

namespace dateline::output {

struct Style {
    bool on = false;
    std::string_view bold() const { return on ? "\x1b[1m" : ""; }
    std::string_view dim() const { return on ? "\x1b[2m" : ""; }
    std::string_view cyan() const { return on ? "\x1b[36m" : ""; }
    std::string_view green() const { return on ? "\x1b[32m" : ""; }
    std::string_view yellow() const { return on ? "\x1b[33m" : ""; }
    std::string_view mark() const { return on ? "\x1b[1;33m" : "**"; }  ///< matched words
    std::string_view unmark() const { return on ? "\x1b[0m" : "**"; }
    std::string_view reset() const { return on ? "\x1b[0m" : ""; }
};

}  // namespace dateline::output
