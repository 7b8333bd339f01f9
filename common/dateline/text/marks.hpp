/*! The two bytes that mark matched words in a snippet or quote: search puts them in, the
 *  printers and the page turn them into bold, "**" or <mark>. */
#pragma once

namespace dateline::text {

inline constexpr char MarkStart = '\x02';
inline constexpr char MarkEnd = '\x03';

}  // namespace dateline::text
