/*! The largest query searched: beyond it parsing and spelling checks take seconds to minutes
 *  (65,000 words took 30 s, 1 MB over 60 s), and no person types such a query. */
#pragma once

#include <cstddef>
#include <string_view>

namespace dateline::query {

/** The most bytes a query text may have (a line of --queries too). */
inline constexpr std::size_t MaxQueryBytes = 64 * 1024;

/** The most words (runs of non-space characters) a query text may have. */
inline constexpr std::size_t MaxQueryWords = 1000;

/** Throws Error (Usage) when the text is over MaxQueryBytes or MaxQueryWords. */
void check_query_size(std::string_view text);

}  // namespace dateline::query
