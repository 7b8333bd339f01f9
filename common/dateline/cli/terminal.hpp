/*! What both programs share about the terminal: colour rules, logging to stderr, exit handling. */
#pragma once

#include <cstdio>
#include <functional>

#include <spdlog/common.h>

namespace dateline::cli {

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
bool use_colour(std::FILE* stream);

/** The default spdlog logger writes "level: message" lines to stderr. */
void setup_logging(spdlog::level::level_enum level);

/** Runs a program body: dateline::Error prints "error:"/"hint:" and maps to its exit code,
 *  anything else is an internal error (exit 2). A closed stdout (`| head`) is not an error. */
int run_main(const std::function<int()>& body);

}  // namespace dateline::cli
