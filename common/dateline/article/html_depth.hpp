/*! Bounds how deep markup nests before gumbo sees it: gumbo's time grows with depth times
 *  tags (200,000 nested <div>s took minutes) and its cleanup recurses once per level. */
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::article {

/** How deep elements may nest; deeper ones are flattened, as browsers do (Blink: 512). */
inline constexpr std::size_t MaxMarkupDepth = 512;

/** The markup with the start and end tags of elements nested deeper than max_depth removed
 *  (their content stays, one level up); nothing when no element is
 *  that deep, which is every real page. Depth is counted the way a tokenizer sees it:
 *  elements that close themselves (void, "/>", optional end tags such as <p> and <li>) do
 *  not count; comments, declarations and script/style text are skipped. One pass, linear. */
std::optional<std::string> flatten_deep_markup(std::string_view markup, std::size_t max_depth = MaxMarkupDepth);

}  // namespace dateline::article
