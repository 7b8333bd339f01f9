/*! One source -> articles: read, decode, pick the parser for its format, then section
 *  the page and extract its fields. Bad input comes back as problems, never as exceptions. */
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dateline/article/json_parser.hpp"
#include "dateline/article/json_pieces.hpp"
#include "dateline/calendar/date.hpp"
#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::article {

/** What the command line adds to parsing. */
struct ParseOptions {
    int year = 0;                           ///< --year
    std::optional<calendar::Date> reference;  ///< --reference-date
    FieldMap field_map;                     ///< --map FIELD=NAME for JSON records
};

/** Articles found in a source, and what was wrong with it. */
struct Parsed {
    std::vector<Article> articles;
    std::vector<Problem> problems;
    /** Per article: the line its record starts on (0 when not a record). The ids of a piece
     *  are provisional, counted as if every record before it were a story and no id repeated
     *  across pieces: RecordIds over the whole source, in order, gives the final ones. */
    std::vector<int> lines;
};

/** Whether the name says it is a format we read: text (.txt, .text, no extension), HTML
 *  (.html, .htm), JSON (.json, .jsonl, .ndjson), NewsML/NITF (.xml), WARC (.warc). */
bool is_supported(const std::filesystem::path& path);

/** Parses the bytes of a source. The format comes from the name (the member's, for an
 *  archive member), corrected by the content (a .txt that is really HTML). A source may
 *  give several articles (JSON Lines, WARC); their ids stay stable across runs. */
Parsed parse_bytes(const SourceRef& source, std::string bytes, const ParseOptions& options);

/** Parses a piece of a JSON Lines source (cut_json_lines() of its decoded text), with line
 *  numbers and provisional ids as in the whole (see Parsed::lines). */
Parsed parse_piece(const SourceRef& source, std::string text, const ParseOptions& options, const PiecePlace& place);

}  // namespace dateline::article
