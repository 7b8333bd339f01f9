/*! The character set a page declares (`<meta charset>`, an XML declaration, an HTTP
 *  Content-Type), and conversion from it: a Russian archive of windows-1251 or KOI8-R pages
 *  read as Windows-1252 was mojibake that no search finds. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::ingest {

/** The charset named in the first KiB of `text` (`charset=NAME`, or `encoding="NAME"` in an
 *  XML declaration), lower-cased; empty when none is. */
std::string declared_charset(std::string_view text);

/** Whether a charset name means UTF-8, or a single-byte Western encoding that the decoder's
 *  Windows-1252 reading already covers (iso-8859-1, latin1, us-ascii). */
bool is_utf8_name(std::string_view charset);
bool is_western_name(std::string_view charset);

/** `bytes` in `charset` as UTF-8 (glibc's iconv), or nothing when the charset is unknown
 *  or the bytes are not in it. */
std::optional<std::string> to_utf8(std::string_view bytes, const std::string& charset);

}  // namespace dateline::ingest
