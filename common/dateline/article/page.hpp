/*! A parsed page before sectioning: headline parts, dateline and body blocks. What every
 *  format's parser produces; sectioning and field extraction start from it. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/calendar/date.hpp"
#include "dateline/fields/dateline.hpp"
#include "dateline/section/block.hpp"

namespace dateline::article {

using section::Block;

struct Page {
    std::string title;
    std::string subtitle;
    std::string url;                            ///< canonical URL when the format gives one
    std::string external_id;                    ///< the source's own id for the story, if any
    std::optional<fields::Dateline> dateline;
    std::optional<calendar::Date> metadata_date;  ///< a publication date the format itself gives
    std::optional<calendar::Date> reference_date; ///< a date near publication (a crawl date)
    std::vector<Block> body;                    ///< after the dateline, noise removed
    int line = 0;                               ///< line of the record in its file (JSON Lines)
};

/** Cuts a dateline from the start of the first body block into page.dateline, for formats
 *  whose body begins with it ("MOSCOW, March 14. /TASS/. Russian ..."). */
void take_dateline(Page& page);

/** How long a block or a title may be. Longer blocks are cut into several at sentence ends
 *  (or spaces): speaker attribution and indexing look at a paragraph as a whole, and a 56 MB
 *  line read as one paragraph took minutes and a gigabyte. */
inline constexpr std::size_t MaxBlockBytes = 16u << 10;
inline constexpr std::size_t MaxTitleBytes = 2u << 10;

/** Cuts blocks over MaxBlockBytes into paragraphs of at most that size (no text is lost), and
 *  shortens a title or subtitle over MaxTitleBytes (at a UTF-8 boundary). */
void bound_sizes(Page& page);

/** Paragraph blocks of unknown role from plain strings. */
std::vector<Block> blocks_of(std::vector<std::string> paragraphs);

}  // namespace dateline::article
