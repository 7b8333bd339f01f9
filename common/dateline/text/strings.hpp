/*! Small UTF-8 string helpers shared by the parsers. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::text {

/** Without leading and trailing ASCII and Unicode spaces (incl. NBSP). */
std::string_view trim(std::string_view text) noexcept;

/** Runs of whitespace (incl. NBSP) collapsed to one ASCII space, trimmed. */
std::string collapse_spaces(std::string_view text);

/** Lowercase, Unicode-aware. */
std::string to_lower(std::string_view text);

/** to_lower(collapse_spaces(text)), the form stories are compared in, lowered in place
 *  instead of copied. */
std::string fold(std::string_view text);

/** Words separated by whitespace. */
std::vector<std::string_view> split_words(std::string_view text);

/** Without the ASCII punctuation around a word: `"Peskov,` -> `Peskov`. */
std::string_view trim_punctuation(std::string_view word) noexcept;

/** Whether the first code point is an uppercase letter. */
bool starts_upper(std::string_view text);

/** Paragraphs: blocks separated by blank lines, each block's lines joined by a space.
 *  A text with no blank line at all is read as one paragraph per line. */
std::vector<std::string> paragraphs(std::string_view text);

}  // namespace dateline::text
