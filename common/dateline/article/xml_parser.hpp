/*! The IPTC XML formats agencies deliver in, NewsML-G2 and NITF -> Page. */
#pragma once

#include <optional>
#include <string_view>

#include "dateline/article/page.hpp"

namespace dateline::article {

/** Whether the text is a NewsML-G2 newsItem or an NITF document. */
bool is_news_xml(std::string_view text);

/** NewsML-G2: headline, description (subtitle), firstCreated (date), located/name or
 *  dateline (location when the body has no dateline), link rel=irel:seeAlso (URL), body
 *  <p> and <h2>-<h4> from inlineXML. NITF: hedline/hl1, date.issue@norm, dateline/location,
 *  pubdata@ex-ref, body.content <p> and <hl2>; body.end is not text. */
std::optional<Page> parse_news_xml(std::string_view xml);

}  // namespace dateline::article
