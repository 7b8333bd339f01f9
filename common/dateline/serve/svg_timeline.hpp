/*! The timeline as an SVG bar chart drawn by the server: no script, no external asset. */
#pragma once

#include <string>

#include "dateline/facets/timeline.hpp"
#include "dateline/serve/params.hpp"

namespace dateline::serve {

/** An <svg> element: one bar per period (its count, or share when normalized), each a link
 *  to the page's search narrowed to that period (`params` with since/until replaced) and
 *  titled with its label and count; the first and last labels under the axis. "" when the
 *  timeline has no period. */
std::string svg_timeline(const facets::Timeline& timeline, const QueryParams& params);

}  // namespace dateline::serve
