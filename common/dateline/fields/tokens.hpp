/*! Paragraph -> word and punctuation tokens, with quote marks told apart as opening or closing. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::fields {

struct Token {
    enum class Kind { Word, Comma, Stop, Colon, OpenQuote, CloseQuote, Dash, Other };
    Kind kind = Kind::Other;
    std::string_view text;  ///< the word without a possessive "'s"
    std::string lower;      ///< lowercase text, for lexicon look-ups
    bool capitalised = false;
    bool possessive = false;  ///< "Trump's", "Trump’s"
    bool name = false;        ///< may be a word of a person's name (names.hpp), judged once
};

/** Words (letters, digits, inner hyphens and apostrophes) and the punctuation that matters
 *  for attribution. Straight quotes open after a space or at the start and close otherwise. */
std::vector<Token> tokenize(std::string_view paragraph);

}  // namespace dateline::fields
