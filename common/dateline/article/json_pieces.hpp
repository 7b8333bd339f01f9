/*! A large JSON Lines text cut at line ends into pieces that parse on their own, so that the
 *  records of one file are spread over every parsing thread. */
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace dateline::article {

/** Where a piece starts in its source: what came before it. */
struct PiecePlace {
    std::size_t records_before = 0;  ///< non-blank lines before it (a guess at the records: bad ones count)
    int lines_before = 0;            ///< lines before it, for the line numbers of problems
};

/** Calls `piece` for each run of whole lines of about `piece_bytes` (a longer line is a piece
 *  alone), in order, the last with `last` set (an empty text is one empty piece). One pass; the
 *  pieces view `text`. */
void cut_json_lines(std::string_view text, std::size_t piece_bytes,
                    const std::function<void(std::string_view piece, const PiecePlace& place, bool last)>& piece);

/** Whether a source of this name is JSON Lines (.jsonl, .ndjson), whose lines can be cut apart. */
bool is_json_lines(std::string_view name);

}  // namespace dateline::article
