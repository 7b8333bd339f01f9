/*! One source -> articles: read, decode, pick the parser for its format, then section
 *  the page and extract its fields. Bad input comes back as problems, never as exceptions. */
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dateline/fields/date.hpp"
#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::article {

/** Command-line evidence for dates (`--year`, `--reference-date`). */
struct ParseOptions {
    int year = 0;
    std::optional<fields::Date> reference;
};

/** Articles found in a source, and what was wrong with it. */
struct Parsed {
    std::vector<Article> articles;
    std::vector<Problem> problems;
};

/** Whether the file name says it is a format we read (".txt", ".text", no extension). */
bool is_supported(const std::filesystem::path& path);

/** Parses bytes already read from a source. */
Parsed parse_bytes(const SourceRef& source, std::string bytes, const ParseOptions& options);

/** Reads and parses a file; an unreadable file is a problem. */
Parsed parse_file(const std::filesystem::path& path, const ParseOptions& options);

}  // namespace dateline::article
