/*! Xapian's Unicode character classes, with ASCII answered inline: the parsers ask about
 *  every character of every story, and Xapian's table lookups were a sixth of parsing
 *  (perf). The answers are Xapian's for every character (tests/unit/chars_test.cpp). */
#pragma once

#include <xapian.h>

namespace dateline::text {

/** Xapian::Unicode::is_wordchar: letters, digits, connectors ("_"), marks. */
inline bool is_wordchar(unsigned ch)
{
    if (ch < 0x80)
        return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_';
    return Xapian::Unicode::is_wordchar(ch);
}

/** Xapian::Unicode::is_whitespace: in ASCII, the controls and the space. */
inline bool is_whitespace(unsigned ch)
{
    if (ch < 0x80)
        return ch <= 0x20 || ch == 0x7F;
    return Xapian::Unicode::is_whitespace(ch);
}

/** Xapian::Unicode::get_category(ch) == UPPERCASE_LETTER. */
inline bool is_upper(unsigned ch)
{
    if (ch < 0x80)
        return ch >= 'A' && ch <= 'Z';
    return Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER;
}

/** Xapian::Unicode::tolower. */
inline unsigned tolower(unsigned ch)
{
    if (ch < 0x80)
        return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
    return Xapian::Unicode::tolower(ch);
}

}  // namespace dateline::text
