/*! Raw bytes -> UTF-8 text, or the reason they are not text. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dateline/problem.hpp"

namespace dateline::ingest {

/** The outcome of decoding: text, or a reason (Empty, Binary) with a message. */
struct Decoded {
    std::string text;                 ///< valid UTF-8, CRLF and CR turned into LF, BOM removed
    std::optional<Reason> failure;    ///< set when the bytes are not usable text
    std::string message;              ///< detail for the failure, or the encoding guessed
    std::size_t replaced = 0;         ///< bad bytes of mostly-UTF-8 text, each now U+FFFD
};

/** Accepts UTF-8 (with or without BOM); UTF-16 with a BOM, or without one when its NUL
 *  bytes fall as in mostly-ASCII text (every other byte); bytes that are not UTF-8 in the
 *  charset `declared` (an HTTP header's), else in the one the text declares itself (`<meta
 *  charset>`, `<?xml encoding>`: windows-1251, koi8-r...; the message names it); UTF-8
 *  with a few bad bytes (fewer than its well-formed multi-byte characters; each becomes
 *  U+FFFD, counted in `replaced`); and otherwise reads the bytes as Windows-1252 (a
 *  superset of Latin-1). Other NUL bytes or many control characters mean binary. */
Decoded decode(std::string bytes, std::string_view declared = {});

/** The detail of a Reason::BadBytes warning: "3 bytes not UTF-8 in UTF-8 text, replaced by U+FFFD". */
std::string replaced_message(std::size_t replaced);

/** Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates). */
bool is_valid_utf8(std::string_view bytes) noexcept;

}  // namespace dateline::ingest
