/*! A JSON file cut into its records before any is parsed, so that one bad record (a number
 *  out of range, a wrong type) costs that record alone and is reported with its line. */
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace dateline::article {

/** One record's text and the 1-based line it starts on. */
struct RecordText {
    std::string_view text;
    int line = 0;
};

/** The elements of a file holding one top-level array, each with its line; nothing when the
 *  text is not one array with balanced brackets (strings and escapes honoured). Elements are
 *  cut, not validated: each is parsed on its own. Blank elements ("[1,,2]") are left out.
 *  One pass, no recursion: nesting depth is only a counter. */
std::optional<std::vector<RecordText>> split_json_array(std::string_view text);

/** The non-blank lines of JSON Lines text, each with its line number. */
std::vector<RecordText> split_json_lines(std::string_view text);

}  // namespace dateline::article
