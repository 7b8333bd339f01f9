/*! A web crawl (WARC) -> one Page per HTML response. */
#pragma once

#include <string_view>

#include "dateline/article/json_parser.hpp"

namespace dateline::article {

/** Whether the bytes start a WARC file. */
bool is_warc(std::string_view bytes);

/** Every `response` record whose HTTP payload is HTML becomes a page (through the HTML
 *  parser); WARC-Target-URI is its URL unless the page names a canonical one; WARC-Date is
 *  a reference date for the year rule, not the publication date. Other records (requests,
 *  images, warcinfo) are skipped; a malformed record ends the file with a problem. */
Pages parse_warc(std::string_view bytes, const SourceRef& source);

}  // namespace dateline::article
