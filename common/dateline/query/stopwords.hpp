/*! Snowball's English stop list, for any-word queries (docs/RELEVANCE.md). */
#pragma once

#include <string_view>

namespace dateline::query {

/** Whether `word` (lower-case) is on Snowball's English stop list: pronouns, articles,
 *  auxiliaries, prepositions, conjunctions and their contractions (`the`, `which`, `between`,
 *  `its`, `don't`). */
bool is_stopword(std::string_view word) noexcept;

}  // namespace dateline::query
